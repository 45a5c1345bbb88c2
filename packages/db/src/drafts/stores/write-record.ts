import { DomainError } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../../client.js';
import type {
	articles,
	authors,
	interventions,
	newsletters,
	partners,
	programmes,
	publications,
	researchProjects
} from '../../schema/index.js';
import { isUniqueViolation } from '../../unique-violation.js';

type RecordTable =
	| typeof interventions
	| typeof publications
	| typeof researchProjects
	| typeof programmes
	| typeof partners
	| typeof articles
	| typeof authors
	| typeof newsletters;

/**
 * Updates the live row a draft changes (found by its slug) or inserts a new one, and gives its id.
 * A slug another record already has is refused with a sentence, not a database error.
 */
export async function writeRecord<T extends RecordTable>(
	tx: Database,
	{
		table,
		targetSlug,
		values
	}: {
		table: T;
		/** The slug of the live row to update; null to insert a new one. */
		targetSlug: string | null;
		values: PgInsertValue<T> & PgUpdateSetSource<T> & { slug: string };
	}
): Promise<number> {
	try {
		const [row] = targetSlug
			? await tx
					.update(table)
					.set(values)
					.where(eq(table.slug, targetSlug))
					.returning({ id: table.id })
			: await tx.insert(table).values(values).returning({ id: table.id });
		if (!row) throw new DomainError('NOT_FOUND', `${targetSlug} no longer exists.`);
		return row.id;
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		throw new DomainError(
			'CONFLICT',
			`Another record already uses the address ${values.slug}, or one of the codes given: choose another.`
		);
	}
}
