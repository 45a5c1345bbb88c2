/** A text field of a submitted form; '' when missing or not text. */
export function readText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
