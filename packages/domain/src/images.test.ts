import { describe, expect, it } from 'vitest';
import {
	checkImageDimensions,
	checkImageUpload,
	contentImageSchema,
	imageFormatOf,
	imagePath,
	imagePreview,
	isImageAddress,
	imageRenditions,
	imageSrcset,
	maxImageBytes,
	renditionOfFile
} from './images.js';

/** Bytes that start as a file of the format does, padded to a size. */
function startingWith(signature: number[] | string, size = 64): Uint8Array {
	const bytes = new Uint8Array(size);
	bytes.set(typeof signature === 'string' ? new TextEncoder().encode(signature) : signature);
	return bytes;
}

describe('checking an uploaded image', () => {
	it('knows JPEG, PNG and WebP by their first bytes, whatever the file is called', () => {
		expect(imageFormatOf(startingWith([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(imageFormatOf(startingWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
			'png'
		);
		expect(imageFormatOf(startingWith('RIFF\u0024\u0000\u0000\u0000WEBPVP8 '))).toBe('webp');
		expect(imageFormatOf(startingWith('RIFF\u0024\u0000\u0000\u0000WAVEfmt '))).toBe(null);
		expect(imageFormatOf(startingWith('GIF89a'))).toBe(null);
		expect(imageFormatOf(startingWith('<svg xmlns="http://www.w3.org/2000/svg">'))).toBe(null);
	});

	it('refuses an empty file, one over 10 MB and one of another format, saying what to do', () => {
		expect(() => checkImageUpload(new Uint8Array())).toThrow(/empty/);
		expect(() => checkImageUpload(startingWith([0xff, 0xd8, 0xff], maxImageBytes + 1))).toThrow(
			/10\.0 MB; images can be up to 10 MB/
		);
		expect(() => checkImageUpload(startingWith('%PDF-1.7'))).toThrow(/not a JPEG, PNG or WebP/);
		expect(checkImageUpload(startingWith([0xff, 0xd8, 0xff], maxImageBytes))).toBe('jpeg');
	});

	it('refuses an image too narrow for a phone or with too many pixels to decode safely', () => {
		expect(() => checkImageDimensions({ width: 639, height: 400 })).toThrow(
			/639 pixels wide; it needs to be at least 640/
		);
		expect(() => checkImageDimensions({ width: 8000, height: 6000 })).toThrow(/40 million/);
		// A WebP's side is at most 16,383 pixels: a long infographic's page sizes would not fit.
		expect(() => checkImageDimensions({ width: 1000, height: 17_000 })).toThrow(/too tall/);
		expect(() => checkImageDimensions({ width: 1280, height: 16_000 })).not.toThrow();
		expect(() => checkImageDimensions({ width: 640, height: 360 })).not.toThrow();
	});
});

describe('the sizes of an image', () => {
	it('stores the page widths in WebP and a JPEG for link previews, never enlarging it', () => {
		expect(imageRenditions(2400)).toEqual([
			{ width: 320, format: 'webp' },
			{ width: 640, format: 'webp' },
			{ width: 1280, format: 'webp' },
			{ width: 1200, format: 'jpeg' }
		]);
		expect(imageRenditions(1000)).toEqual([
			{ width: 320, format: 'webp' },
			{ width: 640, format: 'webp' },
			{ width: 1000, format: 'webp' },
			{ width: 1000, format: 'jpeg' }
		]);
		expect(imageRenditions(640).map((size) => size.width)).toEqual([320, 640, 640]);
	});

	it('names each size by an address that reads back as the same size, and nothing else', () => {
		for (const rendition of imageRenditions(2400)) {
			const file = imagePath(7, rendition).split('/').at(-1) ?? '';
			expect(renditionOfFile(file)).toEqual(rendition);
		}
		for (const file of ['640.png', '0640.webp', '640.webp.exe', '../1.jpg', '9.webp', '']) {
			expect(renditionOfFile(file)).toBe(null);
			expect(isImageAddress('7', file)).toBe(false);
		}
		expect(isImageAddress('7', '640.webp')).toBe(true);
		for (const id of ['0', '07', 'constructor', '9999999999', '-1']) {
			expect(isImageAddress(id, '640.webp')).toBe(false);
		}
	});

	it('gives pages a srcset and link previews the JPEG with its height to scale', () => {
		const image = { id: 7, width: 1600, height: 900 };
		expect(imageSrcset(image)).toBe(
			'/images/7/320.webp 320w, /images/7/640.webp 640w, /images/7/1280.webp 1280w'
		);
		expect(imagePreview(image)).toEqual({ path: '/images/7/1200.jpg', width: 1200, height: 675 });
	});

	it('asks for a description of every image', () => {
		const image = { id: 7, width: 1600, height: 900 };
		expect(contentImageSchema.safeParse({ ...image, alt: '  ' }).success).toBe(false);
		expect(contentImageSchema.parse({ ...image, alt: ' A family at home ' }).alt).toBe(
			'A family at home'
		);
	});
});
