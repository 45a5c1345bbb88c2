import { createHash } from 'node:crypto';
import type { ImageRendition, UploadedImage } from '@whatworks/domain';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { articles, imageRenditions, images } from '../schema/index.js';
import { recordAudit } from './audit.js';

const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * Stores the sizes pages are served of a checked image a member of staff uploaded, and gives
 * what attaching it needs; the image, its sizes and its audit entry commit together.
 */
export async function storeImage(
	db: Database,
	upload: {
		width: number;
		height: number;
		renditions: (ImageRendition & { content: Uint8Array })[];
		uploadedBy: number;
	}
): Promise<UploadedImage> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(images)
			.values({ width: upload.width, height: upload.height, uploadedBy: upload.uploadedBy })
			.returning({ id: images.id, width: images.width, height: images.height });
		if (!row) throw new Error('Could not store the image');
		await tx.insert(imageRenditions).values(
			upload.renditions.map(({ width, format, content }) => ({
				imageId: row.id,
				width,
				format,
				sha256: sha256(content),
				content
			}))
		);
		await recordAudit(tx, {
			actorId: upload.uploadedBy,
			action: 'image.uploaded',
			subjectType: 'image',
			subjectId: String(row.id)
		});
		return row;
	});
}

/** One size of an image, with what its response needs. */
export interface StoredRendition {
	sha256: string;
	content: Uint8Array;
}

/**
 * One size of an image: with `publishedOnly`, only of an image a live article shows (what
 * readers may have); without, of any. Null when there is no such image or size.
 */
export async function findRendition(
	db: Database,
	{ id, width, format, publishedOnly }: ImageRendition & { id: number; publishedOnly: boolean }
): Promise<StoredRendition | null> {
	const size = and(
		eq(imageRenditions.imageId, id),
		eq(imageRenditions.width, width),
		eq(imageRenditions.format, format)
	);
	const columns = { sha256: imageRenditions.sha256, content: imageRenditions.content };
	const [row] = publishedOnly
		? await db
				.select(columns)
				.from(imageRenditions)
				.innerJoin(articles, eq(articles.imageId, imageRenditions.imageId))
				.where(and(size, eq(articles.live, true)))
				.limit(1)
		: await db.select(columns).from(imageRenditions).where(size);
	return row ?? null;
}

/** An upload's size and who uploaded it, for attaching it; null when no image has the id. */
export async function findImage(
	db: Database,
	{ id }: { id: number }
): Promise<(UploadedImage & { uploadedBy: number }) | null> {
	const [row] = await db
		.select({
			id: images.id,
			width: images.width,
			height: images.height,
			uploadedBy: images.uploadedBy
		})
		.from(images)
		.where(eq(images.id, id));
	return row ?? null;
}
