import { z } from 'zod';
import { effectivenessSchema, strengthSchema } from './ratings.js';

/**
 * Groups of outcomes for children, families and the workforce, as Evidence Standards v1 names them.
 * @example outcomeDomainKeys.includes('child-safety') // true
 */
export const outcomeDomainKeys = [
	'child-safety',
	'entry-to-care',
	'permanence-and-reunification',
	'child-wellbeing',
	'behaviour',
	'parenting-and-family',
	'education',
	'workforce-wellbeing'
] as const;

/** One outcome domain key. */
export type OutcomeDomain = z.infer<typeof outcomeDomainSchema>;
/** Validates an outcome domain key. */
export const outcomeDomainSchema = z.enum(outcomeDomainKeys).describe('Outcome domain');

/**
 * Labels of the outcome domains for readers.
 * @example outcomeDomainLabels['entry-to-care'] // 'Entry to care'
 */
export const outcomeDomainLabels = {
	'child-safety': 'Child safety',
	'entry-to-care': 'Entry to care',
	'permanence-and-reunification': 'Permanence and reunification',
	'child-wellbeing': 'Child wellbeing and mental health',
	behaviour: 'Behaviour',
	'parenting-and-family': 'Parenting and family functioning',
	education: 'Education',
	'workforce-wellbeing': 'Workforce wellbeing'
} as const satisfies Record<OutcomeDomain, string>;

/**
 * Where a rating comes from: published by the original Evidence Store, or illustrative demo
 * data that readers must be told is not a real finding.
 */
export const ratingSourceKeys = ['published', 'illustrative'] as const;

/** One rating source key. */
export type RatingSource = z.infer<typeof ratingSourceSchema>;
/** Validates a rating source key. */
export const ratingSourceSchema = z
	.enum(ratingSourceKeys)
	.describe('published: a real published rating; illustrative: demo data, not a finding');

/** One outcome of an intervention with its two ratings. */
export type OutcomeRating = z.infer<typeof outcomeRatingSchema>;
/** Validates one outcome rating. */
export const outcomeRatingSchema = z.object({
	outcome: z.string().min(1).max(200).describe('Outcome name, e.g. "Family reunification"'),
	domain: outcomeDomainSchema,
	effectiveness: effectivenessSchema,
	strength: strengthSchema,
	studyCount: z.int().min(0).nullable().describe('Studies behind the rating, when known'),
	ukStudyCount: z.int().min(0).nullable().describe('Of those, studies carried out in the UK'),
	source: ratingSourceSchema,
	headline: z.string().describe('The plain-English headline sentence of this rating')
});
