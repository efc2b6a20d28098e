import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIN_BYTES = 1024;

/** Picks br, then gzip, from an Accept-Encoding header (q=0 means no). */
export function chooseEncoding(accept: string | null): 'br' | 'gzip' | null {
	const offered = new Map(
		(accept ?? '').split(',').map((part) => {
			const [name, ...params] = part.trim().toLowerCase().split(';');
			const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
			return [name.trim(), q === undefined ? 1 : Number(q)] as const;
		})
	);
	if ((offered.get('br') ?? 0) > 0) return 'br';
	if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
	return null;
}

/**
 * Compresses rendered pages (static assets are precompressed at build time;
 * pages are not, and adapter-node sends them as they are). Brotli at quality 4
 * takes well under a millisecond for a page, synchronously: cheaper than a
 * hop to the thread pool, and than writing the larger body to the socket.
 */
export async function compressResponse(response: Response, accept: string | null): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (!response.body || response.headers.has('content-encoding') || !/^(text\/html|application\/json)/.test(type)) return response;
	const encoding = chooseEncoding(accept);
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	const raw = Buffer.from(await response.arrayBuffer());
	if (!encoding || raw.length < MIN_BYTES) return new Response(raw, { status: response.status, statusText: response.statusText, headers });
	const body =
		encoding === 'br'
			? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
			: gzipSync(raw, { level: 6 });
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
