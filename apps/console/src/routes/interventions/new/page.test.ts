import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { newInterventionContent, type KindedContent } from '@whatworks/domain';
import { render } from 'svelte/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formOfHtml } from '$lib/testing/form-of-html';
import NewInterventionPage from './+page.svelte';
import { actions } from './+page.server';

const create = vi.hoisted(() => vi.fn<(input: KindedContent) => Promise<{ draftId: number }>>());
vi.mock('$lib/server/api', async () => {
	const { apiErrorCode, apiErrorField } = await import('@whatworks/sveltekit-bridge');
	return {
		apiErrorCode,
		apiErrorField,
		createApi: () => ({ drafts: { create: { mutate: create } } })
	};
});

beforeEach(() => {
	create.mockReset();
	create.mockResolvedValue({ draftId: 42 });
});

/** The page as a browser gets it: first, or back from a refused post with what was typed. */
const pageOf = (form: Record<string, unknown> | null = null) =>
	render(NewInterventionPage, { props: { data: {}, form, params: {} } as never }).body;

/** Posts the form to the page's action: what it answers, or where it redirects. */
async function post(form: FormData) {
	const request = new Request('http://console.test/interventions/new', {
		method: 'POST',
		body: form
	});
	try {
		return await actions.default({ request } as RequestEvent as never);
	} catch (thrown) {
		if (isRedirect(thrown)) return { redirect: thrown.location };
		throw thrown;
	}
}

/** What a refused post was answered with: its status, and the errors and what was typed. */
async function refused(form: FormData) {
	const answer = await post(form);
	if (!answer || !('status' in answer)) throw new Error('The form was accepted');
	return answer;
}

/** A form with these inputs, named by their paths in the intervention's content. */
function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
}

describe('the new-intervention form', () => {
	it('starts the draft from what its inputs send, the web address made from the name', async () => {
		const typed = { name: ' Video Interaction Guidance ', summary: 'Clips of play.', slug: '' };
		const answer = await post(formOfHtml(pageOf({ typed, errors: [] })));
		expect(answer).toEqual({ redirect: '/drafts/42' });
		expect(create).toHaveBeenCalledWith({
			kind: 'intervention',
			content: newInterventionContent({
				name: 'Video Interaction Guidance',
				summary: 'Clips of play.'
			})
		});
		expect(create.mock.calls[0]?.[0].content.slug).toBe('video-interaction-guidance');
	});

	it('takes a web address typed for it', async () => {
		await post(formOf({ name: 'Video Interaction Guidance', summary: 'Clips.', slug: 'vig' }));
		expect(create.mock.calls[0]?.[0].content.slug).toBe('vig');
	});

	it('names a blank name and summary on their fields, once each, and keeps what was typed', async () => {
		const answer = await refused(formOf({ name: '  ', summary: '', slug: '' }));
		expect(answer.status).toBe(400);
		// No name, so no web address made from it: the name's error says so, once.
		expect(answer.data.errors.map((error) => error.field)).toEqual(['name', 'summary']);
		expect(create).not.toHaveBeenCalled();

		const again = pageOf(answer.data);
		const links = [...again.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]);
		expect(links).toEqual(['name', 'summary']);
		expect(again).toMatch(/<input[^>]*id="name"[^>]*aria-describedby="name-error"/);
	});

	it('names a web address typed wrong on its own field, keeping the name and summary', async () => {
		const answer = await refused(
			formOf({ name: 'Kinship care', summary: 'Relatives.', slug: 'Kin Care' })
		);
		expect(answer.data.errors).toEqual([
			{ field: 'slug', message: 'Use lower-case letters, digits and single hyphens' }
		]);
		const again = formOfHtml(pageOf(answer.data));
		expect(Object.fromEntries(again)).toEqual({
			name: 'Kinship care',
			summary: 'Relatives.',
			slug: 'Kin Care'
		});
	});

	it('lists errors in the order the page shows their fields', async () => {
		const answer = await refused(formOf({ name: 'Kinship care', summary: '', slug: 'Kin Care' }));
		expect(answer.data.errors.map((error) => error.field)).toEqual(['summary', 'slug']);
	});
});
