/** A CSV download that is never cached (it holds personal data). */
export function csvResponse(body: string, name: string): Response {
	const stamp = new Date().toISOString().slice(0, 10);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-${stamp}.csv"`,
			'cache-control': 'no-store'
		}
	});
}
