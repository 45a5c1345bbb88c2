import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { downloadPdf, uploadPdf } from './files.js';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

describe.each(testDatabaseKinds)('report files on %s', (kind) => {
	let handle: DatabaseHandle;
	const staff = { editor: '', reviewer: '' };
	const context = (token: string | null) =>
		createContext(handle.db, { caller: { token, ipAddress: '203.0.113.4', userAgent: null } });

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		const password = 'a long enough passphrase';
		for (const role of ['editor', 'reviewer'] as const satisfies StaffRole[]) {
			const token = newInviteToken();
			await createInvite(handle.db, {
				email: `${role}@example.org`,
				name: `The ${role}`,
				roles: [role],
				tokenHash: hashToken(token),
				expiresAt: new Date(Date.now() + 3_600_000),
				invitedBy: null
			});
			const api = createCaller(context(null));
			await api.auth.acceptInvite({ token, password });
			staff[role] = (await api.auth.signIn({ email: `${role}@example.org`, password })).token;
		}
	});
	afterAll(async () => {
		await handle.close();
	});

	it('takes PDFs from editors only, checked by their bytes', async () => {
		const upload = { name: 'report.pdf', bytes: pdf };
		await expect(uploadPdf(context(null), upload)).rejects.toMatchObject({
			code: 'UNAUTHENTICATED'
		});
		await expect(uploadPdf(context(staff.reviewer), upload)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const disguised = { name: 'report.pdf', bytes: new TextEncoder().encode('<html>') };
		await expect(uploadPdf(context(staff.editor), disguised)).rejects.toThrow(/not a PDF/);
		expect(await uploadPdf(context(staff.editor), { name: 'IFPS (v2).pdf', bytes: pdf })).toEqual({
			id: expect.any(Number) as number,
			name: 'IFPS v2.pdf',
			bytes: pdf.byteLength
		});
	});

	it('serves a report only once its publication is published, as a download that cannot run', async () => {
		const file = await uploadPdf(context(staff.editor), { name: 'guide.pdf', bytes: pdf });
		expect(await downloadPdf(context(null), file.id)).toBeNull();

		const editor = createCaller(context(staff.editor));
		const slug = 'signs-of-safety-practice-guide';
		const { id } = await editor.records.start({ kind: 'publication', slug });
		const draft = await editor.records.get({ id });
		if (draft.kind !== 'publication') throw new Error('Expected a publication draft');
		await editor.records.save({ id, kind: 'publication', content: { ...draft.content, file } });
		await editor.records.transition({ id, action: 'submit' });
		await createCaller(context(staff.reviewer)).records.transition({
			id,
			action: 'publish',
			note: { minor: false, changeNote: 'Added the guide as a PDF.' }
		});

		const download = await downloadPdf(context(null), file.id);
		expect(download?.headers).toMatchObject({
			'content-type': 'application/pdf',
			'content-disposition': 'attachment; filename="guide.pdf"',
			'x-content-type-options': 'nosniff'
		});
		expect(download?.body).toEqual(pdf);
		const page = await createCaller(context(null)).publications.get({ slug });
		expect(page.file).toEqual(file);
	});
});
