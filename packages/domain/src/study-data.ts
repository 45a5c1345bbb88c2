import { z } from 'zod';
import { rateOutcome, type OutcomeRatingResult } from './evidence-standards.js';
import { publishRating, ratingOverrideSchema, type PublishedRating } from './rating-override.js';
import { outcomeDomainSchema, ratingSourceSchema } from './outcome.js';
import { checkContrastNumbers, contrastNumbersShape, studySchema, type Contrast } from './study.js';

/**
 * Names a study or outcome within one intervention's study data, so contrasts can point at their
 * study before it has a database id: `s12` and `o7` are stored rows, anything else is new.
 */
export const entryKeySchema = z
	.string()
	.regex(/^[a-z0-9-]{1,40}$/, 'Expected a key of lowercase letters, digits and hyphens');

/**
 * A key for a new study or outcome, unused among those given: `n1`, `n2`, …
 * @example newEntryKey([{ key: 's12' }, { key: 'n1' }]) // 'n2'
 */
export function newEntryKey(entries: readonly { key: string }[]): string {
	const used = new Set(entries.map((entry) => entry.key));
	let n = 1;
	while (used.has(`n${n}`)) n++;
	return `n${n}`;
}

/** A study as editors enter it. */
export type StudyEntry = z.infer<typeof studyEntrySchema>;
/** Validates a study as editors enter it. */
export const studyEntrySchema = studySchema.extend({
	key: entryKeySchema,
	label: z.string().trim().max(200).describe('Short label for charts, e.g. "Chaffin et al. 2004"'),
	source: ratingSourceSchema
});

/** A contrast as editors enter it: its study by key, its country taken from that study. */
export type ContrastEntry = z.infer<typeof contrastEntrySchema>;
/** Validates a contrast as editors enter it. */
export const contrastEntrySchema = z
	.object({ studyKey: entryKeySchema, ...contrastNumbersShape })
	.superRefine(checkContrastNumbers);

/** An outcome as editors enter it: its coded contrasts and, rarely, a reviewer's override. */
export type OutcomeEntry = z.infer<typeof outcomeEntrySchema>;
/** Validates an outcome as editors enter it. */
export const outcomeEntrySchema = z.object({
	key: entryKeySchema,
	outcome: z.string().trim().min(1, 'Name the outcome').max(200),
	domain: outcomeDomainSchema,
	source: ratingSourceSchema,
	override: ratingOverrideSchema.nullable(),
	contrasts: z.array(contrastEntrySchema).max(500)
});

/** The fields of an intervention's study data: its studies and its outcomes with their contrasts. */
export const studyDataShape = {
	studies: z.array(studyEntrySchema).max(500),
	outcomes: z.array(outcomeEntrySchema).max(100)
};

/** Adds an issue for every duplicate key or name and every contrast pointing at no study. */
export function checkStudyData(
	data: { studies: readonly StudyEntry[]; outcomes: readonly OutcomeEntry[] },
	ctx: z.RefinementCtx
): void {
	const unique = <T>(
		items: readonly T[],
		value: (item: T) => string,
		path: (index: number) => (string | number)[],
		say: string
	) => {
		const seen = new Set<string>();
		items.forEach((item, index) => {
			const v = value(item);
			if (seen.has(v)) ctx.addIssue({ code: 'custom', path: path(index), message: say });
			seen.add(v);
		});
	};
	unique(
		data.studies,
		(s) => s.key,
		(i) => ['studies', i],
		'Two studies have the same key'
	);
	unique(
		data.outcomes,
		(o) => o.key,
		(i) => ['outcomes', i],
		'Two outcomes have the same key'
	);
	// On the name's field, so the outcome form can show it there.
	unique(
		data.outcomes,
		(o) => o.outcome.toLowerCase(),
		(i) => ['outcomes', i, 'outcome'],
		'Name each outcome once'
	);
	const studyKeys = new Set(data.studies.map((study) => study.key));
	data.outcomes.forEach((outcome, o) =>
		outcome.contrasts.forEach((contrast, c) => {
			if (!studyKeys.has(contrast.studyKey)) {
				ctx.addIssue({
					code: 'custom',
					path: ['outcomes', o, 'contrasts', c, 'studyKey'],
					message: 'Choose one of the studies of this intervention'
				});
			}
		})
	);
}

/**
 * An outcome's contrasts in the rating engine's terms: each takes its study's country, and an id
 * made of the outcome key and its position.
 */
export function engineContrasts(
	outcome: Pick<OutcomeEntry, 'key' | 'contrasts'>,
	studies: readonly Pick<StudyEntry, 'key' | 'country'>[]
): Contrast[] {
	const countries = new Map(studies.map((study) => [study.key, study.country]));
	return outcome.contrasts.map(({ studyKey, ...numbers }, index) => ({
		id: `${outcome.key}-${index + 1}`,
		country: countries.get(studyKey) ?? 'ZZ',
		...numbers
	}));
}

/** What an outcome would be rated now, as the engine computes it and as readers would see it. */
export interface RatingPreview {
	computed: OutcomeRatingResult;
	published: PublishedRating;
}

/**
 * Rates an outcome from the contrasts as entered, so editors see the rating before they save.
 * @example previewRating({ key: 'o1', contrasts: [], override: null }, []).computed.strength // 'very-low'
 */
export function previewRating(
	outcome: Pick<OutcomeEntry, 'key' | 'contrasts' | 'override'>,
	studies: readonly Pick<StudyEntry, 'key' | 'country'>[]
): RatingPreview {
	const computed = rateOutcome(engineContrasts(outcome, studies));
	return { computed, published: publishRating(computed, outcome.override) };
}
