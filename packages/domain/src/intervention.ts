import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';
import { costBandSchema } from './cost-band.js';
import { outcomeEvidenceSchema, ratingChangeSchema, studySummarySchema } from './evidence.js';
import { outcomeRatingSchema } from './outcome.js';

/**
 * Topics readers browse the Evidence Store by.
 * @example topicKeys.includes('substance-misuse') // true
 */
export const topicKeys = [
	'parenting',
	'mental-health',
	'substance-misuse',
	'abuse-and-neglect',
	'children-in-care',
	'kinship-and-foster-care',
	'family-decision-making',
	'practice-frameworks'
] as const;

/** One topic key. */
export type Topic = z.infer<typeof topicSchema>;
/** Validates a topic key. */
export const topicSchema = z.enum(topicKeys).describe('Evidence Store topic');

/**
 * Labels of the topics for readers.
 * @example topicLabels.parenting // 'Parenting'
 */
export const topicLabels = {
	parenting: 'Parenting',
	'mental-health': 'Mental health',
	'substance-misuse': 'Parental substance misuse',
	'abuse-and-neglect': 'Abuse and neglect',
	'children-in-care': 'Children in care',
	'kinship-and-foster-care': 'Kinship and foster care',
	'family-decision-making': 'Family decision-making',
	'practice-frameworks': 'Practice frameworks'
} as const satisfies Record<Topic, string>;

/** The EMMIE narrative: what the evidence says about effect, mechanisms, moderators, implementation and economics. */
export type Emmie = z.infer<typeof emmieSchema>;
/** Validates the EMMIE narrative sections; each is plain text, empty when not yet written. */
export const emmieSchema = z.object({
	effect: z
		.string()
		.max(5000)
		.describe('What the evidence says about the size and direction of effects'),
	mechanisms: z.string().max(5000).describe('How the intervention is thought to work'),
	moderators: z.string().max(5000).describe('For whom and in what circumstances it works'),
	implementation: z.string().max(5000).describe('What it takes to deliver it well'),
	economics: z.string().max(5000).describe('What it costs and what is known about value for money')
});

/** The age range of the children an intervention serves, in whole years. */
export type AgeRange = z.infer<typeof ageRangeSchema>;
/** Validates an age range: 0–25 years, minimum not above maximum. */
export const ageRangeSchema = z
	.object({
		min: z.int().min(0).max(25).describe('Youngest age served, in years'),
		max: z.int().min(0).max(25).describe('Oldest age served, in years')
	})
	.refine((range) => range.min <= range.max, {
		message: 'The youngest age must not be above the oldest',
		path: ['min']
	});

/**
 * Other names an intervention is known by — acronyms, brand names, older names — as editors list
 * them: search finds the entry by any of them, and its page shows them.
 * @example alsoKnownAsSchema.parse(['FDAC']) // ['FDAC']
 */
export const alsoKnownAsSchema = z
	.array(z.string().trim().min(1).max(100, 'Each other name must be 100 characters or fewer'))
	.max(12, 'List 12 other names or fewer')
	.refine(
		(names) => new Set(names.map((name) => name.toLowerCase())).size === names.length,
		'List each other name once'
	)
	.describe('Other names it is known by: acronyms, brand names, older names');

/** What the Evidence Store index shows for each intervention. */
export type InterventionSummary = z.infer<typeof interventionSummarySchema>;
/** Validates an Evidence Store index entry. */
export const interventionSummarySchema = z.object({
	slug: slugSchema,
	name: z.string().min(1).max(200).describe('Name of the intervention'),
	alsoKnownAs: alsoKnownAsSchema,
	summary: z.string().min(1).max(1000).describe('One or two plain-English sentences'),
	topics: z.array(topicSchema),
	ageRange: ageRangeSchema.nullable(),
	costBand: costBandSchema,
	outcomes: z.array(outcomeRatingSchema),
	evidenceLastReviewed: isoDateSchema.nullable(),
	pageUpdated: isoDateSchema
});

/** One entry of an intervention's public change log. */
export type ChangeNote = z.infer<typeof changeNoteSchema>;
/** Validates a public change note: the day a major change was published, and what changed. */
export const changeNoteSchema = z.object({ date: isoDateSchema, note: z.string() });

/** A full Evidence Store entry. */
export type Intervention = z.infer<typeof interventionSchema>;
/** Validates a full Evidence Store entry. */
export const interventionSchema = interventionSummarySchema.extend({
	description: z.string().max(10000).describe('What the intervention is and who delivers it'),
	emmie: emmieSchema,
	sourceReview: z.string().max(1000).nullable().describe('The review the ratings were taken from'),
	studies: z.array(studySummarySchema),
	evidence: z
		.array(outcomeEvidenceSchema)
		.describe('The analysis behind each outcome rating, in order'),
	ratingChanges: z.array(ratingChangeSchema).describe('Published rating changes, newest first'),
	changeNotes: z.array(changeNoteSchema).describe('Published changes to the page, newest first')
});

/** Parameters of `interventions.get`. */
export type InterventionGetInput = z.infer<typeof interventionGetInputSchema>;
/** Validates the parameters of `interventions.get`. */
export const interventionGetInputSchema = z.object({ slug: slugSchema });

/** How many interventions `interventions.list` can be asked for by slug at once. */
export const listSlugsMax = 50;

/** Parameters of `interventions.list`. */
export type InterventionListInput = z.infer<typeof interventionListInputSchema>;
/**
 * Validates the parameters of `interventions.list`; every filter is optional.
 * @example interventionListInputSchema.parse({ slugs: ['kinship-care', 'family-group-conferencing'] })
 */
export const interventionListInputSchema = z
	.object({
		topic: topicSchema.optional(),
		slugs: z
			.array(slugSchema)
			.min(1)
			.max(listSlugsMax)
			.optional()
			.describe('Only these, where published (a slug of none is left out, not refused)')
	})
	.default({});
