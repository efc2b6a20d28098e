import { sql, type Kysely } from 'kysely';

// Results framework (issue 16): result → indicator → period targets and narrative comments.
// Values are never stored: each indicator names the rule (rule_id) that computes it from verified records.
// The programme's framework is seeded here (not in the demo) because every database reports on it.
// Also adds the read-only `observer` role (a funder or an evaluator: aggregates only).
// Frozen in time: never import application code here.

type L = { ar: string; fr: string; zgh?: string };
const RESULTS: { code: string; statement: L }[] = [
	{
		code: 'R1',
		statement: {
			ar: 'انخراط 20 جماعة ترابية في المشروع لتصبح بيئات داعمة للمساواة بين الجنسين، من خلال أنشطة منظمة للتوعية والتعبئة استهدفت المنتخبين والأطر الإدارية.',
			fr: "Engagement de 20 collectivités territoriales dans le projet, devenues des environnements favorables à l'égalité femmes-hommes, grâce à des activités de sensibilisation et de mobilisation destinées aux élu·es et aux cadres administratifs."
		}
	},
	{
		code: 'R2',
		statement: {
			ar: 'تنفيذ أكثر من 20 مداخلة من طرف النساء المنتخبات خلال دورات المجالس، بما يعكس تطورًا في القيادة، وتعزيزًا لامتلاكهن لأدوارهن ومهامهن التمثيلية، واستعمالًا أكثر فعالية لمساطر الحكامة المحلية (الدورات العادية والاستثنائية).',
			fr: "Plus de 20 interventions des femmes élues lors des sessions des conseils (ordinaires et extraordinaires), reflet d'un leadership accru, d'une meilleure appropriation de leurs rôles et d'un usage plus efficace des procédures de gouvernance locale."
		}
	},
	{
		code: 'R3',
		statement: {
			ar: 'إعداد وتقديم 8 مذكرات/آراء استشارية من طرف المجتمع المدني إلى المجالس الترابية، وقد تمت دراستها رسميًا من طرف هياكل المجالس، بهدف تفعيل مقاربة النوع وتعزيز المساواة ضمن البرامج الجماعية والميزانيات وتصميم المشاريع.',
			fr: "8 notes / avis consultatifs préparés et présentés par la société civile aux conseils territoriaux et examinés formellement par leurs instances, pour intégrer l'approche genre dans les programmes communaux, les budgets et la conception des projets."
		}
	},
	{
		code: 'R4',
		statement: {
			ar: 'تعزيز قدرات 40 امرأة منتخبة في القيادة الذاتية والتنمية الترابية الدامجة، بما يشمل التواصل، والتفاوض، وتتبع السياسات العمومية، والتخطيط التشاركي، ومقاربات التنمية المحلية المستجيبة للنوع الاجتماعي.',
			fr: 'Renforcement des capacités de 40 femmes élues en leadership personnel et en développement territorial inclusif : communication, négociation, suivi des politiques publiques, planification participative, développement local sensible au genre.'
		}
	},
	{
		code: 'R5',
		statement: {
			ar: 'تنفيذ 40 جلسة مواكبة فردية مُصمَّمة حسب الحاجيات لفائدة المستفيدات، لمعالجة الأولويات (مثل الخطابة والتحدث أمام الجمهور، وضعية القيادة، قراءة الميزانيات والبرامج، الترافع داخل المجالس، العمل داخل اللجان، وتدبير المقاومة)، بما يمكّن كل مشاركة من اعتماد مسار تطوير فردي.',
			fr: "40 séances d'accompagnement individuel adaptées aux besoins (prise de parole en public, posture de leadership, lecture des budgets et programmes, plaidoyer au conseil, travail en commission, gestion des résistances), permettant à chaque participante d'adopter un parcours de développement individuel."
		}
	},
	{
		code: 'R6',
		statement: {
			ar: 'إرساء وتفعيل آلية مواكبة هجينة (حضورية وعن بُعد) تضمن توجيهًا مستمرًا للمستفيدات من أجل المشاركة الفعالة في دورات المجالس الجماعية (العادية والاستثنائية).',
			fr: "Mise en place et fonctionnement d'un dispositif d'accompagnement hybride (présentiel et à distance) assurant un suivi continu des bénéficiaires pour une participation effective aux sessions des conseils communaux (ordinaires et extraordinaires)."
		}
	},
	{ code: 'L', statement: { ar: 'حصيلة التكوين: الإتمام، الحضور، المكتسبات والشهادات.', fr: 'Apprentissages : achèvement, assiduité, acquis et certificats.', zgh: 'ⴰⵍⵎⵎⴷ: ⴰⵙⵎⴷ, ⵜⵉⵍⵉⵜ, ⵜⵉⵙⵖⵉⵡⵉⵏ.' } }
];

