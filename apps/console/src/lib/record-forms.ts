import { projectStageKeys, type PublicationContent, type ContentOf } from '@whatworks/domain';
import { fieldErrors, readText, type FieldError } from './forms';
import type { ResearchKind } from './research-kinds';

/** One entry per line, blanks dropped: authors, outcomes, partners' web addresses. */
function lines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** A whole number as typed: blank is none, digits a number, anything else left for the schema to name. */
function wholeNumber(text: string): number | string | null {
	const trimmed = text.trim().replaceAll(',', '');
	if (trimmed === '') return null;
	return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A date field: blank is none. */
function date(text: string): string | null {
	return text.trim() || null;
}

type FormShape<K extends ResearchKind> = Record<keyof ContentOf<K>, unknown>;

function readPublication(
	form: FormData,
	file: PublicationContent['file']
): FormShape<'publication'> {
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

function readProject(form: FormData): FormShape<'project'> {
	const field = (name: string) => readText(form, name);
	return {
		slug: field('slug').trim(),
		name: field('name'),
		summary: field('summary'),
		theme: field('theme'),
		programmeSlug: field('programmeSlug') || null,
		stage: field('stage'),
		milestones: projectStageKeys.flatMap((stage) => {
			const reachedOn = date(field(`milestones.${stage}`));
			return reachedOn ? [{ stage, reachedOn }] : [];
		}),
		leadOrganisation: field('leadOrganisation'),
		budgetGbp: wholeNumber(field('budgetGbp')),
		partnerSlugs: lines(field('partnerSlugs')),
		interventionSlugs: form.getAll('interventionSlugs'),
		protocol:
			field('hasProtocol') === 'yes'
				? {
						evaluator: field('protocol.evaluator'),
						principalInvestigator: field('protocol.principalInvestigator'),
						trialType: field('protocol.trialType'),
						localAuthorityCount: wholeNumber(field('protocol.localAuthorityCount')),
						childrenAndFamiliesCount: wholeNumber(field('protocol.childrenAndFamiliesCount')),
						primaryOutcomes: lines(field('protocol.primaryOutcomes')),
						secondaryOutcomes: lines(field('protocol.secondaryOutcomes')),
						publishedOn: field('protocol.publishedOn'),
						fieldworkStartsOn: field('protocol.fieldworkStartsOn')
					}
				: null
	};
}

function readProgramme(form: FormData): FormShape<'programme'> {
	const field = (name: string) => readText(form, name);
	return {
		slug: field('slug').trim(),
		name: field('name'),
		description: field('description'),
		theme: field('theme') || null,
		startDate: date(field('startDate')),
		endDate: date(field('endDate')),
		budgetGbp: wholeNumber(field('budgetGbp'))
	};
}

/** How many participation rows a partner form has: the saved ones and one blank to add. */
export function participationRowCount(saved: number): number {
	return saved + 1;
}

function readPartner(form: FormData): FormShape<'partner'> {
	const field = (name: string) => readText(form, name);
	const rows = Number(field('participationRows')) || 0;
	return {
		slug: field('slug').trim(),
		name: field('name'),
		type: field('type'),
		region: field('region') || null,
		gssCode: field('gssCode').trim() || null,
		dfeCode: field('dfeCode').trim() || null,
		// A row without a programme is left out: that is how a row is removed, or left blank.
		participations: Array.from({ length: Math.min(rows, 50) }, (_, i) => i).flatMap((i) => {
			const cell = (name: string) => field(`participations.${i}.${name}`);
			if (!cell('programmeSlug')) return [];
			return [
				{
					programmeSlug: cell('programmeSlug'),
					wave: wholeNumber(cell('wave')),
					role: cell('role'),
					strand: cell('strand').trim() || null,
					startDate: date(cell('startDate')),
					endDate: date(cell('endDate')),
					fundingGbp: wholeNumber(cell('fundingGbp'))
				}
			];
		})
	};
}

/**
 * A record's form as its schema's input. Text is kept as typed (the schema trims), so a refused
 * form comes back as it was sent. A publication keeps the report already attached.
 */
export function readRecordForm(
	kind: ResearchKind,
	form: FormData,
	file: PublicationContent['file'] = null
): Record<string, unknown> {
	switch (kind) {
		case 'publication':
			return readPublication(form, file);
		case 'project':
			return readProject(form);
		case 'programme':
			return readProgramme(form);
		case 'partner':
			return readPartner(form);
	}
}

/**
 * A record schema's issues as field errors on the form's own ids: the `content.` prefix goes, and a
 * list entry's error goes on the list's field (`authors.2` is `authors`), except participation rows,
 * whose cells have ids of their own.
 */
export function recordFieldErrors(
	issues: readonly { path: readonly PropertyKey[]; message: string }[]
): FieldError[] {
	return fieldErrors(
		issues.map((issue) => {
			const path = issue.path.slice(1);
			const index = path.findIndex((segment) => typeof segment === 'number');
			const keep = path[0] === 'participations' || index < 0 ? path.length : index;
			return { ...issue, path: path.slice(0, keep) };
		})
	);
}
