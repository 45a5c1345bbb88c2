/**
 * Where values begin in a JSON text, so that a problem found in a parsed file can be reported
 * on the line where its feature starts. A scanner only: the text has already been parsed.
 */

/** The 1-based line of each offset; offsets must ascend, as features do. */
export function lineNumbersAt(text: string, offsets: readonly number[]): number[] {
	let line = 1;
	let position = 0;
	return offsets.map((offset) => {
		for (; position < offset; position++) if (text.charCodeAt(position) === 10) line++;
		return line;
	});
}

/** Where the value at `path` (object keys from the root) begins, or -1. */
export function valueOffset(text: string, path: readonly string[]): number {
	let offset = skipWhitespace(text, 0);
	for (const key of path) {
		offset = memberOffset(text, offset, key);
		if (offset < 0) return -1;
	}
	return offset;
}

/** Where the value of `key` begins in the object at `start`, or -1; the last wins, as in JSON.parse. */
function memberOffset(text: string, start: number, key: string): number {
	if (text[start] !== '{') return -1;
	let found = -1;
	let index = skipWhitespace(text, start + 1);
	while (text[index] === '"') {
		const keyEnd = skipString(text, index);
		const name = JSON.parse(text.slice(index, keyEnd)) as string;
		const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
		if (name === key) found = valueStart;
		index = skipSeparator(text, skipValue(text, valueStart));
	}
	return found;
}

/** Where each element of the array at `start` begins. */
export function elementOffsets(text: string, start: number): number[] {
	if (start < 0 || text[start] !== '[') return [];
	const offsets: number[] = [];
	let index = skipWhitespace(text, start + 1);
	while (index < text.length && text[index] !== ']') {
		offsets.push(index);
		index = skipSeparator(text, skipValue(text, index));
	}
	return offsets;
}

function skipSeparator(text: string, index: number): number {
	const next = skipWhitespace(text, index);
	return text[next] === ',' ? skipWhitespace(text, next + 1) : next;
}

function skipWhitespace(text: string, index: number): number {
	let next = index;
	while (/\s/.test(text.charAt(next))) next++;
	return next;
}

function skipValue(text: string, start: number): number {
	const first = text[start];
	if (first === '"') return skipString(text, start);
	if (first === '{' || first === '[') return skipNested(text, start);
	// A number, true, false or null runs to the next delimiter.
	let index = start;
	while (index < text.length && !/[\s,\]}]/.test(text.charAt(index))) index++;
	return index;
}

function skipNested(text: string, start: number): number {
	let depth = 0;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (char === '"') index = skipString(text, index) - 1;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') {
			depth--;
			if (depth === 0) return index + 1;
		}
	}
	return text.length;
}

function skipString(text: string, start: number): number {
	for (let index = start + 1; index < text.length; index++) {
		if (text[index] === '\\') index++;
		else if (text[index] === '"') return index + 1;
	}
	return text.length;
}
