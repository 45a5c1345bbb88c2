import { seedDemoAccounts, type DemoAccount } from '@whatworks/api';
import { migrateDatabase, openDatabase, seedDemoContent } from '@whatworks/db';
import { openEmptyPostgresDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { publishEdit, startScaledStack, type ScaledStack, type StaffLogin } from '@whatworks/e2e';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const slug = 'mellow-parenting';

// The topology shares one Postgres: it runs where the tests have one (TEST_DATABASE_URL).
describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'pnpm start:scaled on %s',
	() => {
		let database: Awaited<ReturnType<typeof openEmptyPostgresDatabase>>;
		let stack: ScaledStack;
		let staff: { editor: StaffLogin; reviewer: StaffLogin };

		beforeAll(async () => {
			database = await openEmptyPostgresDatabase();
			// The one-shot migration step, then demo content and staff to publish with.
			await migrateDatabase({ ownerUrl: database.url });
			const handle = await openDatabase({ databaseUrl: database.url });
			try {
				await seedDemoContent(handle.db, { dataDir: undefined });
				const accounts = (await seedDemoAccounts(handle.db)) ?? [];
				const login = (role: DemoAccount['roles'][number]) => {
					const account = accounts.find((candidate) => candidate.roles.includes(role));
					if (!account) throw new Error(`no demo ${role}`);
					return { email: account.email, password: account.password };
				};
				staff = { editor: login('editor'), reviewer: login('reviewer') };
			} finally {
				await handle.close();
			}
			stack = await startScaledStack({ databaseUrl: database.url });
		}, 300_000);

		afterAll(async () => {
			await stack?.stop();
			await database?.drop();
		}, 60_000);

		it('serves the site, console and API through nginx', async () => {
			expect((await fetch(`${stack.siteUrl}/evidence-store`)).status).toBe(200);
			expect((await fetch(`${stack.consoleUrl}/sign-in`)).status).toBe(200);
			expect(await (await fetch(`${stack.apiUrl}/healthz`)).json()).toEqual({
				status: 'ok',
				database: 'postgres'
			});
		});

		it('serves a change published through one API from the other site within a second', async () => {
			const [firstApi, secondApi] = stack.apiInstanceUrls;
			const page = `${stack.siteInstanceUrls[1]}/evidence-store/${slug}`;
			const answer = `${secondApi}/trpc/interventions.get?input=${encodeURIComponent(JSON.stringify({ slug }))}`;
			// The second site keeps the page, and the second API its answer, before the change.
			for (const kept of [page, answer]) {
				await vi.waitFor(
					async () => expect((await fetch(kept)).headers.get('x-cache')).toBe('HIT'),
					{ timeout: 10_000, interval: 50 }
				);
			}
			const summary = `Summarised afresh for scale-out run ${Date.now()}.`;

			await publishEdit(firstApi ?? '', staff, {
				kind: 'intervention',
				slug,
				change: (content) => ({ ...content, summary })
			});
			const published = Date.now();
			// The second API hears of it from Postgres, not from the first.
			await vi.waitFor(
				async () => {
					expect(await (await fetch(answer)).text()).toContain(summary);
					expect(await (await fetch(page)).text()).toContain(summary);
				},
				{ timeout: 1000, interval: 20 }
			);
			expect(Date.now() - published).toBeLessThanOrEqual(1000);
			// And through nginx, whichever site and API answer.
			for (let n = 0; n < 4; n++) {
				const through = await fetch(`${stack.siteUrl}/evidence-store/${slug}`);
				expect(await through.text()).toContain(summary);
			}
		});

		it('stops everything, nginx too, on one signal', async () => {
			expect(await stack.stop()).toBe('exit code 0');
			await expect(fetch(`${stack.apiUrl}/healthz`)).rejects.toThrow();
			await expect(fetch(`${stack.siteInstanceUrls[0]}/`)).rejects.toThrow();
		}, 60_000);
	}
);
