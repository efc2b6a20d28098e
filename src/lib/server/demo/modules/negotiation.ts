import type { DemoModule } from '../content';

// ---------------------------------------------------------------------------
// Module 2: negotiation
// ---------------------------------------------------------------------------
export const negotiation: DemoModule = {
	slug: 'negotiation',
	position: 2,
	hours: 8,
	trainer: 1,
	title: {
		ar: 'التفاوض داخل اللجان وبناء التحالفات',
		fr: 'Négocier en commission et bâtir des alliances',
		zgh: 'ⴰⵎⵙⴰⵡⴰⵍ ⴳ ⵓⴳⵔⴰⵡ'
	},
	summary: {
		ar: 'كيف تعمل اللجان الدائمة، والتمييز بين المواقف والمصالح، وتحضير التفويض والبديل في حال عدم الاتفاق، وبناء التحالفات داخل المجلس وخارجه.',
		fr: 'Le rôle des commissions permanentes, distinguer positions et intérêts, préparer son mandat et sa solution de repli, construire des alliances dans le conseil et au-dehors.'
	},
	lessons: [
		{
			title: {
				ar: 'اللجان الدائمة: حيث تُحضَّر القرارات',
				fr: 'Les commissions permanentes : là où se prépare la décision',
				zgh: 'ⵜⵉⵔⵓⴱⴱⴰ ⵏ ⵓⴳⵔⴰⵡ'
			},
			body: {
				fr: `## Pourquoi les commissions comptent

En session plénière, le temps est court et la salle est grande. Beaucoup de choses se jouent avant, dans les commissions permanentes. On y dispose de plus de temps, on y est moins nombreux, et l’on peut discuter d’un texte ligne par ligne. C’est souvent là qu’une proposition est acceptée, modifiée ou écartée.

## Ce que prévoit la loi

La loi organique n° 113-14 (article 25) prévoit que le conseil crée au moins deux et au plus cinq commissions permanentes. Deux sont obligatoires :

- une commission chargée du budget, des affaires financières et de la programmation ;
- une commission chargée des services et équipements publics.

Le règlement intérieur fixe le nombre des commissions et leurs intitulés exacts. Ils varient donc d’une commune à l’autre : vérifiez ceux de votre conseil.

## Trouver sa place

- Demandez dans quelle commission vous siégez. Si vous pouvez choisir, pensez à la commission du budget : c’est là que l’on voit où va l’argent.
- Demandez les dates des réunions et les documents à l’avance.
- Repérez qui préside la commission et qui en est rapporteur.

## Travailler en commission

1. **Lire avant** : arrivez en ayant lu les documents. Notez vos questions dans la marge.
2. **Poser des questions précises** : « Combien de bénéficiaires ? », « Combien de femmes parmi eux ? », « Quel calendrier ? ».
3. **Proposer une formulation** : au lieu de dire « ce n’est pas bien », proposez une phrase à ajouter ou à modifier. Un texte écrit a plus de chances d’être repris.
4. **Faire noter** : demandez que votre proposition figure dans le compte rendu ou le rapport de la commission.

## La commission, premier lieu de négociation

Une commission est un lieu de négociation au quotidien. Chaque membre y défend des besoins : ceux de son quartier, de son parti, de ses électeurs. Les leçons suivantes vous donnent des outils pour négocier sans vous épuiser : comprendre les intérêts, préparer un mandat, bâtir des alliances.

## Exercice

Trouvez, dans le règlement intérieur de votre conseil ou auprès du secrétariat :

- la liste des commissions permanentes et leurs intitulés ;
- la commission dont vous êtes membre, et qui la préside ;
- la date de sa prochaine réunion et les points qui y seront examinés.

Notez une question que vous poserez à cette réunion.`,
				ar: `## لماذا اللجان مهمة؟

في الجلسة العامة يكون الوقت قصيرًا والقاعة كبيرة. وكثير من الأمور تُحسم قبل ذلك، داخل اللجان الدائمة. ففيها وقت أطول، وعدد أقل من الأعضاء، ويمكن مناقشة النص سطرًا سطرًا. وغالبًا ما يُقبل الاقتراح هناك، أو يُعدَّل، أو يُستبعد.

## ماذا ينص عليه القانون؟

ينص القانون التنظيمي رقم 113.14 (المادة 25) على أن يُحدث المجلس لجانًا دائمة لا يقل عددها عن اثنتين ولا يزيد على خمس. ومن بينها لجنتان إلزاميتان:

- لجنة الميزانية والشؤون المالية والبرمجة؛
- لجنة المرافق العمومية والخدمات.

ويحدد النظام الداخلي عدد اللجان وتسمياتها. لذلك تختلف من جماعة إلى أخرى، فتحققي من لجان مجلسك.

## جدي مكانك

- اسألي في أي لجنة أنتِ عضوة. وإذا كان بإمكانك الاختيار، ففكري في لجنة الميزانية: فيها يظهر أين يذهب المال.
- اطلبي تواريخ الاجتماعات والوثائق مسبقًا.
- تعرّفي على رئيس اللجنة ومقررها.

## العمل داخل اللجنة

1. **القراءة المسبقة**: احضري وقد قرأتِ الوثائق، واكتبي أسئلتك في الهامش.
2. **الأسئلة الدقيقة**: «كم عدد المستفيدين؟»، «كم عدد النساء بينهم؟»، «ما هو الجدول الزمني؟».
3. **اقتراح صياغة**: بدل أن تقولي «هذا غير مناسب»، اقترحي جملة تُضاف أو تُعدَّل. النص المكتوب له حظ أكبر في أن يُعتمد.
4. **التدوين**: اطلبي أن يُسجَّل اقتراحك في محضر اللجنة أو في تقريرها.

## اللجنة أول فضاء للتفاوض

اللجنة فضاء للتفاوض اليومي. كل عضو يدافع فيها عن حاجيات: حاجيات حيّه، أو حزبه، أو ناخبيه. وتقدم لكِ الدروس القادمة أدوات للتفاوض دون إنهاك: فهم المصالح، وتحضير التفويض، وبناء التحالفات.

## تمرين

ابحثي في النظام الداخلي لمجلسك، أو لدى كتابة المجلس، عن:

- لائحة اللجان الدائمة وتسمياتها؛
- اللجنة التي أنتِ عضوة فيها، ومن يرأسها؛
- تاريخ اجتماعها القادم والنقط التي ستدرسها.

ثم اكتبي سؤالًا واحدًا ستطرحينه في ذلك الاجتماع.`
			}
		},
		{
			title: {
				ar: 'المواقف والمصالح: اسألي «لماذا؟»',
				fr: 'Positions et intérêts : demander « pourquoi ? »',
				zgh: 'ⴰⵙⵇⵙⵉ ⵏ «ⵎⴰⵅ?»'
			},
			body: {
				fr: `## Deux choses différentes

Dans une négociation, chacun arrive avec une **position** : ce qu’il demande. « Je veux que l’argent aille à la piste. » Derrière chaque position, il y a un ou plusieurs **intérêts** : les raisons de la demande, les besoins, les craintes. « Je veux que les camions puissent atteindre le souk en hiver. »

Les positions s’opposent souvent. Les intérêts, beaucoup moins. Quand on discute seulement des positions, il y a un gagnant et un perdant. Quand on comprend les intérêts, on trouve parfois une solution qui convient à tout le monde.

## Un exemple

Imaginons une réunion de commission dans une commune rurale de la province d’Azilal, comme Tabant. Il reste une somme à affecter pour l’année.

- Un élu défend l’aménagement d’une piste vers le souk.
- Vous défendez un point d’eau pour un douar éloigné.

Si chacun répète sa position, la discussion bloque. Posez plutôt des questions :

- « Pourquoi cette piste est-elle urgente maintenant ? » Réponse possible : l’hiver, elle devient impraticable et les produits ne peuvent plus être vendus.
- Il vous demande : « Pourquoi ce point d’eau ? » Vous répondez : les femmes et les filles passent chaque jour des heures à chercher de l’eau, au lieu d’étudier ou de travailler.

Vous découvrez deux intérêts compatibles : l’accès et le temps. Des options apparaissent : traiter d’abord le tronçon le plus abîmé de la piste, inscrire le point d’eau dans le programme de l’année suivante, chercher ensemble un partenaire pour l’un des deux projets.

## Les outils

1. **Les questions ouvertes** : « Pourquoi ? », « Qu’est-ce qui vous inquiète ? », « Que se passe-t-il si rien ne change ? ».
2. **L’écoute active** : laisser l’autre finir, puis reformuler : « Si je comprends bien, votre priorité est… ».
3. **Des critères objectifs** : nombre de personnes concernées, coût, urgence, durée des travaux. Ils permettent de comparer sans attaquer les personnes.
4. **Plusieurs options** : venez avec au moins deux solutions possibles, pas une seule.

## Exercice

Pensez à un désaccord récent au conseil ou en commission. Sur une feuille, faites deux colonnes. Dans la première, écrivez la position de chaque personne. Dans la seconde, écrivez l’intérêt probable derrière chaque position. Puis cherchez une option qui répond à au moins deux de ces intérêts.`,
				ar: `## أمران مختلفان

في كل تفاوض، يأتي كل طرف بـ**موقف**: أي ما يطلبه. «أريد أن تذهب الميزانية إلى المسلك الطرقي». ووراء كل موقف **مصلحة** أو أكثر: أسباب الطلب، والحاجيات، والمخاوف. «أريد أن تصل الشاحنات إلى السوق في فصل الشتاء».

المواقف تتعارض كثيرًا، أما المصالح فأقل بكثير. عندما نناقش المواقف فقط، يكون هناك رابح وخاسر. وعندما نفهم المصالح، نجد أحيانًا حلًا يرضي الجميع.

## مثال

لنتخيل اجتماع لجنة في جماعة قروية بإقليم أزيلال، مثل تبانت. بقي مبلغ يجب تخصيصه هذه السنة.

- منتخب يدافع عن تهيئة مسلك نحو السوق الأسبوعي.
- وأنتِ تدافعين عن نقطة ماء لدوار بعيد.

إذا كرر كل واحد موقفه، يتوقف النقاش. اطرحي بدل ذلك أسئلة:

- «لماذا هذا المسلك مستعجل الآن؟». جواب محتمل: في الشتاء يصبح غير صالح للمرور، ولا يمكن بيع المنتوجات.
- ويسألك: «لماذا نقطة الماء؟». فتجيبين: النساء والفتيات يقضين ساعات كل يوم في جلب الماء، بدل الدراسة أو العمل.

تكتشفان مصلحتين متوافقتين: الوصول، والوقت. وتظهر خيارات: إصلاح الجزء الأكثر تضررًا من المسلك أولًا، وإدراج نقطة الماء في برنامج السنة المقبلة، والبحث معًا عن شريك لتمويل أحد المشروعين.

## الأدوات

1. **الأسئلة المفتوحة**: «لماذا؟»، «ما الذي يقلقك؟»، «ماذا سيحدث إذا لم يتغير شيء؟».
2. **الإنصات الفعال**: اتركي الطرف الآخر يُتم كلامه، ثم أعيدي صياغته: «إذا فهمت جيدًا، فأولويتك هي…».
3. **معايير موضوعية**: عدد الأشخاص المعنيين، والكلفة، والاستعجال، ومدة الأشغال. تسمح هذه المعايير بالمقارنة دون مهاجمة الأشخاص.
4. **خيارات متعددة**: احضري ومعكِ حلان ممكنان على الأقل، لا حل واحد.

## تمرين

فكري في خلاف حديث داخل المجلس أو اللجنة. ارسمي عمودين على ورقة. في العمود الأول، اكتبي موقف كل شخص. وفي العمود الثاني، اكتبي المصلحة المحتملة وراء كل موقف. ثم ابحثي عن خيار يستجيب لمصلحتين على الأقل من هذه المصالح.`
			}
		},
		{
			title: {
				ar: 'تحضير التفويض والبديل في حال عدم الاتفاق',
				fr: 'Préparer son mandat et sa solution de repli',
				zgh: 'ⴰⵙⵡⵊⴷ ⵏ ⵓⵎⵙⴰⵡⴰⵍ'
			},
			body: {
				fr: `## Le mandat : savoir ce que l’on veut

Avant une négociation importante, prenez vingt minutes pour écrire votre **mandat**. C’est une fiche courte qui répond à quatre questions :

1. **Mon objectif** : qu’est-ce que je veux obtenir, précisément ? « Une ligne pour l’éclairage du chemin de l’école dans le budget de l’an prochain. »
2. **Ma marge** : sur quoi puis-je céder ? Le calendrier, le montant, l’ordre des travaux ?
3. **Ma limite** : en dessous de quoi je préfère ne pas signer ? « Pas d’accord si le projet est reporté sans date. »
4. **Qui je représente** : qui doit être d’accord avec moi ? Mon groupe au conseil, l’association qui a porté la demande, les habitantes qui m’ont parlé ?

Si vous négociez au nom d’autres personnes, parlez avec elles avant. Un mandat clair vous protège : on ne peut pas vous reprocher ensuite d’avoir trop cédé.

## La solution de repli

Les spécialistes de la négociation parlent de **MESORE** : la meilleure solution de rechange en cas de non-accord (en anglais, *BATNA*). La question est simple : **que ferai-je si nous ne trouvons pas d’accord ?**

Par exemple, si la commission refuse votre proposition :

- vous pouvez la présenter de nouveau, mieux préparée, à la session suivante ;
- vous pouvez adresser une question écrite au président, si le règlement intérieur le prévoit ;
- des associations peuvent utiliser le droit de pétition pour demander l’inscription du point à l’ordre du jour ;
- vous pouvez chercher un partenaire extérieur pour financer une partie du projet.

Plus votre solution de repli est bonne, plus vous êtes calme à la table. Vous n’avez pas besoin d’accepter n’importe quel accord.

## Penser aussi à l’autre partie

Posez-vous la même question pour la personne en face : que fera-t-elle sans accord ? Si sa solution de repli est faible, elle a, elle aussi, intérêt à trouver un terrain d’entente. Cela vous aide à mesurer votre vraie marge.

## Pendant la négociation

- Commencez par ce qui vous rapproche, puis abordez les différences.
- Faites des propositions, pas seulement des critiques.
- Quand vous cédez sur un point, demandez quelque chose en échange.
- Notez l’accord par écrit, avec les dates et qui fait quoi.

## Exercice

Choisissez un dossier que vous défendrez dans les prochains mois. Remplissez une fiche de mandat : objectif, marge, limite, personnes représentées. Ajoutez votre solution de repli, puis celle que vous imaginez pour l’autre partie. Relisez la fiche avec une collègue élue.`,
				ar: `## التفويض: اعرفي ما تريدين

قبل أي تفاوض مهم، خصّصي عشرين دقيقة لكتابة **تفويضك**. هو بطاقة قصيرة تجيب عن أربعة أسئلة:

1. **هدفي**: ما الذي أريد الحصول عليه بالتحديد؟ «سطر في ميزانية السنة المقبلة لإنارة الطريق المؤدية إلى المدرسة».
2. **هامشي**: في أي شيء يمكنني أن أتنازل؟ الجدول الزمني، أم المبلغ، أم ترتيب الأشغال؟
3. **حدّي**: ما الذي لا أقبل دونه؟ «لا اتفاق إذا أُجّل المشروع دون تاريخ».
4. **من أمثّل**: من يجب أن يوافقني؟ فريقي داخل المجلس، أم الجمعية التي حملت الطلب، أم النساء اللواتي تحدثن إليّ؟

إذا كنتِ تتفاوضين باسم أشخاص آخرين، فتحدثي معهم قبل ذلك. التفويض الواضح يحميك: لا يمكن أن يُقال لكِ بعدها إنكِ تنازلتِ أكثر من اللازم.

## البديل في حال عدم الاتفاق

يتحدث المتخصصون في التفاوض عن **أفضل بديل في حال عدم التوصل إلى اتفاق** (ويسمى بالإنجليزية *BATNA*). والسؤال بسيط: **ماذا سأفعل إذا لم نتفق؟**

مثلًا، إذا رفضت اللجنة اقتراحك:

- يمكنكِ أن تقدميه من جديد، بتحضير أفضل، في الدورة الموالية؛
- يمكنكِ أن توجهي سؤالًا كتابيًا إلى الرئيس، إذا نص النظام الداخلي على ذلك؛
- يمكن للجمعيات أن تستعمل الحق في تقديم العرائض لتطلب إدراج النقطة في جدول الأعمال؛
- يمكنكِ البحث عن شريك خارجي لتمويل جزء من المشروع.

كلما كان بديلك أفضل، كنتِ أهدأ على طاولة التفاوض. فأنتِ لستِ مضطرة إلى قبول أي اتفاق.

## فكري في الطرف الآخر أيضًا

اطرحي السؤال نفسه عن الشخص المقابل: ماذا سيفعل دون اتفاق؟ إذا كان بديله ضعيفًا، فله هو أيضًا مصلحة في إيجاد أرضية مشتركة. هذا يساعدك على تقدير هامشك الحقيقي.

## أثناء التفاوض

- ابدئي بما يجمعكما، ثم انتقلي إلى نقاط الاختلاف.
- قدّمي اقتراحات، لا انتقادات فقط.
- عندما تتنازلين في نقطة، اطلبي شيئًا في المقابل.
- دوّني الاتفاق كتابةً، مع التواريخ ومن يقوم بماذا.

## تمرين

اختاري ملفًا ستدافعين عنه في الأشهر القادمة. املئي بطاقة التفويض: الهدف، والهامش، والحد، والأشخاص الذين تمثلينهم. أضيفي بديلك في حال عدم الاتفاق، ثم البديل الذي تتوقعينه للطرف الآخر. وراجعي البطاقة مع زميلة منتخبة.`
			}
		},
		{
			title: {
				ar: 'بناء التحالفات داخل المجلس وخارجه',
				fr: 'Construire des alliances, au conseil et au-dehors',
				zgh: 'ⴰⵎⵢⴰⵡⴰⵙ ⴳ ⵓⴳⵔⴰⵡ'
			},
			body: {
				fr: `## Une voix ne suffit pas

Au conseil, les décisions se prennent à la majorité. Une bonne idée portée par une seule personne a peu de chances de passer. Une idée soutenue par plusieurs élus, par des associations et par les habitants devient difficile à ignorer.

## Faire la carte des acteurs

Prenez une feuille et classez les personnes concernées par votre dossier en trois groupes :

- **les alliés** : ils sont d’accord avec vous ;
- **les indécis** : ils n’ont pas d’avis, ou ne connaissent pas le dossier ;
- **les opposants** : ils sont contre, pour des raisons à comprendre.

Votre effort principal va vers les indécis. Rencontrez-les avant la session, un par un. Écoutez leurs intérêts (voir la leçon sur les positions et les intérêts) et montrez ce que le projet leur apporte.

## Les alliances entre élues

Les élues d’un même conseil appartiennent souvent à des partis différents. Sur certains sujets, comme la sécurité des femmes dans l’espace public ou l’accès des filles à l’école, elles peuvent porter une proposition commune. Une intervention signée ou soutenue par plusieurs élues de partis différents a plus de poids.

Pensez aussi aux élus hommes. Beaucoup soutiennent l’égalité quand on leur présente un dossier concret et bien préparé.

## Les alliés hors du conseil

- **Les associations** peuvent adresser au conseil des mémorandums et des avis. La page du projet AMSSAWASS compte parmi ses résultats des avis de la société civile présentés aux conseils, sur l’approche genre dans les programmes et les budgets.
- **Le droit de pétition** permet aux citoyens et aux associations de demander au conseil d’inscrire à son ordre du jour un point qui relève de ses compétences (Constitution, article 139 ; loi organique n° 113-14, articles 121 à 125). Les conditions exactes sont fixées par les textes : vérifiez-les avant de lancer une pétition.
- **L’instance consultative sur l’égalité**, prévue par l’article 120 de la même loi, peut donner un avis sur votre dossier (voir le module « Planification participative »).

## Entretenir l’alliance

Une alliance vit de confiance. Tenez vos engagements, partagez l’information, et remerciez publiquement ceux qui vous ont soutenue. La prochaine fois, ce sont eux qui vous demanderont votre appui.

## Exercice

Choisissez le dossier de votre fiche de mandat. Faites la carte des acteurs : au moins trois alliés, trois indécis et un opposant. Pour chaque indécis, écrivez une phrase qui montre ce que le projet lui apporte. Choisissez-en un et rencontrez-le avant la prochaine session.`,
				ar: `## صوت واحد لا يكفي

داخل المجلس، تُتخذ القرارات بالأغلبية. الفكرة الجيدة التي يحملها شخص واحد حظها ضعيف. أما الفكرة التي يدعمها عدة منتخبين وجمعيات وسكان، فيصعب تجاهلها.

## ارسمي خريطة الفاعلين

خذي ورقة وصنّفي الأشخاص المعنيين بملفك في ثلاث مجموعات:

- **الحلفاء**: يتفقون معكِ؛
- **المترددون**: ليس لهم رأي، أو لا يعرفون الملف؛
- **المعارضون**: هم ضد الملف، لأسباب يجب فهمها.

جهدك الأساسي يتجه إلى المترددين. التقي بهم قبل الدورة، واحدًا واحدًا. استمعي إلى مصالحهم (انظري درس المواقف والمصالح)، وبيّني لهم ما يقدمه المشروع لهم.

## التحالف بين المنتخبات

كثيرًا ما تنتمي منتخبات المجلس الواحد إلى أحزاب مختلفة. وفي بعض المواضيع، مثل أمن النساء في الفضاء العام أو تمدرس الفتيات، يمكنهن حمل اقتراح مشترك. المداخلة التي توقعها أو تدعمها عدة منتخبات من أحزاب مختلفة يكون لها وزن أكبر.

فكري أيضًا في المنتخبين الرجال. كثير منهم يدعمون المساواة عندما يُعرض عليهم ملف ملموس ومحضَّر جيدًا.

## الحلفاء خارج المجلس

- **الجمعيات** يمكنها أن توجه إلى المجلس مذكرات وآراء استشارية. وتذكر صفحة مشروع أمساواس من بين نتائجه آراءً استشارية قدمها المجتمع المدني إلى المجالس حول مقاربة النوع في البرامج والميزانيات.
- **الحق في تقديم العرائض** يسمح للمواطنات والمواطنين والجمعيات بمطالبة المجلس بإدراج نقطة تدخل في صلاحياته في جدول أعماله (الدستور، الفصل 139؛ القانون التنظيمي رقم 113.14، المواد من 121 إلى 125). الشروط الدقيقة تحددها النصوص، فتحققي منها قبل إطلاق أي عريضة.
- **هيئة المساواة وتكافؤ الفرص ومقاربة النوع**، المنصوص عليها في المادة 120 من القانون نفسه، يمكن أن تبدي رأيها في ملفك (انظري وحدة «التخطيط التشاركي»).

## حافظي على التحالف

التحالف يعيش بالثقة. احترمي التزاماتك، وشاركي المعلومة، واشكري علنًا من دعموكِ. في المرة القادمة، هم من سيطلبون دعمك.

## تمرين

اختاري الملف الذي كتبتِ له بطاقة التفويض. ارسمي خريطة الفاعلين: ثلاثة حلفاء على الأقل، وثلاثة مترددين، ومعارضًا واحدًا. لكل متردد، اكتبي جملة تبيّن ما يقدمه له المشروع. ثم اختاري واحدًا منهم والتقي به قبل الدورة القادمة.`
			}
		}
	]
};
