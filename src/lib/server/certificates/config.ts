/**
 * Who signs the certificates, as printed on them. Set CERT_SIGNATORIES to a JSON
 * array of {"nameAr","nameLatin","titleAr","titleFr"} (at most three); the
 * default names the programme's roles without names.
 */
export interface Signatory {
	nameAr: string;
	nameLatin: string;
	titleAr: string;
	titleFr: string;
}

export const ORGANISATION = { ar: 'أمساواس', fr: 'Amssawas', zgh: 'ⴰⵎⵙⴰⵡⴰⵙ' } as const;

const DEFAULT_SIGNATORIES: Signatory[] = [
	{ nameAr: '', nameLatin: '', titleAr: 'منسقة البرنامج', titleFr: 'Coordinatrice du programme' },
	{ nameAr: '', nameLatin: '', titleAr: 'المسؤولة عن التكوين', titleFr: 'Responsable de la formation' }
];

export function signatories(env: NodeJS.ProcessEnv = process.env): Signatory[] {
	const raw = env.CERT_SIGNATORIES;
	if (!raw) return DEFAULT_SIGNATORIES;
	try {
		const list = JSON.parse(raw) as Partial<Signatory>[];
		if (!Array.isArray(list)) return DEFAULT_SIGNATORIES;
		return list.slice(0, 3).map((s) => ({ nameAr: String(s.nameAr ?? ''), nameLatin: String(s.nameLatin ?? ''), titleAr: String(s.titleAr ?? ''), titleFr: String(s.titleFr ?? '') }));
	} catch {
		return DEFAULT_SIGNATORIES;
	}
}
