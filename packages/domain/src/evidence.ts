import { z } from 'zod';
import { ratingSourceSchema } from './outcome.js';
import { effectivenessSchema, strengthSchema } from './ratings.js';
import {
	countryCodeSchema,
	designRatingSchema,
	effectMetricSchema,
	studyDesignSchema
} from './study.js';

/** A study as the intervention page lists it. */
export type StudySummary = z.infer<typeof studySummarySchema>;
/** Validates a listed study. */
export const studySummarySchema = z.object({
	id: z.int(),
	label: z.string().describe('Short label for charts, e.g. "Chaffin et al. 2004"'),
	citation: z.string(),
	year: z.int(),
	country: countryCodeSchema,
	design: studyDesignSchema,
	independentOfDeveloper: z.boolean(),
	participants: z.int().min(0),
	source: ratingSourceSchema
});

/** The pooled result of an outcome's counted comparisons (a subset of the engine's PooledEffect). */
export type PooledSummary = z.infer<typeof pooledSummarySchema>;
/** Validates a pooled result. */
export const pooledSummarySchema = z.object({
	k: z.int().min(1),
	estimate: z.number(),
	se: z.number().min(0),
	ciLower: z.number(),
	ciUpper: z.number(),
	p: z.number().min(0).max(1),
	tau2: z.number().min(0),
	i2: z.number().min(0).max(100),
	predictionLower: z.number().nullable(),
	predictionUpper: z.number().nullable()
});

/** One row of a forest plot: a sample's comparison, as pooled. */
export type ForestRow = z.infer<typeof forestRowSchema>;
/** Validates a forest plot row. */
export const forestRowSchema = z.object({
	studyId: z.int(),
	label: z.string(),
	estimate: z.number(),
	ciLower: z.number(),
	ciUpper: z.number(),
	weightPercent: z.number().min(0).max(100),
	designRating: designRatingSchema
});

/** What the evidence on one outcome shows: the engine's analysis behind the rating. */
export type OutcomeEvidence = z.infer<typeof outcomeEvidenceSchema>;
/** Validates the evidence on one outcome. */
export const outcomeEvidenceSchema = z.object({
	outcome: z.string(),
	metric: effectMetricSchema.nullable(),
	rows: z.array(forestRowSchema).describe('Counted comparisons, positive = favourable'),
	notCounted: z.array(z.int()).describe('Ids of studies whose comparisons were rated low'),
	pooled: pooledSummarySchema.nullable(),
	reasons: z.array(z.object({ ruleId: z.string(), text: z.string() })),
	override: z.object({ justification: z.string() }).nullable(),
	standardsVersion: z.string()
});

/** What an outcome's evidence is apart from its name and override: worked out at publishing. */
export type OutcomeAnalysis = Omit<OutcomeEvidence, 'outcome' | 'override'>;

/** One published change of an outcome's rating: the public change log of an intervention page. */
export type RatingChange = z.infer<typeof ratingChangeSchema>;
/** Validates a change-log entry; `previous` is null for an outcome's first rating. */
export const ratingChangeSchema = z.object({
	outcome: z.string(),
	date: z.iso.date().describe('Day the rating was published (UTC)'),
	effectiveness: effectivenessSchema,
	strength: strengthSchema,
	previous: z.object({ effectiveness: effectivenessSchema, strength: strengthSchema }).nullable(),
	source: z
		.enum(['computed', 'override'])
		.describe('computed: by the rating engine; override: by a reviewer, with a justification'),
	standardsVersion: z.string(),
	note: z
		.string()
		.nullable()
		.describe('The reviewer’s note, when the change came from republishing under new standards')
});
