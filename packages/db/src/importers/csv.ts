import type { ImportIssue } from './import-result.js';

/** One CSV record with the file line it starts on (1 is the header). */
export interface CsvRecord {
	line: number;
	fields: string[];
}

/**
 * Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
 * A byte-order mark and blank lines are ignored.
 */
export function parseCsv(text: string): CsvRecord[] {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let inQuotes = false;
	let line = 1;
	let recordLine = 1;
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;

	const endRecord = () => {
		fields.push(field);
		if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
		fields = [];
		field = '';
	};

	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (inQuotes) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				inQuotes = false;
			} else {
				if (char === '\n') line++;
				field += char;
			}
		} else if (char === '"') {
			inQuotes = true;
		} else if (char === ',') {
			fields.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else {
			field += char;
		}
	}
	if (field !== '' || fields.length > 0) endRecord();
	return records;
}

/** One data row of a CSV table: its line and its fields by column name (trimmed, '' if absent). */
export interface CsvRow {
	line: number;
	get: (column: string) => string;
}

/**
 * Reads a CSV file with a header row, checking the columns an importer needs are there. A missing
 * column (or an empty file) is one issue on line 1, and no rows are returned.
 */
export function readCsvTable(
	text: string,
	requiredColumns: readonly string[]
): { rows: CsvRow[]; issues: ImportIssue[] } {
	const [header, ...records] = parseCsv(text);
	if (!header) return { rows: [], issues: [{ line: 1, message: 'The file is empty' }] };
	const column = new Map(header.fields.map((name, index) => [name.trim(), index]));
	const missing = requiredColumns.filter((name) => !column.has(name));
	if (missing.length > 0) {
		return { rows: [], issues: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}` }] };
	}
	return {
		rows: records.map(({ line, fields }) => ({
			line,
			get: (name) => fields[column.get(name) ?? -1]?.trim() ?? ''
		})),
		issues: []
	};
}

/**
 * Collects what is wrong with one row. `check` returns a field's parsed value, or notes
 * `column "value" is not <expected>` and returns undefined.
 */
export function rowChecker(row: CsvRow) {
	const problems: string[] = [];
	const check = <T>(
		name: string,
		result: { success: true; data: T } | { success: false },
		expected: string
	): T | undefined => {
		if (result.success) return result.data;
		problems.push(`${name} "${row.get(name)}" is not ${expected}`);
		return undefined;
	};
	return { problems, check };
}
