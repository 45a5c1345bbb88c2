import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { z } from 'zod';
import { packageRoot } from './paths.js';
import { analyseUnanalysedOutcomes } from './queries/ratings.js';
import * as schema from './schema/index.js';

/** The committed SQL migrations, found from the package's folder: from any working directory, and from a bundle. */
export const migrationsFolder = join(packageRoot, 'migrations');

/** Raised when a Postgres database is behind this release: the migration step has not run. */
export class SchemaOutdatedError extends Error {
	override readonly name = 'SchemaOutdatedError';
}

let newest: number | undefined;

/**
 * When the newest migration of this release was written, as drizzle records it once applied:
 * read from the journal once per process (a start asks it twice on PGlite).
 */
export function newestMigration(): number {
	if (newest === undefined) {
		const journal = z
			.object({ entries: z.array(z.object({ when: z.number() })) })
			.parse(JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')));
		newest = Math.max(...journal.entries.map((entry) => entry.when));
	}
	return newest;
}

/** Runs one SQL statement and returns its rows, whichever driver is behind it. */
type RowsOf = (statement: string) => Promise<readonly Record<string, unknown>[]>;

/**
 * How far the database's schema is from this release: `new` (never migrated), `behind` or
 * `current` — drizzle's own test for having nothing to apply (its newest recorded migration is
 * not older than ours), without reading and hashing every migration file as drizzle's migrator
 * does first.
 */
export async function schemaState(rowsOf: RowsOf): Promise<'new' | 'behind' | 'current'> {
	const [table] = await rowsOf(
		`select to_regclass('drizzle.__drizzle_migrations') is not null as present`
	);
	if (!table?.present) return 'new';
	const [applied] = await rowsOf(
		'select max(created_at)::bigint as newest from drizzle.__drizzle_migrations'
	);
	return Number(applied?.newest ?? 0) >= newestMigration() ? 'current' : 'behind';
}

/**
 * Throws {@link SchemaOutdatedError} unless every migration of this release has been applied:
 * on Postgres the server never migrates, so a release started before `pnpm db:migrate` says so.
 */
export async function checkSchemaCurrent(client: postgres.Sql): Promise<void> {
	if ((await schemaState((statement) => client.unsafe(statement))) !== 'current') {
		throw new SchemaOutdatedError(
			'The database schema is older than this release: run `pnpm db:migrate` (as the owner role, ' +
				'MIGRATION_DATABASE_URL) before starting the server.'
		);
	}
}

/** What the migration step did. */
export interface MigrationOutcome {
	/** The role whose rights were set, or null when the owner also serves. */
	serverRole: string | null;
}

/**
 * The one-shot migration step on Postgres: as the owner (`ownerUrl`), applies pending
 * migrations — one instance at a time, under a session advisory lock on a single connection —
 * then grants `serverRole` only what serving needs: reading and writing content, and only
 * INSERT and SELECT on the audit log. Never ALTER, TRUNCATE or ownership, so the server cannot
 * switch off the triggers that keep revisions and the audit log as written.
 */
export async function migrateDatabase({
	ownerUrl,
	serverRole
}: {
	ownerUrl: string;
	serverRole?: string | undefined;
}): Promise<MigrationOutcome> {
	const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(hashtext('whatworks:migrations'))`;
		await migrate(drizzle({ client, casing: 'snake_case' }), { migrationsFolder });
		// What migrations cannot do in SQL: outcomes rated before their analyses were kept get theirs.
		await analyseUnanalysedOutcomes(drizzle({ client, schema, casing: 'snake_case' }));
		const [owner] = await client`select current_user as name`;
		if (!serverRole || serverRole === owner?.name) return { serverRole: null };
		const role = client(serverRole);
		await client.begin(async (tx) => {
			// Nobody but the owner creates anything in the schema (the default since Postgres 15).
			await tx`revoke create on schema public from public`;
			await tx`grant usage on schema public, drizzle to ${role}`;
			await tx`grant select, insert, update, delete on all tables in schema public to ${role}`;
			await tx`grant usage, select on all sequences in schema public to ${role}`;
			await tx`revoke update, delete, truncate, references, trigger on audit_events from ${role}`;
			await tx`grant select on drizzle.__drizzle_migrations to ${role}`;
		});
		await checkSeparation(client, serverRole);
		return { serverRole };
	} finally {
		await client.end({ timeout: 5 }); // ending the session releases the lock
	}
}

/** Raised when the server's role could still rewrite history, whatever was granted. */
export class RoleSeparationError extends Error {
	override readonly name = 'RoleSeparationError';
}

/**
 * Grants say what a role may do only if nothing else lets it do more: refuses a server role
 * that is a superuser, a member of the owner role, the owner of a table, or still able to
 * change the audit log.
 */
async function checkSeparation(client: postgres.Sql, serverRole: string): Promise<void> {
	const [role] = await client`
		select
			coalesce((select rolsuper or rolbypassrls from pg_roles where rolname = ${serverRole}), false) as privileged,
			pg_has_role(${serverRole}, current_user, 'MEMBER') as member,
			exists (select 1 from pg_tables where schemaname in ('public', 'drizzle') and tableowner = ${serverRole}) as owner,
			has_table_privilege(${serverRole}, 'public.audit_events', 'UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES') as rewrites`;
	const problems = [
		role?.privileged && 'is a superuser or bypasses row security',
		role?.member && 'is a member of the owner role',
		role?.owner && 'owns tables (hand them over: REASSIGN OWNED BY it TO the owner role)',
		role?.rewrites && 'may still change or empty the audit log'
	].filter(Boolean);
	if (problems.length > 0) {
		throw new RoleSeparationError(
			`The server's role ${serverRole} ${problems.join('; ')}: it could rewrite history. ` +
				'Give the server a role of its own (see the README).'
		);
	}
}
