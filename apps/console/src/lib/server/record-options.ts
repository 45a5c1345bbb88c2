import type { ResearchKind } from '$lib/research-kinds';
import type { NamedRef } from '@whatworks/domain';
import type { Api } from '@whatworks/sveltekit-bridge';

/** What a record's form offers to link to, by name. */
export interface RecordOptions {
	programmes: NamedRef[];
	projects: NamedRef[];
	interventions: NamedRef[];
	publications: NamedRef[];
	authors: NamedRef[];
}

const named = (items: readonly NamedRef[]) => items.map(({ slug, name }) => ({ slug, name }));

/** The choices the form of `kind` needs; the others are left empty. */
export async function loadRecordOptions(api: Api, kind: ResearchKind): Promise<RecordOptions> {
	const article = kind === 'article';
	const [programmes, projects, interventions, publications, authors] = await Promise.all([
		kind === 'project' || kind === 'partner' ? api.programmes.list.query() : [],
		kind === 'publication' || article ? api.projects.list.query() : [],
		kind === 'publication' || kind === 'project' || article ? api.interventions.list.query() : [],
		article ? api.publications.list.query() : [],
		article ? api.news.authors.query() : []
	]);
	return {
		programmes: named(programmes),
		projects: named(projects),
		interventions: named(interventions),
		publications: publications.map(({ slug, title }) => ({ slug, name: title })),
		authors: named(authors)
	};
}
