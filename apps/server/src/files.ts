import type { IncomingMessage } from 'node:http';
import { downloadPdf, maxPdfBytes, uploadPdf } from '@whatworks/api';
import type { UploadEndpoint } from './upload-endpoint.js';

/**
 * Reports: uploads (staff, the raw PDF as the body, its name in `x-file-name`) and downloads
 * (`/files/<id>`: anyone, only files of published publications; staff, any).
 */
export const files: UploadEndpoint = {
	base: '/files',
	item: /^\/\d{1,9}$/,
	limit: maxPdfBytes,
	store: (ctx, staff, req, bytes) => uploadPdf(ctx, staff, { name: fileNameOf(req), bytes }),
	serve: async (ctx, item) => {
		const file = await downloadPdf(ctx, Number(item.slice(1)));
		return file && { status: 200, ...file };
	},
	notFound: 'There is no published report here.',
	usage: 'Upload with POST /files; download with GET /files/<id>.'
};

/** The name the uploader gave (URI-encoded, as headers are ASCII); a garbled one is just "report". */
function fileNameOf(req: IncomingMessage): string {
	const given = req.headers['x-file-name'];
	try {
		return typeof given === 'string' ? decodeURIComponent(given) : 'report.pdf';
	} catch {
		return 'report.pdf';
	}
}
