import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { hasPermission, permissionKeys, staffRoleKeys, type StaffRole } from './staff.js';
import {
	decideTransition,
	editionStateKeys,
	firstPublishedNote,
	workflowActionKeys,
	type EditionFacts
} from './workflow.js';

const author = 1;
const reviewer = 2;
const edition = (facts: Partial<EditionFacts> = {}): EditionFacts => ({
	state: 'in-review',
	authorId: author,
	lastEditorId: author,
	everPublished: true,
	...facts
});
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
	for (const state of editionStateKeys) {
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
							edition: edition({ state }),
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

	it('moves an edition to the state its action leads to; discarding deletes it', () => {
		const editor = { id: author, roles: ['editor'] as StaffRole[] };
		expect(
			decideTransition({ edition: edition({ state: 'draft' }), action: 'submit', actor: editor })
				.state
		).toBe('in-review');
		expect(
			decideTransition({
				edition: edition({ state: 'withdrawn' }),
				action: 'discard',
				actor: editor
			}).state
		).toBeNull();
	});

	it('lets nobody approve a change they wrote or last edited, whatever their roles', () => {
		const admin = { id: author, roles: ['admin'] as StaffRole[] };
		expect(() => decideTransition({ edition: edition(), action: 'publish', actor: admin })).toThrow(
			'Someone else must approve this change'
		);
		expect(() =>
			decideTransition({
				edition: edition({ lastEditorId: reviewer }),
				action: 'publish',
				actor: { id: reviewer, roles: ['reviewer'] }
			})
		).toThrow('you wrote or edited it');
	});

	it('refuses anyone who saved any revision, not just the author and the last editor', () => {
		expect(() =>
			decideTransition({
				edition: edition({ contributorIds: [author, reviewer] }),
				action: 'publish',
				actor: { id: reviewer, roles: ['reviewer'] },
				note: { minor: true }
			})
		).toThrow('Someone else must approve this change');
	});

	it('records "First published." for a first publication, and requires a note for a major change', () => {
		const actor = { id: reviewer, roles: ['reviewer'] as StaffRole[] };
		expect(
			decideTransition({ edition: edition({ everPublished: false }), action: 'publish', actor })
		).toEqual({ state: 'published', publicChangeNote: firstPublishedNote });
		expect(codeOf(() => decideTransition({ edition: edition(), action: 'publish', actor }))).toBe(
			'INVALID_INPUT'
		);
		expect(
			decideTransition({ edition: edition(), action: 'publish', actor, note: { minor: true } })
		).toEqual({ state: 'published', publicChangeNote: null });
		expect(
			decideTransition({
				edition: edition(),
				action: 'publish',
				actor,
				note: { minor: false, changeNote: '  Added two UK studies.  ' }
			}).publicChangeNote
		).toBe('Added two UK studies.');
	});
});
