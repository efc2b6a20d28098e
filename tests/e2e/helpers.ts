import { test as base, expect, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_TRAINERS, demoLearner } from '../../src/lib/server/demo/people';

export { expect };
export type Locale = 'ar' | 'fr' | 'zgh';
export const LOCALES: Locale[] = ['ar', 'fr', 'zgh'];
export const DIR: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', fr: 'ltr', zgh: 'ltr' };
export const LOCALE_NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' };

export const PATHS = {
	home: '/',
	login: '/login',
	logout: '/logout',
	learn: '/learn',
	trainer: '/trainer',
	admin: '/admin',
	users: '/admin/users',
	newUser: '/admin/users/new',
	user: (id: number) => `/admin/users/${id}`,
	invite: (token: string) => `/invite/${token}`,
	profile: '/profile',
	healthz: '/healthz'
};

// ---- Texts: straight from the app's catalogue, so tests follow the wording but not a wrong key.
const FILES = readdirSync(new URL('../../src/lib/i18n/messages/', import.meta.url));
const catalogues = Object.fromEntries(
	LOCALES.map((l) => [
		l,
		Object.assign(
			{},
			...FILES.map((f) => JSON.parse(readFileSync(new URL(`../../src/lib/i18n/messages/${f}/${l}.json`, import.meta.url), 'utf8')))
		) as Record<string, string>
	])
) as Record<Locale, Record<string, string>>;

type Plural = { declarations: string[]; selectors: string[]; match: Record<string, string> }[];

/** A message's text; for a plural message, the form for the count given (Intl.PluralRules), or all forms. */
function forms(locale: Locale, key: string, params: Record<string, string | number>): string[] {
	const v = catalogues[locale][key] as string | Plural | undefined;
	if (!Array.isArray(v)) return [v as string];
	const [{ declarations, selectors, match }] = v;
	const input = declarations.find((d) => d.startsWith(`local ${selectors[0]} =`))?.split('=')[1].split(':')[0].trim() ?? '';
	if (input in params) return [match[`${selectors[0]}=${new Intl.PluralRules(locale).select(Number(params[input]))}`]];
	return Object.values(match);
}

/** A catalogue message with its parameters filled in. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
	const [template] = forms(locale, key, params);
	if (typeof template !== 'string') throw new Error(`No message "${key}" in ${locale}`);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message as a pattern: parameters not given may be anything (e.g. minutes that depend on timing). */
export function tPattern(locale: Locale, key: string, params: Record<string, string | number> = {}): RegExp {
	const templates = forms(locale, key, params);
	if (typeof templates[0] !== 'string') throw new Error(`No message "${key}" in ${locale}`);
	const pattern = (template: string) =>
		template
			.split(/(\{\w+\})/)
			.map((part) => {
				const name = /^\{(\w+)\}$/.exec(part)?.[1];
				if (!name) return escapeRegExp(part);
				return name in params ? escapeRegExp(String(params[name])) : '.+?';
			})
			.join('');
	return new RegExp(templates.map(pattern).join('|'));
}

// ---- People from the demo seed (AMSSAWAS_DEMO=if-empty).
export const PASSWORD = DEMO_PASSWORD;

export interface Person {
	login: string;
	nameAr: string;
	nameLatin: string;
	locale: Locale;
}

export const ADMIN: Person = { ...DEMO_ADMIN, locale: 'ar' };
export const TRAINER1: Person = { ...DEMO_TRAINERS[0], locale: 'ar' };
export const TRAINER2: Person = { ...DEMO_TRAINERS[1], locale: 'fr' };

/** Demo learner n, with the phone login as people type it (06…). */
export function learner(n: number): Person {
	const l = demoLearner(n);
	return { ...l, login: `0${l.login.slice(4)}` };
}

/**
 * Which demo learner each test may use. Tests run in parallel against one
 * database, so a test that changes an account (locale, disabled, failed
 * logins) gets one of its own.
 */
export const LEARNER = {
	roles: 1, // read only
	authz: 2, // read only; her forbidden POST must change nothing
	logout: 3,
	cookies: 4,
	a11yFr: 5, // locale fr
	a11yZgh: 7, // locale zgh
	wrongPassword: 11, // gets one failed login
	language: 12, // her account locale is changed
	disable: 22, // disabled, then enabled again
	rateLimit: 38, // gets locked out
	checkIn: 30, // checks in to the demo session in progress
	checkInQr: 31, // checks in through the QR code's link
	refused: 32, // her check-ins are refused (codes expired, of another session)
	feed: 34, // creates and revokes her calendar link
	guesses: 36 // locked out of joining and of check-in by wrong keys and codes
} as const;

export function displayName(p: { nameAr: string; nameLatin: string }, locale: Locale): string {
	return locale === 'ar' ? p.nameAr || p.nameLatin : p.nameLatin || p.nameAr;
}

// ---- Unique values per test.
let counter = 0;

/**
 * A fake client address for the x-forwarded-for header (the server trusts it in
 * tests), unique in the run: the login limit of 20 failures per address then
 * never spills from one test to another.
 */
