import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { authorizeUpload, downloadPdf, uploadPdf } from './files.js';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

describe.each(testDatabaseKinds)('report files on %s', (kind) => {
	let handle: DatabaseHandle;
	const staff = { editor: '', reviewer: '', admin: '' };
	const upload = async (token: string, file: { name: string; bytes: Uint8Array }) => {
		const ctx = context(token);
		return uploadPdf(ctx, await authorizeUpload(ctx), file);
	};
	const context = (token: string | null) =>
		createContext(handle.db, { caller: { token, ipAddress: '203.0.113.4', userAgent: null } });

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
		const password = 'a long enough passphrase';
		for (const role of ['editor', 'reviewer', 'admin'] as const satisfies StaffRole[]) {
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
		await expect(authorizeUpload(context(null))).rejects.toMatchObject({
			code: 'UNAUTHENTICATED'
		});
		await expect(authorizeUpload(context(staff.reviewer))).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		const disguised = { name: 'report.pdf', bytes: new TextEncoder().encode('<html>') };
		await expect(upload(staff.editor, disguised)).rejects.toThrow(/not a PDF/);
		expect(await upload(staff.editor, { name: 'IFPS (v2).pdf', bytes: pdf })).toEqual({
			id: expect.any(Number) as number,
			name: 'IFPS v2.pdf',
			bytes: pdf.byteLength
		});
	});

	it('serves a report only once its publication is published, as a download that cannot run', async () => {
		const file = await upload(staff.editor, { name: 'guide.pdf', bytes: pdf });
		expect(await downloadPdf(context(null), file.id)).toBeNull();
		// Reviewers read a draft's report before it is public; it is never cached.
		expect((await downloadPdf(context(staff.reviewer), file.id))?.headers).toMatchObject({
			'cache-control': 'private, no-store'
		});

		const editor = createCaller(context(staff.editor));
		const slug = 'signs-of-safety-practice-guide';
		const { draftId } = await editor.drafts.start({ kind: 'publication', slug });
		const draft = await editor.drafts.get({ draftId });
		if (draft.kind !== 'publication') throw new Error('Expected a publication draft');
		// Someone else's upload cannot be attached, nor a file sneaked in through a save.
		const other = await upload(staff.admin, { name: 'other.pdf', bytes: pdf });
		await expect(
			editor.drafts.attachFile({ draftId, baseRevisionId: draft.latest.id, fileId: other.id })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const saved = await editor.drafts.save({
			draftId,
			baseRevisionId: draft.latest.id,
			kind: 'publication',
			content: { ...draft.latest.content, file: other }
		});
		expect((await editor.drafts.get({ draftId })).latest.content).toMatchObject({ file: null });
		await expect(
			editor.drafts.save({
				draftId,
				baseRevisionId: saved.revisionId,
				kind: 'publication',
				content: { ...draft.latest.content, slug: 'a-new-address' }
			})
		).rejects.toMatchObject({ message: 'A published item keeps its web address.' });
		const attached = await editor.drafts.attachFile({
			draftId,
			baseRevisionId: saved.revisionId,
			fileId: file.id
		});
		await editor.drafts.transition({ draftId, action: 'submit' });
		await createCaller(context(staff.reviewer)).drafts.transition({
			draftId,
			action: 'publish',
			revisionId: attached.revisionId,
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
