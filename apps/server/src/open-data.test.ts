import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoContent } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from './http-server.js';
import { createLogger } from './logger.js';

const pooledColumns = ['pooled_estimate', 'pooled_ci_lower', 'pooled_ci_upper'] as const;

type Row = Record<(typeof pooledColumns)[number], number | null>;

// A plain decimal of at most four places and no trailing zero: "0.4", "-0.1235", "0".
const fourPlaces = /^-?\d+(\.\d{0,3}[1-9])?$/;

describe.each(testDatabaseKinds)('open data downloads on %s', (kind) => {
	let database: TestDatabase;
	let server: Server;
	let origin = '';

	beforeAll(async () => {
		database = await openTestDatabase(kind);
		await seedDemoContent(database.db, { dataDir: undefined });
		server = createServer(createApiHandler({ database, logger: createLogger('silent') }));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await database.close();
	});

	const download = async (file: string) => {
		const response = await fetch(`${origin}/data/${file}`);
		expect(response.status).toBe(200);
		return response.text();
	};

	// The pooled columns' cells of the CSV, row by row. No demo name holds a comma or a quote,
	// so a plain split finds the cells.
	const csvCells = async () => {
		const [header, ...lines] = (await download('evidence.csv')).trimEnd().split('\r\n');
		expect(header).not.toContain('"');
		const columns = header?.split(',') ?? [];
		return lines.map((line) => {
			const row = line.split(',');
			expect(row).toHaveLength(columns.length);
			return pooledColumns.map((key) => row[columns.indexOf(key)] ?? '');
		});
	};

	it('writes the pooled results to 4 decimal places in the CSV, without float noise', async () => {
		const cells = (await csvCells()).flat().filter((cell) => cell !== '');
		expect(cells.length).toBeGreaterThan(20);
		expect(cells.filter((cell) => !fourPlaces.test(cell))).toEqual([]);
		// Rounded, not cut short: the engine's pooled estimates have many more places.
		expect(cells.some((cell) => /\.\d{4}$/.test(cell))).toBe(true);
	});

	it('gives the same rounded numbers, as numbers, in the JSON', async () => {
		const records = JSON.parse(await download('evidence.json')) as Row[];
		const numbers = records.flatMap((record) => pooledColumns.map((key) => record[key]));
		expect(numbers.filter((value) => value !== null).length).toBeGreaterThan(20);
		for (const value of numbers) {
			if (value === null) continue;
			expect(typeof value).toBe('number');
			expect(String(value)).toMatch(fourPlaces);
		}
		expect(await csvCells()).toEqual(
			records.map((record) => pooledColumns.map((key) => String(record[key] ?? '')))
		);
	});
});
