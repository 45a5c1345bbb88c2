import { importBoundaries } from './boundaries.js';
import { importLocalAuthorities } from './local-authorities.js';
import { importLookedAfterRates } from './looked-after-rates.js';
import { importOfstedInspections } from './ofsted-inspections.js';
import type { DataImportKind } from '@whatworks/domain';
import type { Importer } from './import-result.js';

/** One kind of official file the Centre imports. */
export interface DataImport {
	/** What the file holds, for people choosing an import. */
	label: string;
	/** Its name in the data directory ($WHATWORKS_DATA_DIR). */
	file: string;
	/** Where the file comes from, so an admin can fetch a newer one. */
	publisher: string;
	run: Importer;
}

/**
 * Every import the command line offers, in the order a new database needs them: the authority
 * list first, as the partners the statistics describe.
 */
export const dataImports = {
	'local-authorities': {
		label: 'Local authorities with children’s services',
		file: 'england_childrens_services_las.csv',
		publisher: 'Department for Education, Local Authority Interactive Tool',
		run: importLocalAuthorities
	},
	'ofsted-inspections': {
		label: 'Latest Ofsted inspections of children’s services (ILACS)',
		file: 'ofsted_ilacs_latest_by_la.csv',
		publisher: "Ofsted (via data-to-insight's ILACS scrape)",
		run: importOfstedInspections
	},
	'looked-after-rates': {
		label: 'Children looked after per 10,000 children, by year',
		file: 'cla_rate_per_10k_timeseries.csv',
		publisher: 'Department for Education, Children looked after in England',
		run: importLookedAfterRates
	},
	boundaries: {
		label: 'Boundaries of the authorities, for the map (TopoJSON or GeoJSON)',
		file: 'england_utla_2023_buc.topojson',
		publisher: 'Office for National Statistics, dissolved into counties with mySociety’s mapping',
		run: importBoundaries
	}
} as const satisfies Record<DataImportKind, DataImport>;

/** The key of one import. */
export type DataImportKey = DataImportKind;

/** The imports' keys in order. */
export { dataImportKindKeys as dataImportKeys } from '@whatworks/domain';
