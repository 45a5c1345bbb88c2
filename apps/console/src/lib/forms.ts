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

/** A schema's issues as GOV.UK field errors, the first per field (nested fields as `a.b`). */
export function fieldErrors(
	issues: readonly { path: readonly PropertyKey[]; message: string }[]
): FieldError[] {
	const errors: FieldError[] = [];
	for (const issue of issues) {
		const field = issue.path.map(String).join('.');
		if (!errors.some((error) => error.field === field))
			errors.push({ field, message: issue.message });
	}
	return errors;
}
