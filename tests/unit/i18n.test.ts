import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirOf, fromAcceptLanguage, LOCALES } from '../../src/lib/i18n';
import { formatDate, formatNumber } from '../../src/lib/i18n/format';
import * as m from '../../src/lib/paraglide/messages/_index.js';

const root = 'src/lib/i18n/messages';
const domains = readdirSync(root);
type Variants = { declarations: string[]; match: Record<string, string> }[];
// A message with plural variants is checked as its inputs and all its forms' texts.
const flat = (v: string | Variants): string =>
	typeof v === 'string'
		? v
		: [...v.flatMap((x) => x.declarations.filter((d) => d.startsWith('input ')).map((d) => `{${d.slice(6)}}`)), ...v.flatMap((x) => Object.values(x.match)).map((t) => t.replace(/\{\w+\}/g, ''))].join(' ');
const load = (domain: string, locale: string): Record<string, string> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(join(root, domain, `${locale}.json`), 'utf8')) as Record<string, string | Variants>;
	return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, flat(v)]));
};
const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

// Names, addresses and syntax that stay in Latin letters in every language.
const TECHNICAL = /https?:\/\/\S*|\S+@\S+|\b(?:https|WhatsApp|README|Markdown|YouTube|CSV|JSON|Excel|PDF|MP3|M4A|OGG|JPEG|PNG|WebP|QR|ZIP|[a-z]+(?:-[a-z]+)+)\b/g;

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

	it('the compiled messages render in all three locales (not silently empty)', () => {
		expect(m.login_title({}, { locale: 'ar' })).toBe('تسجيل الدخول');
		expect(m.login_title({}, { locale: 'fr' })).toBe('Connexion');
		expect(m.login_title({}, { locale: 'zgh' })).toBe('ⴽⵛⵎ');
		expect(m.home_greeting({ name: 'Itto' }, { locale: 'zgh' })).toBe('ⴰⵣⵓⵍ Itto');
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
});
