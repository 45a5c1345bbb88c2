import type {
	ContrastEntry,
	InterventionContent,
	OutcomeEntry,
	RatingOverride,
	StudyEntry
} from '@whatworks/domain';
import { readText, type FieldError } from './forms';

/** What a form of the study data sent, field by field, so a refused form comes back as typed. */
export type Typed = Record<string, string>;

/** A key for a new study or outcome, unused in the content: `n1`, `n2`, … */
export function newKey(content: InterventionContent): string {
	const used = new Set([...content.studies, ...content.outcomes].map((entry) => entry.key));
	let n = 1;
	while (used.has(`n${n}`)) n++;
	return `n${n}`;
}

/** Reads numbers typed into named fields: '' is null, anything else must be a number. */
class NumberReader {
	readonly errors: FieldError[] = [];
	constructor(private readonly typed: Typed) {}

	read(field: string, label: string): number | null {
		const text = (this.typed[field] ?? '').trim();
		if (text === '') return null;
		const value = Number(text);
		if (Number.isNaN(value)) this.errors.push({ field, message: `${label} must be a number` });
		return value;
	}

	/** A number the schema requires; a missing one is reported here with its label. */
	required(field: string, label: string): number {
		const value = this.read(field, label);
		if (value === null) this.errors.push({ field, message: `Enter ${label.toLowerCase()}` });
		return value ?? Number.NaN;
	}
}

const studyFields = [
	'label',
	'citation',
	'year',
	'country',
	'design',
	'setting',
	'independentOfDeveloper',
	'treatmentN',
	'comparisonN',
	'followUpMonths',
	'source'
] as const;

/** The study form as typed. */
export function typedStudy(form: FormData): Typed {
	return Object.fromEntries(studyFields.map((field) => [field, readText(form, field)]));
}

/** A study from its form, to be checked by the domain schema; number errors come separately. */
export function studyFromForm(
	typed: Typed,
	key: string
): { study: Record<keyof StudyEntry, unknown>; errors: FieldError[] } {
	const numbers = new NumberReader(typed);
	const study = {
		key,
		label: typed.label ?? '',
		citation: (typed.citation ?? '').trim(),
		year: numbers.required('year', 'The year'),
		country: (typed.country ?? '').trim().toUpperCase(),
		design: typed.design,
		setting: (typed.setting ?? '').trim(),
		independentOfDeveloper: typed.independentOfDeveloper === 'yes',
		treatmentN: numbers.required('treatmentN', 'The treatment group size'),
		comparisonN: numbers.required('comparisonN', 'The comparison group size'),
		followUpMonths: numbers.read('followUpMonths', 'The follow-up'),
		source: typed.source
	};
	return { study, errors: numbers.errors };
}

/** The form fields of one contrast row, in table order. */
export const contrastFields = [
	'studyKey',
	'sampleId',
	'metric',
	'effectSize',
	'variance',
	'ciLower',
	'ciUpper',
	'favourableDirection',
	'designRating',
	'treatmentN',
	'comparisonN'
] as const satisfies readonly (keyof ContrastEntry)[];

const contrastNumberLabels = {
	effectSize: 'The effect size',
	variance: 'The variance',
	ciLower: 'The lower bound',
	ciUpper: 'The upper bound',
	treatmentN: 'The treatment group size',
	comparisonN: 'The comparison group size'
} as const;

/** What a contrast row typed into; a row with no sample and no numbers is left out. */
function isBlankRow(typed: Typed, prefix: string): boolean {
	return ['sampleId', ...Object.keys(contrastNumberLabels)].every(
		(field) => (typed[`${prefix}${field}`] ?? '').trim() === ''
	);
}

const outcomeFields = [
	'outcome',
	'domain',
	'source',
	'overrideEffectiveness',
	'overrideStrength',
	'overrideJustification'
] as const;

/** The outcome form as typed, rows numbered as the page numbered them. */
export function typedOutcome(form: FormData): Typed {
	// Only the fields the submitted form has: the outcome and the reviewer's rating are two forms.
	const typed: Typed = Object.fromEntries(
		outcomeFields.filter((field) => form.has(field)).map((field) => [field, readText(form, field)])
	);
	if (!form.has('rowCount')) return typed;
	const rows = Math.min(Number(readText(form, 'rowCount')) || 0, 500);
	for (let row = 0; row < rows; row++) {
		for (const field of [...contrastFields, 'remove']) {
			typed[`contrasts.${row}.${field}`] = readText(form, `contrasts.${row}.${field}`);
		}
	}
	typed.rowCount = String(rows);
	return typed;
}

