import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, toCsv } from '../../src/lib/server/enrolment/csv';
import { checkImportFile } from '../../src/lib/server/enrolment/import-rows';
import { communeMatcher, matchKey } from '../../src/lib/server/enrolment/match';

const communes = [
	{ id: 1, name_ar: 'بني ملال', name_fr: 'Béni Mellal' },
	{ id: 2, name_ar: 'أزيلال', name_fr: 'Azilal' },
	{ id: 3, name_ar: 'أولاد امبارك', name_fr: "Ouled M'barek" },
	{ id: 4, name_ar: 'القصيبة', name_fr: 'El Ksiba' },
	{ id: 5, name_ar: 'سيدي جابر', name_fr: 'Sidi Jaber' },
	{ id: 6, name_ar: 'سيدي جابر', name_fr: 'Sidi Jaber (Azilal)' }
];
const find = communeMatcher(communes);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading CSV files', () => {
	it('reads UTF-8 with and without a BOM, comma or semicolon, CRLF or LF, alike', () => {
		const forms = [
			'name_ar,login\nفاطمة,0600000001\n',
			'\uFEFFname_ar,login\r\nفاطمة,0600000001\r\n',
			'name_ar;login\r\nفاطمة;0600000001',
			'\uFEFFname_ar;login\nفاطمة;0600000001\n'
		];
		for (const f of forms) {
			const r = readCsv(bytes(f));
			expect(r, f).toMatchObject({ ok: true, header: ['name_ar', 'login'], records: [{ line: 2, cells: ['فاطمة', '0600000001'] }] });
		}
	});

	it('detects the separator from the header line, ignoring quoted ones', () => {
		expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
		expect(detectDelimiter('"x;y",b\n')).toBe(',');
		expect(detectDelimiter('single\n')).toBe(',');
	});

	it('keeps separators and line breaks inside quoted fields, and counts lines from where a record starts', () => {
		const r = readCsv('name_ar;name_latin;login\r\n"بنت; علي";"Line\r\nbreak";0600000001\r\n\r\n"a ""quoted"" name";b;0600000002\r\n');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.delimiter).toBe(';');
		expect(r.records).toEqual([
			{ line: 2, cells: ['بنت; علي', 'Line\nbreak', '0600000001'] },
			{ line: 5, cells: ['a "quoted" name', 'b', '0600000002'] }
		]);
	});

	it('reports broken files where they break', () => {
		expect(readCsv('a,b\n1,2\n"3,4\n5,6\n')).toEqual({ ok: false, problems: [expect.objectContaining({ key: 'import_quote_not_closed' })] });
		expect(readCsv('a,b\n1,"2"x\n')).toEqual({ ok: false, problems: [{ line: 2, column: null, key: 'import_bad_quote' }] });
		expect(readCsv('')).toEqual({ ok: false, problems: [{ line: 1, column: null, key: 'import_empty' }] });
		expect(readCsv(' \n;;\n')).toEqual({ ok: false, problems: [{ line: 1, column: null, key: 'import_empty' }] });
		// "Fatima" in Windows-1256, as an old Excel writes it: not UTF-8.
		expect(readCsv(new Uint8Array([0x6c, 0x6f, 0x67, 0x69, 0x6e, 0x0a, 0xe1, 0xc7, 0xd8, 0xe3, 0xc9]))).toEqual({ ok: false, problems: [{ line: 1, column: null, key: 'import_not_utf8' }] });
	});

	it('writes CSV with a BOM and CRLF that reads back, and defuses formulas', () => {
		const out = toCsv(['name', 'note'], [['فاطمة, الزهراء', '=HYPERLINK("x")'], ['Line\nbreak', '-3']]);
		expect(out.startsWith('\uFEFF')).toBe(true);
		expect(out).toContain('\r\n');
		const back = readCsv(out);
		expect(back).toMatchObject({ ok: true, records: [{ cells: ['فاطمة, الزهراء', `'=HYPERLINK("x")`] }, { cells: ['Line\nbreak', "'-3"] }] });
	});
});

describe('matching communes', () => {
	it('ignores case, accents, dashes and apostrophes, and Arabic hamza and alef forms', () => {
		expect(matchKey('Béni-Mellal')).toBe(matchKey('BENI MELLAL'));
		expect(find('beni mellal')).toEqual({ id: 1 });
		expect(find('بني ملال')).toEqual({ id: 1 });
		expect(find('ازيلال')).toEqual({ id: 2 });
		expect(find('AZILAL')).toEqual({ id: 2 });
		expect(find('اولاد امبارك')).toEqual({ id: 3 });
		expect(find('ouled m’barek')).toEqual({ id: 3 });
		expect(find('القُصَيْبة')).toEqual({ id: 4 });
		expect(find('Casablanca')).toBe('unknown');
		expect(find('سيدي جابر')).toBe('ambiguous');
	});
});

describe('checking an import file', () => {
	it('takes the columns in any order and case, with optional ones missing', () => {
		const r = checkImportFile('LOGIN;Name_Latin;name_ar;Commune\n0612345678;Fatima;فاطمة;azilal\n', find);
		expect(r.problems).toEqual([]);
		expect(r.rows).toEqual([{ line: 2, nameAr: 'فاطمة', nameLatin: 'Fatima', login: '+212612345678', loginKind: 'phone', communeId: 2, commune: 'azilal', cohort: null, locale: 'ar' }]);
	});

	it('reports a missing required column, an unknown and a repeated one, on line 1', () => {
		const r = checkImportFile('name_ar,login,comune,login\nفاطمة,0612345678,x,y\n', find);
		expect(r.problems).toEqual([
			{ line: 1, column: 'comune', key: 'import_unknown_column', params: { column: 'comune', expected: 'name_ar, name_latin, login, commune, cohort, language' } },
			{ line: 1, column: 'login', key: 'import_duplicate_column', params: { column: 'login' } },
			{ line: 1, column: 'name_latin', key: 'import_missing_column', params: { column: 'name_latin' } }
		]);
	});

	it('reports every problem of every line, with its column', () => {
		const file = [
			'name_ar,name_latin,login,commune,cohort,language',
			'فاطمة,Fatima,0612345678,Béni Mellal,Promo 1,fr',
			',Khadija,12345,Casablanca,Promo 1,en',
			'زينب,Zineb,+212 612 34 56 78,,,',
			'سعاد,Souad,souad@example.ma,سيدي جابر,,ZGH,extra'
		].join('\r\n');
		const r = checkImportFile(file, find);
		expect(r.problems).toEqual([
			{ line: 3, column: 'name_ar', key: 'error_required' },
			{ line: 3, column: 'login', key: 'import_login_invalid', params: { value: '12345' } },
			{ line: 3, column: 'commune', key: 'import_commune_unknown', params: { value: 'Casablanca' } },
			{ line: 3, column: 'language', key: 'import_language_invalid', params: { value: 'en' } },
			{ line: 4, column: 'login', key: 'import_login_duplicate', params: { other: 2 } },
			{ line: 5, column: null, key: 'import_too_many_fields' },
			{ line: 5, column: 'commune', key: 'import_commune_ambiguous', params: { value: 'سيدي جابر' } }
		]);
		expect(r.lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
	});

	it('a header without rows, and an empty language meaning Arabic', () => {
		expect(checkImportFile('name_ar,name_latin,login\n', find).problems).toEqual([{ line: 2, column: null, key: 'import_no_rows' }]);
		expect(checkImportFile('name_ar,name_latin,login,language\nأ,A,a@b.ma,\n', find).rows[0].locale).toBe('ar');
	});
});
