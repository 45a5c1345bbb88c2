import { DomainError } from '@whatworks/domain';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../client.js';
import {
	authors,
	interventions,
	partners,
	programmes,
	publications,
	researchProjects
} from '../../schema/index.js';

const tables = { interventions, partners, programmes, researchProjects, publications, authors };

/** What a missing slug is called in the refusal. */
const names = {
	interventions: 'Evidence Store intervention',
	partners: 'partner',
	programmes: 'programme',
	researchProjects: 'research project',
	publications: 'publication',
	authors: 'author'
} as const satisfies Record<keyof typeof tables, string>;

/**
 * Ids for the slugs a draft links to, in the order given, refusing (and naming) any slug nothing
 * has: a published record never links to nothing.
 */
export async function idsBySlug(
	tx: Database,
	{ table, slugs }: { table: keyof typeof tables; slugs: readonly string[] }
): Promise<number[]> {
	if (slugs.length === 0) return [];
	const source = tables[table];
	const rows = await tx
		.select({ id: source.id, slug: source.slug })
		.from(source)
		.where(inArray(source.slug, [...slugs]));
	const idOf = new Map(rows.map((row) => [row.slug, row.id]));
	const missing = slugs.filter((slug) => !idOf.has(slug));
	if (missing.length > 0) {
		throw new DomainError(
			'INVALID_INPUT',
			`No ${names[table]} has the slug ${missing.join(', ')}.`
		);
	}
	return slugs.map((slug) => idOf.get(slug) as number);
}