/**
 * An outcome from its form, to be checked by the domain schema. Removed and blank rows are left
 * out; errors keep the row numbers of the page, so each points at its field.
 */
export function outcomeFromForm(
	typed: Typed,
	key: string,
	{ mayOverride, saved }: { mayOverride: boolean; saved: RatingOverride | null }
): { outcome: Record<keyof OutcomeEntry, unknown>; rows: number[]; errors: FieldError[] } {
	const numbers = new NumberReader(typed);
	const rows: number[] = [];
	const contrasts = [];
	for (let row = 0; row < Number(typed.rowCount ?? 0); row++) {
		const prefix = `contrasts.${row}.`;
		if (typed[`${prefix}remove`] === 'yes' || isBlankRow(typed, prefix)) continue;
		rows.push(row);
		const number = (field: keyof typeof contrastNumberLabels) =>
			field === 'variance' || field === 'ciLower' || field === 'ciUpper'
				? numbers.read(`${prefix}${field}`, contrastNumberLabels[field])
				: numbers.required(`${prefix}${field}`, contrastNumberLabels[field]);
		contrasts.push({
			studyKey: typed[`${prefix}studyKey`],
			sampleId: (typed[`${prefix}sampleId`] ?? '').trim(),
			metric: typed[`${prefix}metric`],
			effectSize: number('effectSize'),
			variance: number('variance'),
			ciLower: number('ciLower'),
			ciUpper: number('ciUpper'),
			favourableDirection: typed[`${prefix}favourableDirection`],
			designRating: typed[`${prefix}designRating`],
			treatmentN: number('treatmentN'),
			comparisonN: number('comparisonN')
		});
	}
	// Without the permission the override is not in the form: the saved one stays as it is.
	const override = !mayOverride
		? saved
		: typed.overrideEffectiveness
			? {
					effectiveness: typed.overrideEffectiveness,
					strength: typed.overrideStrength,
					justification: typed.overrideJustification ?? ''
				}
			: null;
	return {
		outcome: {
			key,
			outcome: (typed.outcome ?? '').trim(),
			domain: typed.domain,
			source: typed.source,
			override,
			contrasts
		},
		rows,
		errors: numbers.errors
	};
}

/** The form fields of an outcome as saved, for the page to show. */
export function outcomeAsTyped(outcome: OutcomeEntry | null, studyKey: string): Typed {
	const typed: Typed = {
		outcome: outcome?.outcome ?? '',
		domain: outcome?.domain ?? 'child-safety',
		source: outcome?.source ?? 'illustrative',
		overrideEffectiveness: outcome?.override?.effectiveness ?? '',
		overrideStrength: outcome?.override?.strength ?? '',
		overrideJustification: outcome?.override?.justification ?? ''
	};
	const contrasts = outcome?.contrasts ?? [];
	// One blank row more than saved, to add a contrast with.
	const blank = { studyKey, metric: 'smd', favourableDirection: 'higher', designRating: 'high' };
	[...contrasts, blank].forEach((contrast, row) => {
		for (const field of contrastFields) {
			const value = (contrast as Partial<Record<string, string | number | null>>)[field];
			typed[`contrasts.${row}.${field}`] =
				value === null || value === undefined ? '' : String(value);
		}
	});
	typed.rowCount = String(contrasts.length + 1);
	return typed;
}

/** The form fields of a study as saved (or a new one's defaults), for the page to show. */
export function studyAsTyped(study: StudyEntry | null): Typed {
	if (!study) {
		return { design: 'rct', independentOfDeveloper: 'no', source: 'illustrative', country: 'GB' };
	}
	return Object.fromEntries(
		studyFields.map((field) => {
			const value = study[field];
			if (typeof value === 'boolean') return [field, value ? 'yes' : 'no'];
			return [field, value === null ? '' : String(value)];
		})
	);
}
