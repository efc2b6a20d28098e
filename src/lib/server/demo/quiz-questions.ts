/**
 * Demo question banks, in Arabic and French, for the four demo modules. Facts
 * about the law are only those the project's governance glossary marks as
 * confirmed (✅); everything else is practice, not law.
 */
import type { QuestionContent, Texts } from '../quizzes/model';

const T = (ar: string, fr: string): Texts => ({ ar, fr });
type Opt = [ar: string, fr: string, weight: number, feedback?: Texts];

function choice(type: 'single' | 'multiple', text: Texts, opts: Opt[], generalFeedback?: Texts): QuestionContent {
	return {
		type,
		text,
		format: 'markdown',
		options: opts.map(([ar, fr, weight, feedback], i) => ({ id: String.fromCharCode(97 + i), text: T(ar, fr), weight, ...(feedback ? { feedback } : {}) })),
		...(generalFeedback ? { generalFeedback } : {})
	};
}
const single = (text: Texts, opts: Opt[], gfb?: Texts) => choice('single', text, opts, gfb);
const multiple = (text: Texts, opts: Opt[], gfb?: Texts) => choice('multiple', text, opts, gfb);
const tf = (text: Texts, correct: boolean, generalFeedback?: Texts): QuestionContent => ({ type: 'truefalse', text, format: 'markdown', correct, ...(generalFeedback ? { generalFeedback } : {}) });
const short = (text: Texts, answers: [string, number][], generalFeedback?: Texts): QuestionContent => ({
	type: 'short',
	text,
	format: 'markdown',
	answers: answers.map(([t, weight]) => ({ text: t, weight })),
	...(generalFeedback ? { generalFeedback } : {})
});
const numerical = (text: Texts, value: number, tolerance = 0, generalFeedback?: Texts): QuestionContent => ({
	type: 'numerical',
	text,
	format: 'markdown',
	answers: [{ kind: 'tolerance', value, tolerance, weight: 100 }],
	...(generalFeedback ? { generalFeedback } : {})
});
const matching = (text: Texts, pairs: [Texts, Texts][]): QuestionContent => ({
	type: 'matching',
	text,
	format: 'markdown',
	pairs: pairs.map(([left, right], i) => ({ id: `p${i + 1}`, left, right }))
});

const CHECK = T('راجعي النص الرسمي للقانون التنظيمي 113.14 قبل الاستشهاد به.', 'Vérifiez le texte officiel de la loi organique 113-14 avant de le citer.');

