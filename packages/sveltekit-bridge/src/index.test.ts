import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '@sveltejs/kit';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { appRouter, createContext } from '@whatworks/api';
import { openDatabase, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient, fromApi } from './index.js';

describe('the SvelteKit bridge against a real API', () => {
	let database: DatabaseHandle;
	let server: Server;
	let baseUrl: string;
	beforeAll(async () => {
		database = await openDatabase({});
		await seedDemoContent(database.db, { dataDir: undefined });
		const handler = createHTTPHandler({
			router: appRouter,
			basePath: '/trpc/',
			createContext: () => createContext(database.db)
		});
		server = createServer(handler);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await database.close();
	});

	it('returns what the API answers, typed', async () => {
		const api = createApiClient({ baseUrl });
		const fdac = await fromApi(
			api.interventions.get.query({ slug: 'family-drug-and-alcohol-courts' })
		);
		expect(fdac.outcomes.map((o) => o.outcome)).toEqual([
			'Family reunification',
			'Care re-entry and re-abuse'
		]);
	});

	it('turns "not found" into a 404 page with the given message', async () => {
		const api = createApiClient({ baseUrl });
		const failure: unknown = await fromApi(
			api.interventions.get.query({ slug: 'no-such-intervention' }),
			'There is no such intervention.'
		).catch((error: unknown) => error);
		expect(isHttpError(failure, 404)).toBe(true);
		expect(failure).toMatchObject({ body: { message: 'There is no such intervention.' } });
	});

	it("turns a refusal into its own 4xx page with the API's sentence", async () => {
		const api = createApiClient({ baseUrl });
		const failure: unknown = await fromApi(
			api.interventions.search.query({ q: 'parenting\u0000' })
		).catch((error: unknown) => error);
		expect(isHttpError(failure, 400)).toBe(true);
		expect(failure).toMatchObject({
			body: { message: 'Search words must only include letters, numbers, symbols and spaces' }
		});
	});

	it('turns an API that does not answer into a 503 page', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const api = createApiClient({ baseUrl: 'http://127.0.0.1:9' });
		const failure: unknown = await fromApi(api.interventions.list.query()).catch(
			(error: unknown) => error
		);
		expect(isHttpError(failure, 503)).toBe(true);
		expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^Evidence API call failed/));
	});
});
