/** One problem with a form, in the order the fields appear on the page. */
export interface FieldError<Field extends string = string> {
	field: Field;
	message: string;
}

/** A text field of a submitted form; '' when missing or not text. */
export function readText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
