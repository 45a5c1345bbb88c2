import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparingPGlite } from './preparing-pglite.js';

/** How many statements this client keeps prepared with exactly this text. */
async function preparedWithText(client: PGlite, text: string): Promise<number> {
	const { rows } = await client.query<{ kept: number }>(
		'select count(*)::int as kept from pg_prepared_statements where statement = $1',
		[text]
	);
	return rows[0]?.kept ?? 0;
}

/** PGlite's own way of answering, for comparison: parse, describe, bind and execute each time. */
function ordinaryQuery(client: PGlite, ...query: Parameters<PGlite['query']>) {
	return PGlite.prototype.query.apply(client, query);
}

describe('PGlite keeping its reading statements prepared', () => {
	let client: PreparingPGlite;
	beforeAll(async () => {
		client = new PreparingPGlite();
		await client.exec(`
			create table entries (id int primary key, name text, reviewed date, at timestamptz,
				tags text[], facts jsonb, score numeric);
			insert into entries values
				(1, 'Family Group Conferencing', '2019-02-18', '2019-02-18 12:00+00', '{a,b}', '{"n": 1}', 1.5),
				(2, 'Kinship care', null, null, '{}', null, null);`);
	});
	afterAll(async () => {
		await client.close();
	});

	it('answers as PGlite does, in both row modes and with the parsers a caller gives', async () => {
		const text = 'select * from entries where id >= $1 and name <> $2 order by id';
		const params = [1, 'nothing'];
		// Drizzle's own options: rows as arrays, dates and times left as Postgres wrote them.
		const asDrizzleAsks = {
			rowMode: 'array' as const,
			parsers: {
				[types.DATE]: (value: string) => value,
				[types.TIMESTAMPTZ]: (value: string) => value
			}
		};
		for (const options of [undefined, asDrizzleAsks]) {
			const kept = await client.query(text, params, options);
			const ordinary = await ordinaryQuery(client, text, params, options);
			expect(kept.rows).toEqual(ordinary.rows);
			expect(kept.fields).toEqual(ordinary.fields);
		}
		const [first] = (
			await client.query<{ reviewed: Date; tags: string[]; facts: unknown }>(text, params)
		).rows;
		expect(first?.reviewed).toBeInstanceOf(Date);
		expect(first?.tags).toEqual(['a', 'b']);
		expect(first?.facts).toEqual({ n: 1 });
	});

	it('parses a statement once however often it is asked, with whatever values', async () => {
		const text = 'select name from entries where id = $1';
		for (const id of [1, 2, 1]) await client.query(text, [id]);
		expect(await preparedWithText(client, text)).toBe(1);
		await expect(client.query(text, [2])).resolves.toMatchObject({
			rows: [{ name: 'Kinship care' }]
		});
	});

	it('sends null and array values as PGlite does', async () => {
		const { rows } = await client.query<{ id: number }>(
			'select id from entries where name = any($1::text[]) or reviewed is not distinct from $2 order by id',
			[['Kinship care'], null]
		);
		expect(rows).toEqual([{ id: 2 }]);
	});

	it('reports an error as PGlite does and goes on answering after it', async () => {
		const text = 'select 10 / $1::int as share';
		await expect(client.query(text, [0])).rejects.toThrow('division by zero');
		await expect(client.query(text, ['ten'])).rejects.toThrow(
			'invalid input syntax for type integer'
		);
		await expect(client.query(text, [5])).resolves.toMatchObject({ rows: [{ share: 2 }] });
		await expect(client.query('select * from nowhere')).rejects.toThrow(
			'relation "nowhere" does not exist'
		);
		await expect(client.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
	});

	it('answers from a table changed since the statement was prepared', async () => {
		const text = 'select id, name from entries where id = $1';
		await client.query(text, [1]);
		await client.exec(
			`alter table entries add column summary text; update entries set name = 'FGC' where id = 1`
		);
		await expect(client.query(text, [1])).resolves.toMatchObject({
			rows: [{ id: 1, name: 'FGC' }]
		});
	});

	it('prepares again a statement whose rows a change to its table reshaped', async () => {
		const text = 'select * from entries where id = $1';
		const before = await client.query<Record<string, unknown>>(text, [2]);
		await client.exec('alter table entries add column audience text');
		const after = await client.query<Record<string, unknown>>(text, [2]);
		expect(Object.keys(after.rows[0] ?? {})).toEqual([
			...Object.keys(before.rows[0] ?? {}),
			'audience'
		]);
		expect(await preparedWithText(client, text)).toBe(1);
	});

	it('writes the ordinary way, keeping nothing prepared', async () => {
		const text = 'update entries set name = $1 where id = 2 returning id';
		await expect(client.query(text, ['Kinship foster care'])).resolves.toMatchObject({
			affectedRows: 1,
			rows: [{ id: 2 }]
		});
		expect(await preparedWithText(client, text)).toBe(0);
	});

	it('closes the least recently used statements past the five hundred it keeps', async () => {
		const often = 'select count(*)::int as n from entries';
		await client.query(often);
		for (let n = 0; n < 520; n++) {
			await client.query(`select ${n}::int as n`);
			if (n % 100 === 0) await client.query(often);
		}
		const { rows } = await client.query<{ kept: number }>(
			'select count(*)::int as kept from pg_prepared_statements'
		);
		expect(rows[0]?.kept).toBeLessThanOrEqual(500);
		expect(await preparedWithText(client, 'select 0::int as n')).toBe(0);
		expect(await preparedWithText(client, often)).toBe(1);
	});
});
