import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../client.js';
import { auditEvents } from '../schema/index.js';
import { openTestDatabase, testDatabaseKinds } from '../testing/test-databases.js';
import { listAuditEvents, recordAudit } from './audit.js';

describe.each(testDatabaseKinds)('the audit log on %s', (kind) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await recordAudit(handle.db, { actorId: null, action: 'test.recorded', subjectType: 'test' });
	});
	afterAll(async () => {
		await handle.close();
	});

	it('keeps what was recorded, with its time in UTC', async () => {
		const [entry] = await listAuditEvents(handle.db, { action: 'test.recorded' });
		expect(entry).toMatchObject({ action: 'test.recorded', subjectType: 'test', actorEmail: null });
		expect(entry?.at).toMatch(/Z$/);
		expect(Math.abs(Date.parse(entry?.at ?? '') - Date.now())).toBeLessThan(60_000);
	});

	it('refuses to change or delete a row, even for the application’s own connection', async () => {
		await expect(handle.db.update(auditEvents).set({ action: 'test.rewritten' })).rejects.toThrow();
		await expect(handle.db.delete(auditEvents)).rejects.toThrow();
		await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
		expect((await listAuditEvents(handle.db)).map((event) => event.action)).toEqual([
			'test.recorded'
		]);
	});
});
