// Demo learning content for AMSSAWASS 2025–2026: four modules written for
// elected women councillors in the communes of Béni Mellal-Khénifra.
//
// Legal references follow /work/shared/domain/governance-glossary.md: a law or
// article is cited only where the glossary marks it confirmed, and always with
// a reminder to check the official text. Anything the glossary leaves
// unconfirmed (months of the sessions, official French names, petition
// thresholds, PAC calendar…) is phrased as practice or as "check the text".
// Communes named in examples are real (HCP RGPH 2024); the situations described
// in them are hypothetical ("imaginons…") and state no fact about the commune.
// The zgh titles are composed, not taken from an existing text: README.md lists
// them for review by a native speaker.
import type { Db } from '../db/index';

export type DemoLocalized = { ar: string; fr: string; zgh?: string };

export interface DemoLesson {
	title: { ar: string; fr: string; zgh: string };
	body: { ar: string; fr: string };
}

export interface DemoModule {
	slug: 'leadership' | 'negotiation' | 'gender-budgeting' | 'participatory-planning';
	position: number;
	hours: number;
	/** Which demo trainer (0: trainer1, 1: trainer2) authored it. */
	trainer: 0 | 1;
	title: { ar: string; fr: string; zgh: string };
	summary: DemoLocalized;
	lessons: DemoLesson[];
}

/** The published snapshot learners read (same shape as the content engine's). */
export interface DemoSnapshot {
	title: { ar: string; fr: string; zgh: string };
	summary: DemoLocalized;
	hours: number;
	lessons: { id: number; position: number; title: { ar: string; fr: string; zgh: string }; body: { ar: string; fr: string }; videoUrl: string | null }[];
}

export const DEMO_PROGRAMME = {
	slug: 'amssawass-2025-2026',
	title: { ar: 'أمساواس 2025–2026', fr: 'AMSSAWASS 2025–2026', zgh: 'ⴰⵎⵙⴰⵡⴰⵙ 2025–2026' }
} as const;

export const DEMO_COHORT = { name: 'Béni Mellal-Khénifra 2025–2026', startsOn: '2025-10-01', endsOn: '2026-06-30' } as const;

