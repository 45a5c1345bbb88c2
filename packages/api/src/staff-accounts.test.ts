import { createInvite, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';

const password = 'a long enough passphrase';
const minutes = (n: number) => n * 60_000;

describe.each(testDatabaseKinds)('staff accounts and sessions on %s', (kind) => {
	let handle: DatabaseHandle;
	let clock = new Date('2026-03-02T09:00:00Z');
	const as = (token: string | null, ipAddress = '192.0.2.1') =>
		createCaller(
			createContext(handle.db, {
				caller: { token, ipAddress, userAgent: 'vitest' },
				now: () => clock
			})
		);
	const anonymous = () => as(null);

	async function invite(email: string, roles: StaffRole[]) {
		const token = newInviteToken();
		await createInvite(handle.db, {
			email,
			name: email.split('@')[0] ?? email,
			roles,
			tokenHash: hashToken(token),
			expiresAt: new Date(clock.getTime() + minutes(72 * 60)),
			invitedBy: null
		});
		return token;
	}
	async function staff(email: string, roles: StaffRole[]) {
		await anonymous().auth.acceptInvite({ token: await invite(email, roles), password });
		return (await anonymous().auth.signIn({ email, password })).token;
	}

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('accepts an invite once, then signs in with a new session token each time', async () => {
		const token = await invite('ada@example.org', ['editor']);
		expect(await anonymous().auth.acceptInvite({ token, password })).toEqual({
			email: 'ada@example.org'
		});
		await expect(anonymous().auth.acceptInvite({ token, password })).rejects.toThrow(
			'not valid, or it has already been used'
		);
		const first = await anonymous().auth.signIn({ email: 'ADA@example.org', password });
		const second = await anonymous().auth.signIn({ email: 'ada@example.org', password });
		expect(first.token).not.toBe(second.token);
		expect(first.user).toMatchObject({ email: 'ada@example.org', roles: ['editor'], active: true });
		expect(await as(first.token).auth.me()).toMatchObject({ email: 'ada@example.org' });
	});

	it('refuses an expired invite, a common password and a short one', async () => {
		const token = await invite('late@example.org', ['reviewer']);
		await expect(
			anonymous().auth.acceptInvite({ token, password: 'qwerty123456' })
		).rejects.toThrow('most common');
		await expect(anonymous().auth.acceptInvite({ token, password: 'short' })).rejects.toMatchObject(
			{
				code: 'BAD_REQUEST'
			}
		);
		clock = new Date(clock.getTime() + minutes(72 * 60 + 1));
		await expect(anonymous().auth.acceptInvite({ token, password })).rejects.toThrow(
			'This invite link has expired'
		);
	});

	it('says the same for a wrong password and an unknown email, and throttles after five failures', async () => {
		await staff('grace@example.org', ['reviewer']);
		const refusal = {
			code: 'UNAUTHORIZED',
			message: 'The email address or password is not right.'
		};
		await expect(
			anonymous().auth.signIn({ email: 'grace@example.org', password: 'not it at all' })
		).rejects.toMatchObject(refusal);
		await expect(
			anonymous().auth.signIn({ email: 'nobody@example.org', password })
		).rejects.toMatchObject(refusal);
		for (let i = 0; i < 4; i++) {
			await expect(
				anonymous().auth.signIn({ email: 'grace@example.org', password: 'still wrong!!' })
			).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		}
		// Five failures: even the right password is refused for fifteen minutes.
		await expect(
			anonymous().auth.signIn({ email: 'grace@example.org', password })
		).rejects.toMatchObject({
			code: 'TOO_MANY_REQUESTS'
		});
		clock = new Date(clock.getTime() + minutes(14));
		await expect(
			anonymous().auth.signIn({ email: 'grace@example.org', password })
		).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
		clock = new Date(clock.getTime() + minutes(2));
		expect(
			(await anonymous().auth.signIn({ email: 'grace@example.org', password })).user.email
		).toBe('grace@example.org');
	});

	it('counts every guess of a batch sent at once', async () => {
		await staff('batch@example.org', ['editor']);
		const guesses = await Promise.allSettled(
			Array.from({ length: 12 }, (_, i) =>
				anonymous().auth.signIn({ email: 'batch@example.org', password: `wrong guess ${i}!` })
			)
		);
		const codes = guesses.map((g) =>
			g.status === 'rejected' ? (g.reason as { code: string }).code : 'ok'
		);
		expect(codes.filter((code) => code === 'UNAUTHORIZED')).toHaveLength(5);
		expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(7);
	});

	it('throttles an address after twenty failures, whatever the emails', async () => {
		await staff('hopper@example.org', ['editor']);
		const attacker = as(null, '198.51.100.7');
		for (let i = 0; i < 20; i++) {
			await expect(
				attacker.auth.signIn({ email: `guess${i}@example.org`, password })
			).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		}
		await expect(
			attacker.auth.signIn({ email: 'hopper@example.org', password })
		).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
		expect(
			(await anonymous().auth.signIn({ email: 'hopper@example.org', password })).token
		).toBeTruthy();
	});

	it('refuses an email address longer than any can be, with a sentence, before recording it', async () => {
		// Letters that do not compress: from about 2,690 of them the address no longer fits the
		// index of sign-in attempts, and the database refused the insert.
		const letters = 'qwertyuiopasdfghjklzxcvbnm0123456789';
		const name = Array.from({ length: 3000 }, (_, i) => letters[(i * i + 7 * i) % 36]).join('');
		await expect(
			as(null, '198.51.100.9').auth.signIn({ email: `${name}@example.org`, password })
		).rejects.toMatchObject({
			code: 'BAD_REQUEST',
			message: 'Email address must be 254 characters or fewer'
		});
	});

	it('ends a session after an hour idle, after twelve hours whatever, and at sign-out', async () => {
		const idle = await staff('idle@example.org', ['editor']);
		clock = new Date(clock.getTime() + minutes(61));
		await expect(as(idle).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const busy = await staff('busy@example.org', ['editor']);
		for (let hour = 0; hour < 11; hour++) {
			clock = new Date(clock.getTime() + minutes(59));
			await as(busy).auth.me();
		}
		clock = new Date(clock.getTime() + minutes(59)); // 11 h 49 min: still within both limits
		await as(busy).auth.me();
		clock = new Date(clock.getTime() + minutes(12)); // 12 h 1 min after sign-in
		await expect(as(busy).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const leaving = await staff('leaving@example.org', ['editor']);
		expect(await as(leaving).auth.signOut()).toEqual({ ended: true });
		await expect(as(leaving).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
	});

	it('lets admins list and revoke sessions, and disabling an account ends its sessions', async () => {
		const admin = await staff('admin@example.org', ['admin']);
		const editor = await staff('temp@example.org', ['editor']);
		const sessions = await as(admin).sessions.list();
		const editorSession = sessions.find((s) => s.email === 'temp@example.org');
		expect(editorSession?.userAgent).toBe('vitest');
		expect(await as(admin).sessions.revoke({ id: editorSession?.id ?? 0 })).toEqual({
			ended: true
		});
		await expect(as(editor).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const again = await anonymous().auth.signIn({ email: 'temp@example.org', password });
		const users = await as(admin).users.list();
		const temp = users.find((u) => u.email === 'temp@example.org');
		expect(await as(admin).users.disable({ id: temp?.id ?? 0 })).toEqual({ disabled: true });
		await expect(as(again.token).auth.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
		await expect(
			anonymous().auth.signIn({ email: 'temp@example.org', password })
		).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

		const log = await as(admin).audit.list({ action: 'user.disabled' });
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ actorEmail: 'admin@example.org', subjectId: String(temp?.id) });

		// The entries so far form one whole chain, whose head a later check holds it to.
		const check = await as(admin).audit.verify();
		expect(check).toMatchObject({ broken: null, head: { seq: check.entries } });
		expect(check.entries).toBeGreaterThan(0);
		const head = check.head ?? { seq: 1, hash: '0'.repeat(64) };
		expect((await as(admin).audit.verify({ expected: head })).broken).toBeNull();
		const forged = { seq: head.seq, hash: 'f'.repeat(64) };
		expect((await as(admin).audit.verify({ expected: forged })).broken).toMatchObject({
			seq: head.seq
		});
	});
});

describe('the demo accounts', () => {
	it('are created once, with passwords that sign in', async () => {
		const handle = await openTestDatabase('pglite');
		try {
			const accounts = await seedDemoAccounts(handle.db);
			expect(accounts?.map((account) => account.roles)).toEqual([
				['admin'],
				['editor'],
				['reviewer']
			]);
			expect(await seedDemoAccounts(handle.db)).toBeNull();
			const api = createCaller(createContext(handle.db));
			for (const { email, password } of accounts ?? []) {
				expect((await api.auth.signIn({ email, password })).user.email).toBe(email);
			}
		} finally {
			await handle.close();
		}
	});
});
