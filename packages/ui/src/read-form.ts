import type { FieldError } from './field-values.js';

/**
 * Text with its line breaks as LF. Browsers send a text area's as CR LF; kept as LF, as everything
 * else writes them, saving unchanged text changes nothing.
 */
const withLf = (text: string) => text.replace(/\r\n?/g, '\n');

/** The text sent under a name, or '' when none was. */
function readText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? withLf(value) : '';
}

/**
 * A zod schema, as far as the reader looks into it: its definition. Typed this loosely so that
 * checking a page's schema against it stays cheap for the compiler.
 */
interface Schema {
	_zod: { def: unknown };
}

/** The parts of a zod schema's definition the reader walks. */
interface Definition {
	type: string;
	innerType?: Schema;
	shape?: Record<string, Schema>;
	element?: Schema;
	in?: Schema;
	/** A discriminated union's key and its options (objects each fixing the key to a literal). */
	discriminator?: string;
	options?: Schema[];
	/** A literal's values. */
	values?: unknown[];
}

const definitionOf = (schema: Schema) => schema._zod.def as Definition;

/** A schema without the wrappers that do not change what a form sends (default, optional, pipe). */
function unwrap(schema: Schema): { schema: Schema; nullable: boolean } {
	let nullable = false;
	for (;;) {
		const definition = definitionOf(schema);
		if (definition.type === 'nullable') nullable = true;
		const inner = definition.innerType ?? (definition.type === 'pipe' ? definition.in : undefined);
		if (!inner) return { schema, nullable };
		schema = inner;
	}
}

const isBlank = (text: string) => text.trim() === '';

/** The form's row numbers of each list of rows read, so an issue in entry i names row rows[i]. */
const rowNumbers = new WeakMap<unknown[], number[]>();
const checked = (text: string) => ['yes', 'on', 'true'].includes(text);

/** The value of one path, or undefined when the form has nothing under it. */
function read(form: FormData, path: string, given: Schema): unknown {
	const { schema, nullable } = unwrap(given);
	const definition = definitionOf(schema);
	switch (definition.type) {
		case 'object': {
			const shape = definition.shape ?? {};
			// "Has a protocol: no" says there is none; the last value decides, so a hidden "no"
			// before a "yes" checkbox reads an unticked box as no.
			const presence = form.getAll(path).at(-1) ?? null;
			if (nullable && typeof presence === 'string' && !checked(presence)) return null;
			const entries = Object.entries(shape).map(([key, field]) => [
				key,
				read(form, `${path ? `${path}.` : ''}${key}`, field)
			]);
			const empty = entries.every(
				([, value]) =>
					value === null || value === undefined || (Array.isArray(value) && value.length === 0)
			);
			return nullable && presence === null && empty ? null : Object.fromEntries(entries);
		}
		case 'array':
			return readList(form, path, definition.element as Schema);
		case 'union': {
			// A discriminated union: the option the form's choice of its key names.
			const key = definition.discriminator;
			if (key === undefined) return readText(form, path);
			const chosen = readText(form, `${path ? `${path}.` : ''}${key}`);
			const option = (definition.options ?? []).find((each) => {
				const literal = definitionOf(definitionOf(each).shape?.[key] ?? each);
				return (literal.values ?? []).includes(chosen);
			});
			return option ? read(form, path, option) : { [key]: chosen };
		}
		case 'number': {
			const typed = readText(form, path).trim();
			if (typed === '') return nullable ? null : undefined;
			// Commas only as thousands separators: "0,4" is not 4, and the schema says so.
			const digits = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(typed)
				? typed.replaceAll(',', '')
				: typed;
			return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : readText(form, path);
		}
		case 'boolean':
			return checked(readText(form, path));
		default:
			// Text, dates, choices: as typed (the schemas trim); blank is none where none is allowed.
			if (!form.has(path)) return nullable ? null : undefined;
			return nullable && isBlank(readText(form, path)) ? null : readText(form, path);
	}
}

/** A list: rows of objects by index, or every value sent under the name, one entry per line. */
function readList(form: FormData, path: string, element: Schema): unknown[] {
	const { schema } = unwrap(element);
	const definition = definitionOf(schema);
	if (definition.type !== 'object' && definition.discriminator === undefined) {
		return form
			.getAll(path)
			.flatMap((value) => (typeof value === 'string' ? withLf(value).split('\n') : []))
			.map((line) => line.trim())
			.filter((line) => line !== '');
	}
	// Each row's first input, in the order the form sends them: blank leaves the row out.
	const firstOfRow = new Map<number, string>();
	const pattern = new RegExp(`^${path.replaceAll('.', '\\.')}\\.(\\d+)\\.`);
	for (const [name, value] of form.entries()) {
		const match = pattern.exec(name);
		const row = Number(match?.[1]);
		if (match && !firstOfRow.has(row)) firstOfRow.set(row, typeof value === 'string' ? value : '');
	}
	const kept = [...firstOfRow]
		.filter(([row, first]) => !isBlank(first) && !checked(readText(form, `${path}.${row}.remove`)))
		.map(([row]) => row)
		.sort((a, b) => a - b);
	const list = kept.map((row) => read(form, `${path}.${row}`, schema));
	rowNumbers.set(list, kept);
	return list;
}

