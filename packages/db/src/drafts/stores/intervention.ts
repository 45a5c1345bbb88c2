import { evidenceStoreFeed } from '../../queries/feed-entries.js';
import { isLive } from '../../queries/interventions.js';
import { listedItems } from '../../queries/listed-items.js';
import { diffContent, type InterventionContent } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../client.js';
import { interventions, interventionTopics } from '../../schema/index.js';
import { interventionRowOf } from '../../queries/intervention-rows.js';
import { findInterventionContent } from '../../queries/interventions.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import { publishStudyData } from './publish-study-data.js';
import { writeRecord } from './write-record.js';

/**
 * Writes an intervention to the live tables: its row, its topics and its study data, whose
 * ratings are computed again. The evidence counts as reviewed today when the study data changed.
 */
async function publishIntervention(
	tx: Database,
	{ targetSlug, content, now }: PublishedItem<'intervention'>
): Promise<void> {
	const today = now.toISOString().slice(0, 10);
	const live = targetSlug ? await findInterventionContent(tx, { slug: targetSlug }) : null;
	const liveStudyData = {
		studies: live?.content.studies ?? [],
		outcomes: live?.content.outcomes ?? []
	};
	const evidenceChanged =
		diffContent('intervention', { ...content, ...liveStudyData }, content).length > 0;
	const interventionId = await writeRecord(tx, {
		table: interventions,
		targetSlug,
		values: {
			...interventionRowOf(content),
			pageUpdated: today,
			...(evidenceChanged ? { evidenceLastReviewed: today } : {}),
			live: true
		}
	});
	await tx.delete(interventionTopics).where(eq(interventionTopics.interventionId, interventionId));
	if (content.topics.length > 0) {
		await tx
			.insert(interventionTopics)
			.values(content.topics.map((topic) => ({ interventionId, topic })));
	}
	await publishStudyData(tx, { interventionId, data: content });
}

/** Where interventions live; an unpublished one keeps its row, hidden, until published again. */
export const interventionStore: ContentStore<'intervention'> = {
	live: async (db, { slug }): Promise<InterventionContent | null> =>
		(await findInterventionContent(db, { slug }))?.content ?? null,
	publish: publishIntervention,
	listed: (db) =>
		listedItems(db, {
			kind: 'intervention',
			table: interventions,
			slug: interventions.slug,
			ownDate: interventions.pageUpdated,
			live: isLive
		}),
	feed: evidenceStoreFeed,
	unpublish: async (tx, { slug }) => {
		await tx.update(interventions).set({ live: false }).where(eq(interventions.slug, slug));
	}
};
