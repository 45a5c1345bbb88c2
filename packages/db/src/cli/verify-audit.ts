/**
 * Checks the audit log's hash chain and prints its head, to be recorded somewhere else:
 *   pnpm audit:verify [<seq>:<hash>]
 * Given the head recorded last time, it also notices the newest entries being removed. Exits 1
 * when the chain is broken. Uses DATABASE_URL, or the embedded database in PGLITE_DIR (default
 * .data/pglite), which only one process may open: stop the server first.
 */
import { formatAuditChainHead, parseAuditChainHead } from '@whatworks/domain';
import { openDatabase } from '../client.js';
import { verifyAuditChain } from '../queries/audit-chain.js';
import { commandDatabase } from './environment.js';
import { runCommand } from './run-command.js';

const recorded = process.argv.slice(2).find((arg) => arg !== '--');

await runCommand('The check', async (progress) => {
	const expected = recorded ? parseAuditChainHead(recorded) : undefined;
	if (expected === null) {
		throw new Error(`"${recorded}" is not a head: give it as <seq>:<hash>, as printed before.`);
	}
	const database = await openDatabase(commandDatabase);
	try {
		const report = await verifyAuditChain(database.db, {
			expected,
			onProgress: (checked) => progress(`Checked ${checked} entries`)
		});
		const head = report.head ? formatAuditChainHead(report.head) : 'none (the log is empty)';
		if (report.broken) {
			throw new Error(
				`the audit chain is BROKEN at entry ${report.broken.seq}: ${report.broken.reason}.\n` +
					`Last good entry: ${head}`
			);
		}
		const including = expected ? `, including the recorded head ${expected.seq}` : '';
		return `The audit chain is whole: ${report.entries} entries${including}.\nHead (record it elsewhere): ${head}`;
	} finally {
		await database.close();
	}
});
