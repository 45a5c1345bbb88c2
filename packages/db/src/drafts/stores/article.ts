import { newsFiltersSchema } from '@whatworks/domain';
import { listedItems, londonDay } from '../../queries/listed-items.js';
import { newsFeed } from '../../queries/feed-entries.js';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../client.js';
import type { ContentStore, PublishedItem } from './content-store.js';
import { articleAuthors, articleLinks, articles } from '../../schema/index.js';
import { findArticleContent } from '../../queries/news.js';
import { idsBySlug } from './ids-by-slug.js';
import { writeRecord } from './write-record.js';

/**
 * Writes an article to the live tables, then its authors and what it is about. A new article is
 * first published now; a later major update (one with a change note) is dated now too.
 */
async function publishArticle(
	tx: Database,
	{ targetSlug, content, now, changeNote }: PublishedItem<'article'>
): Promise<void> {
	const unique = (slugs: string[]) => [...new Set(slugs)];
	const [authorIds, interventionIds, projectIds, partnerIds, publicationIds] = await Promise.all([
		idsBySlug(tx, { table: 'authors', slugs: unique(content.authorSlugs) }),
		idsBySlug(tx, { table: 'interventions', slugs: unique(content.interventionSlugs) }),
		idsBySlug(tx, { table: 'researchProjects', slugs: unique(content.projectSlugs) }),
		idsBySlug(tx, { table: 'partners', slugs: unique(content.partnerSlugs) }),
		idsBySlug(tx, { table: 'publications', slugs: unique(content.publicationSlugs) })
	]);
	const articleId = await writeRecord(tx, {
		table: articles,
		targetSlug,
		values: {
			slug: content.slug,
			type: content.type,
			title: content.title,
			summary: content.summary,
			body: content.body,
			imageId: content.image?.id ?? null,
			imageAlt: content.image?.alt ?? null,
			themes: content.themes,
			topics: content.topics,
			live: true,
			// A new item's note is "First published.": only a later one is an update.
			...(targetSlug === null ? { firstPublishedAt: now } : {}),
			...(targetSlug !== null && changeNote !== null ? { updatedAt: now } : {})
		}
	});
	await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
	await tx.delete(articleLinks).where(eq(articleLinks.articleId, articleId));
	if (authorIds.length > 0) {
		await tx
			.insert(articleAuthors)
			.values(authorIds.map((authorId, position) => ({ articleId, authorId, position })));
	}
	const links = [
		...interventionIds.map((interventionId) => ({ articleId, interventionId })),
		...projectIds.map((projectId) => ({ articleId, projectId })),
		...partnerIds.map((partnerId) => ({ articleId, partnerId })),
		...publicationIds.map((publicationId) => ({ articleId, publicationId }))
	];
	if (links.length > 0) await tx.insert(articleLinks).values(links);
}

/** Where articles live; an unpublished one keeps its row (and id), hidden, until published again. */
export const articleStore: ContentStore<'article'> = {
	live: findArticleContent,
	publish: publishArticle,
	listed: (db) =>
		listedItems(db, {
			kind: 'article',
			table: articles,
			slug: articles.slug,
			ownDate: londonDay(sql`coalesce(${articles.updatedAt}, ${articles.firstPublishedAt})`),
			live: eq(articles.live, true)
		}),
	feed: (db, filters) => newsFeed(db, newsFiltersSchema.parse(filters)),
	unpublish: async (tx, { slug }) => {
		await tx.update(articles).set({ live: false }).where(eq(articles.slug, slug));
	}
};
