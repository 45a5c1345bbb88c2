import { z } from 'zod';
import { effectivenessSchema, strengthSchema } from './ratings.js';

/*
 * When the Evidence Standards in the code change (a new version), reviewers first see every
 * published rating the new rules would change — a dry run — and then republish them all in one
 * step, with a change note for the public change log.
 */

/** A published rating as a dry run compares it: the two axes, who set it, and under which rules. */
export type PublishedUnder = z.infer<typeof publishedUnderSchema>;
/** Validates a published rating with the version of the standards it was published under. */
export const publishedUnderSchema = z.object({
	effectiveness: effectivenessSchema,
	strength: strengthSchema,
	source: z
		.enum(['computed', 'override'])
		.describe('computed: by the rating engine; override: by a reviewer, with a justification'),
	standardsVersion: z.string()
});

/**
 * Whether a rating published after another changes what readers see: either axis, or whether the
 * engine or a reviewer set it. A new standards version alone is not a change.
 * @example
 * changesPublishedRating(
 * 	{ effectiveness: 'mixed', strength: 'low', source: 'computed' },
 * 	{ effectiveness: 'mixed', strength: 'very-low', source: 'computed' }
 * ) // true
 */
export function changesPublishedRating(
	before: Pick<PublishedUnder, 'effectiveness' | 'strength' | 'source'>,
	after: Pick<PublishedUnder, 'effectiveness' | 'strength' | 'source'>
): boolean {
	return (
		before.effectiveness !== after.effectiveness ||
		before.strength !== after.strength ||
		before.source !== after.source
	);
}

/** One published rating that the code's standards would change if it were republished. */
export type PendingRatingChange = z.infer<typeof pendingRatingChangeSchema>;
/** Validates one rating of a dry run: what is published, what would be, and why. */
export const pendingRatingChangeSchema = z.object({
	outcomeRatingId: z.int().min(1),
	intervention: z.object({ slug: z.string(), name: z.string() }),
	outcome: z.string(),
	from: publishedUnderSchema.describe('The rating as published now'),
	to: publishedUnderSchema.describe('The rating the new standards would publish'),
	reasons: z
		.array(z.object({ ruleId: z.string(), text: z.string() }))
		.describe('The rules that fired under the new standards, with why')
});

/** What republishing under the code's standards would do, before anything is republished. */
export type StandardsDryRun = z.infer<typeof standardsDryRunSchema>;
/** Validates a dry run of the code's standards against the published ratings. */
export const standardsDryRunSchema = z.object({
	standardsVersion: z.string().describe('The version of the standards in the code'),
	changes: z
		.array(pendingRatingChangeSchema)
		.describe('Every published rating the new standards would change, by intervention and outcome'),
	unchangedCount: z
		.int()
		.min(0)
		.describe('Ratings published under another version that the new standards leave as they are'),
	fingerprint: z
		.string()
		.describe('Names exactly this dry run: republishing refuses when the ratings moved since')
});

/**
 * How many ratings a dry run would republish: those it changes and those it only records under
 * the new version.
 * @example pendingCount({ changes: [], unchangedCount: 3 }) // 3
 */
export function pendingCount(dryRun: Pick<StandardsDryRun, 'changes' | 'unchangedCount'>): number {
	return dryRun.changes.length + dryRun.unchangedCount;
}

/** Parameters of republishing every pending rating under the code's standards. */
export type StandardsRepublishInput = z.infer<typeof standardsRepublishInputSchema>;
/** Validates a republish: the dry run the reviewer saw, and the public change note. */
export const standardsRepublishInputSchema = z.object({
	fingerprint: z
		.string()
		.trim()
		.min(1, 'Look at the ratings that would change before republishing')
		.max(128)
		.describe('The fingerprint of the dry run the reviewer saw'),
	changeNote: z
		.string()
		.trim()
		.min(1, 'Write a change note for the public change log')
		.max(1000, 'The change note must be 1,000 characters or fewer')
		.describe('Why the ratings changed, shown beside each change in the public change log')
});

/** What a republish did. */
export type StandardsRepublishOutcome = z.infer<typeof standardsRepublishOutcomeSchema>;
/** Validates what a republish did: how many ratings it recorded, and how many of them changed. */
export const standardsRepublishOutcomeSchema = z.object({
	standardsVersion: z.string(),
	republished: z.int().min(0).describe('Ratings recorded under the new version'),
	changed: z.int().min(0).describe('Of those, ratings whose published rating changed')
});

/**
 * The audit action of a republish under new standards; its subject is the standards version.
 * @example standardsRepublishAuditAction // 'ratings.republished'
 */
export const standardsRepublishAuditAction = 'ratings.republished';