// ---------------------------------------------------------------------------
// Module 1: leadership
// ---------------------------------------------------------------------------
const leadership: DemoModule = {
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

// ---------------------------------------------------------------------------
// Module 2: negotiation
// ---------------------------------------------------------------------------
const negotiation: DemoModule = {
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

// ---------------------------------------------------------------------------
// Module 3: gender-budgeting
// ---------------------------------------------------------------------------
const genderBudgeting: DemoModule = {
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

// ---------------------------------------------------------------------------
// Module 4: participatory-planning
// ---------------------------------------------------------------------------
const participatoryPlanning: DemoModule = {
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

export const DEMO_MODULES: DemoModule[] = [leadership, negotiation, genderBudgeting, participatoryPlanning];

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------
export interface SeedContentOptions {
	/** app_user ids of trainer1 and trainer2: each authors two modules. */
	trainerIds: [number, number];
	/** app_user ids of the demo learners, in order: learnerIds[0] is learner 1. */
	learnerIds: number[];
	/** The moment progress dates are counted back from (tests pass a fixed one). */
	now?: Date;
}

export interface SeedContentResult {
	seeded: boolean;
	modules: number;
	lessons: number;
	enrolments: number;
	progressRows: number;
}

const DAY = 24 * 60 * 60 * 1000;

export interface DemoProgressStep {
	/** Index of the lesson in programme order (module by module, lesson by lesson). */
	lesson: number;
	viewedAt: Date;
	completedAt: Date | null;
}

/**
 * A deterministic, realistic spread of progress for learner n (1-based) over a
 * programme of `total` lessons: a few have not started, many are midway, some
 * have finished one module or more, a handful everything. Learners follow the
 * modules in order; most have opened the lesson after their last completed one.
 */
export function demoProgress(n: number, total: number, now: Date): DemoProgressStep[] {
	// 17 is prime to 40: "engagement" walks through 0…39 once for learners 1…40.
	const engagement = (n * 17) % 40;
	if (engagement < 3) return [];
	const done = Math.min(total, Math.floor(((engagement - 2) * (total + 2)) / 37));
	const firstDaysAgo = 56 - (n % 7); // started about eight weeks ago
	const lastDaysAgo = 1 + (n % 9); // last visit in the past ten days
	const hour = 8 + ((n * 5) % 12); // between 08:00 and 19:00 UTC
	const at = (daysAgo: number) => {
		const d = new Date(now.getTime() - Math.round(daysAgo) * DAY);
		d.setUTCHours(hour, (n * 13) % 60, 0, 0);
		return d;
	};
	const steps: DemoProgressStep[] = [];
	for (let i = 0; i < done; i++) {
		const daysAgo = done === 1 ? lastDaysAgo : firstDaysAgo - (i * (firstDaysAgo - lastDaysAgo)) / (done - 1);
		const d = at(daysAgo);
		steps.push({ lesson: i, viewedAt: d, completedAt: d });
	}
	// Two learners in three have opened the next lesson without finishing it.
	if (done < total && n % 3 !== 0) steps.push({ lesson: done, viewedAt: at(Math.max(0, lastDaysAgo - 1)), completedAt: null });
	return steps;
}

/**
 * Inserts the AMSSAWASS programme, its four published modules and their
 * lessons, the cohort of the 40 demo learners, their enrolments (through the
 * cohort) and varied progress. Does nothing when the programme (or one of the
 * module slugs) already exists.
 */
export async function seedContent(db: Db, opts: SeedContentOptions): Promise<SeedContentResult> {
	if (db.isTransaction) return insertContent(db, opts);
	return db.transaction().execute((trx) => insertContent(trx, opts));
}

async function insertContent(db: Db, opts: SeedContentOptions): Promise<SeedContentResult> {
	const nothing = { seeded: false, modules: 0, lessons: 0, enrolments: 0, progressRows: 0 };
	if (await db.selectFrom('programme').select('id').where('slug', '=', DEMO_PROGRAMME.slug).executeTakeFirst()) return nothing;
	const slugs = DEMO_MODULES.map((m) => m.slug);
	if (await db.selectFrom('module').select('id').where('slug', 'in', slugs).executeTakeFirst()) return nothing;

	const now = opts.now ?? new Date();
	const programme = await db
		.insertInto('programme')
		.values({ slug: DEMO_PROGRAMME.slug, title: JSON.stringify(DEMO_PROGRAMME.title) })
		.returning('id')
		.executeTakeFirstOrThrow();

	const moduleIds: number[] = [];
	const lessonIds: number[] = []; // programme order
	for (const m of DEMO_MODULES) {
		const mod = await db
			.insertInto('module')
			.values({
				programme_id: programme.id,
				slug: m.slug,
				position: m.position,
				title: JSON.stringify(m.title),
				summary: JSON.stringify(m.summary),
				hours: m.hours,
				status: 'published',
				published_at: now,
				has_unpublished_changes: false,
				cert_required_for_programme: true,
				created_by: opts.trainerIds[m.trainer]
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const lessons = await db
			.insertInto('lesson')
			.values(m.lessons.map((l, i) => ({ module_id: mod.id, position: i + 1, title: JSON.stringify(l.title), body: JSON.stringify(l.body), video_url: null })))
			.returning(['id', 'position'])
			.execute();
		lessons.sort((a, b) => a.position - b.position);
		const snapshot: DemoSnapshot = {
			title: m.title,
			summary: m.summary,
			hours: m.hours,
			lessons: lessons.map((row, i) => ({ id: row.id, position: row.position, title: m.lessons[i].title, body: m.lessons[i].body, videoUrl: null }))
		};
		await db.updateTable('module').set({ published_content: JSON.stringify(snapshot) }).where('id', '=', mod.id).execute();
		moduleIds.push(mod.id);
		lessonIds.push(...lessons.map((l) => l.id));
	}

	// The cohort may already exist (created by a CSV import under the same name).
	let cohort = await db.selectFrom('cohort').select('id').where('name', '=', DEMO_COHORT.name).executeTakeFirst();
	if (!cohort) {
		cohort = await db
			.insertInto('cohort')
			.values({ name: DEMO_COHORT.name, starts_on: DEMO_COHORT.startsOn, ends_on: DEMO_COHORT.endsOn })
			.returning('id')
			.executeTakeFirstOrThrow();
	}
	const cohortId = cohort.id;
	const learners = opts.learnerIds;
	if (learners.length) {
		await db
			.insertInto('cohort_member')
			.values(learners.map((user_id) => ({ cohort_id: cohortId, user_id })))
			.onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
			.execute();
	}

	const enrolledAt = new Date(now.getTime() - 60 * DAY);
	const enrolments = learners.flatMap((user_id) => moduleIds.map((module_id) => ({ user_id, module_id, source: 'cohort' as const, status: 'active' as const, enrolled_at: enrolledAt })));
	if (enrolments.length) {
		await db
			.insertInto('enrolment')
			.values(enrolments)
			.onConflict((oc) => oc.columns(['user_id', 'module_id']).doNothing())
			.execute();
	}

	const progress = learners.flatMap((user_id, i) =>
		demoProgress(i + 1, lessonIds.length, now).map((s) => ({ user_id, lesson_id: lessonIds[s.lesson], last_viewed_at: s.viewedAt, completed_at: s.completedAt }))
	);
	if (progress.length) await db.insertInto('lesson_progress').values(progress).execute();

	return { seeded: true, modules: moduleIds.length, lessons: lessonIds.length, enrolments: enrolments.length, progressRows: progress.length };
}
