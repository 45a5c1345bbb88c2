import type { AuthorContent, AuthorPage, AuthorSummary } from '@whatworks/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { articleAuthors, articles, authors } from '../schema/index.js';
import { articleSummaryColumns, withIsoInstants } from './news.js';

/** The columns of an author's content, as drafts and the author's page have it. */
const authorColumns = {
	slug: authors.slug,
	name: authors.name,
	role: authors.role,
	bio: authors.bio
};

/** An author's page with their published articles, newest first; null when no author has the slug. */
export async function findAuthorBySlug(
	db: Database,
	{ slug }: { slug: string }
): Promise<AuthorPage | null> {
	const [author] = await db
		.select({ id: authors.id, ...authorColumns })
		.from(authors)
		.where(eq(authors.slug, slug));
	if (!author) return null;
	const rows = await db
		.select(articleSummaryColumns)
		.from(articles)
		.innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
		.where(and(eq(articleAuthors.authorId, author.id), eq(articles.live, true)))
		.orderBy(desc(articles.firstPublishedAt), desc(articles.id));
	const { id: _id, ...page } = author;
	return { ...page, articles: rows.map(withIsoInstants) };
}

/** An author as a draft of them starts; null when no author has the slug. */
export async function findAuthorContent(
	db: Database,
	{ slug }: { slug: string }
): Promise<AuthorContent | null> {
	const [row] = await db.select(authorColumns).from(authors).where(eq(authors.slug, slug));
	return row ?? null;
}

/** Every author, by name. */
export async function listAuthors(db: Database): Promise<AuthorSummary[]> {
	return db
		.select({ slug: authors.slug, name: authors.name, role: authors.role })
		.from(authors)
		.orderBy(asc(authors.name));
}
