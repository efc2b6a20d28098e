import type { DemoModule } from '../content';

// ---------------------------------------------------------------------------
// Module 1: leadership
// ---------------------------------------------------------------------------
export const leadership: DemoModule = {
	slug: 'leadership',
	position: 1,
	hours: 8,
	trainer: 0,
	title: {
		ar: 'القيادة والتواصل داخل المجلس',
		fr: 'Leadership et prise de parole au conseil',
		zgh: 'ⵜⵉⵣⵡⵉⵔⵉ ⴷ ⵓⵡⴰⵍ ⴳ ⵓⴳⵔⴰⵡ'
	},
	summary: {
		ar: 'دورك كمنتخبة داخل مجلس الجماعة، وتحضير مداخلة في الدورة، والتحدث بثقة أمام المجلس، وبناء شبكة دعم ومرافقة.',
		fr: 'Votre rôle d’élue au conseil de la commune, préparer une intervention en session, parler avec assurance et vous appuyer sur un réseau et un mentorat.'
	},
	lessons: [
		{
			title: {
				ar: 'أن تكوني منتخبة: دورك وشرعيتك',
				fr: 'Être élue : votre rôle et votre légitimité',
				zgh: 'ⵜⴰⵏⵙⵜⴰⵢⵜ ⴷ ⵓⵙⵡⵉⵔ ⵏⵏⵙ'
			},
			body: {
				fr: `## Vous avez été élue : et maintenant ?

Vous siégez au conseil de la commune (المجلس الجماعي). Ce conseil est l’organe élu qui délibère et qui décide. Le président du conseil exécute ses délibérations et ses décisions. Vous n’êtes donc pas une invitée : vous êtes membre de l’organe qui décide.

Beaucoup d’élues disent la même chose au début : « Je ne connais pas encore les règles. Je n’ose pas parler. » C’est normal. La légitimité ne vient pas de l’ancienneté. Elle vient du vote des citoyennes et des citoyens qui vous ont choisie.

## Ce que dit le cadre légal

La loi organique n° 113-14 relative aux communes organise le conseil. Quelques points utiles :

- Le conseil se réunit en trois sessions ordinaires par an (article 33).
- Le règlement intérieur, adopté par le conseil, s’impose à tous ses membres (article 32). Demandez-en une copie et lisez-le.
- Des absences répétées sans motif valable peuvent faire perdre le mandat (article 67). Votre présence est donc aussi une obligation.
- Pour l’élection du bureau, la liste des candidatures aux postes de vice-président doit compter des femmes à hauteur d’au moins un tiers des vice-présidents (article 17).

Avant de citer un article en séance, vérifiez toujours le texte officiel publié au Bulletin officiel.

## Trois rôles à tenir

1. **Représenter** : porter au conseil les besoins de votre quartier ou de votre douar, en particulier ceux des femmes, souvent moins entendues.
2. **Décider** : étudier les dossiers, voter en connaissance de cause, proposer des amendements.
3. **Suivre** : vérifier que les décisions votées sont réalisées, et en rendre compte aux habitantes et aux habitants.

## Être visible

Une élue que l’on ne voit pas est vite oubliée. La visibilité se construit par de petits gestes réguliers :

- être présente à chaque session et à chaque réunion de commission ;
- prendre la parole au moins une fois par session ;
- rencontrer les associations et les coopératives de votre commune ;
- raconter en quelques lignes, après chaque session, ce qui a été décidé.

## Exercice

Écrivez sur une feuille ou dans votre téléphone :

- trois besoins concrets de votre quartier ou de votre douar ;
- pour chacun, la commission du conseil qui s’en occupe ;
- une personne (élue, agent de la commune, association) à qui vous pouvez en parler cette semaine.

Gardez cette liste : vous la compléterez dans les leçons suivantes.`,
				ar: `## انتُخبتِ: ماذا بعد؟

أنتِ اليوم عضوة في مجلس الجماعة. المجلس هو الهيئة المنتخبة التي تتداول وتقرر. ورئيس المجلس هو من ينفذ مداولات المجلس ومقرراته. إذن لستِ ضيفة في الدورة، بل عضوة في الهيئة التي تتخذ القرار.

كثير من المنتخبات يقلن في البداية: «لا أعرف القواعد بعد، ولا أجرؤ على الكلام». هذا أمر طبيعي. الشرعية لا تأتي من الأقدمية، بل من أصوات المواطنات والمواطنين الذين اختاروكِ.

## ماذا يقول الإطار القانوني؟

ينظم القانون التنظيمي رقم 113.14 المتعلق بالجماعات عمل المجلس. إليكِ بعض النقاط المفيدة:

- يعقد المجلس ثلاث دورات عادية في السنة (المادة 33).
- النظام الداخلي الذي يصادق عليه المجلس ملزم لجميع أعضائه (المادة 32). اطلبي نسخة منه واقرئيه بهدوء.
- الغياب المتكرر دون عذر مقبول قد يؤدي إلى فقدان العضوية (المادة 67). فحضورك واجب أيضًا، وليس اختيارًا فقط.
- عند انتخاب المكتب، يجب أن تتضمن لائحة الترشيحات لمناصب نواب الرئيس عددًا من النساء لا يقل عن ثلث نواب الرئيس (المادة 17).

قبل أن تستشهدي بمادة قانونية في الدورة، راجعي دائمًا النص الرسمي المنشور في الجريدة الرسمية.

## ثلاثة أدوار

1. **التمثيل**: نقل حاجيات حيّك أو دوارك إلى المجلس، وخاصة حاجيات النساء اللواتي يُسمع صوتهن أقل.
2. **القرار**: دراسة الملفات، والتصويت عن وعي، واقتراح التعديلات.
3. **التتبع**: التأكد من تنفيذ القرارات التي صوّت عليها المجلس، وإخبار السكان بما تحقق وما لم يتحقق.

## أن تكوني حاضرة ومرئية

المنتخبة التي لا يراها الناس تُنسى بسرعة. الحضور يُبنى بخطوات صغيرة ومنتظمة:

- الحضور في كل دورة وفي كل اجتماع للجنة؛
- أخذ الكلمة مرة واحدة على الأقل في كل دورة؛
- لقاء الجمعيات والتعاونيات في جماعتك؛
- كتابة بضعة أسطر بعد كل دورة عمّا تقرر، ومشاركتها مع السكان.

## تمرين

اكتبي على ورقة أو في هاتفك:

- ثلاث حاجيات ملموسة في حيّك أو دوارك؛
- لكل حاجة، اللجنة الدائمة التي تهتم بها داخل المجلس؛
- شخصًا واحدًا (منتخبة، موظفًا بالجماعة، جمعية) يمكنكِ الحديث معه هذا الأسبوع.

احتفظي بهذه اللائحة، فستكملينها في الدروس القادمة.`
			}
		},
		{
			title: {
				ar: 'تحضير مداخلة في دورة المجلس',
				fr: 'Préparer une intervention en session du conseil',
				zgh: 'ⴰⵙⵡⵊⴷ ⵏ ⵓⵡⴰⵍ ⴳ ⵓⴳⵔⴰⵡ'
			},
			body: {
				fr: `## Avant la session

Le conseil tient trois sessions ordinaires par an (article 33 de la loi organique n° 113-14). En pratique, elles ont lieu en février, en mai et en octobre : demandez les dates exactes au secrétariat de votre conseil. Une session extraordinaire peut aussi être convoquée par le président, de sa propre initiative ou à la demande d’au moins un tiers des membres (article 36).

Chaque session a un ordre du jour (جدول الأعمال) : la liste des points qui seront discutés. Demandez-le dès qu’il est envoyé, avec les documents joints. Lisez-le avec un crayon à la main.

## Choisir un seul point

Une bonne intervention ne parle pas de tout. Choisissez **un** point de l’ordre du jour sur lequel vous avez quelque chose d’utile à dire. Par exemple : une convention de transport scolaire, ou l’entretien de l’éclairage public.

## Construire l’intervention en trois parties

1. **Le constat** : ce que vous avez vu ou entendu. « Au douar de ma circonscription, les collégiennes marchent longtemps sur une piste sans éclairage. » Ne citez que des faits vérifiés : ce que vous avez observé vous-même, ou un chiffre dont vous connaissez la source.
2. **L’enjeu** : pourquoi le conseil doit s’en occuper. « Des parents m’ont dit qu’ils hésitent à laisser leurs filles continuer leurs études. »
3. **La proposition** : ce que vous demandez, de façon précise. « Je propose que la commission compétente étudie une solution avant la prochaine session. »

## Préparer les chiffres et les réponses

Gardez deux ou trois chiffres au maximum, avec leur source et leur année. Préparez aussi les questions que l’on risque de vous poser : « Combien cela coûte-t-il ? », « Sur quelle ligne du budget ? », « Qui s’en chargera ? ». Si vous ne connaissez pas une réponse, dites-le simplement et proposez de la transmettre plus tard.

## Respecter les règles de la séance

Le règlement intérieur de votre conseil fixe la manière de demander la parole, et souvent la durée des interventions. Lisez ces articles avant la session. Visez deux à trois minutes : c’est court, mais c’est ce que l’on retient.

## Après la session

Demandez à consulter le procès-verbal pour vérifier que votre intervention y est bien résumée. Informez les habitantes concernées de ce qui a été dit et décidé.

## Exercice

Prenez l’ordre du jour de la prochaine session de votre conseil (ou de la dernière). Choisissez un point. Écrivez votre intervention en trois phrases : un constat, un enjeu, une proposition. Lisez-la à voix haute avec le chronomètre de votre téléphone : elle doit durer moins de trois minutes.`,
				ar: `## قبل الدورة

يعقد المجلس ثلاث دورات عادية في السنة (المادة 33 من القانون التنظيمي رقم 113.14). في الممارسة، تنعقد هذه الدورات في فبراير وماي وأكتوبر، فاسألي كتابة المجلس عن التواريخ الدقيقة. ويمكن أيضًا عقد دورة استثنائية يدعو إليها الرئيس بمبادرة منه أو بطلب من ثلث الأعضاء على الأقل (المادة 36).

لكل دورة جدول أعمال، أي لائحة النقط التي ستُناقش. اطلبيه فور إرساله، مع الوثائق المرفقة به. واقرئيه وفي يدك قلم.

## اختاري نقطة واحدة

المداخلة الجيدة لا تتحدث عن كل شيء. اختاري **نقطة واحدة** من جدول الأعمال لديكِ فيها شيء مفيد تقولينه. مثلًا: اتفاقية للنقل المدرسي، أو صيانة الإنارة العمومية.

## ابني مداخلتك في ثلاثة أجزاء

1. **المعاينة**: ما رأيتِه أو سمعتِه. «في أحد الدواوير التي أمثلها، تمشي التلميذات مسافة طويلة في مسلك غير مضاء». لا تذكري إلا وقائع مؤكدة: ما عاينتِه بنفسك، أو رقمًا تعرفين مصدره.
2. **الرهان**: لماذا يجب أن يهتم المجلس بالأمر. «قال لي آباء وأمهات إنهم يترددون في السماح لبناتهم بمتابعة الدراسة».
3. **الاقتراح**: ما تطلبينه بدقة. «أقترح أن تدرس اللجنة المختصة حلًا قبل الدورة القادمة».

## حضّري الأرقام والأجوبة

احتفظي برقمين أو ثلاثة على الأكثر، مع مصدر كل رقم وسنته. وحضّري أيضًا الأسئلة التي قد تُطرح عليكِ: «كم يكلف ذلك؟»، «من أي سطر في الميزانية؟»، «من سيتكفل بالتنفيذ؟». إذا لم تعرفي الجواب، قولي ذلك ببساطة واقترحي أن تقدميه لاحقًا.

## احترمي قواعد الجلسة

يحدد النظام الداخلي لمجلسك طريقة طلب الكلمة، وغالبًا مدة المداخلات. اقرئي هذه المواد قبل الدورة. واجعلي مداخلتك بين دقيقتين وثلاث دقائق: هي مدة قصيرة، لكنها ما يبقى في الذاكرة.

## بعد الدورة

اطلبي الاطلاع على محضر الجلسة للتأكد من أن مداخلتك مذكورة فيه. وأخبري النساء المعنيات بما قيل وما تقرر.

## تمرين

خذي جدول أعمال الدورة القادمة لمجلسك (أو الدورة الأخيرة). اختاري نقطة واحدة. اكتبي مداخلتك في ثلاث جمل: معاينة، ورهان، واقتراح. ثم اقرئيها بصوت مرتفع مع ساعة التوقيت في هاتفك: يجب ألا تتجاوز ثلاث دقائق.`
			}
		},
		{
			title: {
				ar: 'التحدث بثقة والتعامل مع المقاطعة',
				fr: 'Parler avec assurance et gérer les interruptions',
				zgh: 'ⴰⵡⴰⵍ ⵙ ⵜⵉⴼⵍⵙ'
			},
			body: {
				fr: `## Le trac est partagé

Presque tout le monde a le trac avant de parler en public, même les élus qui siègent depuis longtemps. Le trac n’est pas un signe de faiblesse : il montre que ce que vous allez dire compte pour vous. Le but n’est pas de le faire disparaître, mais de parler malgré lui.

## Avant de prendre la parole

- Respirez lentement : inspirez en comptant jusqu’à quatre, expirez en comptant jusqu’à six. Trois fois.
- Posez vos notes devant vous : une seule feuille, cinq lignes écrites en gros.
- Cherchez dans la salle deux ou trois visages bienveillants. Vous parlerez d’abord pour eux.

## Pendant l’intervention

- Commencez par une phrase apprise par cœur : « Monsieur le Président (ou Madame la Présidente), je souhaite intervenir sur le point trois de l’ordre du jour. »
- Parlez plus lentement que d’habitude et faites des pauses.
- Utilisez des phrases courtes : une idée par phrase.
- Regardez les membres du conseil, pas seulement votre feuille.
- Terminez par votre proposition, et répétez-la une deuxième fois.

## Quand on vous interrompt

Les élues parlent souvent des interruptions. Voici quatre réponses calmes, à choisir selon la situation :

1. **Continuer** : « Je termine ma phrase, s’il vous plaît. » Dites-le d’une voix posée, puis reprenez là où vous étiez.
2. **S’adresser à la présidence** : c’est le président de séance qui dirige les débats et donne la parole. « Monsieur le Président, je vous demande de me laisser terminer mon intervention. »
3. **Recentrer** : si l’on vous pose une question hors sujet, répondez en une phrase et revenez à votre point : « J’y reviendrai. Pour l’instant, ma proposition est la suivante… »
4. **Rester sur les faits** : ne répondez pas à une attaque personnelle. Votre calme rend visible le manque de respect de l’autre, pour toute la salle.

Après la séance, si une interruption vous a empêchée de parler, notez-le et parlez-en à d’autres élues. Ensemble, vous pourrez demander que le règlement intérieur soit mieux respecté.

## S’entraîner

La confiance vient avec la pratique. Entraînez-vous devant une amie, une collègue élue, ou en vous enregistrant avec votre téléphone. Écoutez-vous : parlez-vous trop vite ? Votre proposition est-elle claire dès la première écoute ?

## Exercice

Enregistrez-vous pendant deux minutes en lisant l’intervention préparée à la leçon précédente. Puis recommencez avec une collègue qui vous interrompt deux fois. À chaque interruption, répondez avec l’une des quatre phrases ci-dessus, puis reprenez votre intervention. Écoutez les deux enregistrements et notez ce qui a changé.`,
				ar: `## الرهبة شعور مشترك

يشعر الجميع تقريبًا بالرهبة قبل الكلام أمام الناس، حتى المنتخبون الذين قضوا سنوات طويلة في المجلس. الرهبة ليست علامة ضعف، بل تعني أن ما ستقولينه مهم بالنسبة إليكِ. الهدف ليس أن تختفي الرهبة، بل أن تتكلمي رغم وجودها.

## قبل أخذ الكلمة

- تنفسي ببطء: شهيق وأنتِ تعدّين إلى أربعة، وزفير وأنتِ تعدّين إلى ستة. ثلاث مرات.
- ضعي ورقتك أمامك: ورقة واحدة، فيها خمسة أسطر بخط كبير.
- ابحثي في القاعة عن وجهين أو ثلاثة وجوه ودودة. ستتحدثين إليهم أولًا.

## أثناء المداخلة

- ابدئي بجملة حفظتِها: «السيد الرئيس (أو السيدة الرئيسة)، أود التدخل في النقطة الثالثة من جدول الأعمال».
- تحدثي أبطأ من عادتك، وتوقفي قليلًا بين الأفكار.
- استعملي جملًا قصيرة: فكرة واحدة في كل جملة.
- انظري إلى أعضاء المجلس، لا إلى ورقتك فقط.
- اختمي باقتراحك، وكرريه مرة ثانية.

## عندما يقاطعك أحد

كثيرًا ما تتحدث المنتخبات عن المقاطعة. إليكِ أربعة أجوبة هادئة، اختاري منها حسب الموقف:

1. **المواصلة**: «اسمحوا لي أن أكمل جملتي». قوليها بصوت هادئ، ثم عودي إلى حيث توقفتِ.
2. **التوجه إلى رئاسة الجلسة**: رئيس الجلسة هو من يسيّر النقاش ويعطي الكلمة. «السيد الرئيس، أطلب منكم أن تسمحوا لي بإتمام مداخلتي».
3. **إعادة التركيز**: إذا طُرح عليكِ سؤال خارج الموضوع، أجيبي بجملة واحدة ثم عودي إلى نقطتك: «سأعود إلى هذا لاحقًا. أما الآن فاقتراحي هو…».
4. **البقاء في الوقائع**: لا تردّي على الهجوم الشخصي. هدوؤك يُظهر للقاعة كلها قلة احترام الطرف الآخر.

بعد الجلسة، إذا منعتك المقاطعة من الكلام، دوّني ذلك وتحدثي فيه مع منتخبات أخريات. معًا، يمكنكن المطالبة باحترام أفضل للنظام الداخلي.

## التدرب

الثقة تأتي بالممارسة. تدربي أمام صديقة، أو زميلة منتخبة، أو سجّلي صوتك بهاتفك. استمعي إلى نفسك: هل تتكلمين بسرعة كبيرة؟ هل اقتراحك واضح من أول استماع؟

## تمرين

سجّلي نفسك لمدة دقيقتين وأنتِ تقرئين المداخلة التي حضّرتِها في الدرس السابق. ثم أعيدي التمرين مع زميلة تقاطعك مرتين. عند كل مقاطعة، أجيبي بإحدى الجمل الأربع أعلاه، ثم واصلي مداخلتك. استمعي إلى التسجيلين ودوّني ما تغيّر.`
			}
		},
		{
			title: {
				ar: 'لستِ وحدك: الشبكات والمرافقة',
				fr: 'Vous n’êtes pas seule : réseaux et mentorat',
				zgh: 'ⴰⵥⵟⵟⴰ ⵏ ⵜⵏⵙⵜⴰⵢⵉⵏ'
			},
			body: {
				fr: `## Le leadership se construit à plusieurs

Une élue seule s’épuise vite. Une élue entourée avance plus loin. Le projet AMSSAWASS réunit 40 élues de 20 communes des cinq provinces de la région : Béni Mellal, Azilal, Fquih Ben Salah, Khénifra et Khouribga. C’est déjà un réseau. Il faut maintenant le faire vivre.

## Quatre cercles d’appui

1. **Au conseil** : les autres élues, quel que soit leur parti, et les élus hommes qui soutiennent vos dossiers. Repérez ceux qui votent souvent comme vous.
2. **Entre communes** : une élue d’Aghbala et une élue de Bir Mezoui rencontrent souvent les mêmes difficultés. Partager une solution qui a marché fait gagner des mois.
3. **La société civile** : associations, coopératives de femmes, associations de parents d’élèves. Elles connaissent le terrain et peuvent adresser au conseil des mémorandums et des avis.
4. **L’administration** : les cadres de la commune connaissent les procédures et les chiffres. Une bonne relation de travail avec eux vous donne accès à l’information.

## Le mentorat

Le mentorat, c’est une relation suivie avec une personne plus expérimentée : une ancienne élue, une formatrice, une responsable associative. Le projet propose des séances d’accompagnement individuel, en présentiel et à distance. Pour en tirer le meilleur :

- fixez un seul objectif à la fois (par exemple : « intervenir à chaque session ») ;
- préparez chaque rencontre avec une question précise ;
- après la rencontre, notez ce que vous allez essayer, puis racontez le résultat la fois suivante.

## Un exemple du projet

La page du projet raconte l’histoire de Jawaher. Face à des obstacles importants, elle a fait une place aux femmes rurales dans un programme de sa commune, puis porté cette cause lors de rencontres régionales. Les formations et les séances d’accompagnement du projet l’y ont aidée : on n’avance pas seule.

## Des outils pour rester informée

De nombreux règlements intérieurs prévoient que les membres peuvent adresser des questions écrites au président. Vérifiez ce que prévoit celui de votre conseil : c’est un moyen simple d’obtenir une information précise et une réponse qui laisse une trace.

## Exercice

Dessinez quatre cercles sur une feuille : conseil, autres communes, société civile, administration. Dans chaque cercle, écrivez le nom d’au moins une personne. Choisissez-en une que vous ne connaissez pas encore bien, et prenez rendez-vous avec elle ce mois-ci.`,
				ar: `## القيادة تُبنى مع الآخرين

المنتخبة التي تعمل وحدها تتعب بسرعة، والمنتخبة المحاطة بالدعم تذهب أبعد. يجمع مشروع أمساواس 40 منتخبة من 20 جماعة في أقاليم الجهة الخمسة: بني ملال، وأزيلال، والفقيه بن صالح، وخنيفرة، وخريبكة. هذه شبكة قائمة، والمطلوب الآن أن تبقى حية.

## أربع دوائر للدعم

1. **داخل المجلس**: المنتخبات الأخريات، مهما كان حزبهن، والمنتخبون الرجال الذين يساندون ملفاتك. تعرّفي على من يصوت غالبًا مثلك.
2. **بين الجماعات**: منتخبة من اغبالة ومنتخبة من بئر مزوي قد تواجهان الصعوبات نفسها. تبادل حل نجح في مكان ما يوفر شهورًا من الجهد.
3. **المجتمع المدني**: الجمعيات، والتعاونيات النسائية، وجمعيات آباء وأمهات التلاميذ. هي تعرف الميدان، ويمكنها أن توجه إلى المجلس مذكرات وآراء استشارية.
4. **الإدارة**: أطر الجماعة يعرفون المساطر والأرقام. علاقة عمل جيدة معهم تسهّل حصولك على المعلومة.

## المرافقة

المرافقة علاقة متابعة مع شخص له تجربة أكبر: منتخبة سابقة، أو مكوّنة، أو مسؤولة جمعوية. يقدم المشروع جلسات مواكبة فردية، حضورية وعن بعد. لتستفيدي منها أكثر:

- حدّدي هدفًا واحدًا في كل مرة (مثلًا: «التدخل في كل دورة»)؛
- حضّري لكل لقاء سؤالًا محددًا؛
- بعد اللقاء، دوّني ما ستجربينه، واحكي النتيجة في اللقاء التالي.

## مثال من المشروع

تحكي صفحة المشروع قصة جواهر. فرغم العقبات الكبيرة، أدمجت النساء القرويات في برنامج من برامج جماعتها، ثم دافعت عن هذه القضية في لقاءات جهوية. وقد ساعدتها تكوينات المشروع وجلسات المواكبة على ذلك: لا أحد يتقدم وحده.

## أدوات للبقاء على اطلاع

تنص أنظمة داخلية كثيرة على أن للأعضاء أن يوجهوا أسئلة كتابية إلى الرئيس. تحققي مما ينص عليه النظام الداخلي لمجلسك: إنها وسيلة بسيطة للحصول على معلومة دقيقة وعلى جواب مكتوب يبقى أثره.

## تمرين

ارسمي أربع دوائر على ورقة: المجلس، الجماعات الأخرى، المجتمع المدني، الإدارة. اكتبي في كل دائرة اسم شخص واحد على الأقل. ثم اختاري شخصًا لا تعرفينه جيدًا بعد، وحدّدي معه موعدًا خلال هذا الشهر.`
			}
		}
	]
};
