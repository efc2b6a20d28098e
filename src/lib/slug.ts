// A web-address identifier proposed from a title in any of the app's scripts: Latin letters lose their
// accents, Arabic and Tifinagh are transliterated (a simple, readable romanisation, not a scholarly one).

const ARABIC: Record<string, string> = {
	ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'o', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
	د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'ch', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f',
	ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'ou', ي: 'i', ى: 'a', ڤ: 'v', گ: 'g', ڭ: 'g', پ: 'p'
};

const TIFINAGH: Record<string, string> = {
	ⴰ: 'a', ⴱ: 'b', ⴳ: 'g', ⴳⵯ: 'gw', ⴷ: 'd', ⴹ: 'd', ⴻ: 'e', ⴼ: 'f', ⴽ: 'k', ⵀ: 'h', ⵃ: 'h', ⵄ: 'a', ⵅ: 'kh',
	ⵇ: 'q', ⵉ: 'i', ⵊ: 'j', ⵍ: 'l', ⵎ: 'm', ⵏ: 'n', ⵓ: 'u', ⵔ: 'r', ⵕ: 'r', ⵖ: 'gh', ⵙ: 's', ⵚ: 's', ⵛ: 'ch',
	ⵜ: 't', ⵟ: 't', ⵡ: 'w', ⵢ: 'y', ⵣ: 'z', ⵥ: 'z', ⵯ: 'w'
};

/** "La Planification participative" → "la-planification-participative"; «القيادة» → "alqiada"; at most 60 characters. */
export function slugify(title: string, max = 60): string {
	const latin = [...title]
		.map((c) => ARABIC[c] ?? TIFINAGH[c] ?? c)
		.join('')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return latin.slice(0, max).replace(/-+$/, '');
}
