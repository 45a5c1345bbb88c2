import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { recordAudit } from './audit.js';
import { verifyAuditChain } from './audit-chain.js';

describe.each(testDatabaseKinds)('the audit chain on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
	});
	afterAll(async () => {
		await handle.close();
	});

	/** What only the tables' owner can do: switch the append-only trigger off for one change. */
	const asOwner = (change: ReturnType<typeof sql>) =>
		handle.db.transaction(async (tx) => {
			await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
			await tx.execute(change);
			await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
		});

	it('chains entries written at once without a gap or a fork, and finds the chain whole', async () => {
		const written = Array.from({ length: 24 }, (_, n) =>
			recordAudit(handle.db, {
				actorId: null,
				action: 'test.recorded',
				subjectType: 'test',
				subjectId: String(n),
				detail: { n, text: 'ünïcode and "quotes"' }
			})
		);
		await Promise.all(written);
		const report = await verifyAuditChain(handle.db);
		expect(report).toMatchObject({ entries: 24, broken: null, head: { seq: 24 } });
		expect(report.head?.hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('finds a changed entry, a removed one and the newest ones cut off', async () => {
		const head = (await verifyAuditChain(handle.db)).head;
		if (!head) throw new Error('the chain is empty');

		await asOwner(sql`delete from audit_events where chain_seq = ${head.seq}`);
		expect((await verifyAuditChain(handle.db)).broken).toBeNull(); // unseen without the head…
		expect((await verifyAuditChain(handle.db, { expected: head })).broken).toEqual({
			seq: head.seq,
			reason: 'the recorded head is gone: the newest entries were removed'
		});

		await asOwner(sql`delete from audit_events where chain_seq = 10`);
		expect((await verifyAuditChain(handle.db)).broken).toEqual({
			seq: 11,
			reason: 'entry 10 is missing'
		});

		await asOwner(sql`update audit_events set detail = '{"n": 0}' where chain_seq = 5`);
		expect((await verifyAuditChain(handle.db)).broken).toEqual({
			seq: 5,
			reason: 'the entry, or one before it, was changed'
		});
	});
});
