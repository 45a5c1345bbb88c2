import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { hasPermission, permissionKeys, staffRoleKeys, type StaffRole } from './staff.js';
import {
	decideTransition as decide,
	draftStateKeys,
	firstPublishedNote,
	mayPublish,
	workflowActionKeys,
	type DraftFacts
} from './workflow.js';

const author = 1;
const reviewer = 2;
const latestRevisionId = 7;
const draft = (facts: Partial<DraftFacts> = {}): DraftFacts => ({
	state: 'in-review',
	authorId: author,
	lastEditorId: author,
	everPublished: true,
	latestRevisionId,
	unpublishable: true,
	...facts
});
/** A move approving the latest revision, unless the test says otherwise. */
const decideTransition = (options: Parameters<typeof decide>[0]) =>
	decide({ revisionId: latestRevisionId, ...options });
const codeOf = (attempt: () => unknown) => {
	try {
		attempt();
		return 'allowed';
	} catch (error) {
		if (error instanceof DomainError) return error.code;
		throw error;
	}
};

describe('the permission matrix', () => {
	it('gives admins everything, and editors and reviewers only their own work', () => {
		for (const permission of permissionKeys)
			expect(hasPermission(['admin'], permission)).toBe(true);
		expect(hasPermission(['editor'], 'content.publish')).toBe(false);
		expect(hasPermission(['reviewer'], 'content.edit')).toBe(false);
		expect(hasPermission(['editor', 'reviewer'], 'content.edit')).toBe(true);
		expect(hasPermission([], 'content.read')).toBe(false);
	});
});

describe('decideTransition', () => {
	// Every state × action × role against the workflow as the issue states it, written out here
	// independently of the tables in workflow.ts (publishing by someone other than the author).
	const mayDo: Record<StaffRole, readonly string[]> = {
		admin: workflowActionKeys,
		editor: ['submit', 'withdraw', 'discard'],
		reviewer: ['request-changes', 'publish', 'unpublish']
	};
	const startsFrom: Record<string, readonly string[]> = {
		submit: ['draft'],
		'request-changes': ['in-review'],
		publish: ['in-review'],
		unpublish: ['published'],
		withdraw: ['draft', 'in-review'],
		discard: ['withdrawn']
	};
	for (const state of draftStateKeys) {
		for (const action of workflowActionKeys) {
			for (const role of staffRoleKeys) {
				const roles = [role];
				const expected = !mayDo[role].includes(action)
					? 'FORBIDDEN'
					: !startsFrom[action]?.includes(state)
						? 'CONFLICT'
						: 'allowed';
				it(`${role} ${action} from ${state}: ${expected}`, () => {
					const outcome = codeOf(() =>
						decideTransition({
							draft: draft({ state }),
							action,
							actor: { id: reviewer, roles },
							note: { minor: false, changeNote: 'Updated the cost band.' }
						})
					);
					expect(outcome).toBe(expected);
				});
			}
		}
	}

	it('moves a draft to the state its action leads to; discarding deletes it', () => {
		const editor = { id: author, roles: ['editor'] as StaffRole[] };
		expect(
			decideTransition({ draft: draft({ state: 'draft' }), action: 'submit', actor: editor }).state
		).toBe('in-review');
		expect(
			decideTransition({
				draft: draft({ state: 'withdrawn' }),
				action: 'discard',
				actor: editor
			}).state
		).toBeNull();
	});

	it('lets nobody approve a change they wrote or last edited, whatever their roles', () => {
		const admin = { id: author, roles: ['admin'] as StaffRole[] };
		expect(() => decideTransition({ draft: draft(), action: 'publish', actor: admin })).toThrow(
			'Someone else must approve this change'
		);
		expect(() =>
			decideTransition({
				draft: draft({ lastEditorId: reviewer }),
				action: 'publish',
				actor: { id: reviewer, roles: ['reviewer'] }
			})
		).toThrow('you wrote or edited it');
	});

	it('refuses anyone who saved any revision, not just the author and the last editor', () => {
		expect(() =>
			decideTransition({
				draft: draft({ contributorIds: [author, reviewer] }),
				action: 'publish',
				actor: { id: reviewer, roles: ['reviewer'] },
				note: { minor: true }
			})
		).toThrow('Someone else must approve this change');
	});

	it('records "First published." for a first publication, and requires a note for a major change', () => {
		const actor = { id: reviewer, roles: ['reviewer'] as StaffRole[] };
		expect(
			decideTransition({ draft: draft({ everPublished: false }), action: 'publish', actor })
		).toEqual({ state: 'published', publicChangeNote: firstPublishedNote });
		expect(codeOf(() => decideTransition({ draft: draft(), action: 'publish', actor }))).toBe(
			'INVALID_INPUT'
		);
		expect(
			decideTransition({ draft: draft(), action: 'publish', actor, note: { minor: true } })
		).toEqual({ state: 'published', publicChangeNote: null });
		expect(
			decideTransition({
				draft: draft(),
				action: 'publish',
				actor,
				note: { minor: false, changeNote: '  Added two UK studies.  ' }
			}).publicChangeNote
		).toBe('Added two UK studies.');
	});

	it('publishes only the revision the reviewer approved', () => {
		const actor = { id: reviewer, roles: ['reviewer'] as StaffRole[] };
		expect(() =>
			decide({ draft: draft(), action: 'publish', actor, note: { minor: true }, revisionId: 6 })
		).toThrow('This draft changed after you opened it');
		expect(codeOf(() => decide({ draft: draft(), action: 'publish', actor }))).toBe('CONFLICT');
	});

	it('refuses to unpublish a kind that is only changed by a new draft', () => {
		const actor = { id: reviewer, roles: ['reviewer'] as StaffRole[] };
		const published = draft({ state: 'published', unpublishable: false });
		expect(() => decideTransition({ draft: published, action: 'unpublish', actor })).toThrow(
			'changed by a new draft, not unpublished'
		);
	});
});

describe('mayPublish', () => {
	const [starter, editor, helper, other] = [11, 12, 13, 14];
	const inReview = draft({
		authorId: starter,
		lastEditorId: starter,
		contributorIds: [starter, helper]
	});
	const asReviewer = (id: number) => ({ id, roles: ['reviewer'] as StaffRole[] });

	/** Whether decideTransition lets this person publish the draft. */
	function publishes(facts: DraftFacts, actor: { id: number; roles: StaffRole[] }) {
		try {
			decide({
				draft: facts,
				action: 'publish',
				actor,
				revisionId: latestRevisionId,
				note: { minor: true }
			});
			return true;
		} catch (cause) {
			if (cause instanceof DomainError) return false;
			throw cause;
		}
	}

	it('allows only someone who saved no revision of the draft, as decideTransition decides', () => {
		for (const id of [starter, editor, helper, other]) {
			expect(mayPublish(inReview, asReviewer(id)), `staff ${id}`).toBe(
				publishes(inReview, asReviewer(id))
			);
		}
		expect(mayPublish(inReview, asReviewer(other))).toBe(true);
		// Saved an earlier revision, though neither its author nor its last editor.
		expect(mayPublish(inReview, asReviewer(helper))).toBe(false);
		expect(mayPublish({ ...inReview, lastEditorId: editor }, asReviewer(editor))).toBe(false);
	});

	it('allows nothing to an editor, or for a draft not in review', () => {
		expect(mayPublish(inReview, { id: other, roles: ['editor'] })).toBe(false);
		expect(mayPublish({ ...inReview, state: 'draft' }, asReviewer(other))).toBe(false);
	});
});
