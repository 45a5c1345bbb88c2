import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@whatworks/api';

/** A staff member's email and password, e.g. one of `Stack.demoStaff`. */
export interface StaffLogin {
	email: string;
	password: string;
}

/** A kind of content and what to change in it, as `drafts.save` takes it. */
export interface Edit {
	kind: 'intervention' | 'programme' | 'project' | 'publication' | 'partner';
	slug: string;
	/** The item's content with the change made. */
	change: (content: Record<string, unknown>) => Record<string, unknown>;
}

async function signedIn(apiUrl: string, login: StaffLogin): Promise<TRPCClient<AppRouter>> {
	const anonymous = createTRPCClient<AppRouter>({
		links: [httpBatchLink({ url: `${apiUrl}/trpc` })]
	});
	const { token } = await anonymous.auth.signIn.mutate(login);
	return createTRPCClient<AppRouter>({
		links: [httpBatchLink({ url: `${apiUrl}/trpc`, headers: { authorization: `Bearer ${token}` } })]
	});
}

/**
 * Publishes a change through the API as staff do, by the four-eyes rule: the editor drafts it
 * and submits it, the reviewer publishes the revision they saw with a change note. Resolves
 * when the API has answered the publish.
 * @example await publishEdit(stack.apiUrl, stack.demoStaff, { kind: 'publication', slug, change: (c) => ({ ...c, title: 'New' }) })
 */
export async function publishEdit(
	apiUrl: string,
	staff: { editor?: StaffLogin; reviewer?: StaffLogin },
	edit: Edit
): Promise<void> {
	if (!staff.editor || !staff.reviewer)
		throw new Error('publishEdit needs an editor and a reviewer.');
	const editor = await signedIn(apiUrl, staff.editor);
	const reviewer = await signedIn(apiUrl, staff.reviewer);
	const { draftId } = await editor.drafts.start.mutate({ kind: edit.kind, slug: edit.slug });
	const draft = await editor.drafts.get.query({ draftId });
	const saved = await editor.drafts.save.mutate({
		draftId,
		baseRevisionId: draft.latest.id,
		kind: edit.kind,
		content: edit.change(draft.latest.content)
	} as Parameters<typeof editor.drafts.save.mutate>[0]);
	await editor.drafts.transition.mutate({ draftId, action: 'submit' });
	await reviewer.drafts.transition.mutate({
		draftId,
		action: 'publish',
		revisionId: saved.revisionId,
		note: { minor: false, changeNote: 'Changed by a test of publishing.' }
	});
}
