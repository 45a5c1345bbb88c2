import { createHash } from 'node:crypto';
import type { FileRef } from '@whatworks/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { files, publications } from '../schema/index.js';
import { recordAudit } from './audit.js';

/**
 * Stores a checked PDF a member of staff uploaded and gives the reference a draft attaches; the
 * file and its audit entry commit together.
 */
export async function storePdf(
	db: Database,
	upload: { name: string; content: Uint8Array; uploadedBy: number }
): Promise<FileRef> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(files)
			.values({
				name: upload.name,
				contentType: 'application/pdf',
				bytes: upload.content.byteLength,
				sha256: createHash('sha256').update(upload.content).digest('hex'),
				content: upload.content,
				uploadedBy: upload.uploadedBy
			})
			.returning({ id: files.id, name: files.name, bytes: files.bytes });
		if (!row) throw new Error('Could not store the file');
		await recordAudit(tx, {
			actorId: upload.uploadedBy,
			action: 'file.uploaded',
			subjectType: 'file',
			subjectId: String(row.id)
		});
		return row;
	});
}

/** A stored file with what its download needs. */
export interface StoredFile {
	name: string;
	contentType: string;
	sha256: string;
	content: Uint8Array;
}

const storedFileColumns = {
	name: files.name,
	contentType: files.contentType,
	sha256: files.sha256,
	content: files.content
};

/** A file readers may download: one attached to a published publication. Null otherwise. */
export async function findPublishedFile(
	db: Database,
	{ id }: { id: number }
): Promise<StoredFile | null> {
	const [row] = await db
		.select(storedFileColumns)
		.from(files)
		.innerJoin(publications, eq(publications.fileId, files.id))
		.where(eq(files.id, id))
		.limit(1);
	return row ?? null;
}

/** Any stored file, for staff reviewing a draft; null when there is none. */
export async function findFile(db: Database, { id }: { id: number }): Promise<StoredFile | null> {
	const [row] = await db.select(storedFileColumns).from(files).where(eq(files.id, id));
	return row ?? null;
}

/** A file's reference, or null when no file has the id. */
export async function findFileRef(db: Database, { id }: { id: number }): Promise<FileRef | null> {
	const [row] = await db
		.select({ id: files.id, name: files.name, bytes: files.bytes })
		.from(files)
		.where(eq(files.id, id));
	return row ?? null;
}
