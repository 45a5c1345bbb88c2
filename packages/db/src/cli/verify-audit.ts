/**
 * Checks the audit log's hash chain and prints its head, to be recorded somewhere else:
 *   pnpm audit:verify [<seq>:<hash>]
 * Given the head recorded last time, it also notices the newest entries being removed. Exits 1
 * when the chain is broken. Uses DATABASE_URL, or the embedded database in PGLITE_DIR (default
 * .data/pglite), which only one process may open: stop the server first.
 */
import { resolve } from 'node:path';
import { openDatabase } from '../client.js';
import { defaultPgliteDir } from '../paths.js';
import { formatAuditChainHead, parseAuditChainHead } from '@whatworks/domain';
import { verifyAuditChain } from '../queries/audit-chain.js';

const recorded = process.argv.slice(2).find((arg) => arg !== '--');
const expected = recorded ? parseAuditChainHead(recorded) : undefined;
if (expected === null) {
	process.stderr.write(
		`"${recorded}" is not a head: give it as <seq>:<hash>, as printed before.\n`
	);
	process.exit(1);
}

const databaseUrl = process.env.DATABASE_URL || undefined;
const here = process.env.INIT_CWD ?? process.cwd();
const database = await openDatabase({
	databaseUrl,
	pgliteDir: resolve(here, process.env.PGLITE_DIR ?? defaultPgliteDir)
});
try {
	const report = await verifyAuditChain(database.db, {
		expected,
		onProgress: (checked) => process.stderr.write(`\rChecked ${checked} entries`)
	});
	process.stderr.write('\n');
	const head = report.head ? formatAuditChainHead(report.head) : 'none (the log is empty)';
	if (report.broken) {
		process.stdout.write(
			`The audit chain is BROKEN at entry ${report.broken.seq}: ${report.broken.reason}.\n` +
				`Last good entry: ${head}\n`
		);
		process.exitCode = 1;
	} else {
		process.stdout.write(
			`The audit chain is whole: ${report.entries} entries${expected ? `, including the recorded head ${expected.seq}` : ''}.\n` +
				`Head (record it elsewhere): ${head}\n`
		);
	}
} finally {
	await database.close();
}
