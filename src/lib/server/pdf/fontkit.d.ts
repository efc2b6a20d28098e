// fontkit ships no types; pdfkit only needs the parsed font object back.
declare module 'fontkit' {
	export function create(buffer: Uint8Array): { layout(text: string): unknown; unitsPerEm: number };
}
