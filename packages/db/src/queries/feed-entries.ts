import {
	changesPublishedRating,
	contentKinds,
	effectivenessScale,
	feedLength,
	imagePreview,
	londonMidnight,
	strengthScale,
	type FeedEntry,
	type NewsFilters,
	type PublicationFilters
} from '@whatworks/domain';
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { v5 as uuidV5 } from 'uuid';
import type { Database } from '../client.js';
import {
	articles,
	drafts,
	interventions,
	outcomeRatings,
	publications,
	ratingSnapshots
} from '../schema/index.js';
import { isLive } from './interventions.js';
import { articleSummaryColumns, imageOfArticle, newsFilters, withIsoInstants } from './news.js';
import { publicationFilters, publicationSummaryColumns } from './publications.js';

/** The namespace of feed entry ids: a fixed, random UUID of our own. */
const feedNamespace = 'b7a4d6e2-5f1c-4d3a-9e8b-2c6f0a1d4e57';

/**
 * The id of a feed entry, from what it is and its row's id: the same for as long as the row
 * lives, whatever its title, address or the site's own address become.
 * @example feedEntryId('article', 42) // 'urn:uuid:…' (always the same for article 42)
 */
export function feedEntryId(kind: string, id: number): string {
	return `urn:uuid:${uuidV5(`${kind}/${id}`, feedNamespace)}`;
}

/**
 * The id of a feed: its name and filters, in a fixed order, so the same feed keeps its id
 * whatever the order of its address's filters or the site's own address.
 * @example feedId('news', { year: 2019, type: 'blog-post' }) === feedId('news', { type: 'blog-post', year: 2019 }) // true
 */
export function feedId(name: string, filters: object): string {
	const query = Object.entries(filters)
		.filter(([, value]) => value !== undefined)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, value]) => `${key}=${String(value)}`)
		.join('&');
	return `urn:uuid:${uuidV5(`feed/${name}?${query}`, feedNamespace)}`;
}

/** The newest published articles the filters keep, as feed entries. */
export async function newsFeed(db: Database, filters: NewsFilters): Promise<FeedEntry[]> {
	const rows = await db
		.select({ ...articleSummaryColumns, id: articles.id, image: imageOfArticle })
		.from(articles)
		.where(newsFilters(filters))
		.orderBy(desc(articles.firstPublishedAt), desc(articles.id))
		.limit(feedLength);
	return rows.map(({ id, ...row }) => {
		const article = withIsoInstants(row);
		return {
			id: feedEntryId('article', id),
			title: article.title,
			summary: article.summary,
			path: contentKinds.article.path(article.slug),
			publishedAt: article.firstPublishedAt,
			updatedAt: article.updatedAt ?? article.firstPublishedAt,
			authors: article.authors.map((author) => author.name),
			image: article.image && imagePreview(article.image).path
		};
	});
}

/** The newest publications the filters keep, as feed entries. */
export async function publicationsFeed(
	db: Database,
	filters: PublicationFilters
): Promise<FeedEntry[]> {
	const rows = await db
		.select({ ...publicationSummaryColumns, id: publications.id, abstract: publications.abstract })
		.from(publications)
		.where(publicationFilters(filters))
		.orderBy(desc(publications.publishedOn), desc(publications.id))
		.limit(feedLength);
	return rows.map((publication) => {
		const publishedAt = londonMidnight(publication.publishedOn).toISOString();
		return {
			id: feedEntryId('publication', publication.id),
			title: publication.title,
			summary: publication.abstract,
			path: contentKinds.publication.path(publication.slug),
			publishedAt,
			updatedAt: publishedAt,
			authors: publication.authors,
			image: null
		};
	});
}

/**
 * What changed in the Evidence Store, newest first: each entry when it was first published,
 * and each change of a published rating (a rating that only records new standards, unchanged,
 * is not one).
 */
export async function evidenceStoreFeed(db: Database): Promise<FeedEntry[]> {
	const ratedAgain = db
		.select({ id: ratingSnapshots.outcomeRatingId })
		.from(ratingSnapshots)
		.groupBy(ratingSnapshots.outcomeRatingId)
		.having(sql`count(*) > 1`);
	const [entries, snapshots] = await Promise.all([
		db
			.select({
				id: interventions.id,
				slug: interventions.slug,
				name: interventions.name,
				summary: interventions.summary,
				createdAt: interventions.createdAt,
				lastPublished: max(drafts.publishedAt)
			})
			.from(interventions)
			.leftJoin(
				drafts,
				and(eq(drafts.kind, 'intervention'), eq(drafts.targetSlug, interventions.slug))
			)
			.where(isLive)
			.groupBy(interventions.id)
			// Only the newest can be in the feed.
			.orderBy(desc(interventions.createdAt), desc(interventions.id))
			.limit(feedLength),
		db
			.select({
				id: ratingSnapshots.id,
				outcomeRatingId: ratingSnapshots.outcomeRatingId,
				ratedAt: ratingSnapshots.ratedAt,
				effectiveness: ratingSnapshots.effectiveness,
				strength: ratingSnapshots.strength,
				source: ratingSnapshots.source,
				changeNote: ratingSnapshots.changeNote,
				outcome: outcomeRatings.outcome,
				slug: interventions.slug,
				name: interventions.name
			})
			.from(ratingSnapshots)
			.innerJoin(outcomeRatings, eq(outcomeRatings.id, ratingSnapshots.outcomeRatingId))
			.innerJoin(interventions, eq(interventions.id, outcomeRatings.interventionId))
			// An outcome rated once has no change to tell: read only those rated again since.
			.where(and(isLive, inArray(ratingSnapshots.outcomeRatingId, ratedAgain)))
			.orderBy(asc(ratingSnapshots.ratedAt), asc(ratingSnapshots.id))
	]);
	const published: FeedEntry[] = entries.map((entry) => ({
		id: feedEntryId('intervention', entry.id),
		title: `New in the Evidence Store: ${entry.name}`,
		summary: entry.summary,
		path: contentKinds.intervention.path(entry.slug),
		publishedAt: entry.createdAt.toISOString(),
		updatedAt: (entry.lastPublished ?? entry.createdAt).toISOString(),
		authors: [],
		image: null
	}));
	const previous = new Map<number, (typeof snapshots)[number]>();
	const changes: FeedEntry[] = [];
	for (const snapshot of snapshots) {
		const before = previous.get(snapshot.outcomeRatingId);
		previous.set(snapshot.outcomeRatingId, snapshot);
		if (!before || !changesPublishedRating(before, snapshot)) continue;
		const rating = `${effectivenessScale[snapshot.effectiveness].label}, ${strengthScale[snapshot.strength].label.toLowerCase()} strength of evidence`;
		const was = `${effectivenessScale[before.effectiveness].label}, ${strengthScale[before.strength].label.toLowerCase()}`;
		changes.push({
			id: feedEntryId('rating-change', snapshot.id),
			title: `${snapshot.name}: the rating of ${snapshot.outcome} changed`,
			summary: [`Now: ${rating} (was: ${was}).`, snapshot.changeNote ?? ''].join(' ').trim(),
			path: contentKinds.intervention.path(snapshot.slug),
			publishedAt: snapshot.ratedAt.toISOString(),
			updatedAt: snapshot.ratedAt.toISOString(),
			authors: [],
			image: null
		});
	}
	return [...published, ...changes]
		.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id))
		.slice(0, feedLength);
}
