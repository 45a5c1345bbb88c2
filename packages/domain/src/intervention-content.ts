import { z } from 'zod';
import { slugify } from './common.js';
import { alsoKnownAsSchema, interventionSchema, topicSchema } from './intervention.js';
import { DomainError } from './errors.js';
import type { RatingOverride } from './rating-override.js';
import { checkStudyData, studyDataShape, type StudyEntry } from './study-data.js';

/**
 * What an editor changes about an intervention: its text, and the study data its ratings are
 * computed from when it is published.
 */
export type InterventionContent = z.infer<typeof interventionContentSchema>;
/** Validates the editable content of an intervention, as every revision stores it. */
export const interventionContentSchema = interventionSchema
	.pick({
		slug: true,
		name: true,
		summary: true,
		description: true,
		ageRange: true,
		costBand: true,
		emmie: true,
		sourceReview: true
	})
	.extend({
		// Revisions saved before other names existed have none.
		alsoKnownAs: alsoKnownAsSchema.default([]),
		topics: z
			.array(topicSchema)
			.refine((topics) => new Set(topics).size === topics.length, 'Choose each topic once'),
		...studyDataShape
	})
	.superRefine(checkStudyData);

/** Labels of the content fields, for forms and diffs; EMMIE sections by their own names. */
export const interventionFieldLabels = {
	slug: 'Web address',
	name: 'Name',
	alsoKnownAs: 'Also known as',
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

/** One content field of an intervention. */
export type InterventionField = keyof typeof interventionFieldLabels;

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

/**
 * One field of an intervention as text, as a diff compares and shows it: EMMIE sections one by
 * one, and a line per study, outcome and contrast.
 * @example interventionFieldText(content, 'topics') // 'abuse-and-neglect, parenting'
 */
export function interventionFieldText(
	content: InterventionContent,
	field: InterventionField
): string {
	if (field.startsWith('emmie.'))
		return content.emmie[field.slice(6) as keyof InterventionContent['emmie']];
	if (field === 'studies') return studiesAsText(content.studies);
	if (field === 'outcomes') return outcomesAsText(content);
	const value =
		content[field as Exclude<InterventionField, `emmie.${string}` | 'studies' | 'outcomes'>];
	if (value === null) return '';
	if (Array.isArray(value)) return value.join(', ');
	if (typeof value === 'object') return `${value.min} to ${value.max}`;
	return value;
}

/** A value as JSON with object keys in a fixed order: jsonb gives them back in its own. */
const stableJson = (value: unknown): string =>
	JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
			: inner
	);

/** What a reviewer judged when rating an outcome by hand: the outcome, its evidence, the rating. */
const judgement = (outcome: InterventionContent['outcomes'][number]) =>
	stableJson({
		outcome: outcome.outcome,
		domain: outcome.domain,
		contrasts: outcome.contrasts,
		override: outcome.override
	});

/**
 * Whether a reviewer's judgement differs between two versions of the content: an override
 * added, changed or removed, or an overridden outcome renamed, moved to another domain or given
 * other contrasts, so the public justification would stand beside evidence nobody judged. An
 * outcome added or removed without an override changes none. Values are compared, not their
 * JSON as stored, because Postgres `jsonb` gives keys back in its own order.
 * @example overridesDiffer(content, structuredClone(content)) // false
 */
export function overridesDiffer(before: InterventionContent, after: InterventionContent): boolean {
	const byKey = (content: InterventionContent) =>
		new Map(content.outcomes.map((outcome) => [outcome.key, outcome]));
	const [was, is] = [byKey(before), byKey(after)];
	return [...new Set([...was.keys(), ...is.keys()])].some((key) => {
		const [a, b] = [was.get(key), is.get(key)];
		if (!a?.override && !b?.override) return false;
		return !a || !b || judgement(a) !== judgement(b);
	});
}

/**
 * The content with one outcome's override set, or removed (null): a reviewer's rating in place of
 * the computed one. Refused when the outcome is not in the content.
 * @example withOverride(content, 'o1', null).outcomes[0].override // null
 */
export function withOverride(
	content: InterventionContent,
	outcomeKey: string,
	override: RatingOverride | null
): InterventionContent {
	if (!content.outcomes.some((outcome) => outcome.key === outcomeKey)) {
		throw new DomainError('NOT_FOUND', 'There is no such outcome in this draft.');
	}
	return {
		...content,
		outcomes: content.outcomes.map((outcome) =>
			outcome.key === outcomeKey ? { ...outcome, override } : outcome
		)
	};
}

/**
 * The content a new intervention's draft starts from: its name and summary, every other section
 * empty for the editor to write. The web address comes from the name unless one is given.
 * @example newInterventionContent({ name: 'Video Interaction Guidance', summary: '…' }).slug // 'video-interaction-guidance'
 */
export function newInterventionContent(start: {
	name: string;
	summary: string;
	slug?: string | undefined;
}): InterventionContent {
	return {
		slug: start.slug || slugify(start.name).slice(0, 100).replace(/-+$/, ''),
		name: start.name,
		alsoKnownAs: [],
		summary: start.summary,
		description: '',
		topics: [],
		ageRange: null,
		costBand: 'not-known',
		emmie: { effect: '', mechanisms: '', moderators: '', implementation: '', economics: '' },
		sourceReview: null,
		studies: [],
		outcomes: []
	};
}
