import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/web/guards';
import { db } from '$lib/server/db/runtime';
import { failWith, field, formValues } from '$lib/server/http';
import { t } from '$lib/server/i18n';
import { reasonText } from '$lib/server/certificates/reasons';
import { displayLogin } from '$lib/server/users/login-id';
import { pick } from '$lib/localized';
import { candidates, issueCertificates, parseTarget, updateModuleRules, updateProgrammeRules, type Target } from '$lib/server/certificates/certificates.service';
import { moduleRules, programmeModules } from '$lib/server/certificates/certificates.repository';
import { raise } from '$lib/server/http';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function targetOf(url: URL): Target {
	const target = parseTarget(url.searchParams.get('target'));
	if (!target) error(404, t('error_not_found'));
	return target;
}

const PAGE_SIZE = 50;
type Candidate = Awaited<ReturnType<typeof candidates>>['candidates'][number];
/** Who each choice of the "show" links lists. */
const SHOWN = {
	all: () => true,
	pending: (c: Candidate) => c.eligibility.eligible && !c.serial,
	issued: (c: Candidate) => !!c.serial,
	ineligible: (c: Candidate) => !c.eligibility.eligible && !c.serial
} as const;
type Show = keyof typeof SHOWN;

function showOf(url: URL): Show {
	const s = url.searchParams.get('show');
	return s && s in SHOWN ? (s as Show) : 'all';
}

function pageOf(url: URL): number {
	const n = Number(url.searchParams.get('page'));
	return Number.isSafeInteger(n) && n > 0 ? n : 1;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const target = targetOf(event.url);
	const locale = event.locals.locale;
	const { info, candidates: list } = await candidates(db(), target, undefined, locale).catch(raise);
	const rules = 'moduleId' in target ? await moduleRules(db(), target.moduleId) : null;
	const modules = 'programmeId' in target ? await programmeModules(db(), target.programmeId) : null;
	const counts = {
		total: list.length,
		eligible: list.filter((c) => c.eligibility.eligible).length,
		issued: list.filter((c) => c.serial).length,
		pending: list.filter((c) => c.eligibility.eligible && !c.serial).length
	};
	// Everyone's eligibility is decided (for the counts and "issue to all"); one page of them is shown.
	const show = showOf(event.url);
	const shown = list.filter(SHOWN[show]);
	const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
	const page = Math.min(pageOf(event.url), pages);
	const learners = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((c) => ({
		id: c.userId,
		nameAr: c.nameAr,
		nameLatin: c.nameLatin,
		login: displayLogin(c.login),
		commune: (locale === 'ar' ? c.communeAr : c.communeFr) ?? '—',
		eligible: c.eligibility.eligible,
		reasons: c.eligibility.reasons.map((r) => reasonText(r, locale)),
		serial: c.serial
	}));
	return {
		target: event.url.searchParams.get('target')!,
		title: 'moduleId' in target ? pick(info.title, locale).text || info.slug : t('cert_programme_label', { title: pick(info.title, locale).text || info.slug }),
		learners,
		counts,
		show,
		shownCount: shown.length,
		page,
		pages,
		rules: rules && {
			lessons: rules.cert_require_lessons,
			quiz: rules.cert_require_quiz,
			attendance: rules.cert_require_attendance,
			programme: rules.cert_required_for_programme,
			passMark: rules.pass_mark,
			threshold: rules.attendance_threshold,
			inProgramme: rules.programme_id != null
		},
		programmeModules: modules && modules.map((mod) => ({ id: mod.id, title: pick(mod.title, locale).text || mod.slug, counts: mod.cert_required_for_programme }))
	};
};

async function run<T extends object>(event: RequestEvent, fn: (actorId: number, target: Target, data: FormData) => Promise<T>) {
	const actor = requireRole(event, 'admin');
	const target = targetOf(event.url);
	const data = await event.request.formData();
	try {
		return await fn(actor.id, target, data);
	} catch (e) {
		return failWith(e, formValues(data));
	}
}

const userIdOf = (data: FormData) => {
	const n = Number(field(data, 'userId'));
	return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

export const actions: Actions = {
	issue: (event) =>
		run(event, async (actorId, target, data) => {
			const r = await issueCertificates(db(), { id: actorId }, target, { userIds: [userIdOf(data)], origin: event.url.origin });
			return { done: t('cert_issued_n', { count: r.issued.length }) };
		}),
	override: (event) =>
		run(event, async (actorId, target, data) => {
			const r = await issueCertificates(db(), { id: actorId }, target, { userIds: [userIdOf(data)], override: field(data, 'reason'), origin: event.url.origin });
			return { done: t('cert_issued_n', { count: r.issued.length }) };
		}),
	// Without JavaScript: one plain POST issues to everyone eligible.
	issueAll: (event) =>
		run(event, async (actorId, target) => {
			const r = await issueCertificates(db(), { id: actorId }, target, { origin: event.url.origin });
			return { done: t('cert_issued_n', { count: r.issued.length }) };
		}),
	rules: (event) =>
		run(event, async (actorId, target, data) => {
			if (!('moduleId' in target)) return fail(400, { form: { message: t('error_invalid_form'), errors: {} }, values: {} });
			await updateModuleRules(db(), { id: actorId }, target.moduleId, {
				requireLessons: data.has('lessons'),
				requireQuiz: data.has('quiz'),
				requireAttendance: data.has('attendance'),
				requiredForProgramme: data.has('programme')
			});
			return { done: t('cert_rules_saved') };
		}),
	programmeRules: (event) =>
		run(event, async (actorId, target, data) => {
			if (!('programmeId' in target)) return fail(400, { form: { message: t('error_invalid_form'), errors: {} }, values: {} });
			const ids = data.getAll('counts').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
			await updateProgrammeRules(db(), { id: actorId }, target.programmeId, ids);
			return { done: t('cert_rules_saved') };
		})
};
