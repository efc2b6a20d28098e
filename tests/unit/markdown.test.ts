import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { renderMarkdown } from '../../src/lib/server/content/markdown';

/** Every element and attribute the browser would see. */
function elements(html: string) {
	const found: { tag: string; attrs: Record<string, string> }[] = [];
	const parser = new Parser({ onopentag: (tag, attrs) => found.push({ tag, attrs }) }, { decodeEntities: true });
	parser.write(html);
	parser.end();
	return found;
}

const SAFE_TAGS = new Set(['h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'em', 'del', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

// Payloads from the OWASP XSS filter evasion cheat sheet and common Markdown tricks.
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<a href="javascript:alert(1)">click</a>',
	'<a href="JaVaScRiPt:alert(1)">click</a>',
	'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
	'<a href="  javascript:alert(1)">x</a>',
	'<a href="vbscript:msgbox(1)">x</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
	'[click](javascript:alert(1))',
	'[click](JAVASCRIPT:alert(1))',
	'[click](javascript&#58;alert(1))',
	'[click](<javascript:alert(1)>)',
	'![x](javascript:alert(1))',
	'![x](x" onerror="alert(1))',
	'![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<style>body{display:none}</style>',
	'<object data="javascript:alert(1)"></object>',
	'<embed src="javascript:alert(1)">',
	'<form action="javascript:alert(1)"><button>x</button></form>',
	'<input onfocus=alert(1) autofocus>',
	'<details open ontoggle=alert(1)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<body onload=alert(1)>',
	'"><script>alert(1)</script>',
	'<scr<script>ipt>alert(1)</script>',
	'<a href="https://example.org" onclick="alert(1)">x</a>',
	'<p onmouseover="alert(1)">hover</p>'
];

describe('renderMarkdown', () => {
	it.each(PAYLOADS)('neutralises %s', (payload) => {
		for (const { tag, attrs } of elements(renderMarkdown(payload))) {
			expect(SAFE_TAGS.has(tag), tag).toBe(true);
			for (const [name, value] of Object.entries(attrs)) {
				expect(name).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/i);
				if (name === 'href' || name === 'src') expect(value.trim()).toMatch(/^(https?:|mailto:|tel:|\/(?!\/)|#)/i);
			}
		}
	});

	it('keeps the structure a lesson needs', () => {
		const html = renderMarkdown('# عنوان\n\nفقرة **مهمة** و *مائلة*.\n\n- أولا\n- ثانيا\n\n> اقتباس\n\n[الموقع](https://www.example.ma)');
		expect(html).toContain('<h2>عنوان</h2>');
		expect(html).toContain('<strong>مهمة</strong>');
		expect(html).toContain('<em>مائلة</em>');
		expect(html).toMatch(/<ul>\s*<li>أولا<\/li>/);
		expect(html).toContain('<blockquote>');
		expect(html).toContain('<a href="https://www.example.ma" rel="noopener noreferrer nofollow" target="_blank">الموقع</a>');
	});

	it('lazy-loads images and keeps only https or same-site sources', () => {
		expect(renderMarkdown('![خريطة](https://example.ma/map.png)')).toContain('<img src="https://example.ma/map.png" alt="خريطة" loading="lazy" decoding="async" />');
		expect(renderMarkdown('![x](http://example.ma/a.png)')).not.toContain('src=');
	});

	it('keeps tables', () => {
		const html = renderMarkdown('| بند | مبلغ |\n| --- | ---: |\n| تسيير | 100 |');
		expect(html).toContain('<table>');
		expect(html).toContain('<td align="right">100</td>');
	});
});
