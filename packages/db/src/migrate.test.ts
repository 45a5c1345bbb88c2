import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client.js';
import { migrateDatabase, SchemaOutdatedError } from './migrate.js';
import { interventionSearchInputSchema } from '@whatworks/domain';
import { recordAudit } from './queries/audit.js';
import { searchInterventions } from './queries/search.js';
import { seedDemoContent } from './seed/seed-demo-content.js';
import { verifyAuditChain } from './queries/audit-chain.js';
import { testDatabaseKinds } from './testing/test-databases.js';

const serverUrl = process.env.TEST_DATABASE_URL;

/** The test server's URL for `database`, connecting as `user`. */
function urlOf(user: string, database: string): string {
	const url = new URL(serverUrl as string);
	url.username = user;
	url.password = '';
	url.pathname = `/${database}`;
	return url.toString();
}

// Roles are Postgres's own: there is nothing to test on the embedded database.
describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'the migration step on %s',
	{ timeout: 120_000 },
	() => {
		const suffix = randomBytes(4).toString('hex');
		const [owner, server, name] = [
			`ww_owner_${suffix}`,
			`ww_server_${suffix}`,
			`ww_roles_${suffix}`
		];
		const insider = `ww_insider_${suffix}`;
		const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
		let served: DatabaseHandle;
		let asServer: postgres.Sql;

		beforeAll(async () => {
			await admin`create role ${admin(owner)} login`;
			await admin`create role ${admin(server)} login`;
			await admin`create role ${admin(insider)} login in role ${admin(owner)}`;
			await admin`create database ${admin(name)} owner ${admin(owner)}`;
		});
		afterAll(async () => {
			await asServer?.end();
			await served?.close();
			await admin`drop database if exists ${admin(name)} with (force)`;
			await admin`drop role if exists ${admin(server)}`;
			await admin`drop role if exists ${admin(insider)}`;
			await admin`drop role if exists ${admin(owner)}`;
			await admin.end();
		});

		it('leaves a server on an unmigrated database to say that the step has not run', async () => {
			await expect(openDatabase({ databaseUrl: urlOf(server, name) })).rejects.toThrow(
				SchemaOutdatedError
			);
		});

		it('migrates once when several instances run it together, and the server then starts', async () => {
			const runs = [1, 2, 3].map(() =>
				migrateDatabase({ ownerUrl: urlOf(owner, name), serverRole: server })
			);
			expect(await Promise.all(runs)).toEqual(Array(3).fill({ serverRole: server }));
			served = await openDatabase({ databaseUrl: urlOf(server, name) });
			await recordAudit(served.db, { actorId: null, action: 'test.recorded', subjectType: 'test' });
			expect(await verifyAuditChain(served.db)).toMatchObject({ entries: 1, broken: null });
		});

		it('lets the server’s role publish and search with pg_trgm, which the owner installed', async () => {
			await seedDemoContent(served.db, { dataDir: undefined });
			const found = await searchInterventions(
				served.db,
				interventionSearchInputSchema.parse({ q: 'famly group conferance', pageSize: 1 })
			);
			expect(found.items.map((item) => item.slug)).toEqual(['family-group-conferencing']);
		});

		it('refuses a server role that could do more than it was granted', async () => {
			await expect(
				migrateDatabase({ ownerUrl: urlOf(owner, name), serverRole: insider })
			).rejects.toThrow(`The server's role ${insider} is a member of the owner role`);
		});

		it('gives the server’s role no way to change, remove or unprotect the audit log', async () => {
			asServer = postgres(urlOf(server, name), { max: 1, onnotice: () => {} });
			const refusals = [
				asServer`update audit_events set action = 'rewritten'`,
				asServer`delete from audit_events`,
				asServer`truncate audit_events`,
				asServer`alter table audit_events disable trigger user`,
				asServer`drop trigger audit_events_append_only on audit_events`,
				asServer`drop trigger audit_events_chain on audit_events`,
				asServer`alter table revisions disable trigger user`,
				asServer`drop table audit_events`,
				asServer`create function public.jsonb_build_object(text) returns jsonb language sql as 'select null::jsonb'`
			];
			for (const attempt of refusals) {
				await expect(attempt).rejects.toThrow(/permission denied|must be owner/);
			}
			// A table of its own of the same name, in its session, does not lead the chain astray.
			await asServer`create temporary table audit_events (chain_seq bigint, chain_hash text)`;
			await asServer`insert into audit_events values (1000, 'forged')`;
			await asServer`insert into public.audit_events (action, subject_type) values ('test.shadowed', 'test')`;
			expect(await verifyAuditChain(served.db)).toMatchObject({ entries: 2, broken: null });
		});
	}
);
