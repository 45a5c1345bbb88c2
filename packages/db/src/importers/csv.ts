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
