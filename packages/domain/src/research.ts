import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';
import { fileRefSchema } from './files.js';
import { programmeRefSchema } from './partner.js';

/**
 * The Centre's research themes.
 * @example researchThemeLabels['front-door'] // 'The front door'
 */
export const researchThemeKeys = [
	'front-door',
	'reducing-need-for-care',
	'supervision-and-decision-making',
	'workforce-wellbeing'
] as const;

/** One research theme key. */
export type ResearchTheme = z.infer<typeof researchThemeSchema>;
/** Validates a research theme key. */
export const researchThemeSchema = z.enum(researchThemeKeys).describe('Research theme');

/** Labels of the research themes for readers. */
export const researchThemeLabels = {
	'front-door': 'The front door',
	'reducing-need-for-care': 'Safely reducing the need for children to enter care',
	'supervision-and-decision-making': 'Effective supervision and decision-making',
	'workforce-wellbeing': 'Workforce wellbeing'
} as const satisfies Record<ResearchTheme, string>;

/**
 * The stages of a research project, in the order it goes through them.
 * @example projectStageKeys.indexOf('protocol-published') < projectStageKeys.indexOf('in-delivery') // true
 */
export const projectStageKeys = [
	'call-open',
	'partners-selected',
	'protocol-published',
	'in-delivery',
	'evaluating',
	'reported'
] as const;

/** One project stage key. */
export type ProjectStage = z.infer<typeof projectStageSchema>;
/** Validates a project stage key. */
export const projectStageSchema = z.enum(projectStageKeys).describe('Stage of a research project');

/** Labels of the project stages for timelines. */
export const projectStageLabels = {
	'call-open': 'Call for partners open',
	'partners-selected': 'Partners selected',
	'protocol-published': 'Protocol published',
	'in-delivery': 'In delivery',
	evaluating: 'Evaluating',
	reported: 'Reported'
} as const satisfies Record<ProjectStage, string>;

/** An outcome a protocol names, one a line in the form: the limit is each line's, and says so. */
const outcomeLineSchema = z
	.string()
	.trim()
	.min(1)
	.max(300, 'Write each outcome in 300 characters or fewer');

/** The front sheet of a project's protocol. */
export type Protocol = z.infer<typeof protocolSchema>;
/**
 * Validates a protocol's front sheet. It must be published before fieldwork starts — the point
 * of publishing it — and the refusal names the date.
 */
export const protocolSchema = z
	.object({
		evaluator: z.string().trim().min(1, 'Name the evaluator').max(300),
		principalInvestigator: z.string().trim().min(1, 'Name the principal investigator').max(200),
		trialType: z
			.string()
			.trim()
			.min(1, 'Say what kind of trial or study it is')
			.max(200)
			.describe('e.g. "Randomised controlled trial", "Quasi-experimental design"'),
		localAuthorityCount: z
			.int()
			.min(0)
			.describe('Local authorities taking part; 0 for re-analyses of existing data'),
		childrenAndFamiliesCount: z
			.int()
			.min(1)
			.nullable()
			.describe('Children and families expected to take part, when known'),
		primaryOutcomes: z.array(outcomeLineSchema).min(1, 'Name at least one primary outcome'),
		secondaryOutcomes: z.array(outcomeLineSchema),
		publishedOn: isoDateSchema.describe('When the protocol was published'),
		fieldworkStartsOn: isoDateSchema.describe('When work with children, families or staff begins')
	})
	.refine((protocol) => protocol.publishedOn < protocol.fieldworkStartsOn, {
		message: 'The protocol must be published before fieldwork starts',
		path: ['publishedOn']
	});

/**
 * Whether readers can be told the protocol was published before work began. Protocols stored
 * before the rule was enforced are checked again here, so the badge never claims what is not so.
 * @example publishedBeforeWorkBegan({ publishedOn: '2019-03-01', fieldworkStartsOn: '2019-04-01' }) // true
 */
