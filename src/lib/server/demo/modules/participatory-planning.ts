import type { DemoModule } from '../content';

// ---------------------------------------------------------------------------
// Module 4: participatory-planning
// ---------------------------------------------------------------------------
export const participatoryPlanning: DemoModule = {
	slug: 'participatory-planning',
	position: 4,
	hours: 10,
	trainer: 1,
	title: {
		ar: 'التخطيط التشاركي وبرنامج عمل الجماعة',
		fr: 'Planification participative et programme d’action de la commune',
		zgh: 'ⴰⵙⵖⵉⵡⵙ ⵙ ⵓⵙⵎⵓⵜⵜⴳ'
	},
	summary: {
		ar: 'برنامج عمل الجماعة ومراحل إعداده، والتشخيص التشاركي، وهيئة المساواة وتكافؤ الفرص ومقاربة النوع، والآليات التي تسمح للمواطنات بالمشاركة في القرار المحلي.',
		fr: 'Le programme d’action de la commune et sa préparation, le diagnostic participatif, l’instance consultative sur l’égalité et le genre, et les dispositifs qui permettent aux citoyennes de participer à la décision locale.'
	},
	lessons: [
		{
			title: {
				ar: 'برنامج عمل الجماعة: ما هو وكيف يُعدّ؟',
				fr: 'Le programme d’action de la commune (PAC) : quoi et comment ?',
				zgh: 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵜⵙⴳⵎⵉ'
			},
			body: {
				fr: `## La feuille de route de la commune

Le programme d’action de la commune (en arabe برنامج عمل الجماعة), souvent appelé PAC ou « plan d’action communal », fixe les projets de développement de la commune sur **six ans**. La loi organique n° 113-14 (articles 78 à 82) prévoit qu’il est préparé selon une démarche participative et qu’il tient compte de l’approche genre.

Le PAC a succédé à l’ancien plan communal de développement (PCD), l’outil de planification de la charte communale d’avant 2015. Si vous entendez encore parler de « PCD », il s’agit de l’ancien dispositif.

## Le texte qui fixe la procédure

Le décret n° 2-16-301 du 29 juin 2016 fixe la procédure de préparation, de suivi, d’actualisation et d’évaluation du PAC, ainsi que les mécanismes de dialogue et de concertation pour le préparer. Demandez-en une copie au secrétariat de la commune : c’est le document de référence quand on discute du calendrier ou des étapes.

## Les grandes étapes

La préparation commence par un **diagnostic participatif** de la commune, qui utilise des données ventilées par sexe (voir la leçon suivante). En pratique, viennent ensuite le choix des priorités, la programmation des projets sur les six années et l’estimation de leur coût. Le décret précise l’ordre exact et les délais : vérifiez-les dans le texte.

Le PAC n’est pas figé : il peut être actualisé, et son exécution est suivie et évaluée.

## Du PAC au budget

Le PAC dit **quoi** faire. Le budget annuel dit **avec quel argent** et **quand**. Un projet inscrit au PAC mais jamais financé dans un budget reste sur le papier. C’est pourquoi, chaque année, il est utile de vérifier quels projets du PAC apparaissent dans le budget.

## Le rôle d’une élue

- Connaître le PAC en vigueur : ses priorités, ses projets, son calendrier.
- Participer au diagnostic et veiller à ce que les femmes y soient entendues.
- Défendre, en commission, les projets qui répondent aux besoins des femmes et des filles.
- Suivre l’exécution, et demander des explications quand un projet prend du retard.

## Exercice

Procurez-vous le PAC de votre commune. Notez en quelle année il a été adopté et s’il a été actualisé depuis. Dressez ensuite la liste des projets qui concernent directement les femmes ou les filles. Pour chacun, cherchez s’il figure dans le budget de cette année.`,
				ar: `## خارطة طريق الجماعة

يحدد برنامج عمل الجماعة مشاريع التنمية في الجماعة لمدة **ست سنوات**. وينص القانون التنظيمي رقم 113.14 (المواد من 78 إلى 82) على أن يُعدّ وفق منهج تشاركي، وأن يأخذ بعين الاعتبار مقاربة النوع.

وقد خلف برنامج عمل الجماعة «المخطط الجماعي للتنمية»، وهو أداة التخطيط في إطار الميثاق الجماعي قبل 2015. فإذا سمعتِ عن «المخطط الجماعي للتنمية»، فالمقصود هو النظام القديم.

## النص الذي يحدد المسطرة

يحدد المرسوم رقم 2.16.301 الصادر في 29 يونيو 2016 مسطرة إعداد برنامج عمل الجماعة وتتبعه وتحيينه وتقييمه، وآليات الحوار والتشاور لإعداده. اطلبي نسخة منه من كتابة الجماعة: إنه الوثيقة المرجعية عند مناقشة الجدول الزمني أو المراحل.

## المراحل الكبرى

يبدأ الإعداد بـ**تشخيص تشاركي** للجماعة، يعتمد على معطيات مصنفة حسب الجنس (انظري الدرس الموالي). وفي الممارسة، يأتي بعده اختيار الأولويات، ثم برمجة المشاريع على السنوات الست، وتقدير كلفتها. ويحدد المرسوم الترتيب الدقيق والآجال، فتحققي منها في النص.

وبرنامج عمل الجماعة ليس وثيقة جامدة: يمكن تحيينه، ويُتتبَّع تنفيذه ويُقيَّم.

## من البرنامج إلى الميزانية

البرنامج يقول **ماذا** سنفعل. والميزانية السنوية تقول **بأي مال** و**متى**. المشروع المسجل في البرنامج ولم يُموَّل أبدًا في الميزانية يبقى حبرًا على ورق. لذلك من المفيد أن تتحققي كل سنة من مشاريع البرنامج التي تظهر في الميزانية.

## دور المنتخبة

- معرفة البرنامج الجاري به العمل: أولوياته، ومشاريعه، وجدوله الزمني.
- المشاركة في التشخيص، والحرص على أن يُسمع فيه صوت النساء.
- الدفاع داخل اللجان عن المشاريع التي تستجيب لحاجيات النساء والفتيات.
- تتبع التنفيذ، وطلب التوضيحات عندما يتأخر مشروع ما.

## تمرين

احصلي على برنامج عمل جماعتك. دوّني السنة التي صودق عليه فيها، وهل جرى تحيينه منذ ذلك الحين. ثم ضعي لائحة بالمشاريع التي تهم النساء أو الفتيات مباشرة. ولكل مشروع، ابحثي هل هو مسجل في ميزانية هذه السنة.`
			}
		},
		{
			title: {
				ar: 'التشخيص التشاركي: إسماع صوت النساء',
				fr: 'Le diagnostic participatif : faire entendre les femmes',
				zgh: 'ⴰⵙⵙⵏ ⵏ ⵜⵙⴳⵎⵉ ⵙ ⵓⵙⵎⵓⵜⵜⴳ'
			},
			body: {
				fr: `## Pourquoi un diagnostic participatif ?

Le diagnostic est la première phase du programme d’action de la commune. Il décrit la situation de la commune : population, services, équipements, activités économiques, besoins. Il s’appuie sur des données ventilées par sexe. Il est dit **participatif** parce que les habitantes et les habitants y prennent part : ce sont eux qui connaissent le mieux leurs besoins.

Mais une réunion « ouverte à tous » n’est pas toujours ouverte à toutes. Si elle a lieu à une heure où les femmes travaillent, ou dans un lieu où elles ne se sentent pas à l’aise, elles ne viendront pas, ou ne parleront pas.

## Organiser des consultations où les femmes parlent

- **L’horaire** : demandez aux femmes quel moment leur convient. Évitez les jours de souk et les périodes de gros travaux agricoles.
- **Le lieu** : près des habitations, dans une école, un foyer féminin, le local d’une association. Dans une commune étendue, comme Zaouiat Ahansal ou Kerrouchen, allez dans les douars plutôt que de faire venir tout le monde au centre.
- **Des groupes de femmes** : en plus des réunions mixtes, prévoyez des groupes réservés aux femmes. Beaucoup y parlent plus librement.
- **La langue** : tamazight, darija, arabe : parlez la langue des participantes.
- **Les enfants** : prévoyez un espace et une personne pour s’occuper des petits.

## Poser les bonnes questions

Partez de la vie quotidienne :

- « Racontez-nous une journée ordinaire. Qu’est-ce qui prend le plus de temps ? »
- « Où allez-vous chercher l’eau, vous soigner, faire vos courses ? Comment ? »
- « Qu’est-ce qui devrait changer en premier, pour vous et pour vos filles ? »

## Garder une trace

Notez combien de femmes et d’hommes étaient présents, et ce que chaque groupe a dit. Sans cette trace, les propositions des femmes se perdent en route. Après le diagnostic, revenez vers les participantes pour leur dire ce qui a été retenu.

## Exercice

Préparez une consultation dans votre quartier ou votre douar. Écrivez : la date et l’heure (choisies avec des femmes), le lieu, les personnes à inviter et comment, trois questions à poser, et qui prendra les notes. Montrez ce plan à une association locale et demandez-lui son avis.`,
				ar: `## لماذا تشخيص تشاركي؟

التشخيص هو المرحلة الأولى من برنامج عمل الجماعة. يصف وضعية الجماعة: السكان، والخدمات، والتجهيزات، والأنشطة الاقتصادية، والحاجيات. ويعتمد على معطيات مصنفة حسب الجنس. ويسمى **تشاركيًا** لأن السكان، نساءً ورجالًا، يشاركون فيه: فهم أدرى بحاجياتهم.

لكن الاجتماع «المفتوح للجميع» ليس دائمًا مفتوحًا للنساء فعلًا. إذا انعقد في وقت تعمل فيه النساء، أو في مكان لا يشعرن فيه بالارتياح، فلن يحضرن، أو لن يتكلمن.

## تنظيم لقاءات تشاورية تتكلم فيها النساء

- **التوقيت**: اسألي النساء عن الوقت الذي يناسبهن. تجنبي أيام السوق وفترات الأشغال الفلاحية الكبرى.
- **المكان**: قريبًا من البيوت، في مدرسة، أو دار للمرأة، أو مقر جمعية. وفي جماعة مترامية الأطراف، مثل زاوية أحنصال أو كروشن، اذهبي إلى الدواوير بدل أن تطلبي من الجميع القدوم إلى المركز.
- **مجموعات نسائية**: إضافة إلى الاجتماعات المختلطة، خصّصي مجموعات للنساء فقط. كثيرات يتكلمن فيها بحرية أكبر.
- **اللغة**: الأمازيغية، أو الدارجة، أو العربية: تحدثي بلغة المشاركات.
- **الأطفال**: خصّصي فضاءً وشخصًا للاعتناء بالصغار.

## طرح الأسئلة المناسبة

انطلقي من الحياة اليومية:

- «احكين لنا عن يوم عادي. ما الذي يأخذ أكثر وقت؟»
- «أين تذهبن لجلب الماء، وللعلاج، وللتسوق؟ وكيف؟»
- «ما الذي يجب أن يتغير أولًا، بالنسبة لكنّ ولبناتكنّ؟»

## الاحتفاظ بأثر مكتوب

سجّلي عدد النساء وعدد الرجال الحاضرين، وما قالته كل مجموعة. دون هذا الأثر، تضيع اقتراحات النساء في الطريق. وبعد التشخيص، عودي إلى المشاركات لتخبريهن بما تم الاحتفاظ به.

## تمرين

حضّري لقاءً تشاوريًا في حيّك أو دوارك. اكتبي: التاريخ والساعة (تختارينهما مع النساء)، والمكان، والأشخاص الذين ستدعينهم وكيف، وثلاثة أسئلة ستطرحينها، ومن سيدوّن الملاحظات. ثم اعرضي هذا المخطط على جمعية محلية واطلبي رأيها.`
			}
		},
		{
			title: {
				ar: 'هيئة المساواة وتكافؤ الفرص ومقاربة النوع',
				fr: 'L’instance consultative sur l’égalité, l’égalité des chances et le genre',
				zgh: 'ⵜⵉⴳⴷⴷⵉ ⴷ ⵓⵏⴰⵡ ⴳ ⵜⵙⴳⵎⵉ'
			},
			body: {
				fr: `## Une instance prévue par la loi

L’article 120 de la loi organique n° 113-14 prévoit, auprès du conseil de la commune, une instance consultative créée **en partenariat avec des acteurs de la société civile**. Elle étudie les questions relatives à l’égalité, à l’égalité des chances et à l’approche genre.

Son nom officiel est en arabe : هيئة المساواة وتكافؤ الفرص ومقاربة النوع. On la traduit souvent par « instance de l’équité, de l’égalité des chances et de l’approche genre ». Avant de la citer dans un document officiel en français, vérifiez la dénomination retenue par votre commune ou par le texte officiel.

## À quoi sert-elle ?

- Elle donne des **avis** et fait des **propositions** sur les questions d’égalité.
- Elle est **consultée sur le programme d’action de la commune** : c’est un moment clé pour que les besoins des femmes y figurent.
- Elle relie le conseil aux associations, qui apportent leur connaissance du terrain.

Son rôle est consultatif : elle éclaire le conseil, mais c’est le conseil qui décide. D’où l’importance que des élues fassent le lien entre ses avis et les débats en commission et en session.

## Un guide officiel

La Direction générale des collectivités territoriales (ministère de l’Intérieur) a publié en 2017 un guide sur la création, l’activation, le fonctionnement et le suivi de cette instance dans les communes. Il fait partie de sa série de guides destinés aux élus. Demandez-le au secrétariat de votre commune : il répond aux questions pratiques, par exemple sur la composition et l’organisation du travail.

Avant 2015, l’ancienne charte communale prévoyait une commission de la parité et de l’égalité des chances. L’instance de l’article 120 lui a succédé : ne confondez pas les deux textes.

## Ce que vous pouvez faire

1. **Savoir où en est votre commune** : l’instance existe-t-elle ? Qui en est membre ? Quand s’est-elle réunie pour la dernière fois ?
2. **Si elle existe** : rencontrez ses membres, demandez ses avis écrits, et proposez qu’ils soient présentés en commission.
3. **Si elle est inactive** : avec d’autres élues et des associations, proposez au conseil de la relancer, en vous appuyant sur le guide.
4. **Au moment du PAC** : vérifiez qu’elle a bien été consultée, et que son avis est connu de tous les membres du conseil.

## Exercice

Renseignez-vous auprès du secrétariat de votre commune : l’instance a-t-elle été créée, quand, et avec quelles associations ? Notez la date de sa dernière réunion et un avis qu’elle a donné. Si vous ne trouvez rien, écrivez une proposition de trois phrases pour la relancer.`,
				ar: `## هيئة ينص عليها القانون

تنص المادة 120 من القانون التنظيمي رقم 113.14 على إحداث هيئة استشارية لدى مجلس الجماعة، **بشراكة مع فعاليات المجتمع المدني**، تختص بدراسة القضايا المتعلقة بالمساواة وتكافؤ الفرص ومقاربة النوع.

اسمها: هيئة المساواة وتكافؤ الفرص ومقاربة النوع. وتكتب بعض الجماعات «مقاربة النوع الاجتماعي». وقبل أن تقتبسي نص المادة حرفيًا في وثيقة رسمية، راجعي النص المنشور في الجريدة الرسمية.

## ما دورها؟

- تقدم **آراء** و**اقتراحات** في قضايا المساواة.
- **تُستشار في برنامج عمل الجماعة**: وهذه لحظة أساسية لإدراج حاجيات النساء فيه.
- تربط المجلس بالجمعيات التي تحمل معرفتها بالميدان.

دورها استشاري: تنير المجلس، لكن المجلس هو الذي يقرر. لذلك من المهم أن تربط المنتخبات بين آرائها والنقاش داخل اللجان والدورات.

## دليل رسمي

أصدرت المديرية العامة للجماعات الترابية (وزارة الداخلية) سنة 2017 «دليل مساطر إحداث وتفعيل واشتغال وتتبع هيئة المساواة وتكافؤ الفرص ومقاربة النوع بالجماعات»، ضمن سلسلة أدلة المنتخب. اطلبيه من كتابة جماعتك: فهو يجيب عن الأسئلة العملية، مثل التركيبة وتنظيم العمل.

قبل 2015، كان الميثاق الجماعي القديم ينص على لجنة للمساواة وتكافؤ الفرص. وقد خلفتها هيئة المادة 120، فلا تخلطي بين النصين.

## ما الذي يمكنكِ فعله؟

1. **معرفة وضعية جماعتك**: هل الهيئة موجودة؟ من أعضاؤها؟ متى اجتمعت آخر مرة؟
2. **إذا كانت موجودة**: التقي بأعضائها، واطلبي آراءها المكتوبة، واقترحي عرضها داخل اللجان.
3. **إذا كانت غير مفعّلة**: اقترحي على المجلس، مع منتخبات أخريات وجمعيات، إعادة تفعيلها، بالاستناد إلى الدليل.
4. **عند إعداد برنامج عمل الجماعة**: تحققي من أنها استُشيرت فعلًا، وأن رأيها معروف لدى جميع أعضاء المجلس.

## تمرين

استفسري لدى كتابة جماعتك: هل أُحدثت الهيئة؟ متى؟ ومع أي جمعيات؟ دوّني تاريخ آخر اجتماع لها ورأيًا واحدًا أبدته. وإذا لم تجدي شيئًا، فاكتبي اقتراحًا من ثلاث جمل لإعادة تفعيلها.`
			}
		},
		{
			title: {
				ar: 'إشراك المواطنات: آليات الحوار والعرائض والميزانية التشاركية',
				fr: 'Faire participer les citoyennes : concertation, pétitions, budget participatif',
				zgh: 'ⴰⵙⵎⵓⵜⵜⴳ ⵏ ⵜⵎⵖⴰⵔⵉⵏ'
			},
			body: {
				fr: `## La démocratie participative

La Constitution de 2011 (articles 12, 13, 136 et 139) reconnaît la démocratie participative : les citoyennes, les citoyens et les associations prennent part à la préparation et à l’évaluation des décisions locales. Pour une élue, c’est un appui : des habitantes organisées donnent plus de poids aux propositions que vous portez au conseil.

## Les dispositifs de dialogue et de concertation

L’article 119 de la loi organique n° 113-14 prévoit des dispositifs participatifs de dialogue et de concertation. Ils permettent aux citoyens et aux associations de participer à la préparation du programme d’action de la commune et à son suivi. La forme concrète varie d’une commune à l’autre : réunions publiques, consultations par quartier ou par douar, rencontres avec les associations. Demandez ce que votre commune a mis en place.

## Le droit de pétition

Une pétition permet aux citoyens et aux associations de demander au conseil d’inscrire à son ordre du jour un point qui relève de ses compétences. Elle est prévue par la Constitution (article 139) et par la loi organique n° 113-14 (articles 121 à 125). Les conditions (nombre de signatures, qualité des signataires, forme du dépôt) sont fixées par les textes : vérifiez le texte en vigueur avant d’aider un groupe à en préparer une. Attention : les pétitions adressées aux autorités nationales relèvent d’une autre loi, la loi organique n° 44-14.

Une pétition bien préparée par une association de femmes peut faire entrer au conseil un sujet qui n’y arrivait jamais.

## Le budget participatif

Dans un budget participatif, les habitants proposent des projets à financer sur le budget de la commune. Le portail national des collectivités territoriales (collectivites-territoriales.gov.ma) y consacre une rubrique. Si votre commune en organise un, veillez à ce que les femmes puissent proposer des projets et voter : horaires, lieux, information dans leur langue.

## Les mémorandums des associations

Les associations peuvent aussi adresser au conseil des mémorandums et des avis consultatifs. La page du projet AMSSAWASS compte parmi ses résultats des avis de la société civile présentés aux conseils et étudiés par leurs structures, pour intégrer l’approche genre dans les programmes, les budgets et la conception des projets.

## Votre rôle

- Expliquer aux femmes de votre commune comment ces dispositifs fonctionnent.
- Relayer leurs propositions en commission et en session.
- Leur rendre compte de la suite donnée.

## Exercice

Choisissez un des dispositifs de cette leçon. Préparez une explication de cinq phrases simples, dans la langue des femmes de votre quartier ou de votre douar : à quoi il sert, qui peut l’utiliser, comment, et ce que vous ferez pour les aider. Présentez-la lors d’une réunion d’association.`,
				ar: `## الديمقراطية التشاركية

يعترف دستور 2011 (الفصول 12 و13 و136 و139) بالديمقراطية التشاركية: تشارك المواطنات والمواطنون والجمعيات في إعداد القرارات المحلية وتقييمها. وبالنسبة للمنتخبة، هذا سند مهم: فالنساء المنظَّمات يعطين وزنًا أكبر للاقتراحات التي تحملينها إلى المجلس.

## الآليات التشاركية للحوار والتشاور

تنص المادة 119 من القانون التنظيمي رقم 113.14 على آليات تشاركية للحوار والتشاور. وتسمح هذه الآليات للمواطنات والمواطنين والجمعيات بالمشاركة في إعداد برنامج عمل الجماعة وتتبعه. ويختلف شكلها من جماعة إلى أخرى: لقاءات عمومية، أو مشاورات حسب الأحياء أو الدواوير، أو لقاءات مع الجمعيات. اسألي عمّا أحدثته جماعتك.

## الحق في تقديم العرائض

تسمح العريضة للمواطنات والمواطنين والجمعيات بمطالبة المجلس بإدراج نقطة تدخل في صلاحياته في جدول أعماله. وينص عليها الدستور (الفصل 139) والقانون التنظيمي رقم 113.14 (المواد من 121 إلى 125). أما الشروط (عدد التوقيعات، وصفة الموقعين، وطريقة الإيداع) فتحددها النصوص، فراجعي النص الجاري به العمل قبل مساعدة أي مجموعة على إعداد عريضة. وانتبهي: العرائض الموجهة إلى السلطات العمومية الوطنية يؤطرها قانون آخر، هو القانون التنظيمي رقم 44.14.

العريضة التي تحضّرها جمعية نسائية تحضيرًا جيدًا يمكن أن تُدخل إلى المجلس موضوعًا لم يكن يصل إليه أبدًا.

## الميزانية التشاركية

في الميزانية التشاركية، يقترح السكان مشاريع تُموَّل من ميزانية الجماعة. وتخصص لها البوابة الوطنية للجماعات الترابية (collectivites-territoriales.gov.ma) بابًا خاصًا. إذا كانت جماعتك تنظم ميزانية تشاركية، فاحرصي على أن تتمكن النساء من اقتراح المشاريع والتصويت: من حيث التوقيت، والمكان، والإعلام بلغتهن.

## مذكرات الجمعيات

يمكن للجمعيات أيضًا أن توجه إلى المجلس مذكرات وآراء استشارية. وتذكر صفحة مشروع أمساواس من بين نتائجه مذكرات وآراء استشارية قدمها المجتمع المدني إلى المجالس ودرستها هياكلها، من أجل إدماج مقاربة النوع في البرامج والميزانيات وتصميم المشاريع.

## دورك

- أن تشرحي لنساء جماعتك كيف تعمل هذه الآليات.
- أن تنقلي اقتراحاتهن إلى اللجان والدورات.
- أن تخبريهن بما آلت إليه هذه الاقتراحات.

## تمرين

اختاري آلية واحدة من آليات هذا الدرس. حضّري شرحًا من خمس جمل بسيطة، بلغة نساء حيّك أو دوارك: ما فائدتها، ومن يمكنه استعمالها، وكيف، وما الذي ستفعلينه لمساعدتهن. ثم قدميه في اجتماع لجمعية.`
			}
		}
	]
};
