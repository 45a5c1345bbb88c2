/**
 * Imports the DfE list of local authorities into the database.
 *   pnpm --filter @whatworks/db import:las [path/to/england_childrens_services_las.csv]
 * Without a path it reads $WHATWORKS_DATA_DIR (default ../shared/data) / england_childrens_services_las.csv.
 * Uses DATABASE_URL, or the embedded database in PGLITE_DIR (default .data/pglite).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../client.js';
import { importLocalAuthorities } from '../importers/local-authorities.js';
import { defaultDataDir, defaultPgliteDir } from '../paths.js';
import { localAuthoritiesFile } from '../seed/seed-demo-content.js';

// Relative paths mean where the person ran the command: pnpm records that as INIT_CWD.
const here = process.env.INIT_CWD ?? process.cwd();
const file = process.argv[2]
	? resolve(here, process.argv[2])
	: join(resolve(here, process.env.WHATWORKS_DATA_DIR ?? defaultDataDir), localAuthoritiesFile);

try {
	const text = readFileSync(file, 'utf8');
	const handle = await openDatabase({
		databaseUrl: process.env.DATABASE_URL,
		pgliteDir: resolve(here, process.env.PGLITE_DIR ?? defaultPgliteDir)
	});
	try {
		console.log(`Importing local authorities from ${file} into ${handle.description}…`);
		const summary = await importLocalAuthorities(handle.db, text, file);
		console.log(
			`Done: ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged.`
		);
	} finally {
		await handle.close();
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
