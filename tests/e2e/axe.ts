import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DIR, expect, type Locale } from './helpers';

/** WCAG 2 A and AA rules from axe on what the page shows now, in the expected language, and no sideways scroll at 360 px. */
export async function expectAccessible(page: Page, locale: Locale, what: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('html')).toHaveAttribute('dir', DIR[locale]);
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	const report = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`
	);
	expect(report, `axe on ${what} (${locale})`).toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `horizontal overflow on ${what} (${locale})`).toBeLessThanOrEqual(0);
}