export function publishedBeforeWorkBegan(
	protocol: Pick<Protocol, 'publishedOn' | 'fieldworkStartsOn'>
): boolean {
	return protocol.publishedOn < protocol.fieldworkStartsOn;
}

/**
 * Kinds of publication in the library.
 * @example publicationTypeLabels['rapid-realist-review'] // 'Rapid realist review'
 */
export const publicationTypeKeys = [
	'scoping-review',
	'systematic-review',
	'rapid-realist-review',
	'meta-analysis',
	'exploratory-analysis',
	'practice-guide',
	'protocol',
	'insight-report'
] as const;

/** One publication type key. */
export type PublicationType = z.infer<typeof publicationTypeSchema>;
/** Validates a publication type key. */
export const publicationTypeSchema = z.enum(publicationTypeKeys).describe('Kind of publication');

/** Labels of the publication types for readers. */
export const publicationTypeLabels = {
	'scoping-review': 'Scoping review',
	'systematic-review': 'Systematic review',
	'rapid-realist-review': 'Rapid realist review',
	'meta-analysis': 'Meta-analysis',
	'exploratory-analysis': 'Exploratory analysis',
	'practice-guide': 'Practice guide',
	protocol: 'Protocol',
	'insight-report': 'Insight report'
} as const satisfies Record<PublicationType, string>;

/** The publication types as a feed's title names several: "Publications: Meta-analyses". */
export const publicationTypePluralLabels = {
	'scoping-review': 'Scoping reviews',
	'systematic-review': 'Systematic reviews',
	'rapid-realist-review': 'Rapid realist reviews',
	'meta-analysis': 'Meta-analyses',
	'exploratory-analysis': 'Exploratory analyses',
	'practice-guide': 'Practice guides',
	protocol: 'Protocols',
	'insight-report': 'Insight reports'
} as const satisfies Record<PublicationType, string>;

/** A report, review or protocol in the publications library. */
export type Publication = z.infer<typeof publicationSchema>;
/** Validates a publication. */
export const publicationSchema = z.object({
	slug: slugSchema,
	title: z.string().trim().min(1, 'Give the title').max(300),
	type: publicationTypeSchema,
	// One a line in the form: the limit is each line's, and says so.
	authors: z
		.array(z.string().trim().min(1).max(200, 'Write each author in 200 characters or fewer'))
		.min(1, 'Name at least one author'),
	publishedOn: isoDateSchema,
	abstract: z.string().trim().min(1, 'Write the abstract').max(5000),
	themes: z.array(researchThemeSchema),
	interventionSlugs: z.array(slugSchema).describe('Evidence Store entries it informs'),
	projectSlugs: z.array(slugSchema).describe('Research projects it comes from')
});

/** An entry the research pages link to: a partner, intervention or project, by slug and name. */
export type NamedRef = z.infer<typeof namedRefSchema>;
/** Validates a link to another page by slug and name. */
export const namedRefSchema = z.object({ slug: slugSchema, name: z.string().min(1).max(300) });

/**
 * A project's stage as readers see it, including before its first date has come.
 * @example projectStageLabel(null) // 'Not started yet'
 */
export function projectStageLabel(stage: ProjectStage | null): string {
	return stage === null ? 'Not started yet' : projectStageLabels[stage];
}

/**
 * When a project reaches one stage of its lifecycle: the day it did, or — for a date still to
 * come — the day it is planned to. A project moves on by its dates, not by anyone remembering to.
 */
export type Milestone = z.infer<typeof milestoneSchema>;
/** Validates one dated stage. */
export const milestoneSchema = z.object({
	stage: projectStageSchema,
	reachedOn: isoDateSchema.describe('When it reached, or is planned to reach, the stage')
});

