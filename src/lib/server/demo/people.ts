// Fictional people for the demo. Names are common Moroccan first and family
import type { Locale } from '../../i18n/index';
// names, combined at random; they belong to no real councillor.
export const DEMO_PASSWORD = 'amssawas-demo-2026';

export const DEMO_ADMIN = { login: 'admin@amssawas.ma', nameAr: 'نورة بنسعيد', nameLatin: 'Noura Bensaid' };
/** A funder's evaluator: the observer role sees aggregated figures only. */
export const DEMO_OBSERVER = { login: 'observer@amssawas.ma', nameAr: 'سارة الإدريسي', nameLatin: 'Sara El Idrissi' };
export const DEMO_TRAINERS = [
	{ login: 'trainer1@amssawas.ma', nameAr: 'سلمى برادة', nameLatin: 'Salma Berrada' },
	{ login: 'trainer2@amssawas.ma', nameAr: 'يوسف العلوي', nameLatin: 'Youssef El Alaoui' }
];

const FIRST: [string, string][] = [
	['فاطمة', 'Fatima'], ['خديجة', 'Khadija'], ['عائشة', 'Aicha'], ['نعيمة', 'Naima'],
	['الزهرة', 'Zahra'], ['مليكة', 'Malika'], ['حنان', 'Hanane'], ['سميرة', 'Samira'],
	['لطيفة', 'Latifa'], ['رشيدة', 'Rachida'], ['سعيدة', 'Saida'], ['نادية', 'Nadia'],
	['أمينة', 'Amina'], ['هدى', 'Houda'], ['كريمة', 'Karima'], ['لبنى', 'Loubna'],
	['مريم', 'Meryem'], ['سهام', 'Siham'], ['إلهام', 'Ilham'], ['حفصة', 'Hafsa'],
	['إيطو', 'Itto'], ['تيزيري', 'Tiziri'], ['تودة', 'Touda'], ['يامنة', 'Yamna']
];
const FAMILY: [string, string][] = [
	['العمراني', 'El Amrani'], ['بناني', 'Bennani'], ['الإدريسي', 'El Idrissi'], ['أوعلي', 'Ouali'],
	['آيت واحمان', 'Aït Ouahmane'], ['لحلو', 'Lahlou'], ['البخاري', 'El Boukhari'], ['التازي', 'Tazi'],
	['الموساوي', 'Moussaoui'], ['الحداوي', 'Haddaoui'], ['الزايدي', 'Zaidi'], ['الناصري', 'Naciri'],
	['آيت الطالب', 'Aït Taleb'], ['أوشن', 'Ouchen'], ['أقديم', 'Akdim'], ['بلحاج', 'Belhaj'],
	['الشرايبي', 'Chraibi'], ['الحمداوي', 'Hamdaoui'], ['الكتاني', 'Kettani'], ['السباعي', 'Sbai']
];

export const DEMO_LEARNER_COUNT = 40;

/** Learner n (1-based): login 06000000nn, so the README can list them by rule. */
export function demoLearner(n: number) {
	const [firstAr, firstLa] = FIRST[(n - 1) % FIRST.length];
	const [famAr, famLa] = FAMILY[(n * 7) % FAMILY.length];
	return {
		login: `+2126000000${String(n).padStart(2, '0')}`,
		nameAr: `${firstAr} ${famAr}`,
		nameLatin: `${firstLa} ${famLa}`,
		locale: (n % 5 === 0 ? 'fr' : n % 7 === 0 ? 'zgh' : 'ar') as Locale
	};
}
