import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';
import { fileRefSchema } from './files.js';
import {
	dfeCodeSchema,
	gssCodeSchema,
	organisationTypeSchema,
	participationRoleSchema,
	regionCodeSchema
} from './partner.js';
import {
	milestoneSchema,
	projectStageKeys,
	projectStageSchema,
	protocolSchema,
	publicationSchema,
	researchThemeSchema
} from './research.js';
import { changeNoteInputSchema, editionStateSchema, workflowActionSchema } from './workflow.js';

/**
 * Kinds of record edited through the review workflow as drafts of the whole record. Interventions
 * have their own editions (with revisions and study data); the research records share this one.
 */
export const recordKindKeys = ['publication', 'project', 'programme', 'partner'] as const;

/** One record kind. */
export type RecordKind = z.infer<typeof recordKindSchema>;
/** Validates a record kind. */
export const recordKindSchema = z.enum(recordKindKeys).describe('Kind of record');

/** A publication as the console edits it: the library entry and what it links to. */
export type PublicationContent = z.infer<typeof publicationContentSchema>;
/**
 * Validates a publication draft: the entry, its links (checked on publishing) and the attached
 * report, if any.
 */
export const publicationContentSchema = publicationSchema.extend({
	file: fileRefSchema.nullable().default(null).describe('The report as a PDF')
});

/** A research project as the console edits it, with its protocol's front sheet. */
export type ProjectContent = z.infer<typeof projectContentSchema>;
/**
 * Validates a project draft. Its protocol obeys the protocol rule (published before fieldwork),
 * and a project past "partners selected" needs one: its methods are public before the work.
 */
export const projectContentSchema = z
	.object({
		slug: slugSchema,
		name: z.string().trim().min(1, 'Give the project a name').max(300),
		summary: z.string().trim().min(1, 'Write a summary').max(2000),
		theme: researchThemeSchema,
		programmeSlug: slugSchema.nullable(),
		stage: projectStageSchema,
		milestones: z.array(milestoneSchema),
		leadOrganisation: z.string().trim().min(1, 'Name the lead organisation').max(300),
		budgetGbp: z.int().min(0).nullable(),
		partnerSlugs: z.array(slugSchema),
		interventionSlugs: z.array(slugSchema),
		protocol: protocolSchema.nullable()
	})
	.superRefine((project, context) => {
		const stage = projectStageKeys.indexOf(project.stage);
		if (stage >= projectStageKeys.indexOf('protocol-published') && project.protocol === null) {
			context.addIssue({
				code: 'custom',
				message: 'A project at this stage needs its protocol: fill in the front sheet',
				path: ['protocol']
			});
		}
		const stages = project.milestones.map((milestone) => milestone.stage);
		if (new Set(stages).size !== stages.length) {
			context.addIssue({
				code: 'custom',
				message: 'Give each stage one date',
				path: ['milestones']
			});
		}
	});

/** A programme as the console edits it. */
export type ProgrammeContent = z.infer<typeof programmeContentSchema>;
/** Validates a programme draft; the end, when given, is not before the start. */
export const programmeContentSchema = z
	.object({
		slug: slugSchema,
		name: z.string().trim().min(1, 'Give the programme a name').max(200),
		description: z.string().trim().min(1, 'Describe the programme').max(5000),
		theme: researchThemeSchema.nullable(),
		startDate: isoDateSchema.nullable(),
		endDate: isoDateSchema.nullable(),
		budgetGbp: z.int().min(0).nullable()
	})
	.refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, {
		message: 'The end date must not be before the start date',
		path: ['endDate']
	});

/** A partner's part in a programme as the console edits it: the programme by slug. */
export type ParticipationContent = z.infer<typeof participationContentSchema>;
/** Validates one participation of a partner draft. */
export const participationContentSchema = z
	.object({
		programmeSlug: slugSchema,
		wave: z.int().min(1).nullable(),
		role: participationRoleSchema,
		strand: z.string().trim().max(200).nullable(),
		startDate: isoDateSchema.nullable(),
		endDate: isoDateSchema.nullable(),
		fundingGbp: z.int().min(0).nullable()
	})
	.refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, {
		message: 'The end date must not be before the start date',
		path: ['endDate']
	});

/** A partner as the console edits it, with the programmes it takes part in. */
export type PartnerContent = z.infer<typeof partnerContentSchema>;
/** Validates a partner draft; a programme appears once per wave. */
export const partnerContentSchema = z
	.object({
		slug: slugSchema,
		name: z.string().trim().min(1, 'Give the organisation’s name').max(200),
		type: organisationTypeSchema,
		region: regionCodeSchema.nullable(),
		gssCode: gssCodeSchema.nullable(),
		dfeCode: dfeCodeSchema.nullable(),
		participations: z.array(participationContentSchema)
	})
	.superRefine((partner, context) => {
		const seen = new Set<string>();
		partner.participations.forEach((p, index) => {
			const key = `${p.programmeSlug}/${p.wave ?? ''}`;
			if (seen.has(key)) {
				context.addIssue({
					code: 'custom',
					message: 'The partner is already in this programme and wave',
					path: ['participations', index, 'programmeSlug']
				});
			}
			seen.add(key);
		});
	});

/** The content schema of each kind. */
export const recordContentSchemas = {
	publication: publicationContentSchema,
	project: projectContentSchema,
	programme: programmeContentSchema,
	partner: partnerContentSchema
} as const satisfies Record<RecordKind, z.ZodType>;

/** A record's content, by kind. */
export type RecordContent<K extends RecordKind = RecordKind> = z.infer<
	(typeof recordContentSchemas)[K]
>;

/** A kind with its content: what creating or saving a draft sends. */
export type KindedContent = z.infer<typeof kindedContentSchema>;
/** Validates a kind and its content together. */
export const kindedContentSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('publication'), content: publicationContentSchema }),
	z.object({ kind: z.literal('project'), content: projectContentSchema }),
	z.object({ kind: z.literal('programme'), content: programmeContentSchema }),
	z.object({ kind: z.literal('partner'), content: partnerContentSchema })
]);

/** A draft of a record moving through the review workflow. */
export type RecordDraft = z.infer<typeof recordDraftSchema>;
/** Validates a record draft as the console shows it. */
export const recordDraftSchema = z.intersection(
	kindedContentSchema,
	z.object({
		id: z.int(),
		/** The live record it changes; null for a record not yet published. */
		targetSlug: z.string().nullable(),
		state: editionStateSchema,
		authorName: z.string(),
		lastEditorName: z.string(),
		updatedAt: z.iso.datetime()
	})
);

/**
 * What a draft is called in lists: the publication's title, or the name of anything else.
 * @example recordTitle({ kind: 'programme', content: { name: 'Change Projects', … } }) // 'Change Projects'
 */
export function recordTitle(record: KindedContent): string {
	return record.kind === 'publication' ? record.content.title : record.content.name;
}

/** Parameters of `records.start`: the live record to change. */
export const recordStartInputSchema = z.object({ kind: recordKindSchema, slug: slugSchema });

/** Parameters of `records.save`. */
export const recordSaveInputSchema = z.intersection(
	kindedContentSchema,
	z.object({ id: z.int().min(1) })
);

/** Parameters of `records.attachFile`: a report the caller uploaded, or null to remove it. */
export const recordAttachFileInputSchema = z.object({
	id: z.int().min(1),
	fileId: z.int().min(1).nullable()
});

/** Parameters of `records.transition`. */
export const recordTransitionInputSchema = z.object({
	id: z.int().min(1),
	action: workflowActionSchema,
	note: changeNoteInputSchema.optional()
});
