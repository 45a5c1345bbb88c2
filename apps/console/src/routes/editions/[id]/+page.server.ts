import { createApi, fromApi } from '$lib/server/api';
import { refusal } from '$lib/server/refusal';
import { fieldErrors, readText } from '$lib/forms';
import {
	diffContent,
	emmieSchema,
	interventionContentSchema,
	workflowActionSchema,
	type InterventionContent
} from '@whatworks/domain';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const emmieKeys = Object.keys(emmieSchema.shape) as (keyof InterventionContent['emmie'])[];

function editionIdOf(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1) error(404, 'There is no such edition.');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const editionId = editionIdOf(event.params);
	const api = createApi(event);
	const edition = await fromApi(
		api.editorial.get.query({ editionId }),
		'There is no such edition.'
	);
	// Any two revisions can be compared (?compare=older,newer); by default the latest with the live page.
	const [a, b] = (event.url.searchParams.get('compare') ?? '').split(',').map(Number);
	const known = (id: number | undefined) => edition.revisions.some((r) => r.id === id);
	const compared =
		known(a) && known(b)
			? await fromApi(
					Promise.all([
						api.editorial.revision.query({ editionId, revisionId: a as number }),
						api.editorial.revision.query({ editionId, revisionId: b as number })
					])
				)
			: null;
	return {
		edition,
		comparison: compared
			? {
					label: `revision ${edition.revisions.find((r) => r.id === a)?.number} with revision ${edition.revisions.find((r) => r.id === b)?.number}`,
					changes: diffContent(compared[0], compared[1])
				}
			: edition.live
				? {
						label: 'the live page with this edition',
						changes: diffContent(edition.live, edition.latest.content)
					}
				: null
	};
};

export const actions = {
	save: async (event) => {
		const editionId = editionIdOf(event.params);
		const form = await event.request.formData();
		const typed = Object.fromEntries(
			[
				'name',
				'summary',
				'description',
				'costBand',
				'ageMin',
				'ageMax',
				'sourceReview',
				...emmieKeys.map((k) => `emmie.${k}`)
			].map((field) => [field, readText(form, field)])
		);
		const api = createApi(event);
		const edition = await fromApi(api.editorial.get.query({ editionId }));
		const content = interventionContentSchema.safeParse({
			...edition.latest.content,
			name: typed.name,
			summary: typed.summary,
			description: typed.description,
			costBand: typed.costBand,
			topics: form.getAll('topics'),
			// Both ages or neither: a half-filled range is an error the schema names.
			ageRange:
				typed.ageMin === '' && typed.ageMax === ''
					? null
					: { min: Number(typed.ageMin), max: Number(typed.ageMax) },
			sourceReview: typed.sourceReview?.trim() ? typed.sourceReview.trim() : null,
			emmie: Object.fromEntries(emmieKeys.map((k) => [k, typed[`emmie.${k}`]]))
		});
		if (!content.success) {
			// The form asks for the age range as two boxes.
			const errors = fieldErrors(content.error.issues).map((e) => ({
				...e,
				field: e.field.startsWith('ageRange')
					? e.field === 'ageRange.max'
						? 'ageMax'
						: 'ageMin'
					: e.field
			}));
			return fail(400, { errors, typed });
		}
		try {
			await api.editorial.save.mutate({
				editionId,
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				content: content.data
			});
		} catch (cause) {
			// Nothing is lost: the form comes back with what was typed, and the message says why.
			return refusal(cause, 'name', { typed });
		}
		return { saved: true };
	},

	move: async (event) => {
		const editionId = editionIdOf(event.params);
		const form = await event.request.formData();
		const action = workflowActionSchema.safeParse(readText(form, 'action'));
		if (!action.success) error(400, 'Unknown action');
		const changeNote = readText(form, 'changeNote').trim();
		let moved: { state: string | null };
		try {
			moved = await createApi(event).editorial.transition.mutate({
				editionId,
				action: action.data,
				note: { minor: form.get('minor') === 'yes', ...(changeNote ? { changeNote } : {}) },
				...(readText(form, 'comment').trim() ? { comment: readText(form, 'comment').trim() } : {}),
				...(readText(form, 'revisionId')
					? { revisionId: Number(readText(form, 'revisionId')) }
					: {})
			});
		} catch (cause) {
			return refusal(cause, action.data === 'request-changes' ? 'comment' : 'changeNote');
		}
		// A discarded edition is gone: back to the dashboard.
		if (moved.state === null) redirect(303, '/');
		return { moved: action.data };
	},

	/** A new edition of an unpublished (or published) intervention, from its last content. */
	reopen: async (event) => {
		const editionId = editionIdOf(event.params);
		const api = createApi(event);
		const edition = await fromApi(api.editorial.get.query({ editionId }));
		const started = await fromApi(api.editorial.start.mutate({ slug: edition.slug }));
		redirect(303, `/editions/${started.editionId}`);
	},

	restore: async (event) => {
		const editionId = editionIdOf(event.params);
		const form = await event.request.formData();
		const revisionId = Number(readText(form, 'revisionId'));
		const api = createApi(event);
		try {
			const content = await api.editorial.revision.query({ editionId, revisionId });
			// Based on the revision the page showed: a colleague's later save is never overwritten.
			await api.editorial.save.mutate({
				editionId,
				baseRevisionId: Number(readText(form, 'baseRevisionId')),
				content
			});
		} catch (cause) {
			return refusal(cause, 'revisions');
		}
		return { restored: revisionId };
	}
} satisfies Actions;
