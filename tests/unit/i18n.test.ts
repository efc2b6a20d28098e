import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirOf, fromAcceptLanguage, LOCALES } from '../../src/lib/i18n';
import { formatDate, formatNumber, isolate, showDate, showPercent } from '../../src/lib/i18n/format';
import * as m from '../../src/lib/paraglide/messages/_index.js';

const root = 'src/lib/i18n/messages';
const domains = readdirSync(root);
type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Raw = string | Variant[];
const raw = (domain: string, locale: string): Record<string, Raw> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(join(root, domain, `${locale}.json`), 'utf8'));
	return messages;
};
/** Every text of a message: itself, or each form of a plural message. */
const texts = (v: Raw): string[] => (typeof v === 'string' ? [v] : v.flatMap((x) => Object.values(x.match)));
const load = (domain: string, locale: string): Record<string, string> =>
	Object.fromEntries(Object.entries(raw(domain, locale)).map(([k, v]) => [k, texts(v).join('\n')]));
/** Text with the catalogue's escapes (\\, \{, \}) taken out: what is left in braces is a placeholder. */
const unescaped = (s: string) => s.replace(/\\[\\{}]/g, '');
const params = (s: string) => [...new Set([...unescaped(s).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

// Names, addresses and syntax that stay in Latin letters in every language.
const TECHNICAL = /https?:\/\/\S*|\S+@\S+|\b(?:https|WhatsApp|README|Markdown|YouTube|CSV|JSON|Excel|PDF|XLSX|MP3|M4A|OGG|JPEG|PNG|WebP|QR|ZIP|[a-z]+(?:-[a-z]+)+)\b/g;

describe('message catalogues', () => {
	it.each(domains)('%s: every key exists in ar, fr and zgh, none empty, with the same parameters', (domain) => {
		const [ar, fr, zgh] = LOCALES.map((l) => load(domain, l));
		expect(Object.keys(fr).sort()).toEqual(Object.keys(ar).sort());
		expect(Object.keys(zgh).sort()).toEqual(Object.keys(ar).sort());
		for (const key of Object.keys(ar)) {
			for (const [locale, cat] of [['ar', ar], ['fr', fr], ['zgh', zgh]] as const) {
				expect(cat[key].trim(), `${domain}/${locale}/${key}`).not.toBe('');
				expect(params(cat[key]), `${domain}/${locale}/${key}`).toEqual(params(ar[key]));
			}
		}
	});

	it('keys are unique across domains', () => {
		const seen = new Map<string, string>();
		for (const d of domains) for (const k of Object.keys(load(d, 'ar'))) {
			expect(seen.get(k), `${k} in ${d} and ${seen.get(k)}`).toBeUndefined();
			seen.set(k, d);
		}
	});

	it('Tamazight is written in Tifinagh and Arabic in Arabic script', () => {
		for (const d of domains) {
			for (const [k, v] of Object.entries(load(d, 'zgh'))) {
				const letters = v.replace(TECHNICAL, '').replace(/\{\w+\}|[\d\s\p{P}\p{S}]/gu, '');
				if (letters) expect(letters, `zgh/${k}`).toMatch(/^[\u2D30-\u2D7F]+$/u);
			}
			for (const [k, v] of Object.entries(load(d, 'ar'))) expect(v, `ar/${k}`).toMatch(/[\u0600-\u06FF]/u);
		}
	});

	it('every {…} in a message is one of its parameters; literal braces and backslashes are escaped', () => {
		const call = m as unknown as Record<string, (p: Record<string, unknown>, o: { locale: string }) => string>;
		for (const d of domains) for (const locale of LOCALES) {
			for (const [key, value] of Object.entries(raw(d, locale))) {
				for (const text of texts(value)) {
					// Anything in braces that is not a bare parameter name is a literal the compiler would read as one.
					const braces = [...unescaped(text).matchAll(/[{}][^{}]*[{}]?/g)].map((x) => x[0]);
					for (const b of braces) expect(b, `${d}/${locale}/${key}`).toMatch(/^\{\w+\}$/);
				}
				const names = params(texts(value).join(' '));
				const shown = call[key](Object.fromEntries(names.map((n) => [n, 7])), { locale });
				expect(shown, `${d}/${locale}/${key}`).not.toMatch(/undefined/);
			}
		}
		// The escape hint shows the backslash itself, in every language.
		for (const locale of LOCALES) expect(m.gift_brace_extra({}, { locale })).toContain('\\{');
		expect(m.gift_brace_unclosed({}, { locale: 'fr' })).toBe('L’accolade { des réponses n’est pas refermée par }.');
	});

	it('the compiled messages render in all three locales (not silently empty)', () => {
		expect(m.login_title({}, { locale: 'ar' })).toBe('تسجيل الدخول');
		expect(m.login_title({}, { locale: 'fr' })).toBe('Connexion');
		expect(m.login_title({}, { locale: 'zgh' })).toBe('ⴽⵛⵎ');
		expect(m.home_greeting({ name: 'Itto' }, { locale: 'zgh' })).toBe('ⴰⵣⵓⵍ Itto');
	});
});

describe('plural forms', () => {
	const counted = domains.flatMap((d) =>
		Object.entries(raw(d, 'ar'))
			.filter(([, v]) => typeof v !== 'string')
			.map(([key, v]) => ({ d, key, selector: (v as Variant[])[0].selectors[0] }))
	);
	const call = m as unknown as Record<string, (p: Record<string, unknown>, o: { locale: string }) => string>;

	it('counted messages exist (the catalogue uses plural variants)', () => {
		expect(counted.length).toBeGreaterThan(30);
	});

	it.each(counted)('$key has every form for 0, 1, 2, 3, 11 and 100 in ar, fr and zgh', ({ d, key, selector }) => {
		for (const locale of LOCALES) {
			const [v] = raw(d, locale)[key] as Variant[];
			expect(v.selectors, `${locale}/${key}`).toEqual([selector]);
			const input = v.declarations.find((x) => x.startsWith(`local ${selector} =`))!.split('=')[1].split(':')[0].trim();
			const names = params(texts([v]).join(' '));
			for (const n of [0, 1, 2, 3, 11, 100]) {
				const category = new Intl.PluralRules(locale).select(n);
				// An explicit form for this number's category, not a catch-all.
				expect(v.match[`${selector}=${category}`], `${locale}/${key} lacks the "${category}" form (${n})`).toBeTruthy();
				const shown = call[key]({ ...Object.fromEntries(names.map((x) => [x, 5])), [input]: n }, { locale });
				expect(shown).toBe(v.match[`${selector}=${category}`].replace(/\{(\w+)\}/g, (_, x) => String(x === input ? n : 5)));
			}
		}
	});

	it('Arabic uses its six forms: «سؤالان», «3 أسئلة», «11 سؤالًا»', () => {
		const drawn = (count: number) => m.quiz_questions_drawn({ count, pool: 10 }, { locale: 'ar' }).replace(/[\u2066-\u2069]/g, '');
		expect(drawn(1)).toContain('سؤال واحد');
		expect(drawn(2)).toContain('سؤالان');
		expect(drawn(3)).toContain('3 أسئلة');
		expect(drawn(11)).toContain('11 سؤالًا');
		expect(drawn(100)).toContain('100 سؤال ');
		expect(m.quiz_questions_drawn({ count: 1, pool: 10 }, { locale: 'fr' })).toBe('1 question tirée au hasard parmi 10');
		expect(m.quiz_questions_drawn({ count: 6, pool: 10 }, { locale: 'fr' })).toBe('6 questions tirées au hasard parmi 10');
	});

	it('no message counts with "(s)" or leaves a count in a plain sentence', () => {
		for (const d of domains) {
			for (const [key, value] of Object.entries(raw(d, 'fr'))) expect(texts(value).join(' '), key).not.toMatch(/\(s\)|\(e\)s?/);
			for (const [key, value] of Object.entries(raw(d, 'ar'))) {
				if (typeof value !== 'string' || !/\{count\}/.test(value)) continue;
				// A plain message may show a count only as a figure after a label or in brackets ("الأسئلة: 6", "(6)").
				expect(value.replace(/[\u2066-\u2069]/g, ''), `ar/${key}`).toMatch(/(?:[:：]\s*\{count\}|\(\{count\}\))/);
			}
		}
	});

	it('counts of people, accounts and minutes are never in a plain sentence: each is its own plural message', () => {
		// A figure followed by the noun it counts ("3 حسابات") needs the noun's plural form ("3 من 5" is fine).
		const COUNTED = /\{(count|created|existing|memberships|eligible|issued|women|men|minutes|weeks)\}\s*(?!من\s)[\u0621-\u064A]/;
		for (const d of domains) {
			for (const [key, value] of Object.entries(raw(d, 'ar'))) {
				if (typeof value === 'string') expect(value.replace(/[\u2066-\u2069]/g, ''), `ar/${key}`).not.toMatch(COUNTED);
			}
		}
		const ar = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
		const done = (created: number, existing: number, memberships: number, locale: 'ar' | 'fr') =>
			m.import_done(
				{
					created: m.import_n_new({ count: created }, { locale }),
					existing: m.import_n_existing({ count: existing }, { locale }),
					memberships: m.import_n_memberships({ count: memberships }, { locale })
				},
				{ locale }
			);
		expect(ar(done(2, 1, 11, 'ar'))).toBe('اكتمل الاستيراد: حسابان جديدان، حساب واحد موجود، 11 إضافةً إلى الأفواج.');
		expect(done(1, 3, 1, 'fr')).toBe('Import terminé : 1 nouveau compte, 3 comptes déjà là, 1 ajout à une cohorte.');
		expect(ar(m.cert_n_eligible({ count: 3 }, { locale: 'ar' }))).toBe('3 مستوفيات للشروط');
		expect(m.cert_n_issued({ count: 1 }, { locale: 'fr' })).toBe('1 a un certificat');
		expect(ar(m.council_n_women({ count: 2 }, { locale: 'ar' }))).toBe('امرأتان');
		expect(ar(m.coach_minutes({ minutes: 45 }, { locale: 'ar' }))).toBe('45 دقيقة');
		expect(ar(m.coach_minutes({ minutes: 5 }, { locale: 'ar' }))).toBe('5 دقائق');
	});
});

describe('locale negotiation', () => {
	it('reads Accept-Language with weights and Tamazight aliases', () => {
		expect(fromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
		expect(fromAcceptLanguage('en-US,en;q=0.9,ar-MA;q=0.8')).toBe('ar');
		expect(fromAcceptLanguage('ar;q=0.5, fr;q=0.9')).toBe('fr');
		expect(fromAcceptLanguage('tzm-Tfng-MA')).toBe('zgh');
		expect(fromAcceptLanguage('shi')).toBe('zgh');
		expect(fromAcceptLanguage('en-US, de;q=0.5')).toBeNull();
		expect(fromAcceptLanguage('fr;q=0')).toBeNull();
		expect(fromAcceptLanguage(undefined)).toBeNull();
	});

	it('Arabic is right to left, the others left to right', () => {
		expect(dirOf('ar')).toBe('rtl');
		expect(dirOf('fr')).toBe('ltr');
		expect(dirOf('zgh')).toBe('ltr');
	});
});

describe('formatting', () => {
	it('shows dates in Casablanca time, whatever the server clock', () => {
		// 23:30 UTC on 31 Dec 2025 is already 1 Jan 2026 in Morocco (UTC+1).
		const d = new Date('2025-12-31T23:30:00Z');
		expect(formatDate(d, 'fr')).toMatch(/^1 janv?\.? 2026$/);
		expect(formatDate(d, 'ar')).toMatch(/2026/);
		expect(formatDate(d, 'ar')).not.toMatch(/[٠-٩]/);
	});

	it('formats numbers per locale', () => {
		// Moroccan French (fr-MA) groups with a dot and uses the decimal comma.
		expect(formatNumber(1234.5, 'fr')).toBe('1.234,5');
		expect(formatNumber(1234.5, 'ar')).toMatch(/^1[.,٬]?234[.,٫]5$/);
		expect(formatNumber(0.75, 'ar', { style: 'percent' })).toMatch(/75/);
	});

	it('the display path isolates what it formats, so it keeps its order beside text of the other direction', () => {
		const d = new Date('2026-12-07T01:35:00Z');
		expect(showDate(d, 'ar')).toBe(`\u2068${formatDate(d, 'ar')}\u2069`);
		expect(showPercent(25, 'fr')).toMatch(/^\u206825\s%\u2069$/u);
		expect(isolate('Béni Mellal')).toBe('\u2068Béni Mellal\u2069');
	});
});
