import { createInvite, defaultDataDir, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { PublicCache } from './public-cache.js';

const dataDir = process.env.WHATWORKS_DATA_DIR ?? defaultDataDir;
const header = 'gss_code,dfe_la_code,la_name,region_gss_code,la_type';

describe.each(testDatabaseKinds)('admins’ data imports on %s', (kind) => {
	let handle: DatabaseHandle;
	let token = '';
	const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
	const as = (sessionToken: string | null, dir: string | undefined = dataDir) =>
		createCaller(
			createContext(handle.db, {
				cache,
				dataDir: dir,
				caller: { token: sessionToken, ipAddress: '203.0.113.7', userAgent: null }
			})
		);

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await cache.follow(handle, (error) => {
			throw error;
		});
		// Without the data directory, so the imports below are the first of their kind.
		await seedDemoContent(handle.db, { dataDir: undefined });
		const invite = newInviteToken();
		await createInvite(handle.db, {
			email: 'admin@example.org',
			name: 'The admin',
			roles: ['admin'],
			tokenHash: hashToken(invite),
			expiresAt: new Date(Date.now() + 3_600_000),
			invitedBy: null
		});
		const password = 'a long enough passphrase';
		await as(null).auth.acceptInvite({ token: invite, password });
		token = (await as(null).auth.signIn({ email: 'admin@example.org', password })).token;
	});
	afterAll(async () => {
		await handle.close();
	});

	it('lists every kind, saying which files the server’s data directory holds', async () => {
		const kinds = await as(token).imports.list();
		expect(kinds.map((k) => k.kind)).toEqual([
			'local-authorities',
			'ofsted-inspections',
			'looked-after-rates',
			'boundaries'
		]);
		expect(kinds.every((k) => k.inDataDirectory)).toBe(true);
		const withoutDir = await as(token, '/nowhere').imports.list();
		expect(withoutDir.some((k) => k.inDataDirectory)).toBe(false);
	});

	it('imports Ofsted from the data directory, logs it, and readers see it at once', async () => {
		expect((await as(null).partners.get({ slug: 'lambeth' })).ofsted).toBeNull();
		const versionBefore = cache.version;
		const outcome = await as(token).imports.run({ kind: 'ofsted-inspections' });
		expect(cache.version).not.toBe(versionBefore); // kept answers and copies of pages are dropped
		expect(outcome).toEqual({
			ok: true,
			source: 'ofsted_ilacs_latest_by_la.csv',
			inserted: 153,
			updated: 0,
			unchanged: 0
		});
		expect((await as(null).partners.get({ slug: 'lambeth' })).ofsted?.gssCode).toBe('E09000022');
		const log = await as(token).audit.list({ action: 'data.imported' });
		expect(log[0]).toMatchObject({
			subjectId: 'ofsted-inspections',
			actorEmail: 'admin@example.org'
		});
		expect(await as(token).imports.run({ kind: 'ofsted-inspections' })).toMatchObject({
			ok: true,
			inserted: 0,
			unchanged: 153
		});
	});

	it('refuses an uploaded file with bad rows by line, writing nothing', async () => {
		const before = await as(null).partners.list();
		const outcome = await as(token).imports.run({
			kind: 'local-authorities',
			text: `${header}\nE09000022,208,Lambeth (renamed),E12000007,London borough\nW06000001,661,Anglesey,W92000004,Unitary authority\nE09000022,208,Lambeth,E12000007,London borough\n`
		});
		expect(outcome).toMatchObject({ ok: false, source: 'the uploaded file', issueCount: 2 });
		expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.line)).toEqual([3, 4]);
		expect(await as(null).partners.list()).toEqual(before);
	});

	it('says when the data directory lacks the file, and refuses an empty upload', async () => {
		await expect(as(token, '/nowhere').imports.run({ kind: 'boundaries' })).rejects.toMatchObject({
			code: 'NOT_FOUND',
			message: expect.stringContaining('england_utla_2023_buc.topojson') as string
		});
		await expect(as(token).imports.run({ kind: 'boundaries', text: '' })).rejects.toMatchObject({
			code: 'BAD_REQUEST'
		});
	});
});
