import { readText } from '$lib/forms';
import { formErrors, readForm, sentFields } from '@whatworks/ui';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	interventionContentSchema,
	newEntryKey,
	outcomeEntrySchema,
	studyEntrySchema,
	type InterventionContent
} from '@whatworks/domain';
import { createApi, fromApi } from './api';
import { refusal } from './refusal';

/** The id of the draft a page is about, from its `[id]` parameter; anything else is a 404. */
export function draftIdOf(params: { id: string }): number {
	const draftId = Number(params.id);
	if (!Number.isInteger(draftId) || draftId < 1) error(404, 'There is no such draft.');
	return draftId;
}

/** The draft of an intervention a page of its study data is about. */
export async function loadInterventionDraft(event: RequestEvent<{ id: string }>) {
	const draft = await fromApi(
		createApi(event).drafts.get.query({ draftId: draftIdOf(event.params) }),
		'There is no such draft.'
	);
	if (draft.kind !== 'intervention') error(404, 'This draft has no study data.');
	return draft;
}

/** The lists of an intervention's study data that pages edit one entry at a time, by schema. */
const entrySchemas = { studies: studyEntrySchema, outcomes: outcomeEntrySchema };

/** One list of the study data. */
type EntryList = keyof typeof entrySchemas;
type Entry<List extends EntryList> = InterventionContent[List][number];

/** The entry a page edits (`key`), or null for a new one (`new`); a key that names nothing is a 404. */
export function entryOf<List extends EntryList>(
	content: InterventionContent,
	list: List,
	key: string
): Entry<List> | null {
	if (key === 'new') return null;
	const entries: readonly Entry<List>[] = content[list];
	const entry = entries.find((e) => e.key === key);
	if (!entry) error(404, `There is no such ${list === 'studies' ? 'study' : 'outcome'} here.`);
	return entry;
}

/** The revision a study-data form was opened on, which its change is made to. */
async function baseOf(event: RequestEvent<{ id: string }>, form: FormData) {
	const draftId = draftIdOf(event.params);
	const baseRevisionId = Number(readText(form, 'baseRevisionId'));
	const api = createApi(event);
	const base = await fromApi(
		api.drafts.revision.query({ draftId, revisionId: baseRevisionId }),
		'There is no such revision.'
	);
	if (base.kind !== 'intervention') error(404, 'This draft has no study data.');
	// Saved on top of the revision the form showed: a colleague's later save is refused as a
	// conflict, never overwritten.
	const save = (content: InterventionContent) =>
		api.drafts.save.mutate({ draftId, baseRevisionId, kind: 'intervention', content });
	return { content: base.content, save };
}

/**
 * Saves the study or outcome a form shows (inputs named by their path in its schema) into the
 * revision the form was opened on, then redirects to `returnTo` with its key. Fields the form does
 * not show (an outcome's reviewer rating) are kept as saved. A refused form comes back as sent,
 * each problem on its field.
 */
export async function saveEntry<List extends EntryList>(
	event: RequestEvent<{ id: string; key: string }>,
	form: FormData,
	{ list, returnTo }: { list: List; returnTo: (key: string) => string }
) {
	const base = await baseOf(event, form);
	const saved = entryOf(base.content, list, event.params.key);
	const schema = entrySchemas[list];
	const key = saved?.key ?? newEntryKey([...base.content.studies, ...base.content.outcomes]);
	const entry = readForm(form, schema, saved ?? { key });
	const entries: unknown[] = [...base.content[list]];
	const index = saved ? entries.indexOf(saved) : entries.length;
	entries[index] = entry;
	const parsed = interventionContentSchema.safeParse({ ...base.content, [list]: entries });
	if (!parsed.success) {
		const inEntry = (path: readonly PropertyKey[]) => path[0] === list && path[1] === index;
		const issues = parsed.error.issues.map((issue) =>
			// The entry's own fields on their inputs; anything about the whole entry on the button.
			inEntry(issue.path) && issue.path.length > 2
				? { ...issue, path: issue.path.slice(2) }
				: { ...issue, path: ['save'] }
		);
		return fail(400, { errors: formErrors(issues, schema, entry), typed: sentFields(form) });
	}
	try {
		await base.save(parsed.data);
	} catch (cause) {
		return refusal(cause, 'save', { typed: sentFields(form) });
	}
	redirect(303, returnTo(key));
}

/**
 * Removes the study or outcome a page shows from the revision it was opened on, then redirects;
 * `refuse` may name, from that revision, why it cannot go (a 409 on the remove button).
 */
export async function removeEntry(
	event: RequestEvent<{ id: string; key: string }>,
	form: FormData,
	list: EntryList,
	refuse?: (content: InterventionContent) => string | undefined
) {
	const base = await baseOf(event, form);
	const refusal409 = refuse?.(base.content);
	if (refusal409)
		return fail(409, { errors: [{ field: 'remove', message: refusal409 }], typed: {} });
	const content = {
		...base.content,
		[list]: base.content[list].filter((entry) => entry.key !== event.params.key)
	};
	try {
		await base.save(content);
	} catch (cause) {
		return refusal(cause, 'remove');
	}
	redirect(303, `/drafts/${event.params.id}#study-data`);
}