/**
 * Builds the value a form stands for, from inputs named by their path in the schema (`name`,
 * `emmie.effect`, `ageRange.min`, `participations.0.wave`), so the schema's issue paths are the
 * form's field ids. Nothing is judged here: text stays as typed, so a refused form comes back as
 * it was sent, and the schema names every problem.
 *
 * - Text, dates and choices as typed; blank is null where the schema allows null.
 * - Numbers: digits (with commas between thousands) become numbers; other text, a decimal comma
 *   included, is kept for the schema to name.
 * - Booleans: a checkbox, true when ticked.
 * - Lists of words: every value sent under the name, a textarea's lines each an entry.
 * - Lists of objects (or of a discriminated union's objects): rows `path.N.field`; a row whose first input in the form is blank is left
 *   out (the blank row for adding one, a row being removed, a date not reached), and so is a row
 *   whose `path.N.remove` box is ticked.
 * - One of a discriminated union's objects: the one whose key (`items.0.source`) the form chose;
 *   inputs of the other options are ignored, so one row can offer the fields of each.
 * - An object that may be null is null when inputs named by its own path say so — the last value
 *   sent decides, so a hidden "no" before a "yes" checkbox reads an unticked box as no — or,
 *   without such inputs, when all its fields are blank.
 * A form that shows part of the content (an intervention's details, not its study data) passes
 * the content it was opened on as `base`: the fields it sends no input for are kept from it.
 * @example readForm(form, programmeContentSchema) // { slug: 'x', name: 'X', budgetGbp: 2400000, … }
 */
export function readForm<T extends object>(form: FormData, schema: Schema, base?: T): unknown {
	const value = read(form, '', schema) as Record<string, unknown>;
	if (!base) return value;
	const names = [...form.keys()];
	const sent = (field: string) =>
		names.some((name) => name === field || name.startsWith(`${field}.`));
	const kept = Object.entries(base).filter(([field]) => !sent(field));
	return { ...value, ...Object.fromEntries(kept) };
}

/** The text inputs a form sent, by name: what a refused form shows again, as it was typed. */
export function sentFields(form: FormData): Record<string, string> {
	return Object.fromEntries(
		[...form].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
}

/** What a schema reads as, past its wrappers: 'object', 'array', 'string', … */
const typeOf = (schema: Schema) => definitionOf(unwrap(schema).schema).type;

/** Whether a schema is read from rows of inputs: an object, or one of a union's objects. */
const isRows = (schema: Schema) =>
	typeOf(schema) === 'object' || definitionOf(unwrap(schema).schema).discriminator !== undefined;

/** The schema of the field at a path in `value`, or undefined. */
function schemaAt(schema: Schema, key: PropertyKey, value: unknown): Schema | undefined {
	const definition = definitionOf(unwrap(schema).schema);
	if (definition.type === 'object') return definition.shape?.[String(key)];
	if (definition.type === 'array') return definition.element;
	const { discriminator, options = [] } = definition;
	if (discriminator === undefined) return undefined;
	// The option the value chose, else any that has the field.
	const chosen = (value as Record<string, unknown> | undefined)?.[discriminator];
	const shapes = options.map((option) => definitionOf(option).shape ?? {});
	const shape =
		shapes.find((each) => {
			const literal = each[discriminator];
			return literal !== undefined && (definitionOf(literal).values ?? []).includes(chosen);
		}) ?? shapes.find((each) => String(key) in each);
	return shape?.[String(key)];
}

/**
 * A schema's issues as the form's field errors, the first per field: the issue's path is the
 * field's id, except inside a list of words, whose one input stands for all its entries. Given
 * the value `readForm` read, an entry of a list of rows is named by the row the form showed it
 * in, even when blank rows before it were left out.
 * @example formErrors(issues, publicationContentSchema) // [{ field: 'authors', message: … }]
 */
export function formErrors(
	issues: readonly { path: readonly PropertyKey[]; message: string }[],
	schema: Schema,
	value?: unknown
): FieldError[] {
	const errors: FieldError[] = [];
	for (const issue of issues) {
		const path: PropertyKey[] = [];
		let [at, inside]: [Schema | undefined, unknown] = [schema, value];
		for (const key of issue.path) {
			if (!at) break;
			const list = typeOf(at) === 'array';
			const element = schemaAt(at, key, inside);
			if (list && element && !isRows(element)) break;
			const rows = Array.isArray(inside) ? rowNumbers.get(inside) : undefined;
			path.push(rows?.[Number(key)] ?? key);
			[at, inside] = [element, (inside as Record<PropertyKey, unknown> | undefined)?.[key]];
		}
		const field = path.map(String).join('.');
		if (!errors.some((error) => error.field === field)) {
			errors.push({ field, message: issue.message });
		}
	}
	return errors;
}

/**
 * The inputs a form would send for a value, by path: the inverse of `readForm`, for a page whose
 * inputs are bound one by one (`contrasts.0.effectSize`). Blank for null; true and false are
 * 'yes' and 'no'; a list of words is one entry per line.
 * @example formFields({ outcome: 'Safety', contrasts: [{ effectSize: 0.2 }] })
 * // { outcome: 'Safety', 'contrasts.0.effectSize': '0.2' }
 */
export function formFields(value: unknown, path = ''): Record<string, string> {
	const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
	const entries: [string | number, unknown][] | null =
		Array.isArray(value) && value.some((entry) => entry !== null && typeof entry === 'object')
			? value.map((entry: unknown, row) => [row, entry])
			: value !== null && typeof value === 'object' && !Array.isArray(value)
				? Object.entries(value)
				: null;
	if (entries) {
		const fields: Record<string, string> = {};
		for (const [key, field] of entries) Object.assign(fields, formFields(field, at(key)));
		return fields;
	}
	if (Array.isArray(value)) return { [path]: value.join('\n') };
	if (typeof value === 'boolean') return { [path]: value ? 'yes' : 'no' };
	if (typeof value === 'string' || typeof value === 'number') return { [path]: String(value) };
	return { [path]: '' };
}