interface Ind {
	result: string;
	code: string;
	rule: string;
	statement: L;
	unit: L;
	target: number | null;
	moreThan?: boolean;
	verification: string;
	responsible: string;
}
const U = {
	communes: { ar: 'جماعة', fr: 'communes', zgh: 'ⵜⵉⴳⵎⵓⵏⵉⵏ' },
	interventions: { ar: 'مداخلة', fr: 'interventions', zgh: 'ⵜⵉⵎⵙⵉⵡⵍⵉⵏ' },
	women: { ar: 'امرأة', fr: 'femmes', zgh: 'ⵜⵉⵎⵖⴰⵔⵉⵏ' },
	memos: { ar: 'مذكرة', fr: 'mémos', zgh: 'ⵜⵉⵣⵎⵎⴰⵎⵉⵏ' },
	sessions: { ar: 'جلسة', fr: 'séances', zgh: 'ⵜⵉⵎⵙⴰⵔⵉⵏ' },
	certificates: { ar: 'شهادة', fr: 'certificats', zgh: 'ⵜⵉⵙⵖⵉⵡⵉⵏ' },
	points: { ar: 'نقطة مئوية', fr: 'points de %', zgh: 'ⵜⵉⵏⵇⵇⵉⴹⵉⵏ %' },
	percent: { ar: '%', fr: '%', zgh: '%' }
};
const INDICATORS: Ind[] = [
	{ result: 'R1', code: 'R1.1', rule: 'communes_engaged', statement: { ar: 'عدد الجماعات المنخرطة حسب قاعدة الانخراط التي حددتها الإدارة', fr: "Communes engagées selon la règle d'engagement fixée par l'administration", zgh: 'ⵜⵉⴳⵎⵓⵏⵉⵏ ⵉⵎⵢⴰⵡⴰⵙⵏ' }, unit: U.communes, target: 20, verification: 'Conventions signées, comptes rendus des activités', responsible: 'Coordination du projet' },
	{ result: 'R2', code: 'R2.1', rule: 'interventions_verified', statement: { ar: 'مداخلات النساء المنتخبات خلال دورات المجالس، المتحقق منها', fr: 'Interventions vérifiées des élues lors des sessions des conseils', zgh: 'ⵜⵉⵎⵙⵉⵡⵍⵉⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵙⵏⵇⵙⵏ ⴳ ⵢⵉⵙⵇⵇⵉⵎⵏ' }, unit: U.interventions, target: 20, moreThan: true, verification: 'Procès-verbaux des sessions, fiches d’intervention vérifiées', responsible: 'Coachs' },
	{ result: 'R2', code: 'R2.2', rule: 'women_intervening', statement: { ar: 'عدد النساء المنتخبات اللواتي لهن مداخلة واحدة متحقق منها على الأقل', fr: 'Élues ayant au moins une intervention vérifiée', zgh: 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙ ⵢⴰⵜ ⵜⵎⵙⵉⵡⵍⵜ ⵉⵜⵜⵓⵙⵏⵇⵙⵏ' }, unit: U.women, target: null, verification: 'Fiches d’intervention vérifiées', responsible: 'Coachs' },
	{ result: 'R3', code: 'R3.1', rule: 'memos_examined', statement: { ar: 'المذكرات الاستشارية التي درستها هياكل المجالس رسميا (دراسة موثقة ومتحقق منها)', fr: 'Mémos examinés formellement par une instance du conseil (examen documenté et vérifié)', zgh: 'ⵜⵉⵣⵎⵎⴰⵎⵉⵏ ⵏⵏⴰ ⵉⵙⵙⵓⴷⵙ ⵓⵙⵇⵇⵉⵎ' }, unit: U.memos, target: 8, verification: "Procès-verbal ou courrier de l'instance ayant examiné le mémo", responsible: 'Coordination du projet' },
	{ result: 'R4', code: 'R4.1', rule: 'women_completed_programme', statement: { ar: 'النساء المنتخبات اللواتي أتممن جميع وحدات البرنامج (شهادة لكل وحدة)', fr: 'Élues ayant achevé tous les modules du programme (un certificat par module)', zgh: 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏⵏⴰ ⵉⵙⵎⴷⵏ ⵉⵎⵓⴷⵓⵍⵏ ⵏ ⵓⵖⴰⵡⴰⵙ' }, unit: U.women, target: 40, verification: 'Certificats délivrés par la plateforme', responsible: 'Formatrices' },
	{ result: 'R5', code: 'R5.1', rule: 'coaching_sessions_held', statement: { ar: 'جلسات المواكبة الفردية المنعقدة', fr: "Séances d'accompagnement individuel tenues", zgh: 'ⵜⵉⵎⵙⴰⵔⵉⵏ ⵏ ⵓⵎⵢⴰⵡⴰⵙ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ' }, unit: U.sessions, target: 40, verification: 'Fiches de séance des coachs', responsible: 'Coachs' },
	{ result: 'R5', code: 'R5.2', rule: 'women_active_plan', statement: { ar: 'النساء اللواتي لهن مسار تطوير فردي مفعّل', fr: 'Femmes ayant un plan de développement individuel actif', zgh: 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴼⵍⵉⵜ ⵉⵎⵓⵙⵏ' }, unit: U.women, target: 40, verification: 'Plans de développement approuvés', responsible: 'Coachs' },
	{ result: 'R6', code: 'R6.1', rule: 'women_hybrid_coached', statement: { ar: 'النساء اللواتي استفدن من المواكبة حضوريا وعن بعد', fr: 'Femmes accompagnées à la fois en présentiel et à distance', zgh: 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵎⵢⴰⵡⴰⵙⵏ ⵙ ⵜⵉⴳⴳⵓⵜ ⴷ ⵙ ⵜⵍⵍⵉⵜ' }, unit: U.women, target: null, verification: 'Fiches de séance et contacts de suivi', responsible: 'Coachs' },
	{ result: 'L', code: 'L1', rule: 'certificates_issued', statement: { ar: 'شهادات الوحدات المسلمة', fr: 'Certificats de module délivrés', zgh: 'ⵜⵉⵙⵖⵉⵡⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ' }, unit: U.certificates, target: null, verification: 'Registre des certificats', responsible: 'Formatrices' },
	{ result: 'L', code: 'L2', rule: 'quiz_gain', statement: { ar: 'متوسط التقدم بين الاختبار القبلي والبعدي', fr: 'Gain moyen entre test initial et test final', zgh: 'ⴰⵏⴰⵎⵎⴰⵙ ⵏ ⵓⵙⵏⵓⴼⵍ ⵏ ⵜⵉⵔⵎⵉⵜⵉⵏ' }, unit: U.points, target: null, verification: 'Tentatives aux tests initiaux et finaux', responsible: 'Formatrices' },
	{ result: 'L', code: 'L3', rule: 'attendance_rate', statement: { ar: 'نسبة الحضور في حصص التكوين', fr: 'Taux de présence aux séances de formation', zgh: 'ⵜⵉⵍⵉⵜ ⴳ ⵜⵎⵙⴰⵔⵉⵏ ⵏ ⵓⵙⵍⵎⴷ' }, unit: U.percent, target: null, verification: "Feuilles d'appel et pointages", responsible: 'Formatrices' }
];

export async function up(db: Kysely<any>): Promise<void> {
	await sql`alter table app_user drop constraint if exists app_user_role_check`.execute(db);
	await sql`alter table app_user add constraint app_user_role_check check (role in ('learner', 'trainer', 'admin', 'observer'))`.execute(db);

	await db.schema
		.createTable('result')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('code', 'text', (c) => c.notNull().unique().check(sql`char_length(code) between 1 and 10`))
		.addColumn('statement', 'jsonb', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.createTable('indicator')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('result_id', 'integer', (c) => c.notNull().references('result.id').onDelete('restrict'))
		.addColumn('code', 'text', (c) => c.notNull().unique().check(sql`char_length(code) between 1 and 10`))
		.addColumn('rule_id', 'text', (c) => c.notNull().unique())
		.addColumn('statement', 'jsonb', (c) => c.notNull())
		.addColumn('unit', 'jsonb', (c) => c.notNull())
		.addColumn('direction', 'text', (c) => c.notNull().defaultTo('up').check(sql`direction in ('up', 'down')`))
		.addColumn('baseline', 'double precision')
		.addColumn('baseline_date', 'date')
		.addColumn('baseline_source', 'text', (c) => c.check(sql`char_length(baseline_source) <= 300`))
		.addColumn('target', 'double precision')
		.addColumn('more_than', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('verification', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(verification) <= 500`))
		.addColumn('responsible', 'text', (c) => c.notNull().defaultTo('').check(sql`char_length(responsible) <= 200`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('indicator_target')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
		.addColumn('period_from', 'date', (c) => c.notNull())
		.addColumn('period_to', 'date', (c) => c.notNull())
		.addColumn('target', 'double precision', (c) => c.notNull())
		.addCheckConstraint('indicator_target_period', sql`period_from <= period_to`)
		.addUniqueConstraint('indicator_target_unique', ['indicator_id', 'period_from', 'period_to'])
		.execute();

	// One narrative per indicator and period; an open bound is stored as null.
	await db.schema
		.createTable('indicator_comment')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		.addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
		.addColumn('period_from', 'date')
		.addColumn('period_to', 'date')
		.addColumn('body', 'text', (c) => c.notNull().check(sql`char_length(body) between 1 and 4000`))
		.addColumn('author_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`create unique index indicator_comment_period_idx on indicator_comment (indicator_id, coalesce(period_from, '0001-01-01'::date), coalesce(period_to, '9999-12-31'::date))`.execute(db);

	for (const [i, r] of RESULTS.entries()) {
		await db.insertInto('result').values({ code: r.code, statement: JSON.stringify(r.statement), position: i + 1 }).execute();
	}
	const ids = Object.fromEntries((await db.selectFrom('result').select(['id', 'code']).execute()).map((r: any) => [r.code, r.id]));
	for (const [i, d] of INDICATORS.entries()) {
		await db
			.insertInto('indicator')
			.values({
				result_id: ids[d.result],
				code: d.code,
				rule_id: d.rule,
				statement: JSON.stringify(d.statement),
				unit: JSON.stringify(d.unit),
				target: d.target,
				more_than: d.moreThan ?? false,
				baseline_source: 'Étude diagnostique présentée le 10 décembre 2025',
				verification: d.verification,
				responsible: d.responsible,
				position: i + 1
			})
			.execute();
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('indicator_comment').execute();
	await db.schema.dropTable('indicator_target').execute();
	await db.schema.dropTable('indicator').execute();
	await db.schema.dropTable('result').execute();
	await sql`update app_user set role = 'learner', disabled_at = coalesce(disabled_at, now()) where role = 'observer'`.execute(db);
	await sql`alter table app_user drop constraint if exists app_user_role_check`.execute(db);
	await sql`alter table app_user add constraint app_user_role_check check (role in ('learner', 'trainer', 'admin'))`.execute(db);
}