export function nextAddress(): string {
	const worker = base.info().workerIndex;
	counter++;
	return `10.${worker & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

/** Eight digits unique within the run (worker and counter) and unlikely to repeat across runs (clock). */
export function uniqueDigits(): string {
	counter++;
	return `${String(Date.now()).slice(-4)}${base.info().workerIndex % 10}${String(counter % 1000).padStart(3, '0')}`;
}

/** A new person to create: a fresh Moroccan mobile number as login. */
export function newPerson(names: { ar: string; latin: string }, extra: Partial<NewPerson> = {}): NewPerson {
	const digits = uniqueDigits();
	return {
		nameAr: `${names.ar} ${digits}`,
		nameLatin: `${names.latin} ${digits}`,
		login: `07${digits}`,
		role: 'learner',
		locale: 'ar',
		...extra
	};
}

export interface NewPerson extends Person {
	role: 'learner' | 'trainer' | 'admin';
	password?: string;
}

// ---- Fixtures: every test (and every extra browser context) has its own client address.
export const test = base.extend<{ address: string; newPage: (options?: BrowserContextOptions) => Promise<Page> }>({
	address: async ({}, use) => {
		await use(nextAddress());
	},
	extraHTTPHeaders: async ({ address }, use) => {
		await use({ 'x-forwarded-for': address });
	},
	/** A page in a fresh browser context (no cookies), as another person on another phone. */
	newPage: async ({ browser }, use) => {
		const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
		await use(async (options = {}) => {
			const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': nextAddress() }, ...options });
			contexts.push(context);
			return context.newPage();
		});
		for (const c of contexts) await c.close();
	}
});

// ---- Page helpers.
export async function pageLocale(page: Page): Promise<Locale> {
	const lang = await page.locator('html').getAttribute('lang');
	if (!LOCALES.includes(lang as Locale)) throw new Error(`Unexpected <html lang="${lang}">`);
	return lang as Locale;
}

/**
 * Waits until SvelteKit has hydrated the page (its router starts right after
 * hydration and switches history.scrollRestoration to 'manual'). Text typed
 * into a field before that is wiped by hydration, so tests wait on pages that
 * run client-side code before filling forms.
 */
export async function waitForHydration(page: Page) {
	// Pages rendered without client code (csr = false, e.g. the learners') have no script to wait for.
	// (/offline.js, the service worker's and offline outbox's small script, is on every page and hydrates nothing.)
	await page.waitForFunction(() => history.scrollRestoration === 'manual' || !document.querySelector('script:not([src$="/offline.js"])'));
}

/** Opens a page that runs client-side code and waits until it is hydrated. */
export async function gotoApp(page: Page, path: string) {
	const res = await page.goto(path);
	await waitForHydration(page);
	return res;
}

/** Clicks something that submits a plain form (a full page load), and waits for the new page. */
export async function clickAndLoad(page: Page, target: Locator) {
	await Promise.all([page.waitForEvent('load'), target.click()]);
}

/** Fills and sends the login form on the current page, in whatever language it is shown. */
export async function submitLogin(page: Page, login: string, password: string) {
	const l = await pageLocale(page);
	await page.getByLabel(t(l, 'login_label'), { exact: true }).fill(login);
	await page.getByLabel(t(l, 'password_label'), { exact: true }).fill(password);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'login_submit'), exact: true }));
}

/** Logs in and waits until the app has left the login page. */
export async function logIn(page: Page, person: Pick<Person, 'login'>, password = PASSWORD) {
	await page.goto(PATHS.login);
	await submitLogin(page, person.login, password);
	await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Opens the header's menu (a <details>: the language switch, her links, logging out) if it is closed. */
export async function openMenu(page: Page) {
	const menu = page.locator('header details.menu');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

export async function logOut(page: Page) {
	const l = await pageLocale(page);
	await openMenu(page);
	await clickAndLoad(page, page.getByRole('navigation').getByRole('button', { name: t(l, 'nav_logout') }));
	await expect(page).toHaveURL(/\/login$/);
}

export function greeting(person: Person, locale: Locale = person.locale) {
	return t(locale, 'home_greeting', { name: displayName(person, locale) });
}

/** Admin: creates a person through /admin/users/new; returns the id and, without a password, the invitation link. */
export async function createPerson(page: Page, p: NewPerson): Promise<{ id: number; invitationLink: string | null }> {
	await gotoApp(page, PATHS.newUser);
	const l = await pageLocale(page);
	await page.getByLabel(t(l, 'name_ar_label'), { exact: true }).fill(p.nameAr);
	await page.getByLabel(t(l, 'name_latin_label'), { exact: true }).fill(p.nameLatin);
	await page.getByLabel(t(l, 'login_label'), { exact: true }).fill(p.login);
	await page.getByLabel(t(l, 'locale_label'), { exact: true }).selectOption(p.locale);
	await page.getByLabel(t(l, 'role_label'), { exact: true }).selectOption(p.role);
	if (p.password) await page.getByLabel(t(l, 'password_optional_label'), { exact: true }).fill(p.password);
	await clickAndLoad(page, page.getByRole('button', { name: t(l, 'user_create_submit') }));
	await expect(page.getByRole('status').filter({ hasText: t(l, 'user_created') })).toBeVisible();
	const href = await page.getByRole('link', { name: displayName(p, p.locale), exact: true }).getAttribute('href');
	const id = Number(/\/admin\/users\/(\d+)$/.exec(href ?? '')?.[1]);
	expect(id, `link to the new person: ${href}`).toBeGreaterThan(0);
	const invitationLink = p.password ? null : await page.getByTestId('invitation-link').inputValue();
	return { id, invitationLink };
}

/** Admin: the id of a person found through the users search. */
export async function findPersonId(page: Page, person: Person): Promise<number> {
	await page.goto(`${PATHS.users}?q=${encodeURIComponent(person.login)}`);
	const href = await page.getByRole('link', { name: person.nameAr, exact: true }).getAttribute('href');
	const id = Number(/\/admin\/users\/(\d+)$/.exec(href ?? '')?.[1]);
	expect(id, `link to ${person.login}: ${href}`).toBeGreaterThan(0);
	return id;
}

/** Form posts as a browser sends them (HTML wanted, same origin), for checks on raw responses. */
export function formHeaders(baseURL: string | undefined, extra: Record<string, string> = {}) {
	return { origin: new URL(baseURL ?? '').origin, accept: 'text/html', ...extra };
}
