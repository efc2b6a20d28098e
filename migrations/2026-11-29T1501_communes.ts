import type { Kysely } from 'kysely';

// Reference data: communes of the Béni Mellal-Khénifra region, names from the
// 2024 census (HCP RGPH 2024) as gathered in the programme's shared domain files.
// [province_fr, province_ar, commune_fr, commune_ar, kind]
const COMMUNES: [string, string, string, string, 'urban' | 'rural'][] = [
	["Béni Mellal", "بني ملال", "Béni Mellal", "بني ملال", "urban"],
	["Béni Mellal", "بني ملال", "Kasba Tadla", "قصبة تادلة", "urban"],
	["Béni Mellal", "بني ملال", "El Ksiba", "القصيبة", "urban"],
	["Béni Mellal", "بني ملال", "Zaouiat Cheikh", "زاوية الشيخ", "urban"],
	["Béni Mellal", "بني ملال", "Ouled M'barek", "أولاد امبارك", "rural"],
	["Béni Mellal", "بني ملال", "Sidi Jaber", "سيدي جابر", "rural"],
	["Béni Mellal", "بني ملال", "Foum El Anceur", "فم العنصر", "rural"],
	["Béni Mellal", "بني ملال", "Dir El Ksiba", "دير القصيبة", "rural"],
	["Béni Mellal", "بني ملال", "Aghbala", "اغبالة", "rural"],
	["Béni Mellal", "بني ملال", "Ouled Youssef", "أولاد يوسف", "rural"],
	["Azilal", "أزيلال", "Azilal", "أزيلال", "urban"],
	["Azilal", "أزيلال", "Demnate", "دمنات", "urban"],
	["Azilal", "أزيلال", "Ouaouizeght", "واويزغت", "rural"],
	["Azilal", "أزيلال", "Bzou", "بزو", "rural"],
	["Azilal", "أزيلال", "Afourar", "أفورار", "rural"],
	["Azilal", "أزيلال", "Bin El Ouidane", "بين الويدان", "rural"],
	["Azilal", "أزيلال", "Tabant", "تبانت", "rural"],
	["Azilal", "أزيلال", "Zaouiat Ahansal", "زاوية أحنصال", "rural"],
	["Azilal", "أزيلال", "Foum Jemaa", "فم الجمعة", "rural"],
	["Azilal", "أزيلال", "Tanant", "تنانت", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Fquih Ben Salah", "الفقيه بن صالح", "urban"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Souk Sebt Ouled Nemma", "سوق السبت أولاد النمة", "urban"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Ouled Ayad", "أولاد عياد", "urban"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Bradia", "برادية", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Ouled Zmam", "أولاد زمام", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Sidi Aissa Ben Ali", "سيدي عيسى بن علي", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Sidi Hammadi", "سيدي حمادي", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Ouled Nacer", "أولاد ناصر", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Dar Ould Zidouh", "دار ولد زيدوح", "rural"],
	["Fquih Ben Salah", "الفقيه بن صالح", "Bni Oukil", "بني وكيل", "rural"],
	["Khénifra", "خنيفرة", "Khenifra", "خنيفرة", "urban"],
	["Khénifra", "خنيفرة", "M'rirt", "مريرت", "urban"],
	["Khénifra", "خنيفرة", "Aguelmous", "أكلموس", "rural"],
	["Khénifra", "خنيفرة", "Kerrouchen", "كروشن", "rural"],
	["Khénifra", "خنيفرة", "Tighassaline", "تيغسالين", "rural"],
	["Khénifra", "خنيفرة", "Moulay Bouazza", "مولاي بوعزة", "rural"],
	["Khénifra", "خنيفرة", "Ait Ishaq", "آيت إسحاق", "rural"],
	["Khénifra", "خنيفرة", "El Kbab", "القباب", "rural"],
	["Khénifra", "خنيفرة", "Lehri", "لهري", "rural"],
	["Khénifra", "خنيفرة", "Sidi Lamine", "سيدي لامين", "rural"],
	["Khouribga", "خريبكة", "Khouribga", "خريبكة", "urban"],
	["Khouribga", "خريبكة", "Oued Zem", "وادي زم", "urban"],
	["Khouribga", "خريبكة", "Bejaad", "أبي الجعد", "urban"],
	["Khouribga", "خريبكة", "Boujniba", "بوجنيبة", "urban"],
	["Khouribga", "خريبكة", "Hattane", "حطان", "urban"],
	["Khouribga", "خريبكة", "Boulanouare", "بولنوار", "rural"],
	["Khouribga", "خريبكة", "Bni Smir", "بني سمير", "rural"],
	["Khouribga", "خريبكة", "Oulad Abdoune", "أولاد عبدون", "rural"],
	["Khouribga", "خريبكة", "Kasbat Troch", "قصبة الطرش", "rural"],
	["Khouribga", "خريبكة", "Bir Mezoui", "بئر مزوي", "rural"],
];

export async function up(db: Kysely<any>): Promise<void> {
	await db
		.insertInto('commune')
		.values(
			COMMUNES.map(([province_fr, province_ar, name_fr, name_ar, kind]) => ({
				province_fr,
				province_ar,
				name_fr,
				name_ar,
				kind
			}))
		)
		.onConflict((oc) => oc.columns(['name_fr', 'province_fr']).doNothing())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('commune').execute();
}
