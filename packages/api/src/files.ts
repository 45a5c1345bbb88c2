import { findFile, findPublishedFile, storePdf } from '@whatworks/db';
import { checkPdfUpload, type FileRef } from '@whatworks/domain';
import { requireStaff, type Staff } from './auth/authenticate.js';
import type { Context } from './context.js';
import { readableUpload, uploadHeaders } from './uploads.js';

/**
 * Who may upload: staff who may edit content. Checked before the body is read, so nobody else
 * can make the server hold 20 MB.
 */
export function authorizeUpload(ctx: Context): Promise<Staff> {
	return requireStaff(ctx, 'content.edit');
}

/**
 * Stores an uploaded report for someone {@link authorizeUpload} let in: a PDF of at most 20 MB,
 * checked by its bytes. Files travel outside tRPC (which carries JSON), as the raw request body;
 * `records.attachFile` then attaches it to a draft.
 */
export async function uploadPdf(
	ctx: Context,
	staff: Staff,
	upload: { name: string; bytes: Uint8Array }
): Promise<FileRef> {
	const { name } = checkPdfUpload(upload);
	return storePdf(ctx.db, { name, content: upload.bytes, uploadedBy: staff.id });
}

/**
 * A report to download, with the headers that make a browser save it as a PDF and never run it as
 * a page: anyone may have one a published publication has; staff may also have drafts' reports,
 * to review them, never cached.
 */
export async function downloadPdf(
	ctx: Context,
	id: number
): Promise<{ headers: Record<string, string>; body: Uint8Array } | null> {
	const readable = await readableUpload(ctx, (publishedOnly) =>
		publishedOnly ? findPublishedFile(ctx.db, { id }) : findFile(ctx.db, { id })
	);
	if (!readable) return null;
	const { upload: file, published } = readable;
	return {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.content.byteLength),
			'content-disposition': `attachment; filename="${file.name}"`,
			...uploadHeaders({ published, sha256: file.sha256 })
		},
		body: file.content
	};
}
