import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
	it('reads quoted fields with commas, doubled quotes and CRLF endings', () => {
		const records = parseCsv('name,code\r\n"Bristol, City of",801\r\n"The ""Trust""",999\r\n');
		expect(records).toEqual([
			{ line: 1, fields: ['name', 'code'] },
			{ line: 2, fields: ['Bristol, City of', '801'] },
			{ line: 3, fields: ['The "Trust"', '999'] }
		]);
	});

	it('numbers records by the line they start on when a quoted field spans lines', () => {
		const records = parseCsv('a,b\n"two\nlines",x\nlast,y');
		expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
		expect(records[1]?.fields[0]).toBe('two\nlines');
	});

	it('ignores a byte-order mark and blank lines', () => {
		expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 3, fields: ['1', '2'] }
		]);
	});
});
