import {
	newsPageSize,
	type ArticleContent,
	type ArticlePage,
	type ArticleSummary,
	type ContentImage,
	type NamedRef,
	type NewsList,
	type NewsAboutInput,
	type NewsListInput,
	type StaffArticleSummary
} from '@whatworks/domain';
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	articleAuthors,
	articleLinks,
	articles,
	authors,
	drafts,
	images,
	interventions,
	partners,
	publications,
	researchProjects
} from '../schema/index.js';
import { isLive } from './interventions.js';
import { jsonArray, jsonObject } from './json-rows.js';
import { preparedOnce } from './prepared-once.js';

/** The year an article was first published, as the Centre's calendar has it. */
const publishedYear = sql<number>`extract(year from ${articles.firstPublishedAt} at time zone 'Europe/London')::int`;

/** An article's authors in the order named, as one JSON list. */
const authorsOfArticle = sql<NamedRef[]>`(
	select ${jsonArray(jsonObject({ slug: authors.slug, name: authors.name }), asc(articleAuthors.position))}
	from ${articleAuthors} join ${authors} on ${eq(authors.id, articleAuthors.authorId)}
	where ${eq(articleAuthors.articleId, articles.id)})`;

/** An article's image with its size and description, or null when it has none. */
export const imageOfArticle = sql<ContentImage | null>`(
	select ${jsonObject({ id: images.id, width: images.width, height: images.height, alt: articles.imageAlt })}
	from ${images} where ${eq(images.id, articles.imageId)})`;

/** The columns a news list entry shows. */
export const articleSummaryColumns = {
	slug: articles.slug,
	type: articles.type,
	title: articles.title,
	summary: articles.summary,
	themes: articles.themes,
	topics: articles.topics,
	authors: authorsOfArticle,
	firstPublishedAt: articles.firstPublishedAt,
	updatedAt: articles.updatedAt
};

/** An article's row as the domain has it: its instants as ISO text, the rest as read. */
export function withIsoInstants<Row extends { firstPublishedAt: Date; updatedAt: Date | null }>({
	firstPublishedAt,
	updatedAt,
	...row
}: Row): Omit<Row, 'firstPublishedAt' | 'updatedAt'> & {
	firstPublishedAt: string;
	updatedAt: string | null;
} {
	return {
		...row,
		firstPublishedAt: firstPublishedAt.toISOString(),
		updatedAt: updatedAt?.toISOString() ?? null
	};
}

/** The conditions of the news list's filters; published articles only. */
export function newsFilters(input: Omit<NewsListInput, 'page'>): SQL | undefined {
	const filters: SQL[] = [eq(articles.live, true)];
	if (input.type) filters.push(eq(articles.type, input.type));
	// Themes and topics are small JSON arrays; containment keeps each filter one condition.
	if (input.theme) filters.push(sql`${articles.themes} @> ${JSON.stringify([input.theme])}::jsonb`);
	if (input.topic) filters.push(sql`${articles.topics} @> ${JSON.stringify([input.topic])}::jsonb`);
	if (input.year) filters.push(sql`${publishedYear} = ${input.year}`);
	return and(...filters);
}

/**
 * One page of the news, newest first, filtered by type, theme, topic and year when given, with
 * how many match and the years there are articles from.
 */
