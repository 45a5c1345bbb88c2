import { z } from 'zod';
import { slugSchema } from './common.js';
import { interventionSchema, topicSchema } from './intervention.js';
import { ratingOverrideSchema } from './evidence-standards.js';
import { checkStudyData, entryKeySchema, studyDataShape, type StudyEntry } from './study-data.js';
import { changeNoteInputSchema, editionStateSchema, workflowActionSchema } from './workflow.js';

/**
 * What an editor changes about an intervention: its text, and the study data its ratings are
 * computed from when it is published.
 */
export type InterventionContent = z.infer<typeof interventionContentSchema>;
/** Validates the editable content of an intervention, as every revision stores it. */
export const interventionContentSchema = interventionSchema
	.pick({
		name: true,
		summary: true,
		description: true,
		ageRange: true,
		costBand: true,
		emmie: true,
		sourceReview: true
	})
	.extend({
		topics: z
			.array(topicSchema)
			.refine((topics) => new Set(topics).size === topics.length, 'Choose each topic once'),
		...studyDataShape
	})
	.superRefine(checkStudyData);

/** Labels of the content fields, for forms and diffs; EMMIE sections by their own names. */
export const contentFieldLabels = {
	name: 'Name',
	summary: 'Summary',
	description: 'Description',
	topics: 'Topics',
	ageRange: 'Ages',
	costBand: 'Cost band',
	'emmie.effect': 'Effect',
	'emmie.mechanisms': 'Mechanisms',
	'emmie.moderators': 'Moderators',
	'emmie.implementation': 'Implementation',
	'emmie.economics': 'Economics',
	sourceReview: 'Source review',
	studies: 'Studies',
	outcomes: 'Outcomes and contrasts'
} as const;

/** One content field. */
export type ContentField = keyof typeof contentFieldLabels;

/** One changed field between two revisions, as text. */
export interface ContentChange {
	field: ContentField;
	before: string;
	after: string;
}

/** One line per study with every field, as a diff compares them. */
function studiesAsText(studies: readonly StudyEntry[]): string {
	return studies
		.map(
			(s) =>
				`${s.label}: ${s.citation}; ${s.year}, ${s.country}, ${s.design}, ${s.setting || 'no setting'}, ` +
				`${s.independentOfDeveloper ? 'independent' : 'not independent'} of the developer, ` +
				`${s.treatmentN} + ${s.comparisonN} participants, ` +
				`follow-up ${s.followUpMonths ?? 'not reported'} months, ${s.source}`
		)
		.join('\n');
}

/** One line per outcome and one per contrast with every field, as a diff compares them. */
function outcomesAsText(content: InterventionContent): string {
	const labels = new Map(content.studies.map((s) => [s.key, s.label || s.citation.slice(0, 60)]));
	return content.outcomes
		.flatMap((o) => [
			`${o.outcome} (${o.domain}, ${o.source})` +
				(o.override
					? `, rated by a reviewer: ${o.override.effectiveness}, ${o.override.strength}: ${o.override.justification}`
					: ''),
			...o.contrasts.map(
				(c) =>
					`  ${labels.get(c.studyKey) ?? c.studyKey}, sample ${c.sampleId}: ${c.metric} ${c.effectSize}` +
					` (variance ${c.variance ?? '–'}, 95% CI ${c.ciLower ?? '–'} to ${c.ciUpper ?? '–'}), ` +
					`${c.favourableDirection} is better, ${c.designRating}, ${c.treatmentN} + ${c.comparisonN}`
			)
		])
		.join('\n');
}

function asText(content: InterventionContent, field: ContentField): string {
	if (field.startsWith('emmie.'))
		return content.emmie[field.slice(6) as keyof InterventionContent['emmie']];
	if (field === 'studies') return studiesAsText(content.studies);
	if (field === 'outcomes') return outcomesAsText(content);
	const value = content[field as Exclude<ContentField, `emmie.${string}` | 'studies' | 'outcomes'>];
	if (value === null) return '';
	if (Array.isArray(value)) return value.join(', ');
	if (typeof value === 'object') return `${value.min} to ${value.max}`;
	return value;
}

/**
 * The fields that differ between two versions of the content, in form order.
 * @example diffContent(a, { ...a, summary: 'New' }) // [{ field: 'summary', before: …, after: 'New' }]
 */
