import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparingPostgres, StatementChoice } from './preparing-postgres.js';
import { openEmptyPostgresDatabase, testDatabaseKinds } from './testing/test-databases.js';

describe('choosing the statements kept prepared', () => {
	it('names a text from its second sighting on, and for good', () => {
		const choice = new StatementChoice(1_000);
		const text = 'select name from entries where id = $1';
		expect(choice.named(text)).toBe(false);
		expect(choice.named(text)).toBe(true);
		expect(choice.named(text)).toBe(true);
	});

	it('names no new text past its budget of characters, but keeps those it named', () => {
		const choice = new StatementChoice(50);
		const first = 'select 1 where $1'.padEnd(40);
		const second = 'select 2 where $1'.padEnd(40);
		choice.named(first);
		expect(choice.named(first)).toBe(true);
		choice.named(second);
		expect(choice.named(second)).toBe(false);
		expect(choice.named(first)).toBe(true);
	});

	it('forgets texts seen once when too many were, rather than growing without end', () => {
		const choice = new StatementChoice(1_000_000);
		choice.named('select $1');
		for (let index = 0; index < 1_000; index += 1) choice.named(`select ${index}, $1`);
		expect(choice.named('select $1')).toBe(false);
		expect(choice.named('select $1')).toBe(true);
	});
});

describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'%s keeping repeated statements prepared',
	() => {
		let database: Awaited<ReturnType<typeof openEmptyPostgresDatabase>>;
		let client: postgres.Sql;
		beforeAll(async () => {
			database = await openEmptyPostgresDatabase();
			// One connection, whose prepared statements the tests can list.
			client = postgres(database.url, { max: 1, onnotice: () => {} });
			// Without parameters, by the simple protocol: nothing prepared.
			await client.unsafe(`create table entries (id int primary key, name text);
				insert into entries values (1, 'Kinship care'), (2, 'Family group conferencing')`);
		});
		afterAll(async () => {
			await client.end();
			await database.drop();
		});

		/** The texts this connection keeps prepared that mention the entries. */
		async function preparedTexts(): Promise<string[]> {
			const rows = await client.unsafe<{ statement: string }[]>(
				`select statement from pg_prepared_statements where statement like '%entries%'`
			);
			return rows.map((row) => row.statement);
		}

		it("prepares what drizzle asks twice, and answers as before (drizzle's own way is unnamed)", async () => {
			const db = drizzle({ client: preparingPostgres(client) });
			const byId = (id: number) => sql`select name from entries where id = ${id}`;
			const answers = [];
			for (const id of [1, 2, 1]) answers.push(await db.execute<{ name: string }>(byId(id)));
			expect(answers.map((rows) => rows[0]?.name)).toEqual([
				'Kinship care',
				'Family group conferencing',
				'Kinship care'
			]);
			expect(await preparedTexts()).toEqual(['select name from entries where id = $1']);
			await drizzle({ client }).execute(sql`select id from entries where name = ${'x'}`);
			expect(await preparedTexts()).toHaveLength(1);
		});

		it("prepares at once a statement its caller prepared by name (drizzle's `.prepare()`)", async () => {
			const text = 'select id from entries where name = $1';
			await preparingPostgres(client).unsafe(text, ['Kinship care'], { prepare: true });
			expect(await preparedTexts()).toContain(text);
		});

		it('answers a kept statement after its table changes the shape of its rows', async () => {
			const prepared = preparingPostgres(client);
			const text = 'select * from entries where id = $1';
			await prepared.unsafe(text, [1]);
			expect(await prepared.unsafe(text, [1])).toEqual([{ id: 1, name: 'Kinship care' }]);
			await client.unsafe('alter table entries add column reviewed date');
			expect(await prepared.unsafe(text, [1])).toEqual([
				{ id: 1, name: 'Kinship care', reviewed: null }
			]);
		});
	}
);
