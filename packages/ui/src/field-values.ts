/**
 * Reading a form's values back for display, whether they came from saved content or from a post
 * the server refused: either way they arrive untyped, so each reader settles on a safe default.
 */

/** A problem with one field of a form; `field` is the id of the control the message belongs to. */
export interface FieldError<Field extends string = string> {
	field: Field;
	message: string;
}

/** A text value, or '' when there is none. */
export function textOf(value: unknown): string {
	if (typeof value === 'string') return value;
	return typeof value === 'number' ? String(value) : '';
}

/** A list of strings, or [] when there is none. */
export function listOf(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** An object's field, or undefined. */
export function fieldOf(value: unknown, key: string): unknown {
	return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** The first error on a field or inside it (e.g. `protocol` covers `protocol.publishedOn`). */
export function errorOf(errors: readonly FieldError[], field: string): string | undefined {
	return errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
}
