import { englandDfeCode, type LookedAfterSeries, type OfstedInspection } from '@whatworks/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { lookedAfterRates, ofstedInspections } from '../schema/index.js';

/** The latest Ofsted inspection of an authority's children's services, or null. */
export async function findOfstedInspection(
	db: Database,
	{ gssCode }: { gssCode: string }
): Promise<OfstedInspection | null> {
	const [row] = await db
		.select()
		.from(ofstedInspections)
		.where(eq(ofstedInspections.gssCode, gssCode));
	return row ?? null;
}

/**
 * An authority's rate of children looked after by year beside England's, or null when no
 * figures for it are imported. Both series cover the same years, oldest first.
 */
export async function findLookedAfterSeries(
	db: Database,
	{ dfeCode }: { dfeCode: string }
): Promise<{ area: LookedAfterSeries; england: LookedAfterSeries } | null> {
	const rows = await db
		.select()
		.from(lookedAfterRates)
		.where(inArray(lookedAfterRates.dfeCode, [dfeCode, englandDfeCode]))
		.orderBy(asc(lookedAfterRates.year));
	const series = (code: string): LookedAfterSeries | null => {
		const own = rows.filter((row) => row.dfeCode === code);
		if (own.length === 0) return null;
		return {
			name: own.at(-1)?.areaName ?? code,
			rates: own.map(({ year, ratePer10k, count }) => ({ year, ratePer10k, count }))
		};
	};
	const area = series(dfeCode);
	const england = series(englandDfeCode);
	if (!area || !england) return null;
	const years = new Set(area.rates.map((rate) => rate.year));
	return { area, england: { ...england, rates: england.rates.filter((r) => years.has(r.year)) } };
}
