import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seedDemoAccounts } from '@whatworks/api';
import { seedDemoContent } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const cycles = 5;

/** Calls one tRPC procedure over HTTP as a browser-less client would; throws unless answered 200. */
async function call<T>(base: string, path: string, input: unknown, token?: string): Promise<T> {
	const headers = {
		'content-type': 'application/json',
		...(token ? { authorization: `Bearer ${token}` } : {})
	};
	const query = path === 'drafts.get';
	const response = await fetch(
		query
			? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
			: `${base}/trpc/${path}`,
		query ? { headers } : { method: 'POST', headers, body: JSON.stringify(input) }
	);
	if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
	return ((await response.json()) as { result: { data: T } }).result.data;
}

/** Waits until the server answers its health check. */
async function waitUntilReady(base: string): Promise<void> {
	for (let attempt = 0; attempt < 300; attempt++) {
		const health = await fetch(`${base}/healthz`).catch(() => null);
		if (health?.status === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`The server at ${base} did not start`);
}

interface DraftView {
	latest: { id: number; content: Record<string, unknown> };
	revisions: { id: number }[];
}

// On Postgres, which several servers share in production; restarts of the embedded database after
// a crash are covered by the lock tests.
describe.each(testDatabaseKinds.filter((kind) => kind === 'postgres'))(
	'saves acknowledged by a server on %s',
	(kind) => {
		it(
			`survive ${cycles} cycles of kill -9 while saves are in flight`,
			{ timeout: 240_000 },
			async () => {
				const database = await openTestDatabase(kind);
				try {
					await seedDemoContent(database.db);
					const accounts = await seedDemoAccounts(database.db);
					const editor = accounts?.find((account) => account.roles.includes('editor'));
					if (!editor) throw new Error('no demo editor was made');
					const acknowledged: number[] = [];
					let draftId = 0;

					for (let cycle = 0; cycle <= cycles; cycle++) {
						const port = 44_000 + Math.floor(Math.random() * 1000);
						const base = `http://127.0.0.1:${port}`;
						const server = spawn(process.execPath, ['--import', 'tsx', main], {
							env: {
								...process.env,
								PORT: String(port),
								DATABASE_URL: database.url,
								// One process, so that the kill lands on the one that saves.
								API_WORKERS: '1',
								LOG_LEVEL: 'silent'
							}
						});
						const exited = new Promise((resolve) => server.on('exit', resolve));
						try {
							await waitUntilReady(base);
							const { token } = await call<{ token: string }>(base, 'auth.signIn', editor);
							if (draftId === 0) {
								({ draftId } = await call<{ draftId: number }>(
									base,
									'drafts.start',
									{
										kind: 'programme',
										slug: 'wave-1-partners'
									},
									token
								));
							}
							const draft = await call<DraftView>(base, 'drafts.get', { draftId }, token);
							// Every save acknowledged before any kill is still there after the restart.
							const kept = new Set(draft.revisions.map((revision) => revision.id));
							expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
							if (cycle === cycles) break;

							// Saves one after another, each on the last acknowledged, until the kill cuts one off.
							setTimeout(() => server.kill('SIGKILL'), 500 + Math.random() * 1000);
							let baseRevisionId = draft.latest.id;
							for (let n = 0; ; n++) {
								const content = { ...draft.latest.content, description: `Save ${cycle}.${n}` };
								const saved = await call<{ revisionId: number }>(
									base,
									'drafts.save',
									{ draftId, baseRevisionId, kind: 'programme', content },
									token
								).catch(() => null);
								if (!saved) break;
								acknowledged.push(saved.revisionId);
								baseRevisionId = saved.revisionId;
							}
						} finally {
							server.kill('SIGKILL');
							await exited;
						}
					}
					// The count a reader of the test's output sees, and that there was something to lose.
					console.log(
						`${acknowledged.length} acknowledged saves survived ${cycles} kill -9 cycles`
					);
					expect(acknowledged.length).toBeGreaterThan(cycles);
				} finally {
					await database.close();
				}
			}
		);
	}
);
