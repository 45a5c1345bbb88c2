import cluster from 'node:cluster';
import type { PageCopies, PageCopy } from '../lib/server/page-copies';

/** What a worker sends when it has rendered and kept a page, and what its siblings receive. */
interface CopyMessage {
	keptCopy: { address: string; copy: PageCopy };
}

const isCopyMessage = (message: unknown): message is CopyMessage =>
	typeof message === 'object' && message !== null && 'keptCopy' in message;

/**
 * In the primary: hands each copy one worker kept to every other worker, so a page is rendered
 * once for the whole site rather than once per process. Call before forking: the messages carry
 * the copies' bytes as they are (structured clone), not as JSON.
 */
export function relayCopiesBetweenWorkers(): void {
	cluster.setupPrimary({ serialization: 'advanced' });
	cluster.on('message', (from, message: unknown) => {
		if (!isCopyMessage(message)) return;
		for (const worker of Object.values(cluster.workers ?? {})) {
			if (worker && worker !== from && worker.isConnected()) worker.send(message);
		}
	});
}

/**
 * In a worker: sends the primary each copy this process keeps, and keeps those the others
 * send. A copy rendered from a version this process no longer holds current is not kept.
 */
export function shareCopiesWithSiblings(copies: PageCopies): void {
	copies.onKept = (address, copy) => {
		const message: CopyMessage = { keptCopy: { address, copy } };
		process.send?.(message);
	};
	process.on('message', (message: unknown) => {
		if (isCopyMessage(message))
			copies.set(message.keptCopy.address, message.keptCopy.copy, 'shared');
	});
}
