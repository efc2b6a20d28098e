import type { DemoModule } from '../content';

// ---------------------------------------------------------------------------
// Module 3: gender-budgeting
// ---------------------------------------------------------------------------
export const genderBudgeting: DemoModule = {
	slug: 'gender-budgeting',
	position: 3,
	hours: 10,
	trainer: 0,
	title: {
		ar: 'الميزانية المستجيبة للنوع الاجتماعي',
		fr: 'Budgétisation sensible au genre',
		zgh: 'ⵉⴷⵔⵉⵎⵏ ⵏ ⵜⵙⴳⵎⵉ ⴷ ⵓⵏⴰⵡ'
	},
	summary: {
		ar: 'قراءة ميزانية الجماعة، وطرح سؤال «من يستفيد؟» على كل نفقة، واستعمال المعطيات المصنفة حسب الجنس، وتحويل التحليل إلى اقتراحات ملموسة.',
		fr: 'Lire le budget de la commune, demander « qui en profite ? » pour chaque dépense, utiliser des données ventilées par sexe et transformer l’analyse en propositions concrètes.'
	},
	lessons: [
		{
			title: {
				ar: 'قراءة ميزانية الجماعة',
				fr: 'Lire le budget de la commune',
				zgh: 'ⴰⵖⵔⵉ ⵏ ⵉⴷⵔⵉⵎⵏ ⵏ ⵜⵙⴳⵎⵉ'
			},
			body: {
				fr: `## Un document qui fait peur, mais qui se lit

Le budget de la commune est voté chaque année par le conseil. En pratique, il est débattu à la session d’octobre. C’est un long tableau de chiffres, et beaucoup d’élues n’osent pas l’ouvrir. Pourtant, il suffit de savoir où regarder.

## Deux grandes parties

Le budget communal se lit en deux grandes parties :

- **Le fonctionnement** : les dépenses qui reviennent chaque année pour faire tourner la commune. Par exemple : les salaires du personnel, l’électricité de l’éclairage public, le carburant des véhicules, l’entretien courant, les subventions aux associations.
- **L’équipement** (ou investissement) : les dépenses qui créent ou améliorent quelque chose qui dure. Par exemple : une piste, un réseau d’éclairage, un point d’eau, un espace pour les jeunes, un local pour une coopérative.

Chaque partie a des **recettes** (l’argent qui entre) et des **dépenses** (l’argent qui sort). En général, ce qui reste du fonctionnement après les dépenses aide à financer l’équipement. Plus le fonctionnement est lourd, moins il reste pour investir.

## D’où viennent les chiffres ?

Les recettes d’une commune proviennent de plusieurs sources : ses ressources propres (taxes et redevances locales), des transferts de l’État, et parfois des emprunts ou des partenariats. Demandez aux services de la commune de vous expliquer la part de chaque source : cela montre la marge réelle du conseil.

## Comparer pour comprendre

Un chiffre seul ne dit pas grand-chose. Comparez :

- avec l’année précédente : quelles lignes augmentent, lesquelles baissent, et pourquoi ?
- avec ce qui a réellement été dépensé : une ligne votée n’est pas forcément exécutée.

## Les questions à poser

1. Quelle part du budget va à l’équipement ?
2. Quels projets du programme d’action de la commune sont financés cette année ?
3. Quelles dépenses d’équipement votées l’an dernier ont vraiment été réalisées ?
4. Qui bénéficie des principales dépenses : quels quartiers, quels douars, quels publics ?

Posez-les d’abord en commission du budget, où il y a le temps d’obtenir des réponses précises.

## Exercice

Procurez-vous le budget de votre commune pour cette année (auprès du secrétariat ou de la commission du budget). Trouvez trois chiffres : le total des dépenses de fonctionnement, le total des dépenses d’équipement, et la plus grosse ligne d’équipement. Écrivez une question que ces chiffres vous inspirent.`,
				ar: `## وثيقة تخيف، لكنها تُقرأ

يصوّت المجلس على ميزانية الجماعة كل سنة. وفي الممارسة، تُناقش الميزانية في دورة أكتوبر. هي جدول طويل من الأرقام، وكثير من المنتخبات لا يجرؤن على فتحه. لكن يكفي أن تعرفي أين تنظرين.

## جزءان كبيران

تُقرأ ميزانية الجماعة في جزأين كبيرين:

- **التسيير**: النفقات التي تتكرر كل سنة لتشتغل الجماعة. مثلًا: أجور الموظفين، وكهرباء الإنارة العمومية، ووقود السيارات، والصيانة اليومية، والمنح المقدمة للجمعيات.
- **التجهيز** (أو الاستثمار): النفقات التي تُحدث شيئًا يدوم أو تحسّنه. مثلًا: مسلك طرقي، أو شبكة إنارة، أو نقطة ماء، أو فضاء للشباب، أو مقر لتعاونية.

لكل جزء **مداخيل** (المال الذي يدخل) و**نفقات** (المال الذي يخرج). وفي الغالب، ما يتبقى من التسيير بعد النفقات يساعد على تمويل التجهيز. فكلما ثقلت نفقات التسيير، قلّ ما يبقى للاستثمار.

## من أين تأتي الأرقام؟

تأتي مداخيل الجماعة من عدة مصادر: مواردها الذاتية (الرسوم والإتاوات المحلية)، وتحويلات الدولة، وأحيانًا القروض أو الشراكات. اطلبي من مصالح الجماعة أن تشرح لكِ حصة كل مصدر، فذلك يُظهر الهامش الحقيقي للمجلس.

## قارني لتفهمي

الرقم وحده لا يقول الكثير. قارني:

- مع السنة الماضية: أي السطور ارتفعت، وأيها انخفضت، ولماذا؟
- مع ما صُرف فعلًا: السطر المصوَّت عليه لا يعني دائمًا أنه نُفّذ.

## الأسئلة التي يجب طرحها

1. ما هي حصة التجهيز من الميزانية؟
2. ما هي مشاريع برنامج عمل الجماعة الممولة هذه السنة؟
3. أي نفقات التجهيز التي صُوّت عليها في السنة الماضية أُنجزت فعلًا؟
4. من يستفيد من النفقات الرئيسية: أي أحياء، وأي دواوير، وأي فئات؟

اطرحيها أولًا في لجنة الميزانية، حيث يوجد الوقت للحصول على أجوبة دقيقة.

## تمرين

احصلي على ميزانية جماعتك لهذه السنة (من كتابة المجلس أو من لجنة الميزانية). ابحثي عن ثلاثة أرقام: مجموع نفقات التسيير، ومجموع نفقات التجهيز، وأكبر سطر في التجهيز. ثم اكتبي سؤالًا واحدًا توحي لكِ به هذه الأرقام.`
			}
		},
		{
			title: {
				ar: 'من يستفيد من النفقة؟ مقاربة النوع في الميزانية',
				fr: 'Qui bénéficie d’une dépense ? L’approche genre dans le budget',
				zgh: 'ⵉⴷⵔⵉⵎⵏ ⴷ ⵓⵏⴰⵡ'
			},
			body: {
				fr: `## Un budget n’est jamais neutre

Une même dépense ne touche pas de la même façon les femmes et les hommes, les filles et les garçons. Leurs journées, leurs trajets et leurs besoins sont souvent différents. La **budgétisation sensible au genre** consiste à analyser comment la dépense publique touche les unes et les autres, et à la planifier en conséquence.

Il ne s’agit pas de faire un « budget des femmes » à part. Il s’agit de regarder chaque ligne du budget avec une question simple : **qui en bénéficie ?**

## Le cadre national

Au niveau de l’État, le Maroc pratique la budgétisation sensible au genre depuis longtemps :

- un rapport sur le budget axé sur les résultats tenant compte de l’aspect genre (le « Rapport Genre ») accompagne chaque année le projet de loi de finances depuis 2005 ;
- la loi organique n° 130-13 relative à la loi de finances a fait du genre une obligation : il est intégré dans les objectifs et les indicateurs de performance des programmes.

Pour la commune, c’est surtout le programme d’action de la commune (PAC) qui doit tenir compte de l’approche genre. Le budget annuel finance ensuite ce programme : c’est là que l’approche genre devient concrète.

## Quatre questions pour chaque ligne

1. **Qui utilise** ce service ou cet équipement ? Des femmes, des hommes, des jeunes, des personnes âgées ?
2. **Qui a été consulté** avant de décider ?
3. **Qui est oublié** ? Par exemple les femmes des douars éloignés, ou les femmes en situation de handicap.
4. **Qu’est-ce qui change**, concrètement, pour les femmes et pour les hommes, si la dépense est réalisée ?

## Des exemples

- **L’éclairage public** : il rend les trajets du soir plus sûrs, notamment pour les femmes et les filles. Où sont les points lumineux : au centre seulement, ou aussi sur le chemin de l’école et de la fontaine ?
- **Les points d’eau** : là où l’eau est loin, ce sont souvent les femmes et les filles qui la portent. Un point d’eau leur rend du temps.
- **Le transport** : un transport scolaire peut permettre à davantage de filles de continuer au collège.
- **Un terrain de sport** : qui l’utilise vraiment ? Des horaires ou un espace pour les filles sont-ils prévus ?

## Exercice

Choisissez trois lignes du budget de votre commune. Pour chacune, répondez aux quatre questions ci-dessus. Si vous ne connaissez pas la réponse, notez-le : c’est une question à poser en commission.`,
				ar: `## الميزانية ليست محايدة أبدًا

النفقة الواحدة لا تؤثر بالطريقة نفسها على النساء والرجال، ولا على الفتيات والفتيان. فأيامهم ومساراتهم وحاجياتهم مختلفة في الغالب. **الميزانية المستجيبة للنوع الاجتماعي** تعني تحليل أثر الإنفاق العمومي على النساء والرجال، والتخطيط له بناءً على ذلك.

لا يتعلق الأمر بإعداد «ميزانية خاصة بالنساء». بل بالنظر إلى كل سطر من الميزانية وطرح سؤال بسيط: **من يستفيد منه؟**

## الإطار الوطني

على مستوى الدولة، يعمل المغرب بالميزانية المستجيبة للنوع منذ سنوات:

- يُرفق بمشروع قانون المالية كل سنة، منذ 2005، «تقرير حول الميزانية القائمة على النتائج من منظور النوع»؛
- جعل القانون التنظيمي رقم 130.13 لقانون المالية من النوع التزامًا قانونيًا: فهو مدمج في أهداف البرامج ومؤشرات نجاعة أدائها.

أما على مستوى الجماعة، فبرنامج عمل الجماعة هو الذي يجب أن يأخذ مقاربة النوع بعين الاعتبار. ثم تموّل الميزانية السنوية هذا البرنامج، وهنا تصبح مقاربة النوع ملموسة.

## أربعة أسئلة لكل سطر

1. **من يستعمل** هذه الخدمة أو هذا التجهيز؟ النساء، أم الرجال، أم الشباب، أم المسنون؟
2. **من استُشير** قبل اتخاذ القرار؟
3. **من نُسي**؟ مثلًا نساء الدواوير البعيدة، أو النساء في وضعية إعاقة.
4. **ما الذي يتغير** فعلًا بالنسبة للنساء والرجال إذا أُنجزت النفقة؟

## أمثلة

- **الإنارة العمومية**: تجعل التنقل في المساء أكثر أمانًا، خاصة للنساء والفتيات. أين توجد أعمدة الإنارة: في المركز فقط، أم أيضًا في الطريق إلى المدرسة وإلى السقاية؟
- **نقط الماء**: حيث يكون الماء بعيدًا، غالبًا ما تحمله النساء والفتيات. نقطة الماء تعيد إليهن وقتهن.
- **النقل**: النقل المدرسي قد يسمح لعدد أكبر من الفتيات بمتابعة الدراسة في الإعدادي.
- **ملعب رياضي**: من يستعمله فعلًا؟ هل هناك أوقات أو فضاء مخصص للفتيات؟

## تمرين

اختاري ثلاثة سطور من ميزانية جماعتك. لكل سطر، أجيبي عن الأسئلة الأربعة أعلاه. إذا لم تعرفي الجواب، دوّني ذلك: إنه سؤال تطرحينه في اللجنة.`
			}
		},
		{
			title: {
				ar: 'المعطيات المصنفة حسب الجنس',
				fr: 'Des données ventilées par sexe',
				zgh: 'ⵉⵙⴼⴽⴰ ⵙ ⵓⵏⴰⵡ'
			},
			body: {
				fr: `## Ce qui n’est pas compté n’est pas vu

Si l’on sait seulement que « 300 personnes » utilisent un service, on ne sait pas si ce sont surtout des femmes ou des hommes. Les besoins des femmes restent alors invisibles. Une **donnée ventilée par sexe** est un chiffre séparé pour les femmes et pour les hommes : par exemple, le nombre de filles et le nombre de garçons inscrits au collège.

Ces données sont au cœur de la planification : la première phase du programme d’action de la commune, le diagnostic participatif, utilise des données ventilées par sexe.

## Où chercher ?

- **Le recensement** : le Haut-Commissariat au Plan (HCP) réalise le recensement général de la population (le dernier en 2024). Renseignez-vous sur les résultats disponibles pour votre commune.
- **Les services de la commune** : état civil, bénéficiaires de certains services, listes des associations et des coopératives.
- **Les partenaires** : établissements scolaires, centre de santé, associations. Ils tiennent souvent des registres.
- **Le terrain** : réunions avec les femmes, petites enquêtes, observations. Ce ne sont pas des statistiques officielles, mais ce sont des informations précieuses.

## Des règles simples

1. **Toujours citer la source et l’année** : « Selon la liste de la coopérative, en 2025… ».
2. **Ne jamais inventer un chiffre.** Si vous ne savez pas, dites : « Nous n’avons pas ce chiffre. Je demande que la commune le collecte. » C’est déjà une proposition utile.
3. **Comparer ce qui est comparable** : même année, même territoire.
4. **Protéger les personnes** : on publie des totaux, jamais des informations qui permettent de reconnaître une femme en particulier.

## Construire un indicateur

Un indicateur permet de suivre un changement dans le temps. Quelques exemples d’indicateurs sensibles au genre :

- la part de femmes parmi les participants aux réunions de consultation ;
- le nombre de femmes membres de coopératives soutenues par la commune ;
- le nombre de filles et de garçons qui utilisent le transport scolaire.

Chaque indicateur doit pouvoir être mesuré chaque année, avec la même méthode.

## Exercice

Faites un tableau à quatre colonnes : « service », « donnée disponible », « source », « ce qui manque ». Remplissez-le pour trois services de votre commune (par exemple l’eau, le transport scolaire, le soutien aux coopératives). Dans la colonne « ce qui manque », écrivez la donnée que vous demanderez à la commune de collecter.`,
				ar: `## ما لا يُعدّ لا يُرى

إذا عرفنا فقط أن «300 شخص» يستعملون خدمة ما، فإننا لا نعرف هل هم في الغالب نساء أم رجال. وتبقى حاجيات النساء عندها غير مرئية. **المعطى المصنف حسب الجنس** هو رقم منفصل للنساء وآخر للرجال: مثلًا، عدد الفتيات وعدد الفتيان المسجلين في الإعدادي.

هذه المعطيات في قلب التخطيط: فالمرحلة الأولى من برنامج عمل الجماعة، أي التشخيص التشاركي، تعتمد على معطيات مصنفة حسب الجنس.

## أين تبحثين؟

- **الإحصاء**: تنجز المندوبية السامية للتخطيط الإحصاء العام للسكان والسكنى (وآخره سنة 2024). استفسري عن النتائج المتوفرة الخاصة بجماعتك.
- **مصالح الجماعة**: الحالة المدنية، والمستفيدون من بعض الخدمات، ولوائح الجمعيات والتعاونيات.
- **الشركاء**: المؤسسات التعليمية، والمركز الصحي، والجمعيات. كثيرًا ما تمسك سجلات.
- **الميدان**: لقاءات مع النساء، واستمارات صغيرة، وملاحظات. ليست إحصاءات رسمية، لكنها معلومات ثمينة.

## قواعد بسيطة

1. **اذكري دائمًا المصدر والسنة**: «حسب لائحة التعاونية، سنة 2025…».
2. **لا تخترعي رقمًا أبدًا.** إذا لم تعرفي، قولي: «ليس لدينا هذا الرقم، وأطلب أن تجمعه الجماعة». وهذا في حد ذاته اقتراح مفيد.
3. **قارني ما يمكن مقارنته**: السنة نفسها، والمجال الترابي نفسه.
4. **احمي الأشخاص**: تُنشر المجاميع فقط، ولا تُنشر أبدًا معلومات تسمح بالتعرف على امرأة بعينها.

## بناء مؤشر

يسمح المؤشر بتتبع التغيير عبر الزمن. إليكِ أمثلة لمؤشرات مستجيبة للنوع:

- نسبة النساء بين المشاركين في لقاءات التشاور؛
- عدد النساء العضوات في التعاونيات التي تدعمها الجماعة؛
- عدد الفتيات وعدد الفتيان الذين يستعملون النقل المدرسي.

يجب أن يكون كل مؤشر قابلًا للقياس كل سنة، بالطريقة نفسها.

## تمرين

ارسمي جدولًا من أربعة أعمدة: «الخدمة»، «المعطى المتوفر»، «المصدر»، «ما ينقص». املئيه لثلاث خدمات في جماعتك (مثلًا الماء، والنقل المدرسي، ودعم التعاونيات). وفي عمود «ما ينقص»، اكتبي المعطى الذي ستطلبين من الجماعة جمعه.`
			}
		},
		{
			title: {
				ar: 'من التحليل إلى الاقتراح: الإنارة والماء والنقل والتعاونيات',
				fr: 'De l’analyse à la proposition : éclairage, eau, transport, coopératives',
				zgh: 'ⵜⴰⴼⴰⵡⵜ, ⴰⵎⴰⵏ, ⴰⵖⴰⵔⴰⵙ ⴷ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ'
			},
			body: {
				fr: `## Une proposition en quatre lignes

Une analyse ne sert à rien si elle ne devient pas une proposition. Pour chaque idée, préparez une fiche de quatre lignes :

1. **Le besoin** : ce que vous avez constaté.
2. **La donnée** : le chiffre ou l’observation, avec sa source.
3. **La proposition** : ce que la commune peut faire, et sur quelle partie du budget.
4. **L’indicateur** : comment on saura, dans un an, si cela a marché.

## Quatre cas pour s’exercer

Les situations ci-dessous sont des exemples de travail. Elles ne décrivent pas une commune réelle.

**L’éclairage.** Imaginons un quartier de Souk Sebt Ouled Nemma où le chemin vers le lycée n’est pas éclairé. Des mères disent que leurs filles rentrent avant la nuit, quitte à manquer le dernier cours. Proposition : inscrire l’extension de l’éclairage sur ce chemin dans la partie équipement, et son électricité dans le fonctionnement. Indicateur : les points lumineux installés et en service.

**L’eau.** Imaginons un douar de la commune d’Aguelmous où l’eau se trouve à une source éloignée. Proposition : étudier un point d’eau avec les partenaires concernés, et l’inscrire dans le programme d’action de la commune. Indicateur : le temps moyen passé à chercher l’eau, mesuré avant et après, par une petite enquête auprès des femmes.

**Le transport.** Imaginons que, dans une commune comme Bradia, peu de filles des douars continuent au collège. Proposition : étudier un transport scolaire, éventuellement avec une association et d’autres partenaires. Indicateur : le nombre de filles et de garçons transportés, chaque année.

**Les coopératives.** Imaginons des coopératives de femmes à Tanant qui n’ont pas de local pour travailler et vendre. Proposition : mettre un local communal à leur disposition par convention, ou prévoir une subvention. Indicateur : le nombre de femmes membres et l’activité des coopératives soutenues.

## Où présenter la proposition ?

- En **commission du budget**, au moment où le projet de budget est examiné.
- Dans le **programme d’action de la commune**, pour les projets qui demandent plusieurs années.
- Dans un **budget participatif**, si votre commune en organise un : les habitants y proposent des projets à financer.

## Exercice

Choisissez un besoin de votre commune qui concerne particulièrement les femmes ou les filles. Rédigez la fiche de quatre lignes : besoin, donnée, proposition, indicateur. Présentez-la à une collègue élue et demandez-lui quelle question la commission du budget posera.`,
				ar: `## اقتراح في أربعة أسطر

لا فائدة من التحليل إذا لم يتحول إلى اقتراح. لكل فكرة، حضّري بطاقة من أربعة أسطر:

1. **الحاجة**: ما عاينتِه.
2. **المعطى**: الرقم أو الملاحظة، مع مصدرها.
3. **الاقتراح**: ما يمكن للجماعة أن تفعله، وفي أي جزء من الميزانية.
4. **المؤشر**: كيف سنعرف بعد سنة هل نجح الأمر.

## أربع حالات للتمرن

الحالات التالية أمثلة للعمل فقط، ولا تصف جماعة حقيقية.

**الإنارة.** لنتخيل حيًّا في سوق السبت أولاد النمة حيث الطريق إلى الثانوية غير مضاء. تقول أمهات إن بناتهن يعدن قبل حلول الظلام، ولو فاتهن آخر درس. الاقتراح: إدراج توسيع الإنارة في هذه الطريق في جزء التجهيز، وكلفة الكهرباء في جزء التسيير. المؤشر: عدد أعمدة الإنارة المركبة والمشتغلة.

**الماء.** لنتخيل دوارًا في جماعة أكلموس يوجد فيه الماء في عين بعيدة. الاقتراح: دراسة نقطة ماء مع الشركاء المعنيين، وإدراجها في برنامج عمل الجماعة. المؤشر: متوسط الوقت الذي يُقضى في جلب الماء، يُقاس قبل المشروع وبعده بواسطة استمارة صغيرة مع النساء.

**النقل.** لنتخيل أن عددًا قليلًا من فتيات الدواوير يتابعن الدراسة في الإعدادي في جماعة مثل برادية. الاقتراح: دراسة نقل مدرسي، بشراكة مع جمعية وشركاء آخرين عند الاقتضاء. المؤشر: عدد الفتيات وعدد الفتيان المستفيدين كل سنة.

**التعاونيات.** لنتخيل تعاونيات نسائية في تنانت لا تملك مقرًا للعمل والبيع. الاقتراح: وضع مقر جماعي رهن إشارتها بموجب اتفاقية، أو تخصيص منحة. المؤشر: عدد النساء العضوات ونشاط التعاونيات المدعومة.

## أين تقدمين الاقتراح؟

- في **لجنة الميزانية**، عند دراسة مشروع الميزانية.
- في **برنامج عمل الجماعة**، بالنسبة للمشاريع التي تحتاج إلى عدة سنوات.
- في **الميزانية التشاركية**، إذا كانت جماعتك تنظمها: يقترح فيها السكان مشاريع للتمويل.

## تمرين

اختاري حاجة في جماعتك تهم النساء أو الفتيات بشكل خاص. اكتبي بطاقة الأسطر الأربعة: الحاجة، والمعطى، والاقتراح، والمؤشر. اعرضيها على زميلة منتخبة واسأليها: ما السؤال الذي ستطرحه لجنة الميزانية؟`
			}
		}
	]
};
