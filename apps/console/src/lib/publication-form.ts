import type { PublicationContent } from '@whatworks/domain';
import { readText } from './forms';

/** One entry per line, blanks dropped: authors. */
function lines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/**
 * A publication form as the schema's input. Text is kept as typed (the schema trims), so a refused
 * form comes back as it was sent.
 */
export function readPublicationForm(
	form: FormData,
	file: PublicationContent['file'] = null
): Record<keyof PublicationContent, unknown> {
	return {
		slug: readText(form, 'slug').trim(),
		title: readText(form, 'title'),
		type: readText(form, 'type'),
		authors: lines(readText(form, 'authors')),
		publishedOn: readText(form, 'publishedOn'),
		abstract: readText(form, 'abstract'),
		themes: form.getAll('themes'),
		projectSlugs: form.getAll('projectSlugs'),
		interventionSlugs: form.getAll('interventionSlugs'),
		// The report is attached with its own form; saving the fields keeps it.
		file
	};
}
