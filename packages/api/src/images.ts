import { findRendition, storeImage } from '@whatworks/db';
import {
	checkImageDimensions,
	checkImageUpload,
	DomainError,
	imageRenditions,
	maxImagePixels,
	renditionOfFile,
	type ImageRendition,
	type UploadedImage
} from '@whatworks/domain';
import type Sharp from 'sharp';
import type { Staff } from './auth/authenticate.js';
import type { Context } from './context.js';
import { holdsVersion, readableUpload, uploadHeaders } from './uploads.js';

const contentTypes = { jpeg: 'image/jpeg', webp: 'image/webp' } as const;

/**
 * sharp with libvips, loaded at the first upload: about 0.1 s of a start that would otherwise
 * spend it before anyone sends an image (pages only read the sizes stored).
 */
let sharpLoaded: Promise<typeof Sharp> | undefined;
const loadSharp = () => (sharpLoaded ??= import('sharp').then((loaded) => loaded.default));

/**
 * Stores an uploaded image for someone `authorizeUpload` let in: a JPEG, PNG or WebP of at most
 * 10 MB, checked by its bytes and by decoding it, at least 640 pixels wide. Every size pages use
 * is made now, upright as the camera held it and without its metadata (a phone's photo carries
 * where it was taken), so serving one is a read; the upload itself is not kept.
 * `drafts.attachImage` then attaches it to a draft.
 */
export async function uploadImage(
	ctx: Context,
	staff: Staff,
	bytes: Uint8Array
): Promise<UploadedImage> {
	checkImageUpload(bytes);
	// Outside `refusingUnreadable`: sharp failing to load is ours to mend, not the uploader's.
	const sharp = await loadSharp();
	const upright = await refusingUnreadable(() => uprightSize(sharp, bytes));
	checkImageDimensions(upright);
	const renditions = [];
	// One size at a time: each decodes the whole upload, and the server has other work.
	for (const rendition of imageRenditions(upright.width)) {
		const content = await refusingUnreadable(() => resized(sharp, bytes, rendition));
		renditions.push({ ...rendition, content });
	}
	return storeImage(ctx.db, { ...upright, renditions, uploadedBy: staff.id });
}

/**
 * Work on an upload's pixels, where an image that does not decode (cut short, damaged) is the
 * uploader's to mend: refused with what to do, not reported as our failure.
 */
async function refusingUnreadable<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch {
		throw new DomainError(
			'INVALID_INPUT',
			'The image could not be read: it may be damaged. Save it again and upload the copy.'
		);
	}
}

/** An image's dimensions upright, as the camera held it. */
async function uprightSize(
	sharp: typeof Sharp,
	bytes: Uint8Array
): Promise<{ width: number; height: number }> {
	const { autoOrient } = await sharp(bytes, { limitInputPixels: maxImagePixels }).metadata();
	return { width: autoOrient.width, height: autoOrient.height };
}

/** One size of an image, upright, without metadata; a JPEG's transparency on white, not black. */
async function resized(
	sharp: typeof Sharp,
	bytes: Uint8Array,
	{ width, format }: ImageRendition
): Promise<Uint8Array> {
	const image = sharp(bytes, { limitInputPixels: maxImagePixels }).autoOrient().resize({ width });
	const encoded =
		format === 'webp'
			? await image.webp({ quality: 80 }).toBuffer()
			: await image
					.flatten({ background: '#ffffff' })
					.jpeg({ quality: 82, mozjpeg: true })
					.toBuffer();
	return new Uint8Array(encoded);
}

/**
 * One size of an image, named as its address names it ("640.webp"), with headers that let it be
 * cached and never run: anyone may have an image a live article shows; staff may also have
 * drafts' images, to review them, never cached. A request naming the version it holds
 * (`If-None-Match`) is answered without the bytes. Null when there is no such image or size.
 */
export async function downloadImage(
	ctx: Context,
	{ id, file, ifNoneMatch }: { id: number; file: string; ifNoneMatch: string | undefined }
): Promise<{ status: 200 | 304; headers: Record<string, string>; body: Uint8Array } | null> {
	const size = renditionOfFile(file);
	if (!size) return null;
	const readable = await readableUpload(ctx, (publishedOnly) =>
		findRendition(ctx.db, { ...size, id, publishedOnly })
	);
	if (!readable) return null;
	const { upload: rendition, published } = readable;
	const headers = {
		'content-type': contentTypes[size.format],
		...uploadHeaders({ published, sha256: rendition.sha256 })
	};
	if (holdsVersion(ifNoneMatch, headers.etag)) {
		return { status: 304, headers, body: new Uint8Array() };
	}
	return {
		status: 200,
		headers: { ...headers, 'content-length': String(rendition.content.byteLength) },
		body: rendition.content
	};
}
