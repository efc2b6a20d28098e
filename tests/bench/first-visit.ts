// What a first visit to a page costs on the wire: the HTML, then every stylesheet and script it
// pulls in, asked for as a browser asks (accept-encoding: br, gzip) and counted as sent (compressed).
// With a session cookie for pages behind a login: sent with every request, as a browser sends it to its own origin.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';

export interface Transfer {
	url: string;
	kind: 'html' | 'css' | 'js';
	/** Why it is loaded: "document", "<link rel=stylesheet>", "import from /_app/…", … */
	via: string;
	status: number;
	encoding: string;
	/** Body bytes as sent (compressed when the server compressed). */
	bytes: number;
	/** Body bytes once decoded. */
	decodedBytes: number;
	headerBytes: number;
}

export interface FirstVisit {
	name: string;
	path: string;
	/** Whose session cookie went with the requests (null: anonymous). */
	auth: string | null;
	transfers: Transfer[];
	totalBytes: number;
	totalHeaderBytes: number;
	totalDecodedBytes: number;
	/** Referenced but not counted (fonts, images, icons). */
	excluded: { url: string; via: string }[];
	/** HTML/CSS/JS over 1 KB that came back uncompressed. */
	uncompressed: string[];
	/** totalBytes had those been gzip-compressed (level 6), e.g. by a reverse proxy: informative, not a target. */
	totalBytesIfCompressed: number;
}

const BROWSER_HEADERS = {
	accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
	'accept-encoding': 'br, gzip',
	'accept-language': 'ar-MA,ar;q=0.9,fr;q=0.8',
	'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) amssawas-bench'
};

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	headerBytes: number;
	body: Buffer;
}

