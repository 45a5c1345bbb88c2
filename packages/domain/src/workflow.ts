import { z } from 'zod';
import { DomainError } from './errors.js';
import { hasPermission, type Permission, type StaffRole } from './staff.js';

/**
 * The states of a draft: a proposed version of one item of public content, of any kind. It is
 * written (`draft`), reviewed (`in-review`) and published; a published draft stays live until the
 * next published draft of the same item supersedes it.
 * @example draftStateKeys.includes('in-review') // true
 */
export const draftStateKeys = [
	'draft',
	'in-review',
	'published',
	'unpublished',
	'superseded',
	'withdrawn'
] as const;

/** One draft state key. */
export type DraftState = z.infer<typeof draftStateSchema>;
/** Validates a draft state key. */
export const draftStateSchema = z.enum(draftStateKeys).describe('Draft state');

/**
 * The states of a draft still being written or reviewed: an item has at most one such draft.
 * @example isOpenDraftState('in-review') // true
 */
export const openDraftStates = ['draft', 'in-review'] as const satisfies readonly DraftState[];

/** Whether a draft in this state is still being written or reviewed. */
export function isOpenDraftState(state: DraftState): boolean {
	return (openDraftStates as readonly DraftState[]).includes(state);
}

/** What each draft state is called on the console's pages. */
export const draftStateLabels = {
	draft: 'Draft',
	'in-review': 'In review',
	published: 'Published',
	unpublished: 'Unpublished',
	superseded: 'Superseded',
	withdrawn: 'Withdrawn'
} as const satisfies Record<DraftState, string>;

/**
 * What staff can do to a draft. `discard` deletes a withdrawn draft.
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

/** Each action: the states it starts from, where it leads (null: the draft is deleted), and who may. */
export const workflowTransitions = {
	submit: { from: ['draft'], to: 'in-review', permission: 'content.submit' },
	'request-changes': { from: ['in-review'], to: 'draft', permission: 'content.review' },
	publish: { from: ['in-review'], to: 'published', permission: 'content.publish' },
	unpublish: { from: ['published'], to: 'unpublished', permission: 'content.publish' },
	withdraw: { from: openDraftStates, to: 'withdrawn', permission: 'content.edit' },
	discard: { from: ['withdrawn'], to: null, permission: 'content.edit' }
} as const satisfies Record<
	WorkflowAction,
	{ from: readonly DraftState[]; to: DraftState | null; permission: Permission }
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

/** What the workflow needs to know about a draft. */
export interface DraftFacts {
	state: DraftState;
	/** Who started the draft. */
	authorId: number;
	/** Who saved its latest revision. */
	lastEditorId: number;
	/** Everyone who saved any revision of it. */
	contributorIds?: readonly number[];
	/** Whether readers have seen the item before: a draft of a new item has never been published. */
	everPublished: boolean;
	/** The draft's latest revision: the only one that may be published. */
	latestRevisionId: number;
	/** Whether the item's kind can be taken off the site, or only changed by a new draft. */
	unpublishable: boolean;
}

/** The outcome of an allowed move. */
export interface TransitionDecision {
	/** The draft's new state; null when it is deleted. */
	state: DraftState | null;
	/** The note for the public change log; null when there is none (every move but a major publication). */
	publicChangeNote: string | null;
}

/**
 * Decides one workflow move, or refuses it with a sentence saying why: a missing permission,
 * a move the draft's state does not allow, unpublishing a kind that cannot be, publishing a
 * revision other than the one the reviewer approved, approving one's own change (four eyes), or
 * a major change published without a change note.
 * @example decideTransition({ draft, action: 'submit', actor: editor }).state // 'in-review'
 */
export function decideTransition(options: {
	draft: DraftFacts;
	action: WorkflowAction;
	actor: Actor;
	note?: ChangeNoteInput | undefined;
	/** For publishing: the revision the reviewer approved. */
	revisionId?: number | undefined;
}): TransitionDecision {
	const { draft, action, actor } = options;
	const transition = workflowTransitions[action];
	if (!hasPermission(actor.roles, transition.permission)) {
		throw new DomainError('FORBIDDEN', `Your roles do not allow you to ${actionPhrases[action]}.`);
	}
	if (action === 'unpublish' && !draft.unpublishable) {
		throw new DomainError('CONFLICT', 'This is changed by a new draft, not unpublished.');
	}
	if (!(transition.from as readonly DraftState[]).includes(draft.state)) {
		throw new DomainError(
			'CONFLICT',
			`You cannot ${actionPhrases[action]}: the draft is ${draft.state.replace('-', ' ')}.`
		);
	}
	if (action !== 'publish') return { state: transition.to, publicChangeNote: null };

	if (options.revisionId !== draft.latestRevisionId) {
		throw new DomainError(
			'CONFLICT',
			'This draft changed after you opened it. Review the latest version before publishing.'
		);
	}
	if (hasContributed(draft, actor)) {
		throw new DomainError(
			'FORBIDDEN',
			'Someone else must approve this change: you wrote or edited it.'
		);
	}
	if (!draft.everPublished) return { state: 'published', publicChangeNote: firstPublishedNote };
	const note = changeNoteInputSchema.parse(options.note ?? {});
	if (note.minor) return { state: 'published', publicChangeNote: null };
	if (!note.changeNote) {
		throw new DomainError(
			'INVALID_INPUT',
			'Write a change note saying what changed, or mark the change as minor.',
			{ field: 'note.changeNote' }
		);
	}
	return { state: 'published', publicChangeNote: note.changeNote };
}

/** Whether the actor had a hand in the draft: started it, last edited it or saved any revision. */
function hasContributed(
	draft: Pick<DraftFacts, 'authorId' | 'lastEditorId' | 'contributorIds'>,
	actor: Actor
): boolean {
	return [draft.authorId, draft.lastEditorId, ...(draft.contributorIds ?? [])].includes(actor.id);
}

/**
 * Whether the actor may approve and publish the draft's latest revision now: it is in review,
 * their roles allow publishing, and they had no hand in it (four eyes). The rule
 * {@link decideTransition} applies, for pages to offer and list only what it will allow.
 * @example mayPublish({ state: 'in-review', authorId: 1, lastEditorId: 1, contributorIds: [1, 2] }, { id: 2, roles: ['reviewer'] }) // false
 */
export function mayPublish(
	draft: Pick<DraftFacts, 'state' | 'authorId' | 'lastEditorId' | 'contributorIds'>,
	actor: Actor
): boolean {
	return (
		hasPermission(actor.roles, workflowTransitions.publish.permission) &&
		(workflowTransitions.publish.from as readonly DraftState[]).includes(draft.state) &&
		!hasContributed(draft, actor)
	);
}

const actionPhrases = {
	submit: 'submit this for review',
	'request-changes': 'send this back for changes',
	publish: 'publish this',
	unpublish: 'unpublish this',
	withdraw: 'withdraw this',
	discard: 'discard this'
} as const satisfies Record<WorkflowAction, string>;
