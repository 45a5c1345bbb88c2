import type { DraftSummary, RevisionSummary } from '@whatworks/domain';

// Row mappers of the drafts' reads: database rows in, domain types out, no queries.

/** A draft as its summary query reads it: the domain's summary, with its times as dates. */
export type DraftSummaryRow = Omit<DraftSummary, 'updatedAt' | 'publishedAt' | 'comingSoon'> & {
	updatedAt: Date;
	publishedAt: Date | null;
	comingSoonMonth: string | null;
	comingSoonRevisionId: number | null;
};

/** A draft's row as the domain's summary: times as ISO strings, coming soon as one value. */
export function toDraftSummary({
	comingSoonMonth,
	comingSoonRevisionId,
	...row
}: DraftSummaryRow): DraftSummary {
	return {
		...row,
		updatedAt: row.updatedAt.toISOString(),
		publishedAt: row.publishedAt?.toISOString() ?? null,
		comingSoon:
			comingSoonMonth === null || comingSoonRevisionId === null
				? null
				: { expectedMonth: comingSoonMonth, revisionId: comingSoonRevisionId }
	};
}

/** A revision's row, without its content, as the domain's summary. */
export function toRevisionSummary(row: {
	id: number;
	number: number;
	savedBy: string;
	savedAt: Date;
}): RevisionSummary {
	return {
		id: row.id,
		number: row.number,
		savedBy: row.savedBy,
		savedAt: row.savedAt.toISOString()
	};
}
