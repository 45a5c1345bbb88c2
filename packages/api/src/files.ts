import { findPublishedFile, recordAudit, storePdf } from '@whatworks/db';
import { checkPdfUpload, DomainError, hasPermission, type FileRef } from '@whatworks/domain';
import { authenticate } from './auth/authenticate.js';
import type { Context } from './context.js';

/**
 * Stores an uploaded report for a staff member who may edit content: a PDF of at most 20 MB,
 * checked by its bytes. Files travel outside tRPC (which carries JSON), as the raw request body.
 */
export async function uploadPdf(
	ctx: Context,
	upload: { name: string; bytes: Uint8Array }
): Promise<FileRef> {
	const staff = await authenticate(ctx);
	if (!staff)
		throw new DomainError('UNAUTHENTICATED', 'Sign in to do this; your session may have ended.');
	if (!hasPermission(staff.roles, 'content.edit')) {
		throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
	}
	const { name } = checkPdfUpload(upload);
	return ctx.db.transaction(async (tx) => {
		const file = await storePdf(tx, { name, content: upload.bytes, uploadedBy: staff.id });
		await recordAudit(tx, {
			actorId: staff.id,
			action: 'file.uploaded',
			subjectType: 'file',
			subjectId: String(file.id)
		});
		return file;
	});
}

/**
 * A report readers may download, with the headers that make a browser save it as a PDF and
 * never run it as a page; null when no published publication has it.
 */
export async function downloadPdf(
	ctx: Context,
	id: number
): Promise<{ headers: Record<string, string>; body: Uint8Array } | null> {
	const file = await findPublishedFile(ctx.db, id);
	if (!file) return null;
	return {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.content.byteLength),
			'content-disposition': `attachment; filename="${file.name}"`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'public, max-age=300',
			etag: `"${file.sha256}"`
		},
		body: file.content
	};
}
