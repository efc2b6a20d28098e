/** Labels of the enum values the rules break down by (same words as the council, coaching and attendance catalogues). */
import type { Localized } from '../../localized';

export const EXTRA_LABELS: Record<string, Localized> = {
	ordinary: { ar: 'دورة عادية', fr: 'Session ordinaire', zgh: 'ⵜⴰⵎⵙⵉⵔⵜ ⵜⴰⵎⴰⴳⵏⵓⵜ' },
	extraordinary: { ar: 'دورة استثنائية', fr: 'Session extraordinaire', zgh: 'ⵜⴰⵎⵙⵉⵔⵜ ⵜⴰⵎⵣⵣⴰⵔⵓⵜ' },
	committee: { ar: 'اجتماع لجنة', fr: 'Réunion de commission', zgh: 'ⴰⵎⵙⴰⵙⴰ ⵏ ⵜⴳⵔⴰⵡⵜ' },
	council_session: { ar: 'المجلس في دورة', fr: 'Conseil en séance', zgh: 'ⴰⵙⵇⵇⵉⵎ ⴳ ⵜⵎⵙⵉⵔⵜ' },
	bureau: { ar: 'مكتب المجلس', fr: 'Le bureau du conseil', zgh: 'ⴰⵏⴰⵔⵉ ⵏ ⵓⵙⵇⵇⵉⵎ' },
	parity_body: { ar: 'هيئة المساواة وتكافؤ الفرص ومقاربة النوع', fr: 'Instance de l’équité, de l’égalité des chances et de l’approche genre', zgh: 'ⵜⴰⵏⴰⵀⵓⵜ ⵏ ⵜⵉⴳⴷⵓⴷⵉ' },
	in_person: { ar: 'حضوري', fr: 'En présentiel', zgh: 'ⵙ ⵜⵉⵍⵉⵜ' },
	remote: { ar: 'عن بعد', fr: 'À distance', zgh: 'ⵙ ⵜⵉⴳⴳⵓⵜ' },
	video: { ar: 'عن بعد بالفيديو', fr: 'À distance (vidéo)', zgh: 'ⵙ ⵜⵉⴳⴳⵓⵜ (ⴼⵉⴷⵢⵓ)' },
	phone: { ar: 'بالهاتف', fr: 'Par téléphone', zgh: 'ⵙ ⵜⵉⵍⵉⴼⵓⵏ' },
	hybrid: { ar: 'مختلط', fr: 'Hybride', zgh: 'ⵉⵎⵙⵎⵓⵏ' }
};

/** The groups of the per-woman distribution (how many records each woman has). */
export const PER_WOMAN_LABELS: Record<string, Localized> = {
	'0': { ar: 'بدون أي سجل', fr: 'Aucun', zgh: 'ⵓⵍⴰ ⵢⴰⵏ' },
	'1': { ar: 'سجل واحد', fr: 'Un', zgh: 'ⵢⴰⵏ' },
	'2': { ar: 'سجلان', fr: 'Deux', zgh: 'ⵙⵉⵏ' },
	'3-4': { ar: 'من 3 إلى 4', fr: 'De 3 à 4', zgh: 'ⵙⴳ 3 ⴰⵔ 4' },
	'5+': { ar: '5 أو أكثر', fr: '5 ou plus', zgh: '5 ⵏⵖ ⵓⴳⴳⴰⵔ' }
};
