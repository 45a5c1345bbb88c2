import { applyRetention } from '@whatworks/db';
import { testDatabaseKinds } from '@whatworks/db/testing';
import type { StaffRole } from '@whatworks/domain';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUpload } from './files.js';
import { downloadImage, uploadImage } from './images.js';
import { newsStory } from './testing/articles.js';
import { openStaffedApi, type StaffedApi } from './testing/staffed-api.js';

/** A picture of one colour, in the format, as a camera or an editor's laptop would save it. */
function picture(
	width: number,
	height: number,
	format: 'png' | 'jpeg' | 'webp',
	orientation?: number
): Promise<Buffer> {
	const image = sharp({ create: { width, height, channels: 3, background: '#1d70b8' } });
	const withMetadata = orientation
		? image.withMetadata({ orientation }).withExif({ IFD0: { Copyright: 'Somewhere private' } })
		: image;
	return withMetadata[format]().toBuffer();
}

const story = newsStory('a-story-with-a-picture');

describe.each(testDatabaseKinds)('article images on %s', (engine) => {
	let api: StaffedApi;
	const upload = async (role: StaffRole, bytes: Uint8Array) => {
		const ctx = api.context(role);
		return uploadImage(ctx, await authorizeUpload(ctx), bytes);
	};
	const download = (role: StaffRole | null, path: string, ifNoneMatch?: string) => {
		const [, , id, file = ''] = path.split('/');
		return downloadImage(api.context(role), { id: Number(id), file, ifNoneMatch });
	};

	beforeAll(async () => {
		api = await openStaffedApi(engine);
	});
	afterAll(async () => {
		await api.handle.close();
	});

	it('refuses what is not a readable image at least 640 pixels wide, saying why', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
		await expect(upload('editor', pdf)).rejects.toThrow(/not a JPEG, PNG or WebP/);
		// Cut short in its header, and cut short in its pixels (its header reads well).
		const jpeg = await picture(800, 600, 'jpeg');
		for (const damaged of [jpeg.subarray(0, 200), jpeg.subarray(0, jpeg.length - 300)]) {
			await expect(upload('editor', damaged)).rejects.toThrow(
				/could not be read: it may be damaged/
			);
		}
		await expect(upload('editor', await picture(600, 400, 'png'))).rejects.toThrow(
			/600 pixels wide; it needs to be at least 640/
		);
		await expect(upload('editor', await picture(640, 400, 'webp'))).resolves.toMatchObject({
			width: 640,
			height: 400
		});
	});

	it('puts a transparent picture’s link preview on white, not black', async () => {
		const clear = await sharp({
			create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } }
		})
			.png()
			.toBuffer();
		const stored = await upload('editor', clear);
		const served = await download('reviewer', `/images/${stored.id}/800.jpg`);
		const { data } = await sharp(served?.body).raw().toBuffer({ resolveWithObject: true });
		expect(Math.min(...data.subarray(0, 3))).toBeGreaterThanOrEqual(250);
	});

	it('stands a photo upright and strips its metadata, at every size', async () => {
		// Saved sideways, 1600 × 900, with the camera's note to turn it a quarter clockwise.
		const sideways = await picture(1600, 900, 'jpeg', 6);
		expect((await sharp(sideways).metadata()).exif).toBeDefined();
		const stored = await upload('editor', sideways);
		expect(stored).toMatchObject({ width: 900, height: 1600 });
		for (const path of [
			`/images/${stored.id}/320.webp`,
			`/images/${stored.id}/640.webp`,
			`/images/${stored.id}/900.webp`,
			`/images/${stored.id}/900.jpg`
		]) {
			const served = await download('reviewer', path);
			if (!served) throw new Error(`No ${path}`);
			const metadata = await sharp(served.body).metadata();
			expect(metadata.width).toBe(Number(/(\d+)\.\w+$/.exec(path)?.[1]));
			expect(metadata.height).toBeGreaterThan(metadata.width);
			expect(metadata.format).toBe(path.endsWith('.jpg') ? 'jpeg' : 'webp');
			expect(metadata.exif).toBeUndefined();
		}
		// Never enlarged: the page width 1280 is not made of a 900-pixel photo.
		expect(await download('reviewer', `/images/${stored.id}/1280.webp`)).toBeNull();
	});

	it('serves an image to readers only while a live article shows it, cached by its etag', async () => {
		const { editor, reviewer } = api.staff;
		const image = await upload('editor', await picture(2000, 1000, 'png'));
		const preview = `/images/${image.id}/1200.jpg`;
		expect(await download(null, preview)).toBeNull();
		expect((await download('reviewer', preview))?.headers).toMatchObject({
			'cache-control': 'private, no-store'
		});

		const { draftId } = await editor.drafts.create({ kind: 'article', content: story });
		let baseRevisionId = (await editor.drafts.get({ draftId })).latest.id;
		// Someone else's upload cannot be attached, nor an image sneaked in through a save.
		const others = await upload('admin', await picture(800, 600, 'webp'));
		await expect(
			editor.drafts.attachImage({
				draftId,
				baseRevisionId,
				image: { id: others.id, alt: 'A chart' }
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			editor.drafts.attachImage({ draftId, baseRevisionId, image: { id: image.id, alt: ' ' } })
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		({ revisionId: baseRevisionId } = await editor.drafts.attachImage({
			draftId,
			baseRevisionId,
			image: { id: image.id, alt: 'A blue square' }
		}));
		// A save may describe the image anew, but not put another in its place.
		({ revisionId: baseRevisionId } = await editor.drafts.save({
			draftId,
			baseRevisionId,
			kind: 'article',
			content: { ...story, image: { ...others, alt: 'Someone else’s chart' } }
		}));
		expect((await editor.drafts.get({ draftId })).latest.content).toMatchObject({
			image: { ...image, alt: 'A blue square' }
		});
		const { revisionId } = await editor.drafts.save({
			draftId,
			baseRevisionId,
			kind: 'article',
			content: { ...story, image: { ...image, alt: 'A square of deep blue' } }
		});
		// An id past what the database holds is refused as input, not failed on.
		await expect(
			editor.drafts.attachImage({
				draftId,
				baseRevisionId: revisionId,
				image: { id: 3_000_000_000, alt: 'A chart' }
			})
		).rejects.toMatchObject({ code: 'BAD_REQUEST' });
		await editor.drafts.transition({ draftId, action: 'submit' });
		await reviewer.drafts.transition({
			draftId,
			action: 'publish',
			revisionId,
			note: { minor: true }
		});

		expect((await api.as(null).news.get({ slug: story.slug })).image).toEqual({
			...image,
			alt: 'A square of deep blue'
		});
		const served = await download(null, preview);
		expect(served).toMatchObject({
			status: 200,
			headers: {
				'content-type': 'image/jpeg',
				'cache-control': 'public, max-age=300',
				'x-content-type-options': 'nosniff'
			}
		});
		expect((await sharp(served?.body).metadata()).width).toBe(1200);
		// A browser holding this version (named strongly, weakly or among others) gets no bytes.
		const etag = served?.headers.etag ?? '';
		for (const held of [etag, `W/${etag}`, `"older", ${etag}`, '*']) {
			expect(await download(null, preview, held)).toMatchObject({
				status: 304,
				body: new Uint8Array()
			});
		}
		expect(await download(null, preview, '"older"')).toMatchObject({ status: 200 });
		expect(await download(null, `/images/${others.id}/320.webp`)).toBeNull();

		await reviewer.drafts.transition({ draftId, action: 'unpublish' });
		expect(await download(null, preview)).toBeNull();
	});

	it('deletes an upload no draft took within a week, keeping every one a draft holds', async () => {
		const { editor } = api.staff;
		const attached = await upload('editor', await picture(1000, 600, 'png'));
		const stray = await upload('editor', await picture(1000, 600, 'png'));
		const { draftId } = await editor.drafts.create({
			kind: 'article',
			content: newsStory('a-story-kept-with-its-picture')
		});
		const baseRevisionId = (await editor.drafts.get({ draftId })).latest.id;
		await editor.drafts.attachImage({
			draftId,
			baseRevisionId,
			image: { id: attached.id, alt: 'A blue square' }
		});
		const size = (image: { id: number }) => `/images/${image.id}/640.webp`;

		await applyRetention(api.handle.db, new Date(Date.now() + 6 * 86_400_000));
		expect(await download('editor', size(stray))).not.toBeNull();
		const deleted = await applyRetention(api.handle.db, new Date(Date.now() + 8 * 86_400_000));
		expect(deleted.unattachedUploads).toBeGreaterThanOrEqual(1);
		expect(await download('editor', size(stray))).toBeNull();
		expect(await download('editor', size(attached))).not.toBeNull();
	});
});
