import type { ResearchKind } from '$lib/research-kinds';
import type { NamedRef } from '@whatworks/domain';
import type { Api } from '@whatworks/sveltekit-bridge';

/** What a record's form offers to link to: programmes, projects and interventions, by name. */
export interface RecordOptions {
	programmes: NamedRef[];
	projects: NamedRef[];
	interventions: NamedRef[];
}

const named = (items: readonly NamedRef[]) => items.map(({ slug, name }) => ({ slug, name }));

/** The choices the form of `kind` needs; the others are left empty. */
export async function loadRecordOptions(api: Api, kind: ResearchKind): Promise<RecordOptions> {
	const [programmes, projects, interventions] = await Promise.all([
		kind === 'project' || kind === 'partner' ? api.programmes.list.query() : [],
		kind === 'publication' ? api.projects.list.query() : [],
		kind === 'publication' || kind === 'project' ? api.interventions.list.query() : []
	]);
	return {
		programmes: named(programmes),
		projects: named(projects),
		interventions: named(interventions)
	};
}
