import { z } from 'zod';
import { dfeCodeSchema, gssCodeSchema } from './partner.js';
import { isoDateSchema } from './common.js';

/**
 * Ofsted's four judgement grades, best first.
 * @example ofstedGradeLabels['requires-improvement'] // 'Requires improvement to be good'
 */
export const ofstedGradeKeys = [
	'outstanding',
	'good',
	'requires-improvement',
	'inadequate'
] as const;

/** One Ofsted grade key. */
export type OfstedGrade = z.infer<typeof ofstedGradeSchema>;
/** Validates an Ofsted grade key. */
export const ofstedGradeSchema = z.enum(ofstedGradeKeys).describe('Ofsted judgement');

/** Ofsted's own wording of each grade. */
export const ofstedGradeLabels = {
	outstanding: 'Outstanding',
	good: 'Good',
	'requires-improvement': 'Requires improvement to be good',
	inadequate: 'Inadequate'
} as const satisfies Record<OfstedGrade, string>;

/** The latest inspection of an authority's children's services (ILACS). */
export type OfstedInspection = z.infer<typeof ofstedInspectionSchema>;
/** Validates an inspection; a judgement the source does not give is null. */
export const ofstedInspectionSchema = z.object({
	gssCode: gssCodeSchema,
	dfeCode: dfeCodeSchema,
	urn: z.string().regex(/^\d+$/, 'Expected Ofsted’s numeric URN'),
	framework: z.enum(['standard', 'short']).nullable(),
	startedOn: isoDateSchema.nullable(),
	overallEffectiveness: ofstedGradeSchema.nullable(),
	impactOfLeaders: ofstedGradeSchema.nullable(),
	helpAndProtection: ofstedGradeSchema.nullable(),
	inCare: ofstedGradeSchema.nullable(),
	careLeavers: ofstedGradeSchema.nullable(),
	// Only Ofsted's own report hosts: the address becomes a link on a public page.
	reportUrl: z.url({ protocol: /^https$/, hostname: /^(files|reports)\.ofsted\.gov\.uk$/ })
});

/** The DfE code the statistics use for England as a whole. */
export const englandDfeCode = '970';

/** One year's rate of children looked after, per 10,000 children, at 31 March. */
export type LookedAfterRate = z.infer<typeof lookedAfterRateSchema>;
/** Validates one year's figure; suppressed figures are null. */
export const lookedAfterRateSchema = z.object({
	year: z.int().min(1990).max(2100),
	ratePer10k: z.number().min(0).nullable(),
	count: z.int().min(0).nullable()
});
