import { importLocalAuthorities } from './local-authorities.js';
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
 * Every import the console (admins) and the command line offer, in the order a new database
 * needs them: statistics are keyed by the authorities' codes, so the list comes first.
 */
export const dataImports = {
	'local-authorities': {
		label: 'Local authorities with children’s services',
		file: 'england_childrens_services_las.csv',
		publisher: 'Department for Education, Local Authority Interactive Tool',
		run: importLocalAuthorities
	}
} as const satisfies Record<string, DataImport>;

/** The key of one import. */
export type DataImportKey = keyof typeof dataImports;

/** The imports' keys in order. */
export const dataImportKeys = Object.keys(dataImports) as DataImportKey[];