function get(url: string, accept?: string, cookie?: string): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { ...BROWSER_HEADERS, ...(accept ? { accept } : {}), ...(cookie ? { cookie } : {}) } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				// Status line + header lines as they came, + the blank line.
				let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
				for (let i = 0; i < res.rawHeaders.length; i += 2) headerBytes += Buffer.byteLength(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`);
				resolve({ status: res.statusCode ?? 0, headers: res.headers, headerBytes, body: Buffer.concat(chunks) });
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(10_000, () => req.destroy(new Error(`timeout fetching ${url}`)));
		req.end();
	});
}

function decode(body: Buffer, encoding: string): Buffer {
	if (encoding === 'br') return brotliDecompressSync(body);
	if (encoding === 'gzip') return gunzipSync(body);
	if (encoding === 'deflate') return inflateSync(body);
	return body;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

const FONT_OR_IMAGE = /\.(woff2?|ttf|otf|eot|png|jpe?g|gif|webp|avif|svg|ico)(\?|#|$)/i;

interface Ref {
	url: string;
	kind: 'css' | 'js' | 'other';
	via: string;
}

function refsFromHtml(html: string, base: string, linkHeader: string | undefined): Ref[] {
	const refs: Ref[] = [];
	const abs = (href: string) => new URL(href, base).toString();
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		const as = (attr(tag, 'as') ?? '').toLowerCase();
		if (rel.includes('stylesheet')) refs.push({ url: abs(href), kind: 'css', via: '<link rel=stylesheet>' });
		else if (rel.includes('modulepreload')) refs.push({ url: abs(href), kind: 'js', via: '<link rel=modulepreload>' });
		else if (rel.includes('preload') && as === 'style') refs.push({ url: abs(href), kind: 'css', via: '<link rel=preload as=style>' });
		else if (rel.includes('preload') && as === 'script') refs.push({ url: abs(href), kind: 'js', via: '<link rel=preload as=script>' });
		else if (rel.some((r) => ['icon', 'preload', 'apple-touch-icon', 'manifest'].includes(r))) refs.push({ url: abs(href), kind: 'other', via: `<link rel=${rel.join(' ')}>` });
	}
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(`<script ${m[1]}>`, 'src');
		if (src) refs.push({ url: abs(src), kind: 'js', via: '<script src>' });
		// kit's inline bootstrap: import("./_app/immutable/entry/start.….js"), runs on load
		else for (const d of m[2].matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) refs.push({ url: abs(d[1]), kind: 'js', via: 'import() in inline <script>' });
	}
	for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
		const src = attr(tag, 'src');
		if (src) refs.push({ url: abs(src), kind: 'other', via: '<img>' });
	}
	// Link: <…>; rel="preload"; as="style" — kit sends the page's stylesheets this way too.
	for (const part of (linkHeader ?? '').split(/,(?=\s*<)/)) {
		const m = part.match(/<([^>]+)>(.*)/);
		if (!m) continue;
		const params = m[2].toLowerCase();
		if (/rel="?(modulepreload)/.test(params)) refs.push({ url: abs(m[1]), kind: 'js', via: 'Link: modulepreload' });
		else if (/as="?style/.test(params)) refs.push({ url: abs(m[1]), kind: 'css', via: 'Link: preload style' });
		else if (/as="?script/.test(params)) refs.push({ url: abs(m[1]), kind: 'js', via: 'Link: preload script' });
	}
	return refs;
}

function refsFromCss(css: string, base: string): Ref[] {
	const refs: Ref[] = [];
	const path = new URL(base).pathname;
	for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) refs.push({ url: new URL(m[1], base).toString(), kind: 'css', via: `@import in ${path}` });
	for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
		if (m[1].startsWith('data:')) continue;
		refs.push({ url: new URL(m[1], base).toString(), kind: 'other', via: `url() in ${path}` });
	}
	return refs;
}

/** Static imports only: `import … from "x"`, `import "x"`, `export … from "x"`. Dynamic import() inside modules is lazy. */
function refsFromJs(js: string, base: string): Ref[] {
	const path = new URL(base).pathname;
	const refs: Ref[] = [];
	const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
	// A string that only looks like an import (code that builds one from a template, "${…}") is not one.
	for (const m of js.matchAll(re)) if (!m[1].includes('${')) refs.push({ url: new URL(m[1], base).toString(), kind: 'js', via: `import in ${path}` });
	return refs;
}

export interface FirstVisitOptions {
	name?: string;
	/** Role of the session whose cookie is sent, for the report. */
	auth?: string | null;
	/** `name=value`, sent with every request (all are same-origin). */
	cookie?: string;
}

export async function measureFirstVisit(origin: string, path: string, opts: FirstVisitOptions = {}): Promise<FirstVisit> {
	const { cookie } = opts;
	const pageUrl = new URL(path, origin).toString();
	const transfers: Transfer[] = [];
	const bodies = new Map<Transfer, Buffer>();
	const excluded: { url: string; via: string }[] = [];
	const seen = new Set<string>();

	const fetchOne = async (url: string, kind: Transfer['kind'], via: string): Promise<string> => {
		const accept = kind === 'css' ? 'text/css,*/*;q=0.1' : kind === 'js' ? '*/*' : undefined;
		const raw = await get(url, accept, cookie);
		if (raw.status < 200 || raw.status >= 300) throw new Error(`first visit: ${url} answered HTTP ${raw.status}`);
		const encoding = String(raw.headers['content-encoding'] ?? 'identity');
		const decoded = decode(raw.body, encoding);
		const t: Transfer = { url: new URL(url).pathname, kind, via, status: raw.status, encoding, bytes: raw.body.length, decodedBytes: decoded.length, headerBytes: raw.headerBytes };
		transfers.push(t);
		bodies.set(t, decoded);
		return decoded.toString('utf8');
	};

	const follow = async (refs: Ref[]) => {
		for (const ref of refs) {
			if (seen.has(ref.url)) continue;
			seen.add(ref.url);
			if (new URL(ref.url).origin !== origin) {
				excluded.push({ url: ref.url, via: `${ref.via} (other origin)` });
				continue;
			}
			if (ref.kind === 'other' || FONT_OR_IMAGE.test(new URL(ref.url).pathname)) {
				excluded.push({ url: new URL(ref.url).pathname, via: ref.via });
				continue;
			}
			const text = await fetchOne(ref.url, ref.kind, ref.via);
			await follow(ref.kind === 'css' ? refsFromCss(text, ref.url) : refsFromJs(text, ref.url));
		}
	};

	seen.add(pageUrl);
	const page = await get(pageUrl, undefined, cookie);
	if (page.status !== 200) throw new Error(`first visit: ${path} answered HTTP ${page.status}${page.headers.location ? ` → ${page.headers.location}` : ''}${cookie ? '' : ' (no session cookie sent)'}`);
	const encoding = String(page.headers['content-encoding'] ?? 'identity');
	const html = decode(page.body, encoding).toString('utf8');
	const doc: Transfer = { url: path, kind: 'html', via: 'document', status: page.status, encoding, bytes: page.body.length, decodedBytes: Buffer.byteLength(html), headerBytes: page.headerBytes };
	transfers.push(doc);
	bodies.set(doc, Buffer.from(html));
	const link = page.headers.link;
	await follow(refsFromHtml(html, pageUrl, Array.isArray(link) ? link.join(', ') : link));

	return {
		name: opts.name ?? path,
		path,
		auth: opts.auth ?? null,
		transfers,
		totalBytes: transfers.reduce((a, t) => a + t.bytes, 0),
		totalHeaderBytes: transfers.reduce((a, t) => a + t.headerBytes, 0),
		totalDecodedBytes: transfers.reduce((a, t) => a + t.decodedBytes, 0),
		excluded,
		uncompressed: transfers.filter((t) => t.encoding === 'identity' && t.bytes > 1024).map((t) => t.url),
		totalBytesIfCompressed: transfers.reduce((a, t) => a + (t.encoding === 'identity' && t.bytes > 1024 ? gzipSync(bodies.get(t)!, { level: 6 }).length : t.bytes), 0)
	};
}
