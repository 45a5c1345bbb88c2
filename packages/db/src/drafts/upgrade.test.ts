import {
	contentSchemas,
	newInterventionContent,
	organisationTypeKeys,
	projectStageKeys,
	publicationTypeKeys,
	researchThemeKeys
} from '@whatworks/domain';
import { interventionSearchInputSchema } from '@whatworks/domain';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { listAuditEvents } from '../queries/audit.js';
import { verifyAuditChain } from '../queries/audit-chain.js';
import { publicationInterventions } from '../schema/index.js';
import { testDatabaseKinds } from '../testing/test-databases.js';
import { openUpgradedDatabase } from '../testing/upgraded-database.js';
import { searchInterventions } from '../queries/search.js';
import { findDraft, listDrafts } from './read-drafts.js';
import { transitionDraft } from './transition-draft.js';

// Content as the previous release stored it: interventions' without their web address.
const { slug: _slug, ...kinship } = newInterventionContent({
	name: 'Kinship care',
	summary: 'Children live with relatives or friends.'
});
const { slug: _newSlug, ...videoGuidance } = newInterventionContent({
	name: 'Video guidance',
	summary: 'Parents watch clips of their play.'
});
const { slug: _linkedSlug, ...linkedGuidance } = newInterventionContent({
	name: 'Linked guidance',
	summary: 'A guide a publication links to.'
});
const records = {
	publication: {
		slug: 'early-findings',
		title: 'Early findings',
		type: publicationTypeKeys[0],
		authors: ['A. Author'],
		publishedOn: '2020-03-31',
		abstract: 'What staff said.',
		themes: [],
		projectSlugs: [],
		interventionSlugs: [],
		file: null
	},
	project: {
		slug: 'a-new-project',
		name: 'A new project',
		summary: 'What it tries.',
		theme: researchThemeKeys[0],
		programmeSlug: null,
		stage: projectStageKeys[0],
		milestones: [],
		leadOrganisation: 'A university',
		budgetGbp: null,
		partnerSlugs: [],
		interventionSlugs: [],
		protocol: null
	},
	programme: {
		slug: 'staying-close',
		name: 'Staying Close',
		description: 'Support after residential care.',
		theme: null,
		startDate: null,
		endDate: null,
		budgetGbp: null
	},
	partner: {
		slug: 'a-new-trust',
		name: 'A new trust',
		type: organisationTypeKeys[0],
		region: null,
		gssCode: null,
		dfeCode: null,
		participations: []
	}
};

/** Open drafts of every kind, revisions, a comment and audit entries, in the previous schema. */
const previousReleaseData = `
insert into users (email, name) values ('ed@example.org', 'Ed'), ('ada@example.org', 'Ada'), ('rev@example.org', 'Rev');
insert into interventions (slug, name, summary, emmie, page_updated, live) values
	('kinship-care', 'Kinship care', 'Children live with relatives.', '${JSON.stringify(kinship.emmie)}', '2019-01-01', true),
	('video-guidance', 'Video guidance', 'Parents watch clips.', '${JSON.stringify(kinship.emmie)}', '2019-01-01', false),
	('linked-guidance', 'Linked guidance', 'A guide.', '${JSON.stringify(kinship.emmie)}', '2019-01-01', false);
insert into intervention_topics (intervention_id, topic)
	select id, 'kinship-and-foster-care' from interventions where slug = 'kinship-care';
insert into publications (slug, title, type, authors, published_on, abstract, themes) values
	('early-guide', 'Early guide', '${records.publication.type}', '["A. Author"]', '2019-01-01', 'A guide.', '[]');
insert into publication_interventions (publication_id, intervention_id)
	select p.id, i.id from publications p, interventions i where p.slug = 'early-guide' and i.slug = 'linked-guidance';
insert into editions (intervention_id, state, author_id, last_editor_id)
	select id, 'draft', 1, 2 from interventions where slug = 'kinship-care';
insert into editions (intervention_id, state, author_id, last_editor_id)
	select id, 'in-review', 1, 1 from interventions where slug in ('video-guidance', 'linked-guidance');
insert into revisions (edition_id, number, content, saved_by)
	select e.id, n, '${JSON.stringify(kinship)}', n from editions e join interventions i on i.id = e.intervention_id, generate_series(1, 2) n
	where i.slug = 'kinship-care';
insert into revisions (edition_id, number, content, saved_by)
	select e.id, 1, case i.slug when 'video-guidance' then '${JSON.stringify(videoGuidance)}'::jsonb else '${JSON.stringify(linkedGuidance)}'::jsonb end, 1
	from editions e join interventions i on i.id = e.intervention_id
	where i.slug in ('video-guidance', 'linked-guidance');
insert into edition_comments (edition_id, author_id, text)
	select e.id, 3, 'Say where the figures come from.' from editions e join interventions i on i.id = e.intervention_id
	where i.slug = 'kinship-care';
insert into record_drafts (kind, state, content, author_id, last_editor_id, contributor_ids) values
	('publication', 'draft', '${JSON.stringify(records.publication)}', 1, 1, '[1]'),
	('project', 'draft', '${JSON.stringify(records.project)}', 1, 2, '[1, 2]'),
	('programme', 'in-review', '${JSON.stringify(records.programme)}', 2, 2, '[2]'),
	('partner', 'draft', '${JSON.stringify(records.partner)}', 2, 1, '[2, 1]');
insert into record_drafts (kind, target_slug, state, content, author_id, last_editor_id, contributor_ids, published_at) values
	('programme', 'staying-close', 'published', '${JSON.stringify(records.programme)}', 1, 1, '[1]', '2020-01-01'),
	('programme', 'staying-close', 'published', '${JSON.stringify(records.programme)}', 1, 1, '[1]', '2021-01-01');
insert into audit_events (actor_id, action, subject_type, subject_id, revision_ids) values
	(1, 'edition.started', 'intervention', 'kinship-care', '{1}'),
	(2, 'revision.saved', 'intervention', 'kinship-care', '{2}'),
	(3, 'edition.publish', 'edition', '9', '{3}');
`;