export const DEMO_BANKS: Record<string, QuestionContent[]> = {
	leadership: [
		single(
			T('كم دورة عادية يجب أن يعقدها مجلس الجماعة في السنة (المادة 33 من القانون التنظيمي 113.14)؟', 'Combien de sessions ordinaires le conseil de la commune doit-il tenir par an (art. 33 de la loi organique 113-14) ?'),
			[
				['دورتان', 'Deux', 0],
				['ثلاث دورات', 'Trois', 100, T('صحيح: في فبراير وماي وأكتوبر.', 'Oui : en février, mai et octobre.')],
				['أربع دورات', 'Quatre', 0, T('هذه قاعدة الميثاق الجماعي القديم.', 'C’était la règle de l’ancienne charte communale.')],
				['ست دورات', 'Six', 0]
			],
			CHECK
		),
		tf(
			T('يجب أن تضم لائحة الترشيحات لنواب الرئيس نساءً لا يقل عددهن عن ثلث نواب الرئيس (المادة 17).', 'La liste des candidatures aux postes de vice-président doit compter des femmes à hauteur d’au moins un tiers des vice-présidents (art. 17).'),
			true,
			T('هذه القاعدة تفتح المكتب أمام المنتخبات.', 'Cette règle ouvre le bureau aux élues.')
		),
		single(
			T('متى تنعقد جلسة المجلس قانونياً (المادة 42)؟', 'Quand une séance du conseil peut-elle s’ouvrir (art. 42) ?'),
			[
				['بحضور أغلبية الأعضاء المزاولين مهامهم', 'Quand la majorité des membres en exercice est présente', 100],
				['بحضور الرئيس وحده', 'Quand le président est présent, seul', 0],
				['بحضور ثلث الأعضاء', 'Quand un tiers des membres est présent', 0],
				['في أي وقت يحدده العامل', 'À tout moment fixé par le gouverneur', 0]
			]
		),
		multiple(
			T('من يتكون منهم مكتب المجلس؟', 'Qui compose le bureau du conseil ?'),
			[
				['الرئيس', 'Le président ou la présidente', 34],
				['نواب الرئيس', 'Les vice-présidents', 33],
				['كاتب المجلس ونائبه', 'Le secrétaire et son adjoint', 33],
				['العامل', 'Le gouverneur', -50, T('العامل ليس عضواً في المجلس.', 'Le gouverneur n’est pas membre du conseil.')],
				['كل رؤساء الجمعيات المحلية', 'Tous les présidents d’associations locales', -50]
			]
		),
		numerical(
			T('بعد كم دورة متتالية يتغيب عنها العضو دون مبرر مقبول يُعزل بحكم القانون (المادة 67)؟', 'Après combien de sessions successives manquées sans motif valable un membre est-il démis d’office (art. 67) ?'),
			3,
			0,
			T('ثلاث دورات متتالية، أو خمس غير متتالية.', 'Trois sessions successives, ou cinq non successives.')
		),
		short(
			T('ما اسم النص الذي يضعه المجلس لتنظيم أشغاله ويلزم جميع أعضائه (المادة 32)؟', 'Comment s’appelle le texte que le conseil adopte pour organiser ses travaux et qui s’impose à tous ses membres (art. 32) ?'),
			[
				['النظام الداخلي', 100],
				['règlement intérieur', 100],
				['النظام', 50]
			]
		),
		matching(T('اربطي كل مصطلح بمعناه.', 'Associez chaque terme à son sens.'), [
			[T('الدورة الاستثنائية', 'Session extraordinaire'), T('يدعو إليها الرئيس بمبادرته أو بطلب من ثلث الأعضاء على الأقل', 'Convoquée par le président ou à la demande d’au moins un tiers des membres')],
			[T('النصاب القانوني', 'Quorum'), T('حضور أغلبية الأعضاء المزاولين مهامهم', 'Présence de la majorité des membres en exercice')],
			[T('جدول الأعمال', 'Ordre du jour'), T('لائحة النقط المعروضة في الدورة', 'Liste des points examinés pendant la session')],
			[T('النظام الداخلي', 'Règlement intérieur'), T('قواعد سير المجلس الملزمة لكل الأعضاء', 'Règles de fonctionnement qui s’imposent à tous les membres')]
		]),
		tf(
			T('القيادة تعني أن تتكلمي أولاً دائماً ولا تتركي وقتاً للآخرين.', 'Être leader, c’est toujours parler la première et ne pas laisser de temps aux autres.'),
			false,
			T('القائدة تستمع وتجمع الآراء ثم تقترح.', 'Une leader écoute, rassemble les avis, puis propose.')
		),
		single(
			T('عندما لا يستطيع الرئيس حفظ النظام في الجلسة، يمكنه أن يلجأ إلى (المادة 48):', 'Quand le président ne peut pas maintenir l’ordre en séance, il peut faire appel (art. 48) :'),
			[
				['العامل', 'au gouverneur', 100],
				['وزير الداخلية مباشرة', 'directement au ministre de l’Intérieur', 0],
				['رئيس الجهة', 'au président de la région', 0]
			]
		),
		single(
			T('استعداداً لدورة المجلس، ما أفضل خطوة أولى لعرض مقترح؟', 'Pour défendre une proposition à la prochaine session, quelle est la meilleure première étape ?'),
			[
				['تحضير مذكرة قصيرة بالأرقام والحلول', 'Préparer une note courte avec des chiffres et des solutions', 100],
				['انتظار الجلسة وارتجال الكلام', 'Attendre la séance et improviser', 0],
				['نشر المقترح على الشبكات قبل إخبار الزملاء', 'Publier la proposition sur les réseaux avant d’en parler aux collègues', 0]
			]
		)
	],
	negotiation: [
		single(
			T('في التفاوض، ماذا يعني «البديل الأفضل في حال عدم الاتفاق»؟', 'En négociation, que désigne la « meilleure solution de rechange » (MESORE) ?'),
			[
				['ما ستفعلينه إن لم يتم الاتفاق', 'Ce que vous ferez s’il n’y a pas d’accord', 100],
				['أول عرض تقدمينه', 'La première offre que vous faites', 0],
				['التنازل الأخير قبل الانسحاب', 'La dernière concession avant de partir', 25]
			]
		),
		tf(T('في التفاوض المبني على المبادئ نركز على المصالح لا على المواقف.', 'Dans la négociation raisonnée, on se concentre sur les intérêts plutôt que sur les positions.'), true),
		multiple(
			T('ما الممارسات التي تقوي موقفك في تفاوض داخل المجلس؟', 'Quelles pratiques renforcent votre position dans une négociation au conseil ?'),
			[
				['تحضير حجج مدعومة بالمعطيات', 'Préparer des arguments appuyés sur des données', 34],
				['الإنصات الفعّال', 'L’écoute active', 33],
				['البحث عن حلفاء قبل الجلسة', 'Chercher des alliés avant la séance', 33],
				['مقاطعة المتحدثين باستمرار', 'Couper sans cesse la parole', -50],
				['التهديد', 'Menacer', -50]
			]
		),
		single(
			T('أي من هذه العبارات «مصلحة» وليست «موقفاً»؟', 'Laquelle de ces phrases exprime un « intérêt » et non une « position » ?'),
			[
				['نريد أن تصل الفتيات إلى المدرسة بأمان', 'Nous voulons que les filles arrivent à l’école en sécurité', 100],
				['نريد حافلة جديدة وإلا سنصوت ضد الميزانية', 'Nous voulons un nouveau bus, sinon nous votons contre le budget', 0],
				['لن نقبل أي تعديل', 'Nous n’accepterons aucune modification', 0]
			]
		),
		numerical(T('كم عدد اللجان الدائمة الأقصى في مجلس الجماعة (المادة 25)؟', 'Combien de commissions permanentes un conseil communal peut-il avoir au plus (art. 25) ?'), 5, 0, T('من لجنتين إلى خمس لجان.', 'De deux à cinq commissions.')),
		short(T('ما الاسم العربي للأداة التي يطلب بها المواطنون إدراج نقطة في جدول أعمال المجلس؟', 'Quel est le nom de l’outil par lequel des citoyens demandent au conseil d’inscrire un point à son ordre du jour ?'), [
			['العريضة', 100],
			['عريضة', 100],
			['pétition', 100]
		]),
		matching(T('اربطي كل مفهوم بتعريفه.', 'Associez chaque notion à sa définition.'), [
			[T('الموقف', 'Position'), T('ما يطلبه الطرف', 'Ce qu’une partie demande')],
			[T('المصلحة', 'Intérêt'), T('لماذا يطلبه', 'Pourquoi elle le demande')],
			[T('البديل الأفضل', 'MESORE'), T('ما نفعله إن فشل الاتفاق', 'Ce qu’on fait si l’accord échoue')],
			[T('التنازل', 'Concession'), T('ما نقدمه مقابل شيء', 'Ce qu’on cède en échange')]
		]),
		tf(T('تطلب العريضة من المجلس إدراج نقطة في جدول أعماله (الدستور، الفصل 139).', 'Une pétition demande au conseil d’inscrire un point à son ordre du jour (Constitution, art. 139).'), true),
		single(
			T('ما أول ما ينبغي تحديده قبل أي تفاوض؟', 'Que faut-il fixer en premier avant toute négociation ?'),
			[
				['أهدافك وحدودك', 'Vos objectifs et vos limites', 100],
				['مكان الاجتماع', 'Le lieu de la réunion', 0],
				['من سيتكلم أولاً', 'Qui parlera en premier', 0]
			]
		),
		single(
			T('الحل «رابح–رابح» هو الحل الذي:', 'Une solution « gagnant-gagnant » est une solution qui :'),
			[
				['يلبي مصالح الطرفين', 'répond aux intérêts des deux parties', 100],
				['يقسم كل شيء إلى نصفين دائماً', 'partage toujours tout en deux', 25],
				['يربح فيه الطرف الأقوى', 'fait gagner la partie la plus forte', 0]
			]
		)
	],
	'gender-budgeting': [
		single(
			T('ما المقصود بالميزانية المستجيبة للنوع الاجتماعي؟', 'Qu’est-ce que la budgétisation sensible au genre ?'),
			[
				['تقييم أثر الإنفاق العمومي على النساء والرجال والتخطيط وفقه', 'Évaluer l’effet des dépenses publiques sur les femmes et les hommes, et planifier en conséquence', 100],
				['ميزانية خاصة بالنساء وحدهن', 'Un budget réservé aux seules femmes', 0, T('لا: هي طريقة لقراءة كل الميزانية.', 'Non : c’est une façon de lire tout le budget.')],
				['تقسيم الميزانية مناصفة بين النساء والرجال', 'Partager le budget moitié-moitié entre femmes et hommes', 0]
			]
		),
		tf(T('يُرفق «تقرير النوع» بمشروع قانون المالية كل سنة منذ 2005.', 'Le « Rapport Genre » accompagne chaque année le projet de loi de finances depuis 2005.'), true),
		single(
			T('أي قانون تنظيمي جعل مراعاة النوع في ميزانية الدولة إلزاماً قانونياً؟', 'Quelle loi organique a fait de la prise en compte du genre dans le budget de l’État une obligation légale ?'),
			[
				['القانون التنظيمي 130.13 لقانون المالية', 'La loi organique 130-13 relative à la loi de finances', 100],
				['القانون التنظيمي 113.14 المتعلق بالجماعات', 'La loi organique 113-14 relative aux communes', 0],
				['القانون التنظيمي 59.11 المتعلق بالانتخابات', 'La loi organique 59-11 relative aux élections', 0]
			]
		),
		multiple(
			T('أي هذه المؤشرات تستجيب للنوع الاجتماعي؟', 'Lesquels de ces indicateurs sont sensibles au genre ?'),
			[
				['نسبة النساء بين المستفيدين من مشروع', 'La part des femmes parmi les bénéficiaires d’un projet', 50],
				['عدد الفتيات المستفيدات من النقل المدرسي', 'Le nombre de filles bénéficiant du transport scolaire', 50],
				['المبلغ الإجمالي للميزانية بالدرهم', 'Le montant total du budget en dirhams', -50, T('هذا الرقم لا يقول شيئاً عن النساء والرجال.', 'Ce chiffre ne dit rien des femmes et des hommes.')]
			]
		),
		numerical(T('منذ أي سنة يُنشر «تقرير النوع» مع مشروع قانون المالية؟', 'Depuis quelle année le « Rapport Genre » est-il publié avec le projet de loi de finances ?'), 2005),
		short(T('كيف نقول بالعربية «approche genre»؟', 'Comment dit-on « approche genre » en arabe ?'), [
			['مقاربة النوع', 100],
			['مقاربة النوع الاجتماعي', 100]
		]),
		matching(T('اربطي كل مؤسسة أو وثيقة بدورها.', 'Associez chaque institution ou document à son rôle.'), [
			[T('مركز الامتياز للميزانية المستجيبة للنوع', 'CE-BSG'), T('مركز داخل مديرية الدراسات والتوقعات المالية', 'Centre au sein de la DEPF')],
			[T('تقرير النوع', 'Rapport Genre'), T('تقرير يرافق مشروع قانون المالية', 'Rapport joint au projet de loi de finances')],
			[T('القانون التنظيمي 130.13', 'LOF 130-13'), T('القانون التنظيمي لقانون المالية', 'Loi organique relative à la loi de finances')],
			[T('مؤشرات نجاعة الأداء المستجيبة للنوع', 'Indicateurs de performance sensibles au genre'), T('تقيس أثر البرامج على النساء والرجال', 'Mesurent l’effet des programmes sur les femmes et les hommes')]
		]),
		single(
			T('أي لجنة دائمة إلزامية في كل مجلس جماعي تدرس الميزانية (المادة 25)؟', 'Quelle commission permanente, obligatoire dans chaque conseil communal, examine le budget (art. 25) ?'),
			[
				['لجنة الميزانية والشؤون المالية والبرمجة', 'La commission du budget, des affaires financières et de la programmation', 100],
				['لجنة المرافق العمومية والخدمات', 'La commission des services et équipements publics', 0, T('هي لجنة إلزامية أيضاً، لكنها لا تدرس الميزانية.', 'Elle est aussi obligatoire, mais n’examine pas le budget.')],
				['لجنة الرياضة', 'La commission des sports', 0]
			]
		),
		tf(T('لمعرفة من يستفيد من الإنفاق، نحتاج إلى معطيات مصنفة حسب الجنس.', 'Pour savoir qui profite des dépenses, il faut des données ventilées par sexe.'), true),
		single(
			T('من شركاء مركز الامتياز في مجال الميزانية المستجيبة للنوع؟', 'Qui sont les partenaires du CE-BSG pour la budgétisation sensible au genre ?'),
			[
				['الوكالة الفرنسية للتنمية وهيئة الأمم المتحدة للمرأة', 'L’AFD et ONU Femmes', 100],
				['البنك الدولي وحده', 'La Banque mondiale seule', 0],
				['الجماعات الترابية وحدها', 'Les seules collectivités territoriales', 0]
			]
		)
	],
	'participatory-planning': [
		single(
			T('ما المدة التي يغطيها برنامج عمل الجماعة؟', 'Quelle durée couvre le programme d’action de la commune (PAC) ?'),
			[
				['ثلاث سنوات', 'Trois ans', 0],
				['ست سنوات', 'Six ans', 100],
				['عشر سنوات', 'Dix ans', 0]
			]
		),
		tf(T('يُعد برنامج عمل الجماعة وفق منهج تشاركي يأخذ بعين الاعتبار مقاربة النوع.', 'Le PAC est préparé selon une démarche participative qui tient compte de l’approche genre.'), true),
		single(
			T('ما أول مرحلة في إعداد برنامج عمل الجماعة؟', 'Quelle est la première phase de la préparation du PAC ?'),
			[
				['التشخيص التشاركي', 'Le diagnostic participatif', 100],
				['التصويت على الميزانية', 'Le vote du budget', 0],
				['تقييم النتائج', 'L’évaluation des résultats', 0]
			]
		),
		multiple(
			T('ما الآليات التي تسمح للمواطنات والمواطنين بالمشاركة في الشأن المحلي؟', 'Quels outils permettent aux citoyennes et citoyens de participer à la vie locale ?'),
			[
				['العريضة', 'La pétition', 34],
				['الميزانية التشاركية', 'Le budget participatif', 33],
				['الهيئات الاستشارية', 'Les instances consultatives', 33],
				['تعويض المجلس المنتخب', 'Remplacer le conseil élu', -100]
			]
		),
		numerical(T('كم عدد الجماعات في جهة بني ملال-خنيفرة؟', 'Combien de communes compte la région Béni Mellal-Khénifra ?'), 135, 0, T('135 جماعة في خمسة أقاليم.', '135 communes réparties dans cinq provinces.')),
		short(T('ما الاسم العربي للمرحلة الأولى من برنامج عمل الجماعة التي تستعمل معطيات مصنفة حسب الجنس؟', 'Comment s’appelle en arabe la première phase du PAC, qui utilise des données ventilées par sexe ?'), [
			['التشخيص التشاركي', 100],
			['التشخيص', 50]
		]),
		matching(T('اربطي كل آلية بدورها.', 'Associez chaque outil à son rôle.'), [
			[T('هيئة المساواة وتكافؤ الفرص ومقاربة النوع', 'Instance de l’article 120'), T('هيئة استشارية مع المجتمع المدني حول المساواة', 'Organe consultatif avec la société civile sur l’égalité')],
			[T('العريضة', 'Pétition'), T('طلب إدراج نقطة في جدول الأعمال', 'Demander l’inscription d’un point à l’ordre du jour')],
			[T('الميزانية التشاركية', 'Budget participatif'), T('يقترح المواطنون مشاريع تمولها الجماعة', 'Les citoyens proposent des projets financés par la commune')],
			[T('التشخيص التشاركي', 'Diagnostic participatif'), T('المرحلة الأولى من برنامج عمل الجماعة', 'Première phase du PAC')]
		]),
		tf(T('تُستشار هيئة المساواة وتكافؤ الفرص ومقاربة النوع (المادة 120) في برنامج عمل الجماعة.', 'L’instance consultative de l’article 120 (égalité, égalité des chances, approche genre) est consultée sur le PAC.'), true),
		single(
			T('أي مرسوم يحدد مسطرة إعداد برنامج عمل الجماعة وتتبعه وتحيينه وتقييمه؟', 'Quel décret fixe la procédure de préparation, de suivi, de mise à jour et d’évaluation du PAC ?'),
			[
				['المرسوم 2.16.301', 'Le décret 2-16-301', 100],
				['الظهير 1.11.173', 'Le dahir 1-11-173', 0, T('هذا ظهير تنفيذ القانون التنظيمي 59.11 المتعلق بالانتخابات.', 'C’est le dahir qui promulgue la loi organique 59-11 sur les élections.')],
				['الظهير 1.15.85', 'Le dahir 1-15-85', 0, T('هذا ظهير تنفيذ القانون التنظيمي 113.14.', 'C’est le dahir qui promulgue la loi organique 113-14.')]
			]
		),
		single(
			T('ما الذي تضمنه فصول الدستور 12 و13 و136 و139؟', 'Que garantissent les articles 12, 13, 136 et 139 de la Constitution ?'),
			[
				['الديمقراطية التشاركية', 'La démocratie participative', 100],
				['نظام الانتخاب الفردي', 'Le scrutin uninominal', 0],
				['المراقبة الإدارية', 'Le contrôle administratif', 0]
			]
		)
	]
};
