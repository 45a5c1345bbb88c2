import { contentKindSchema } from '@whatworks/domain';

/** The kinds of content the console's research, partner and news pages list and add: all but interventions. */
export const researchKindSchema = contentKindSchema.exclude(['intervention']);

/** One kind those pages handle. */
export type ResearchKind = (typeof researchKindSchema.options)[number];

/** The kinds the news page lists: articles and their authors. */
export const newsKinds = ['article', 'author'] as const satisfies readonly ResearchKind[];

/** One kind the news page lists. */
export type NewsKind = (typeof newsKinds)[number];

/** The kinds the research page's drafts in progress are of: the rest but the news and e-newsletter. */
export const researchPageKinds = researchKindSchema.options.filter(
	(kind): kind is Exclude<ResearchKind, NewsKind | 'newsletter'> =>
		!(newsKinds as readonly string[]).includes(kind) && kind !== 'newsletter'
);

/** The console page that lists a kind: adding one belongs under its navigation item. */
export function listPageOf(
	kind: ResearchKind
): '/news' | '/newsletters' | '/partners' | '/research' {
	if ((newsKinds as readonly string[]).includes(kind)) return '/news';
	if (kind === 'newsletter') return '/newsletters';
	return kind === 'partner' ? '/partners' : '/research';
}

/**
 * The path the navigation marks as current: adding an item (one route for every kind,
 * `/research/new/<kind>`) is under the page that lists its kind.
 * @example navigationPath('/research/new/article') // '/news/new'
 */
export function navigationPath(pathname: string): string {
	const adding = /^\/research\/new\/([^/]+)\/?$/.exec(pathname);
	const kind = researchKindSchema.safeParse(adding?.[1]);
	return kind.success ? `${listPageOf(kind.data)}/new` : pathname;
}
