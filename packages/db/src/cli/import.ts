/**
 * Imports an official data file into the database.
 *   pnpm --filter @whatworks/db data:import <kind> [path/to/file]
 * Run without arguments to list the kinds. Without a path it reads the kind's file in
 * $WHATWORKS_DATA_DIR (default ../shared/data).
 * Uses DATABASE_URL, or the embedded database in PGLITE_DIR (default .data/pglite).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../client.js';
import { dataImportKeys, dataImports, type DataImportKey } from '../importers/data-imports.js';
import { defaultDataDir } from '../paths.js';
import { commandDatabase, here } from './environment.js';

const [kind, path] = process.argv.slice(2);

function isKind(value: string | undefined): value is DataImportKey {
	return dataImportKeys.includes(value as DataImportKey);
}

if (!isKind(kind)) {
	console.error(
		`${kind ? `"${kind}" is not a kind of import. ` : ''}Say what to import:\n` +
			dataImportKeys
				.map((key) => {
					const { label, file, publisher } = dataImports[key];
					return `  ${key.padEnd(20)} ${label}: ${file}, from ${publisher}`;
				})
				.join('\n')
	);
	process.exitCode = 1;
} else {
	const { file: fileName, label, run } = dataImports[kind];
	const file = path
		? resolve(here, path)
		: join(resolve(here, process.env.WHATWORKS_DATA_DIR ?? defaultDataDir), fileName);
	try {
		const text = readFileSync(file, 'utf8');
		const handle = await openDatabase(commandDatabase);
		try {
			console.log(`Importing ${label.toLowerCase()} from ${file} into ${handle.description}…`);
			const summary = await run(handle.db, {
				text,
				source: file,
				onProgress: ({ done, total }) => console.log(`  ${done} of ${total} written`)
			});
			console.log(
				`Done: ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged${summary.removed ? `, ${summary.removed} removed` : ''}.`
			);
		} finally {
			await handle.close();
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	}
}