export function diffContent(
	before: InterventionContent,
	after: InterventionContent
): ContentChange[] {
	return (Object.keys(contentFieldLabels) as ContentField[]).flatMap((field) => {
		const [was, is] = [asText(before, field), asText(after, field)];
		return was === is ? [] : [{ field, before: was, after: is }];
	});
}

/**
 * Whether any outcome's rating override differs in value between two versions of the content: an
 * outcome added or removed without an override changes none. Values are compared, not their JSON,
 * because Postgres `jsonb` gives keys back in its own order.
 * @example overridesDiffer(content, structuredClone(content)) // false
 */
export function overridesDiffer(before: InterventionContent, after: InterventionContent): boolean {
	const byKey = (content: InterventionContent) =>
		new Map(content.outcomes.map((outcome) => [outcome.key, outcome.override]));
	const [was, is] = [byKey(before), byKey(after)];
	return [...new Set([...was.keys(), ...is.keys()])].some((key) => {
		const [a, b] = [was.get(key) ?? null, is.get(key) ?? null];
		if (a === null || b === null) return a !== b;
		return (
			a.effectiveness !== b.effectiveness ||
			a.strength !== b.strength ||
			a.justification !== b.justification
		);
	});
}

/** An edition as the console lists it. */
export type EditionSummary = z.infer<typeof editionSummarySchema>;
/** Validates an edition in a list. */
export const editionSummarySchema = z.object({
	id: z.int(),
	slug: slugSchema,
	name: z.string(),
	state: editionStateSchema,
	authorId: z.int(),
	authorName: z.string(),
	lastEditorId: z.int(),
	updatedAt: z.iso.datetime({ offset: true }),
	publishedAt: z.iso.datetime({ offset: true }).nullable()
});

/** A revision: one save of an edition, never changed afterwards. */
export type Revision = z.infer<typeof revisionSchema>;
/** Validates a revision. */
export const revisionSchema = z.object({
	id: z.int(),
	number: z.int().min(1),
	savedBy: z.string(),
	savedAt: z.iso.datetime({ offset: true }),
	content: interventionContentSchema
});

/** An edition with its latest content and its history. */
export type Edition = z.infer<typeof editionSchema>;
/** Validates an edition as the editor and review pages show it. */
export const editionSchema = editionSummarySchema.extend({
	everPublished: z.boolean(),
	latest: revisionSchema,
	/** The live content it would replace; null for a first publication. */
	live: interventionContentSchema.nullable(),
	revisions: z.array(revisionSchema.omit({ content: true })).describe('Newest first'),
	comments: z.array(
		z.object({ by: z.string(), at: z.iso.datetime({ offset: true }), text: z.string() })
	)
});

/** Parameters of adding an intervention: its name and summary; the rest comes in the draft. */
export type CreateInterventionInput = z.infer<typeof createInterventionInputSchema>;
/** Validates the parameters of adding an intervention. */
export const createInterventionInputSchema = interventionSchema.pick({ name: true, summary: true });

/** Parameters of saving a draft. */
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;
/** Validates a save: the revision the editor started from (optimistic locking) and the content. */
export const saveDraftInputSchema = z.object({
	editionId: z.int(),
	baseRevisionId: z.int().describe('The latest revision when the editor opened the form'),
	content: interventionContentSchema
});

/** Parameters of a reviewer's rating in place of an outcome's computed one. */
export type SaveOverrideInput = z.infer<typeof saveOverrideInputSchema>;
/** Validates a reviewer's rating: the outcome by key, and the override, or null to remove it. */
export const saveOverrideInputSchema = z.object({
	editionId: z.int(),
	baseRevisionId: z.int().describe('The latest revision when the reviewer opened the form'),
	outcomeKey: entryKeySchema,
	override: ratingOverrideSchema.nullable()
});

/** Parameters of moving an edition through the workflow. */
export type TransitionInput = z.infer<typeof transitionInputSchema>;
/** Validates a workflow move; a comment is required when sending back for changes. */
export const transitionInputSchema = z
	.object({
		editionId: z.int(),
		action: workflowActionSchema,
		note: changeNoteInputSchema.optional(),
		comment: z.string().trim().max(2000).optional(),
		revisionId: z
			.int()
			.optional()
			.describe('The revision the reviewer approves; publishing anything newer is refused')
	})
	.refine((input) => input.action !== 'request-changes' || Boolean(input.comment), {
		message: 'Say what needs to change',
		path: ['comment']
	})
	.refine((input) => input.action !== 'publish' || input.revisionId !== undefined, {
		message: 'Say which revision you approve',
		path: ['revisionId']
	});
