import type { Database } from './client.js';
import { contentVersion } from './schema/content-version.js';

/** The channel on which the database announces each new content version (migration 0021). */
export const contentVersionChannel = 'content_version';

/** Called with each content version a server hears of, the current one first. */
export type ContentVersionListener = (version: string) => void;

/** What is published now, as one value that changes with anything readers could see. */
export async function readContentVersion(db: Database): Promise<string> {
	const [row] = await db.select({ version: contentVersion.version }).from(contentVersion);
	if (!row) throw new Error('The content_version row is missing: migrate the database.');
	return row.version;
}

/**
 * Follows the content version: `listen` subscribes to the channel (calling back on every
 * (re)connection on engines that reconnect), and each time it does the current version is read,
 * unless an announcement came first — a read that began before a publish committed could
 * otherwise answer after its announcement and bring back the old version.
 */
export function followContentVersion(
	db: Database,
	{ onVersion }: { onVersion: ContentVersionListener }
): { announced: (version: string) => void; listening: () => Promise<void> } {
	let announcements = 0;
	return {
		announced: (version) => {
			announcements++;
			onVersion(version);
		},
		listening: async () => {
			const before = announcements;
			const version = await readContentVersion(db);
			if (announcements === before) onVersion(version);
		}
	};
}
