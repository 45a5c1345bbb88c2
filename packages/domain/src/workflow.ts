import { z } from 'zod';
import { DomainError } from './errors.js';
import { hasPermission, type Permission, type StaffRole } from './staff.js';

/**
 * The states of one edition of a piece of public content. Only a published edition is public;
 * a new draft of a published item is a second edition while the first stays live.
 * @example editionStateKeys.includes('in-review') // true
 */
export const editionStateKeys = [
	'draft',
	'in-review',
	'published',
	'unpublished',
	'superseded',
	'withdrawn'
] as const;

/** One edition state key. */
export type EditionState = z.infer<typeof editionStateSchema>;
/** Validates an edition state key. */
export const editionStateSchema = z.enum(editionStateKeys).describe('Edition state');

/**
 * What staff can do to an edition. `discard` deletes a withdrawn edition.
 * @example workflowActionKeys.includes('publish') // true
 */
export const workflowActionKeys = [
	'submit',
	'request-changes',
	'publish',
	'unpublish',
	'withdraw',
	'discard'
] as const;

/** One workflow action key. */
export type WorkflowAction = z.infer<typeof workflowActionSchema>;
/** Validates a workflow action key. */
export const workflowActionSchema = z.enum(workflowActionKeys).describe('Workflow action');

/** Each action: the states it starts from, where it leads (null: the edition is deleted), and who may. */
export const workflowTransitions = {
	submit: { from: ['draft'], to: 'in-review', permission: 'content.submit' },
	'request-changes': { from: ['in-review'], to: 'draft', permission: 'content.review' },
	publish: { from: ['in-review'], to: 'published', permission: 'content.publish' },
	unpublish: { from: ['published'], to: 'unpublished', permission: 'content.publish' },
	withdraw: { from: ['draft', 'in-review'], to: 'withdrawn', permission: 'content.edit' },
	discard: { from: ['withdrawn'], to: null, permission: 'content.edit' }
} as const satisfies Record<
	WorkflowAction,
	{ from: readonly EditionState[]; to: EditionState | null; permission: Permission }
>;

/** The public change note of a first publication. */
export const firstPublishedNote = 'First published.';

/** The change note of a publication: major changes explain themselves, minor ones (typos) are not logged. */
export type ChangeNoteInput = z.infer<typeof changeNoteInputSchema>;
/** Validates a publication's change note. */
export const changeNoteInputSchema = z.object({
	minor: z.boolean().default(false).describe('A typo or formatting fix: no public change note'),
	changeNote: z
		.string()
		.trim()
		.max(1000, 'The change note must be 1,000 characters or fewer')
		.optional()
		.describe('What changed, for the public change log')
});

/** Who is acting. */
export interface Actor {
	id: number;
	roles: readonly StaffRole[];
}

/** What the workflow needs to know about an edition. */
export interface EditionFacts {
	state: EditionState;
	/** Who created the edition. */
	authorId: number;
	/** Who saved its latest revision. */
	lastEditorId: number;
	/** Everyone who saved any revision of it. */
	contributorIds?: readonly number[];
	/** Whether any edition of the item has been published before. */
	everPublished: boolean;
}

/** The outcome of an allowed move. */
export interface TransitionDecision {
	/** The edition's new state; null when it is deleted. */
	state: EditionState | null;
	/** The note for the public change log; null when there is none (every move but a major publication). */
	publicChangeNote: string | null;
}

/**
 * Decides one workflow move, or refuses it with a sentence saying why: a missing permission,
 * a move the edition's state does not allow, approving one's own change (four eyes), or a major
 * change published without a change note.
 * @example decideTransition({ edition, action: 'submit', actor: editor }).state // 'in-review'
 */
export function decideTransition(options: {
	edition: EditionFacts;
	action: WorkflowAction;
	actor: Actor;
	note?: ChangeNoteInput;
}): TransitionDecision {
	const { edition, action, actor } = options;
	const transition = workflowTransitions[action];
	if (!hasPermission(actor.roles, transition.permission)) {
		throw new DomainError('FORBIDDEN', `Your roles do not allow you to ${actionPhrases[action]}.`);
	}
	if (!(transition.from as readonly EditionState[]).includes(edition.state)) {
		throw new DomainError(
			'CONFLICT',
			`You cannot ${actionPhrases[action]}: the edition is ${edition.state.replace('-', ' ')}.`
		);
	}
	if (action !== 'publish') return { state: transition.to, publicChangeNote: null };

	const contributed =
		actor.id === edition.authorId ||
		actor.id === edition.lastEditorId ||
		(edition.contributorIds ?? []).includes(actor.id);
	if (contributed) {
		throw new DomainError(
			'FORBIDDEN',
			'Someone else must approve this change: you wrote or edited it.'
		);
	}
	if (!edition.everPublished) return { state: 'published', publicChangeNote: firstPublishedNote };
	const note = changeNoteInputSchema.parse(options.note ?? {});
	if (note.minor) return { state: 'published', publicChangeNote: null };
	if (!note.changeNote) {
		throw new DomainError(
			'INVALID_INPUT',
			'Write a change note saying what changed, or mark the change as minor.'
		);
	}
	return { state: 'published', publicChangeNote: note.changeNote };
}

const actionPhrases = {
	submit: 'submit this for review',
	'request-changes': 'send this back for changes',
	publish: 'publish this',
	unpublish: 'unpublish this',
	withdraw: 'withdraw this',
	discard: 'discard this'
} as const satisfies Record<WorkflowAction, string>;
