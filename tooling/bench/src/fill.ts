import { seedDemoAccounts, type DemoAccount } from '@whatworks/api';
import { searchInterventions, type Database } from '@whatworks/db';
import { rowsOf } from '@whatworks/db/testing';
import { interventionSearchInputSchema } from '@whatworks/domain';
import type { StaffLogin } from '@whatworks/e2e';
import { generateEvidence } from './generate-evidence.js';
import type { ScratchDatabase } from './scratch-database.js';
import { count, log } from './say.js';

/** The size the issue asks for. */
const size = { interventions: 10_000, contrasts: 100_000 };

/** The server's version, e.g. "PostgreSQL 18.6 (PGlite 0.5.16)". */
async function serverVersion(db: Database): Promise<string> {
	const rows = rowsOf<{ version: string }>(await db.execute('select version() as version'));
	// Up to " on <platform>, compiled by …", which says nothing about speed.
	return rows[0]?.version.split(' on ')[0] ?? 'unknown version';
}

/** The editor and the reviewer of the demo accounts, who publish the benchmark's changes. */
function publishingStaff(accounts: DemoAccount[] | null): {
	editor: StaffLogin;
	reviewer: StaffLogin;
} {
	const withRole = (role: DemoAccount['roles'][number]) => {
		const account = accounts?.find((candidate) => candidate.roles.includes(role));
		if (!account) throw new Error(`The scratch database has no ${role} account.`);
		return { email: account.email, password: account.password };
	};
	return { editor: withRole('editor'), reviewer: withRole('reviewer') };
}

/**
 * Fills the scratch database and gives it an editor and a reviewer, and reads back what the
 * report says about it.
 */
export async function fill(scratch: ScratchDatabase) {
	log(
		`Generating ${count(size.interventions)} interventions and ${count(size.contrasts)} contrasts in ${scratch.description}`
	);
	const handle = await scratch.open();
	try {
		const version = await serverVersion(handle.db);
		const generated = await generateEvidence(handle.db, size);
		const staff = publishingStaff(await seedDemoAccounts(handle.db));
		const parenting = await searchInterventions(
			handle.db,
			interventionSearchInputSchema.parse({ q: 'parenting', pageSize: 1 })
		);
		return { version, generated, staff, parentingMatches: parenting.total };
	} finally {
		await handle.close();
	}
}