/**
 * The stage a project is at on a day: the furthest stage whose date has come, or null when none
 * has (the project has not started). Stages may be reached out of order (a protocol published
 * before partners are chosen); the furthest reached counts.
 * @example projectStageOn([{ stage: 'in-delivery', reachedOn: '2019-04-01' }, { stage: 'evaluating', reachedOn: '2020-04-01' }], '2019-12-25') // 'in-delivery'
 */
export function projectStageOn(milestones: readonly Milestone[], day: string): ProjectStage | null {
	const reached = milestones.filter((milestone) => milestone.reachedOn <= day);
	if (reached.length === 0) return null;
	return (
		projectStageKeys[Math.max(...reached.map((m) => projectStageKeys.indexOf(m.stage)))] ?? null
	);
}

/** A research project as lists show it. */
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
/** Validates a project list entry. */
export const projectSummarySchema = z.object({
	slug: slugSchema,
	name: z.string().min(1).max(300),
	summary: z.string().max(2000),
	theme: researchThemeSchema,
	stage: projectStageSchema
		.nullable()
		.describe('The stage it is at today (Europe/London), by its dates; null before its first'),
	programme: programmeRefSchema.nullable(),
	leadOrganisation: z.string().min(1).max(300),
	protocolPublishedOn: isoDateSchema
		.nullable()
		.describe('When its protocol was published, if it has one'),
	protocolBeforeWork: z
		.boolean()
		.describe('Whether a protocol was published before fieldwork began')
});

/** A publication as the library lists it. */
export type PublicationSummary = z.infer<typeof publicationSummarySchema>;
/** Validates a library entry. */
export const publicationSummarySchema = publicationSchema.pick({
	slug: true,
	title: true,
	type: true,
	authors: true,
	publishedOn: true,
	themes: true
});

/** A research project with its timeline, partners, protocol and outputs. */
export type Project = z.infer<typeof projectSchema>;
/** Validates a project page. */
export const projectSchema = projectSummarySchema.extend({
	milestones: z
		.array(milestoneSchema)
		.describe('Dated stages in lifecycle order; those after `asOf` are planned'),
	asOf: isoDateSchema.describe('The day (Europe/London) its stage was worked out for'),
	budgetGbp: z.int().min(0).nullable(),
	partners: z.array(namedRefSchema),
	interventions: z.array(namedRefSchema),
	protocol: protocolSchema.nullable(),
	publications: z.array(publicationSummarySchema)
});

/** A publication page: the entry with its abstract and what it links to. */
export type PublicationPage = z.infer<typeof publicationPageSchema>;
/** Validates a publication page. */
export const publicationPageSchema = publicationSummarySchema.extend({
	abstract: z.string(),
	file: fileRefSchema.nullable().describe('The report to download, when attached'),
	projects: z.array(namedRefSchema),
	interventions: z.array(namedRefSchema)
});

/** Parameters of `publications.list`. */
export type PublicationListInput = z.infer<typeof publicationListInputSchema>;
/** Validates the library's filters; every filter is optional. */
export const publicationListInputSchema = z
	.object({
		type: publicationTypeSchema.optional(),
		theme: researchThemeSchema.optional(),
		year: z.int().min(2000).max(2100).optional()
	})
	.default({});

/** Parameters of `projects.get` and `publications.get`. */
export const bySlugInputSchema = z.object({ slug: slugSchema });

/** The filters of the publications library, as its feed's address may carry them. */
export type PublicationFilters = z.infer<typeof publicationFiltersSchema>;
/** Validates the filters of a publications feed. */
export const publicationFiltersSchema = publicationListInputSchema.unwrap().strict();

/**
 * The library's filters in words, for a feed's title.
 * @example describePublicationFilters({ type: 'meta-analysis' }) // ['Meta-analyses']
 */
export function describePublicationFilters(filters: PublicationFilters): string[] {
	return [
		filters.type && publicationTypePluralLabels[filters.type],
		filters.theme && researchThemeLabels[filters.theme],
		filters.year && String(filters.year)
	].filter((words): words is string => Boolean(words));
}
