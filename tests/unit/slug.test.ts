import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

describe('module identifier proposed from the title', () => {
	it('turns a French title into lower-case words joined by hyphens, without accents', () => {
		expect(slugify('La Planification participative')).toBe('la-planification-participative');
		expect(slugify('Budgétisation sensible au genre (BSG) — 2026')).toBe('budgetisation-sensible-au-genre-bsg-2026');
	});

	it('transliterates Arabic and Tifinagh titles into Latin letters', () => {
		expect(slugify('القيادة')).toBe('alqiada');
		expect(slugify('التفاوض والإقناع')).toBe('altfaoud-oualiqnaa');
		expect(slugify('ⵜⴰⵏⴰⴱⴰⴹⵜ')).toBe('tanabadt');
	});

	it('always gives something the identifier rule accepts, at most 60 characters', () => {
		const rule = /^[a-z0-9]+(-[a-z0-9]+)*$/;
		for (const title of ['Leadership', 'الميزانية المستجيبة للنوع الاجتماعي في الجماعات الترابية بجهة بني ملال خنيفرة', 'ⵜⴰⵎⵙⴰⵔⵜ ⵏ ⵓⵙⵍⵎⴷ', 'x'.repeat(80)]) {
			const slug = slugify(title);
			expect(slug).toMatch(rule);
			expect(slug.length).toBeLessThanOrEqual(60);
		}
		expect(slugify('!!!')).toBe('');
	});
});
