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
	protocolSchema,
	publicationSchema,
	researchThemeSchema
} from './research.js';

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
 * Validates a project draft. Its stage is not stored: it follows the dated milestones (see
 * `projectStageOn`). Its protocol obeys the protocol rule (published before fieldwork), and a
 * project dated to reach "protocol published" or later needs one: its methods are public before
 * the work.
 */
export const projectContentSchema = z
	.object({
		slug: slugSchema,
		name: z.string().trim().min(1, 'Give the project a name').max(300),
		summary: z.string().trim().min(1, 'Write a summary').max(2000),
		theme: researchThemeSchema,
		programmeSlug: slugSchema.nullable(),
		milestones: z.array(milestoneSchema),
		leadOrganisation: z.string().trim().min(1, 'Name the lead organisation').max(300),
		budgetGbp: z.int().min(0).nullable(),
		partnerSlugs: z.array(slugSchema),
		interventionSlugs: z.array(slugSchema),
		protocol: protocolSchema.nullable()
	})
	.superRefine((project, context) => {
		const protocolStage = projectStageKeys.indexOf('protocol-published');
		const needsProtocol = project.milestones.some(
			(milestone) => projectStageKeys.indexOf(milestone.stage) >= protocolStage
		);
		if (needsProtocol && project.protocol === null) {
			context.addIssue({
				code: 'custom',
				message:
					'A project with a date for “Protocol published” or a later stage needs its protocol: fill in the front sheet',
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
