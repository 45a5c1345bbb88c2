import { z } from 'zod';
import { fileRefSchema } from './files.js';
import { publicationSchema } from './research.js';
import { changeNoteInputSchema, editionStateSchema, workflowActionSchema } from './workflow.js';

/**
 * Kinds of record edited through the review workflow as drafts of the whole record. Interventions
 * have their own editions (with revisions and study data); the research records share this one.
 */
export const recordKindKeys = ['publication'] as const;

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

/** A draft of a record moving through the review workflow. */
export type RecordDraft = z.infer<typeof recordDraftSchema>;
/** Validates a record draft as the console shows it. */
export const recordDraftSchema = z.object({
	id: z.int(),
	kind: recordKindSchema,
	/** The live record it changes; null for a record not yet published. */
	targetSlug: z.string().nullable(),
	state: editionStateSchema,
	content: publicationContentSchema,
	authorName: z.string(),
	lastEditorName: z.string(),
	updatedAt: z.iso.datetime()
});

/** Parameters of `records.save`. */
export const recordSaveInputSchema = z.object({
	id: z.int().min(1),
	content: publicationContentSchema
});

/** Parameters of `records.transition`. */
export const recordTransitionInputSchema = z.object({
	id: z.int().min(1),
	action: workflowActionSchema,
	note: changeNoteInputSchema.optional()
});
