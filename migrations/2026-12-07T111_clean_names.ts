import type { Kysely } from 'kysely';

// Frozen in time: never import application code here (this is a copy of the
// cleaning rule of that day, src/lib/server/users/names.ts).
// Names are what everyone sees: keep only their visible text. Certificates keep
// their signed payload; only the register's copy of the holder's name is cleaned.

const JOINER = /[\u200C\u200D]/;
const NEEDS_JOINERS = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const FORMAT_OR_CONTROL = /[\p{Cf}\p{Cc}]/u;
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/g;

function clean(raw: string): string {
	const chars = Array.from(raw.normalize('NFC').replace(BLANK_LETTERS, ' '));
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i];
		if (JOINER.test(c)) {
			const before = Array.from(out).at(-1) ?? '';
			const after = chars.slice(i + 1).find((x) => !FORMAT_OR_CONTROL.test(x)) ?? '';
			if (LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after) && (NEEDS_JOINERS.test(before) || NEEDS_JOINERS.test(after))) out += c;
			continue;
		}
		if (/\s/u.test(c)) out += ' ';
		else if (!FORMAT_OR_CONTROL.test(c)) out += c;
	}
	return out.replace(/ +/g, ' ').trim().normalize('NFC');
}

const readable = (s: string) => /\p{L}/u.test(s);

/** Both names cleaned; one left with no letter takes the other's, else the login. */
function cleanPair(ar: string, latin: string, fallback: string): [string, string] {
	const a = clean(ar);
	const l = clean(latin);
	return [readable(a) ? a : readable(l) ? l : fallback, readable(l) ? l : readable(a) ? a : fallback];
}

export async function up(db: Kysely<any>): Promise<void> {
	const users: { id: number; login: string; name_ar: string; name_latin: string }[] = await db.selectFrom('app_user').select(['id', 'login', 'name_ar', 'name_latin']).execute();
	for (const u of users) {
		const [ar, latin] = cleanPair(u.name_ar, u.name_latin, u.login);
		if (ar !== u.name_ar || latin !== u.name_latin) await db.updateTable('app_user').set({ name_ar: ar, name_latin: latin }).where('id', '=', u.id).execute();
	}
	const certs: { id: number; serial: string; holder_name_ar: string; holder_name_latin: string }[] = await db
		.selectFrom('certificate')
		.select(['id', 'serial', 'holder_name_ar', 'holder_name_latin'])
		.execute();
	for (const c of certs) {
		const [ar, latin] = cleanPair(c.holder_name_ar, c.holder_name_latin, c.serial);
		if (ar !== c.holder_name_ar || latin !== c.holder_name_latin)
			await db.updateTable('certificate').set({ holder_name_ar: ar, holder_name_latin: latin }).where('id', '=', c.id).execute();
	}
}

export async function down(): Promise<void> {
	// Nothing to undo: the removed characters were invisible, and are not kept.
}