/** A database of the release before one editorial core (up to 0014), holding that data, opened by this one. */
const upgradedDatabase = (engine: 'pglite' | 'postgres') =>
	openUpgradedDatabase(engine, { lastMigration: 14, data: previousReleaseData });

describe.each(testDatabaseKinds)('upgrading a database of the previous release on %s', (engine) => {
	const opened: DatabaseHandle[] = [];
	afterAll(async () => {
		for (const handle of opened) await handle.close();
	});

	it('finds entries published before by the words of their topics, and spells out misspelt ones', async () => {
		const handle = await upgradedDatabase(engine);
		opened.push(handle);
		const search = async (q: string) =>
			(await searchInterventions(handle.db, interventionSearchInputSchema.parse({ q }))).items.map(
				(item) => item.slug
			);
		// "Foster" is only in the label of the topic it is filed under.
		expect(await search('foster')).toEqual(['kinship-care']);
		expect(await search('relativs')).toEqual(['kinship-care']);
	});

	it('finds every draft, revision, comment and audit entry, and keeps who saved what', async () => {
		const handle = await upgradedDatabase(engine);
		opened.push(handle);
		const { db } = handle;
		const drafts = await listDrafts(db);
		const open = drafts.filter((draft) => draft.publishedAt === null);
		expect(open.map((draft) => draft.kind).sort()).toEqual(
			[
				'intervention',
				'intervention',
				'intervention',
				'partner',
				'programme',
				'project',
				'publication'
			].sort()
		);
		for (const summary of drafts) {
			const draft = await findDraft(db, { draftId: summary.id });
			if (!draft) throw new Error(`Draft ${summary.id} is missing`);
			// Every content reads as its kind's, web address included.
			expect(contentSchemas[draft.kind].safeParse(draft.latest.content).success).toBe(true);
		}
		const kinship = drafts.find((draft) => draft.targetSlug === 'kinship-care');
		const kinshipDraft = await findDraft(db, { draftId: kinship?.id ?? 0 });
		expect(kinshipDraft?.revisions.map((r) => [r.number, r.savedBy])).toEqual([
			[2, 'Ada'],
			[1, 'Ed']
		]);
		expect(kinshipDraft?.comments.map((c) => c.text)).toEqual(['Say where the figures come from.']);
		expect(kinshipDraft?.latest.content.slug).toBe('kinship-care');

		// An intervention never published is a new item: no hidden row, its address in its content.
		const video = drafts.find((draft) => draft.title === 'Video guidance');
		expect(video).toMatchObject({ targetSlug: null, state: 'in-review' });
		expect((await findDraft(db, { draftId: video?.id ?? 0 }))?.latest.content.slug).toBe(
			'video-guidance'
		);

		// A hidden intervention a publication links to keeps its row and its link, as the target.
		expect(drafts.find((draft) => draft.title === 'Linked guidance')?.targetSlug).toBe(
			'linked-guidance'
		);
		expect(await db.$count(publicationInterventions)).toBe(1);
		// Of one record's published drafts, only the newest is live.
		const closes = drafts.filter((draft) => draft.targetSlug === 'staying-close');
		expect(closes.map((draft) => [draft.publishedAt?.slice(0, 4), draft.state])).toEqual([
			['2021', 'published'],
			['2020', 'superseded']
		]);

		// A record draft keeps everyone who saved it, so its editors still cannot publish it.
		const project = drafts.find((draft) => draft.kind === 'project');
		const projectDraft = await findDraft(db, { draftId: project?.id ?? 0 });
		expect(projectDraft?.revisions.map((r) => r.savedBy)).toEqual(['Ada', 'Ed']);
		const partner = await findDraft(db, {
			draftId: drafts.find((d) => d.kind === 'partner')?.id ?? 0
		});
		expect(partner?.revisions.map((r) => r.savedBy)).toEqual(['Ed', 'Ada']);
		const programme = open.find((draft) => draft.kind === 'programme');
		const revisionId = (await findDraft(db, { draftId: programme?.id ?? 0 }))?.latest.id;
		await expect(
			transitionDraft(db, {
				draftId: programme?.id ?? 0,
				action: 'publish',
				actor: { id: 2, roles: ['admin'] },
				revisionId,
				now: new Date()
			})
		).rejects.toThrow('Someone else must approve this change');

		// The audit log keeps the old entries as written, and finds them by the new names.
		expect((await listAuditEvents(db)).map((event) => event.action).sort()).toEqual([
			'edition.publish',
			'edition.started',
			'revision.saved'
		]);
		const published = await listAuditEvents(db, { action: 'draft.publish' });
		expect(published.map((event) => event.action)).toEqual(['edition.publish']);
		// …chained in the order they were written, as the entries written from now on will be.
		expect(await verifyAuditChain(db)).toMatchObject({ entries: 3, broken: null });
	});
});
