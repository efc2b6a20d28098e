import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export type FontName = 'arabic' | 'arabic-bold' | 'latin' | 'latin-bold' | 'tifinagh';

// Whole TTFs (the web fonts are split by character range: STACK.md trap 3).
const FILES: Record<FontName, string> = {
	arabic: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
	'arabic-bold': '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
	latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
	tifinagh: '@expo-google-fonts/noto-sans-tifinagh/400Regular/NotoSansTifinagh_400Regular.ttf'
};

let parsed: Record<FontName, ReturnType<typeof fontkit.create>> | undefined;

/**
 * Each font parsed once per process and handed to every document (pdfkit
 * accepts a fontkit font): re-reading them per document made 40 certificates
 * take 20 s instead of 5 (STACK.md).
 */
export function fonts(): Record<FontName, ReturnType<typeof fontkit.create>> {
	if (!parsed) {
		const require = createRequire(import.meta.url);
		parsed = Object.fromEntries(
			Object.entries(FILES).map(([name, file]) => [name, shareShaping(fontkit.create(readFileSync(require.resolve(file))))])
		) as Record<FontName, ReturnType<typeof fontkit.create>>;
	}
	return parsed;
}

interface GlyphRunLike {
	positions: object[];
}

/**
 * Shaping Arabic (Amiri's GSUB/GPOS lookups) is most of a PDF's drawing time,
 * and most lines repeat from one certificate or sheet to the next. pdfkit keeps
 * its layout cache per document; this one lives with the fonts, parsed once per
 * process (measured on 40 certificates: 4.9 s → about 1.4 s, output unchanged).
 * pdfkit scales a run's positions in place, so each call gets its own copy.
 */
function shareShaping<F extends { layout(...args: never[]): unknown }>(font: F): F {
	const layout = font.layout.bind(font) as (...args: unknown[]) => GlyphRunLike;
	const cache = new Map<string, GlyphRunLike>();
	const clone = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o)), o);
	(font as unknown as { layout: (...args: unknown[]) => GlyphRunLike }).layout = (...args: unknown[]) => {
		const key = JSON.stringify(args);
		let run = cache.get(key);
		if (!run) {
			run = layout(...args);
			if (cache.size >= 4000) cache.delete(cache.keys().next().value!);
			cache.set(key, run);
		}
		const copy = clone(run);
		copy.positions = run.positions.map(clone);
		return copy;
	};
	return font;
}
