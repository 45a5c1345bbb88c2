import {
	DomainError,
	contentAtPath,
	type NewsletterContent,
	type NewsletterEntry,
	type NewsletterIssue,
	type NewsletterItem,
	type NewsletterSourceKind,
	type NewsletterSummary
} from '@whatworks/domain';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import {
	articles,
	interventions,
	newsletters,
	programmes,
	publications,
	researchProjects
} from '../schema/index.js';

/** Where each kind an item brings in keeps its title and summary, and which rows readers see. */
const sources: Record<
	NewsletterSourceKind,
	{ table: PgTable; slug: PgColumn; title: PgColumn; summary: PgColumn; live?: SQL }
> = {
	intervention: {
		table: interventions,
		slug: interventions.slug,
		title: interventions.name,
		summary: interventions.summary,
		live: eq(interventions.live, true)
	},
	publication: {
		table: publications,
		slug: publications.slug,
		title: publications.title,
		summary: publications.abstract
	},
	project: {
		table: researchProjects,
		slug: researchProjects.slug,
		title: researchProjects.name,
		summary: researchProjects.summary
	},
	programme: {
		table: programmes,
		slug: programmes.slug,
		title: programmes.name,
		summary: programmes.description
	},
	article: {
		table: articles,
		slug: articles.slug,
		title: articles.title,
		summary: articles.summary,
		live: eq(articles.live, true)
	}
};

/**
 * An issue's items as readers will see them: each published page's title and summary as they are
 * now — or, for a page the issue already brought in (`kept`, by path, when a published issue is
 * corrected), as it was then — and each written item as written. A page readers cannot see is
 * refused, naming it.
 */
export async function newsletterEntries(
	db: Database,
	items: readonly NewsletterItem[],
	kept: ReadonlyMap<string, NewsletterEntry> = new Map()
): Promise<NewsletterEntry[]> {
	const pages = items.flatMap((item) => {
		const page =
			item.source === 'published' && !kept.has(item.path) ? contentAtPath(item.path) : null;
		return page ? [page] : [];
	});
	const found = new Map<string, { title: string; summary: string }>();
	for (const kind of new Set(pages.map((page) => page.kind))) {
		const source = sources[kind];
		const slugs = pages.filter((page) => page.kind === kind).map((page) => page.slug);
		const rows = await db
			.select({ slug: source.slug, title: source.title, summary: source.summary })
			.from(source.table)
			.where(and(inArray(source.slug, slugs), source.live));
		for (const row of rows) found.set(`${kind}/${String(row.slug)}`, row as never);
	}
	return items.map((item) => {
		if (item.source === 'written') {
			return { heading: item.heading, text: item.text, href: item.link };
		}
		const already = kept.get(item.path);
		if (already) return already;
		const page = contentAtPath(item.path);
		const words = page && found.get(`${page.kind}/${page.slug}`);
		if (!words) {
			throw new DomainError(
				'INVALID_INPUT',
				`Nothing readers can see is at ${item.path}: choose a published page.`
			);
		}
		return { heading: words.title, text: words.summary, href: item.path };
	});
}

/** The entries a published issue brought in from pages, by path. */
export async function findKeptEntries(
	db: Database,
	{ slug }: { slug: string }
): Promise<Map<string, NewsletterEntry>> {
	const [row] = await db
		.select({ entries: newsletters.entries })
		.from(newsletters)
		.where(eq(newsletters.slug, slug));
	// Site paths, not full web addresses: those are written items' links.
	return new Map(
		(row?.entries ?? []).flatMap((entry) =>
			entry.href?.startsWith('/') ? [[entry.href, entry] as const] : []
		)
	);
}

/** The published issue with this number as a draft of it starts. */
export async function findNewsletterContent(
	db: Database,
	{ slug }: { slug: string }
): Promise<NewsletterContent | null> {
	const [row] = await db
		.select({
			slug: newsletters.slug,
			title: newsletters.title,
			issuedOn: newsletters.issuedOn,
			introduction: newsletters.introduction,
			items: newsletters.items
		})
		.from(newsletters)
		.where(eq(newsletters.slug, slug));
	return row ?? null;
}

/** A published issue as its archive page and its email show it. */
export async function findNewsletterIssue(
	db: Database,
	{ number }: { number: number }
): Promise<(NewsletterIssue & { id: number }) | null> {
	const [row] = await db
		.select({
			id: newsletters.id,
			number: newsletters.number,
			title: newsletters.title,
			issuedOn: newsletters.issuedOn,
			introduction: newsletters.introduction,
			entries: newsletters.entries
		})
		.from(newsletters)
		.where(eq(newsletters.number, number));
	return row ?? null;
}

/** The archive: every published issue, newest first. */
export async function listNewsletters(db: Database): Promise<NewsletterSummary[]> {
	return db
		.select({
			number: newsletters.number,
			title: newsletters.title,
			issuedOn: newsletters.issuedOn
		})
		.from(newsletters)
		.orderBy(desc(newsletters.number));
}