export async function listNews(db: Database, input: NewsListInput): Promise<NewsList> {
	const { page = 1, ...filters } = input;
	const [rows, years] = await Promise.all([
		db
			.select({ ...articleSummaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
			.from(articles)
			.where(newsFilters(filters))
			.orderBy(desc(articles.firstPublishedAt), desc(articles.id))
			.limit(newsPageSize)
			.offset((page - 1) * newsPageSize),
		db
			.selectDistinct({ year: publishedYear })
			.from(articles)
			.where(eq(articles.live, true))
			.orderBy(desc(publishedYear))
	]);
	// A page past the end has no rows to carry the total: count apart.
	const total = rows[0]?.total ?? (page > 1 ? await db.$count(articles, newsFilters(filters)) : 0);
	return {
		articles: rows.map(({ total: _total, ...row }) => withIsoInstants(row)),
		total,
		page,
		pageCount: Math.ceil(total / newsPageSize),
		years: years.map((row) => row.year)
	};
}

/** The four kinds of page an article can be about, with the columns naming them. */
const linkTargets = {
	interventions: {
		table: interventions,
		id: articleLinks.interventionId,
		name: interventions.name
	},
	projects: { table: researchProjects, id: articleLinks.projectId, name: researchProjects.name },
	partners: { table: partners, id: articleLinks.partnerId, name: partners.name },
	publications: { table: publications, id: articleLinks.publicationId, name: publications.title }
} as const satisfies Record<NewsAboutInput['kind'], unknown>;

type LinkKind = keyof typeof linkTargets;

/**
 * What an article is about, of one kind, as one JSON list by name. Readers see only published
 * interventions; staff editing the article (`includeHidden`) see them all, so saving keeps them.
 */
function linksOf(kind: LinkKind, includeHidden: boolean): SQL<NamedRef[]> {
	const { table, id, name } = linkTargets[kind];
	const hidden = kind === 'interventions' && !includeHidden ? isLive : undefined;
	return sql<NamedRef[]>`(
		select ${jsonArray(jsonObject({ slug: table.slug, name }), asc(name))}
		from ${articleLinks} join ${table} on ${eq(table.id, id)}
		where ${and(eq(articleLinks.articleId, articles.id), hidden)})`;
}

/** The public change notes of the article with the slug, newest first. */
const changeNotesOf = (slug: string) => sql<{ date: string; note: string }[]>`(
	select ${jsonArray(
		jsonObject({
			date: sql`to_char(${drafts.publishedAt} at time zone 'Europe/London', 'YYYY-MM-DD')`,
			note: drafts.changeNote
		}),
		sql`${drafts.publishedAt} desc`,
		sql`${drafts.id} desc`
	)}
	from ${drafts}
	where ${and(
		eq(drafts.kind, 'article'),
		eq(drafts.targetSlug, slug),
		inArray(drafts.state, ['published', 'superseded']),
		isNotNull(drafts.changeNote)
	)})`;

/** One published article's page, or null when no published article has the slug. */
export async function findArticleBySlug(
	db: Database,
	{ slug }: { slug: string }
): Promise<ArticlePage | null> {
	const [row] = await db
		.select({
			...articleSummaryColumns,
			body: articles.body,
			image: imageOfArticle,
			changeNotes: changeNotesOf(slug),
			interventions: linksOf('interventions', false),
			projects: linksOf('projects', false),
			partners: linksOf('partners', false),
			publications: linksOf('publications', false)
		})
		.from(articles)
		.where(and(eq(articles.slug, slug), eq(articles.live, true)));
	return row ? withIsoInstants(row) : null;
}

/** A live article's content as a draft of it starts, published or not; null when there is none. */
export async function findArticleContent(
	db: Database,
	{ slug }: { slug: string }
): Promise<ArticleContent | null> {
	const [row] = await db
		.select({
			slug: articles.slug,
			type: articles.type,
			title: articles.title,
			summary: articles.summary,
			body: articles.body,
			image: imageOfArticle,
			themes: articles.themes,
			topics: articles.topics,
			authorRefs: authorsOfArticle,
			interventionRefs: linksOf('interventions', true),
			projectRefs: linksOf('projects', true),
			partnerRefs: linksOf('partners', true),
			publicationRefs: linksOf('publications', true)
		})
		.from(articles)
		.where(eq(articles.slug, slug));
	if (!row) return null;
	const slugs = (refs: NamedRef[]) => refs.map((ref) => ref.slug);
	const { authorRefs, interventionRefs, projectRefs, partnerRefs, publicationRefs, ...content } =
		row;
	return {
		...content,
		authorSlugs: slugs(authorRefs),
		interventionSlugs: slugs(interventionRefs),
		projectSlugs: slugs(projectRefs),
		partnerSlugs: slugs(partnerRefs),
		publicationSlugs: slugs(publicationRefs)
	};
}

/** How many articles the news about a page lists. */
const newsAboutLimit = 5;

/** The statement behind {@link listNewsAbout} for one kind of page, built once per database. */
function newsAboutQuery(kind: LinkKind) {
	const { table, id } = linkTargets[kind];
	return preparedOnce((db: Database) =>
		db
			.select(articleSummaryColumns)
			.from(articles)
			.where(
				and(
					eq(articles.live, true),
					sql`exists (select from ${articleLinks} join ${table} on ${eq(table.id, id)}
						where ${and(eq(articleLinks.articleId, articles.id), eq(table.slug, sql.placeholder('slug')))})`
				)
			)
			.orderBy(desc(articles.firstPublishedAt), desc(articles.id))
			.limit(newsAboutLimit)
			.prepare(`news_about_${kind}`)
	);
}

const newsAboutQueries = {
	interventions: newsAboutQuery('interventions'),
	projects: newsAboutQuery('projects'),
	partners: newsAboutQuery('partners'),
	publications: newsAboutQuery('publications')
} satisfies Record<LinkKind, unknown>;

/**
 * The latest published articles about an intervention, project, partner or publication, newest
 * first, up to {@link newsAboutLimit}.
 */
export async function listNewsAbout(
	db: Database,
	{ kind, slug }: NewsAboutInput
): Promise<ArticleSummary[]> {
	const rows = await newsAboutQueries[kind](db).execute({ slug });
	return rows.map(withIsoInstants);
}

/** Every article, published or not, newest first, as staff list them. */
export async function listAllArticles(db: Database): Promise<StaffArticleSummary[]> {
	const rows = await db
		.select({ ...articleSummaryColumns, live: articles.live })
		.from(articles)
		.orderBy(desc(articles.firstPublishedAt), desc(articles.id));
	return rows.map(withIsoInstants);
}
