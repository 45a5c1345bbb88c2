import type { ResearchKind } from '$lib/research-kinds';
import { contentKinds, type NamedRef, type NewsletterSourceKind } from '@whatworks/domain';
import type { Api } from '@whatworks/sveltekit-bridge';

/** What a record's form offers to link to, by name. */
export interface RecordOptions {
	programmes: NamedRef[];
	projects: NamedRef[];
	interventions: NamedRef[];
	publications: NamedRef[];
	authors: NamedRef[];
	/** Pages an e-newsletter item can bring in, by kind, each by its site path. */
	pages: PageChoice[];
}

/** A published page an e-newsletter item can bring in. */
export interface PageChoice {
	kind: NewsletterSourceKind;
	path: string;
	name: string;
}

const named = (items: readonly NamedRef[]) => items.map(({ slug, name }) => ({ slug, name }));

/** The choices the form of `kind` needs; the others are left empty. */
export async function loadRecordOptions(api: Api, kind: ResearchKind): Promise<RecordOptions> {
	const article = kind === 'article';
	const newsletter = kind === 'newsletter';
	const [programmes, projects, interventions, publications, authors, articles] = await Promise.all([
		kind === 'project' || kind === 'partner' || newsletter ? api.programmes.list.query() : [],
		kind === 'publication' || article || newsletter ? api.projects.list.query() : [],
		kind === 'publication' || kind === 'project' || article || newsletter
			? api.interventions.list.query()
			: [],
		article || newsletter ? api.publications.list.query() : [],
		article ? api.news.authors.query() : [],
		newsletter ? api.news.all.query() : []
	]);
	const titled = publications.map(({ slug, title }) => ({ slug, name: title }));
	const pagesOf = (kind: NewsletterSourceKind, items: readonly NamedRef[]): PageChoice[] =>
		items.map(({ slug, name }) => ({ kind, path: contentKinds[kind].path(slug), name }));
	return {
		programmes: named(programmes),
		projects: named(projects),
		interventions: named(interventions),
		publications: titled,
		authors: named(authors),
		pages: newsletter
			? [
					...pagesOf(
						'article',
						articles.filter((each) => each.live).map(({ slug, title }) => ({ slug, name: title }))
					),
					...pagesOf('intervention', named(interventions)),
					...pagesOf('publication', titled),
					...pagesOf('project', named(projects)),
					...pagesOf('programme', named(programmes))
				]
			: []
	};
}
