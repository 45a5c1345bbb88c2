import { z } from 'zod';
import { idSchema } from './common.js';
import { DomainError } from './errors.js';
import { formatFileSize } from './files.js';

/** The largest image the site takes: 10 MB. */
export const maxImageBytes = 10 * 1024 * 1024;

/** The narrowest image that still fills a phone's screen at twice its pixels: 640 px. */
export const minImageWidth = 640;

/** The most pixels an upload may decode to (a small file can claim enormous dimensions). */
export const maxImagePixels = 40_000_000;

/** The longest side a WebP can have, which the widest page size must fit. */
const maxWebpSide = 16_383;

/** The image formats an upload may be, known by their first bytes. */
export const imageFormatKeys = ['jpeg', 'png', 'webp'] as const;

/** One image format. */
export type ImageFormat = (typeof imageFormatKeys)[number];

/** The format of an image's first bytes, or null when they are none of the formats taken. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
	const startsWith = (signature: number[], at = 0) =>
		signature.every((byte, index) => bytes[at + index] === byte);
	if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	// "RIFF", four bytes of length, "WEBP".
	if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) {
		return 'webp';
	}
	return null;
}

/**
 * Checks an upload is a JPEG, PNG or WebP within the size limit, by its first bytes rather than
 * its name or the type the browser claims. Whether it decodes, and its dimensions, are checked
 * where it is decoded. Refusals say what to do.
 */
export function checkImageUpload(bytes: Uint8Array): ImageFormat {
	if (bytes.byteLength === 0) {
		throw new DomainError('INVALID_INPUT', 'The file is empty: choose the image again.');
	}
	if (bytes.byteLength > maxImageBytes) {
		throw new DomainError(
			'INVALID_INPUT',
			`The file is ${formatFileSize(bytes.byteLength)}; images can be up to 10 MB. Save a smaller copy and try again.`
		);
	}
	const format = imageFormatOf(bytes);
	if (!format) {
		throw new DomainError(
			'INVALID_INPUT',
			'The file is not a JPEG, PNG or WebP image: save the picture in one of those formats.'
		);
	}
	return format;
}

/**
 * Checks an image's decoded dimensions, before any work is spent resizing it.
 * @example checkImageDimensions({ width: 400, height: 300 }) // throws "The image is 400 pixels wide; it needs to be at least 640 …"
 */
export function checkImageDimensions({ width, height }: { width: number; height: number }): void {
	if (width * height > maxImagePixels) {
		throw new DomainError(
			'INVALID_INPUT',
			`The image is ${width} × ${height} pixels; it can have up to 40 million. Save a smaller copy and try again.`
		);
	}
	if (width < minImageWidth) {
		throw new DomainError(
			'INVALID_INPUT',
			`The image is ${width} pixels wide; it needs to be at least ${minImageWidth} to look sharp on a phone.`
		);
	}
	const widest = Math.min(width, Math.max(...imagePageWidths));
	if ((height * widest) / width > maxWebpSide) {
		throw new DomainError(
			'INVALID_INPUT',
			`The image is ${width} × ${height} pixels: too tall for its width to show on a page. Crop it, or split it into several images.`
		);
	}
}

/** The widths pages show an image at, in WebP, for `srcset`. */
export const imagePageWidths = [320, 640, 1280] as const;

/** The width of the JPEG link previews (Open Graph) show: most sites ask for 1200. */
export const imagePreviewWidth = 1200;

/** One stored size of an image. */
export interface ImageRendition {
	width: number;
	format: 'webp' | 'jpeg';
}

/**
 * The sizes stored of an image of the given width: the page widths in WebP and a JPEG for link
 * previews, none wider than the original (an image is never enlarged).
 * @example imageRenditions(1000) // [{ width: 320, format: 'webp' }, { width: 640, … }, { width: 1000, format: 'webp' }, { width: 1000, format: 'jpeg' }]
 */
export function imageRenditions(width: number): ImageRendition[] {
	const pageWidths = [...new Set(imagePageWidths.map((page) => Math.min(page, width)))];
	return [
		...pageWidths.map((page) => ({ width: page, format: 'webp' as const })),
		{ width: Math.min(imagePreviewWidth, width), format: 'jpeg' }
	];
}

/** The extension of a rendition's address, by its format. */
const extensions = { webp: 'webp', jpeg: 'jpg' } as const;

/**
 * The address of one size of an image, the same on the API, the site and the console.
 * @example imagePath(7, { width: 640, format: 'webp' }) // '/images/7/640.webp'
 */
export function imagePath(id: number, { width, format }: ImageRendition): string {
	return `/images/${id}/${width}.${extensions[format]}`;
}

/**
 * The rendition an address's last part names ("640.webp", "1200.jpg"), or null for anything else.
 * @example renditionOfFile('1200.jpg') // { width: 1200, format: 'jpeg' }
 */
export function renditionOfFile(file: string): ImageRendition | null {
	const match = /^([1-9]\d{1,4})\.(webp|jpg)$/.exec(file);
	if (!match) return null;
	return { width: Number(match[1]), format: match[2] === 'jpg' ? 'jpeg' : 'webp' };
}

/**
 * Whether the last two parts of an address (`/images/7/640.webp`) can name a size of an image,
 * so the site and the console ask the API about nothing else.
 * @example isImageAddress('7', '640.webp') // true
 */
export function isImageAddress(id: string, file: string): boolean {
	return /^[1-9]\d{0,8}$/.test(id) && renditionOfFile(file) !== null;
}

/** An uploaded image as `POST /images` answers: what attaching it needs to know. */
export type UploadedImage = z.infer<typeof uploadedImageSchema>;
/** Validates the answer to an image upload. */
export const uploadedImageSchema = z.object({
	id: idSchema,
	width: z.int().min(1),
	height: z.int().min(1)
});

/** Text that stands in for an image for people who cannot see it. */
export const altTextSchema = z
	.string()
	.trim()
	.min(1, 'Describe the image for people who cannot see it')
	.max(250, 'Keep the description under 250 characters: say what the image shows, briefly')
	.describe('What the image shows, for people who cannot see it');

/** An image as content shows it: the stored upload, its size and its description. */
export type ContentImage = z.infer<typeof contentImageSchema>;
/** Validates an image on an item. */
export const contentImageSchema = uploadedImageSchema.extend({ alt: altTextSchema });

/**
 * The `srcset` of an image's page widths, narrowest first.
 * @example imageSrcset({ id: 7, width: 1000, height: 500 }) // '/images/7/320.webp 320w, /images/7/640.webp 640w, /images/7/1000.webp 1000w'
 */
export function imageSrcset(image: UploadedImage): string {
	return imageRenditions(image.width)
		.filter((rendition) => rendition.format === 'webp')
		.map((rendition) => `${imagePath(image.id, rendition)} ${rendition.width}w`)
		.join(', ');
}

/** The JPEG link previews show of an image, with its size. */
export function imagePreview(image: UploadedImage): {
	path: string;
	width: number;
	height: number;
} {
	const width = Math.min(imagePreviewWidth, image.width);
	return {
		path: imagePath(image.id, { width, format: 'jpeg' }),
		width,
		height: Math.round((image.height * width) / image.width)
	};
}
