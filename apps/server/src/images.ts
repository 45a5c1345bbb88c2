import { downloadImage, maxImageBytes, uploadImage } from '@whatworks/api';
import type { UploadEndpoint } from './upload-endpoint.js';

/**
 * Article images: uploads (staff, the raw image as the body) and their sizes
 * (`/images/<id>/<width>.webp|jpg`: anyone, only images of live articles; staff, any).
 */
export const images: UploadEndpoint = {
	base: '/images',
	item: /^\/\d{1,9}\/[^/]+$/,
	limit: maxImageBytes,
	store: (ctx, staff, _req, bytes) => uploadImage(ctx, staff, bytes),
	serve: (ctx, item, req) => {
		const [, id, file = ''] = item.split('/');
		return downloadImage(ctx, { id: Number(id), file, ifNoneMatch: req.headers['if-none-match'] });
	},
	notFound: 'There is no published image here.',
	usage: 'Upload with POST /images; fetch with GET /images/<id>/<size>.'
};
