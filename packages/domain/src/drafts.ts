import { z } from 'zod';
import { expectedMonthSchema } from './coming-soon.js';
import { idSchema, slugSchema } from './common.js';
import {
	contentKindSchema,
	contentSchemas,
	kindedContentSchema,
	type ContentKind
} from './kinded-content.js';
import { ratingOverrideSchema } from './rating-override.js';
import { altTextSchema } from './images.js';
import { entryKeySchema } from './study-data.js';
import {
	changeNoteInputSchema,
	draftStateSchema,
	workflowActionSchema,
	type WorkflowAction
} from './workflow.js';

const instantSchema = z.iso.datetime({ offset: true });

/** A draft as lists show it: which item, of which kind, where it stands and who wrote it. */
export type DraftSummary = z.infer<typeof draftSummarySchema>;
/** Validates a draft in a list. */
export const draftSummarySchema = z.object({
	id: z.int(),
	kind: contentKindSchema,
	title: z.string().describe('The name or title in its latest revision'),
	targetSlug: slugSchema
		.nullable()
		.describe('The web address of the live item it changes; null for a new item'),
	state: draftStateSchema,
	authorId: z.int(),
	authorName: z.string(),
	lastEditorId: z.int(),
	lastEditorName: z.string(),
	updatedAt: instantSchema,
	publishedAt: instantSchema.nullable(),
	contributorIds: z
		.array(z.int())
		.describe('Everyone who saved a revision: none of them may publish it'),
	comingSoon: z
		.object({ expectedMonth: expectedMonthSchema, revisionId: z.int() })
		.nullable()
		.describe('For a new intervention shown as coming soon: when, and the revision readers see')
});

/** A revision: one save of a draft, never changed afterwards. */
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
/** Validates a revision without its content. */
export const revisionSummarySchema = z.object({
	id: z.int(),
	number: z.int().min(1),
	savedBy: z.string(),
	savedAt: instantSchema
});

/** A reviewer's comment on a draft, e.g. when sending it back for changes. */
export const draftCommentSchema = z.object({ by: z.string(), at: instantSchema, text: z.string() });

/** The draft of one kind, with its latest content, the live content it replaces and its history. */
function draftOfKind<K extends ContentKind>(kind: K) {
	const content = contentSchemas[kind];
	return draftSummarySchema.extend({
		kind: z.literal(kind),
		latest: revisionSummarySchema.extend({ content }),
		live: content.nullable().describe('What readers see now; null for a new item'),
		revisions: z.array(revisionSummarySchema).describe('Newest first'),
		comments: z.array(draftCommentSchema)
	});
}

/** A draft as the console's editing and review pages show it. */
export type Draft = z.infer<typeof draftSchema>;
/** Validates a draft of any kind. */
export const draftSchema = z.discriminatedUnion('kind', [
	draftOfKind('intervention'),
	draftOfKind('publication'),
	draftOfKind('project'),
	draftOfKind('programme'),
	draftOfKind('partner'),
	draftOfKind('article'),
	draftOfKind('author'),
	draftOfKind('newsletter')
]);

/** Names a draft. */
export const draftRefSchema = z.object({ draftId: idSchema });

/** Parameters of listing drafts: open ones (draft or in review) and recently published ones. */
export type DraftListInput = z.infer<typeof draftListInputSchema>;
/** Validates a list request; without kinds, every kind. */
export const draftListInputSchema = z
	.object({ kinds: z.array(contentKindSchema).max(contentKindSchema.options.length).optional() })
	.default({});

/** Parameters of reading one revision's content. */
export const revisionRefSchema = draftRefSchema.extend({ revisionId: idSchema });

/** Parameters of starting (or reopening) the draft of a live item. */
export type StartDraftInput = z.infer<typeof startDraftInputSchema>;
/** Validates the live item to change, by kind and web address. */
export const startDraftInputSchema = z.object({ kind: contentKindSchema, slug: slugSchema });

/** Parameters of saving a draft: the revision the editor started from, and the whole content. */
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;
/** Validates a save; the base revision is what makes a stale save a conflict, never an overwrite. */
export const saveDraftInputSchema = z.intersection(
	kindedContentSchema,
	z.object({
		draftId: idSchema,
		baseRevisionId: idSchema.describe('The latest revision when the editor opened the form')
	})
);

/** Parameters of a reviewer's rating in place of an outcome's computed one. */
export type SaveOverrideInput = z.infer<typeof saveOverrideInputSchema>;
/** Validates a reviewer's rating: the outcome by key, and the override, or null to remove it. */
export const saveOverrideInputSchema = draftRefSchema.extend({
	baseRevisionId: idSchema.describe('The latest revision when the reviewer opened the form'),
	outcomeKey: entryKeySchema,
	override: ratingOverrideSchema.nullable()
});

/** Parameters of attaching an uploaded image to an article's draft, or removing it (null). */
export type AttachImageInput = z.infer<typeof attachImageInputSchema>;
/** Validates an image attachment: the upload, by the id `POST /images` gave it, and its description. */
export const attachImageInputSchema = draftRefSchema.extend({
	baseRevisionId: idSchema,
	image: z.object({ id: idSchema, alt: altTextSchema }).nullable()
});

/** Parameters of attaching an uploaded report to a publication's draft, or removing it (null). */
export type AttachFileInput = z.infer<typeof attachFileInputSchema>;
/** Validates an attachment: the upload, by the id `POST /files` gave it. */
export const attachFileInputSchema = draftRefSchema.extend({
	baseRevisionId: idSchema,
	fileId: idSchema.nullable()
});

/** Parameters of moving a draft through the workflow. */
export type TransitionInput = z.infer<typeof transitionInputSchema>;
/** Validates a workflow move; sending back needs a comment, publishing names the revision. */
export const transitionInputSchema = draftRefSchema
	.extend({
		action: workflowActionSchema,
		note: changeNoteInputSchema.optional(),
		comment: z.string().trim().max(2000).optional(),
		revisionId: idSchema
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

/**
 * The audit actions of the workflow: `draft.started`, `draft.saved`, `draft.<action>` for each
 * move, and `draft.announced` and `draft.unannounced` for a new intervention shown as coming
 * soon. Before one workflow served every kind, interventions' entries were called `edition.*`
 * and `revision.saved`; the log keeps them as written.
 * @example draftAuditAction('publish') // 'draft.publish'
 */
export function draftAuditAction(
	event: 'started' | 'saved' | 'announced' | 'unannounced' | WorkflowAction
): string {
	return `draft.${event}`;
}

/**
 * The actions an audit filter matches: the action itself and the older name it replaced, so that
 * a search for `draft.publish` finds publications recorded before the rename too.
 * @example auditActionsMatching('draft.saved') // ['draft.saved', 'revision.saved']
 */
export function auditActionsMatching(action: string): string[] {
	if (!action.startsWith('draft.')) return [action];
	const event = action.slice('draft.'.length);
	return [action, event === 'saved' ? 'revision.saved' : `edition.${event}`];
}
