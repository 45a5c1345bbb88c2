import type { ArticleType, ResearchTheme, Topic } from '@whatworks/domain';
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { images } from './images.js';
import { interventions } from './interventions.js';
import { partners } from './partners.js';
import { publications, researchProjects } from './research.js';

/** People who write blog posts, each with a page. */
export const authors = pgTable('authors', {
	id: serial().primaryKey(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	role: text().notNull(),
	bio: text().notNull()
});

/**
 * News stories, press releases and blog posts. The id never changes once published, so feeds
 * name an entry by it; an unpublished article keeps its row, hidden, until published again.
 */
export const articles = pgTable(
	'articles',
	{
		id: serial().primaryKey(),
		slug: text().notNull().unique(),
		type: text().$type<ArticleType>().notNull(),
		title: text().notNull(),
		summary: text().notNull(),
		body: text().notNull(),
		themes: jsonb().$type<ResearchTheme[]>().notNull(),
		topics: jsonb().$type<Topic[]>().notNull(),
		/** The image at its top and in link previews, with its description; both or neither. */
		imageId: integer().references(() => images.id),
		imageAlt: text(),
		firstPublishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** The last major update, one published with a public change note; null when none. */
		updatedAt: timestamp({ withTimezone: true }),
		live: boolean().notNull().default(true)
	},
	(table) => [
		index().on(table.firstPublishedAt),
		index().on(table.imageId),
		check('articles_image_described', sql`(${table.imageId} is null) = (${table.imageAlt} is null)`)
	]
);

/** Who wrote each article, in the order they are named. */
export const articleAuthors = pgTable(
	'article_authors',
	{
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		authorId: integer()
			.notNull()
			.references(() => authors.id, { onDelete: 'cascade' }),
		position: integer().notNull()
	},
	(table) => [
		primaryKey({ columns: [table.articleId, table.authorId] }),
		index().on(table.authorId)
	]
);

/**
 * What an article is about: one intervention, project, partner or publication per row, so the
 * pages of each can list the news about them.
 */
export const articleLinks = pgTable(
	'article_links',
	{
		id: serial().primaryKey(),
		articleId: integer()
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		interventionId: integer().references(() => interventions.id, { onDelete: 'cascade' }),
		projectId: integer().references(() => researchProjects.id, { onDelete: 'cascade' }),
		partnerId: integer().references(() => partners.id, { onDelete: 'cascade' }),
		publicationId: integer().references(() => publications.id, { onDelete: 'cascade' })
	},
	(table) => [
		index().on(table.articleId),
		index().on(table.interventionId),
		index().on(table.projectId),
		index().on(table.partnerId),
		index().on(table.publicationId),
		check(
			'article_links_one_target',
			sql`num_nonnulls(${table.interventionId}, ${table.projectId}, ${table.partnerId}, ${table.publicationId}) = 1`
		)
	]
);
