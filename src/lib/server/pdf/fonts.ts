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
			Object.entries(FILES).map(([name, file]) => [name, fontkit.create(readFileSync(require.resolve(file)))])
		) as Record<FontName, ReturnType<typeof fontkit.create>>;
	}
	return parsed;
}
