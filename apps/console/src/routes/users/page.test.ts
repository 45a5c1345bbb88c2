import { inviteInputSchema } from '@whatworks/domain';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readForm } from '@whatworks/ui';
import { formOfHtml } from '$lib/testing/form-of-html';
import UsersPage from './+page.svelte';

const staff = { id: 1, email: 'admin@example.org', name: 'The admin', roles: ['admin'] };

const pageOf = (form: Record<string, unknown> | null) =>
	render(UsersPage, { props: { data: { staff, users: [] }, form, params: {} } as never }).body;

describe('the invite form', () => {
	it('says what each role may do, read out with its box', () => {
		const html = pageOf(null);
		expect(html).toMatch(/<input[^>]*id="roles-editor"[^>]*aria-describedby="roles-editor-hint"/);
		expect(html).toMatch(/id="roles-editor-hint">Writes and edits drafts/);
	});

	it('comes back refused with what was typed and ticked, and reads as the same invite', () => {
		const typed = { name: 'Rosalind Franklin', email: 'rosalind@example.org' };
		const html = pageOf({ ...typed, roles: ['reviewer'], errors: [] });
		expect(inviteInputSchema.parse(readForm(formOfHtml(html), inviteInputSchema))).toEqual({
			...typed,
			roles: ['reviewer']
		});
	});

	it('reads no box ticked as no role, which the schema names on the group', () => {
		const sent = readForm(formOfHtml(pageOf(null)), inviteInputSchema);
		const issues = inviteInputSchema.safeParse(sent).error?.issues ?? [];
		expect(issues.find((issue) => issue.path[0] === 'roles')?.message).toBe(
			'Choose at least one role'
		);
	});
});
