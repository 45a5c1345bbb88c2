import cluster from 'node:cluster';
import type { EncodedPage, PageCopies, PageCopy } from '../lib/server/page-copies';

/** What a worker sends when it has rendered and kept a page, and what its siblings receive. */
interface CopyMessage {
	keptCopy: { address: string; copy: PageCopy };
}

const isCopyMessage = (message: unknown): message is CopyMessage =>
	typeof message === 'object' && message !== null && 'keptCopy' in message;

/** Either end of the channel between the primary and a worker. */
interface Channel {
	send(message: CopyMessage, handle: undefined, options: object, sent: () => void): boolean;
}

/** Channels whose backlog of unsent messages is past Node's threshold, until it is sent. */
const backedUp = new WeakSet<Channel>();

/**
 * Sends a copy unless the channel is backed up (a busy or stalled process): then it is dropped,
 * and the reader of that page on the other side has it rendered, rather than copies queueing
 * without bound. A send that fails (a process that died meanwhile) is a dropped copy too:
 * unhandled, its error would stop the process.
 */
function offer(channel: Channel, message: CopyMessage): void {
	if (backedUp.has(channel)) return;
	if (!channel.send(message, undefined, {}, () => backedUp.delete(channel))) backedUp.add(channel);
}

/**
 * In the primary: hands each copy one worker kept to every other worker, so a page one process
 * rendered is kept by all of them. Call before forking: the messages carry the copies' bytes as
 * they are (structured clone), not as JSON.
 */
export function relayCopiesBetweenWorkers(): void {
	cluster.setupPrimary({ serialization: 'advanced' });
	cluster.on('message', (from, message: unknown) => {
		if (!isCopyMessage(message)) return;
		for (const worker of Object.values(cluster.workers ?? {})) {
			if (worker && worker !== from && worker.isConnected()) offer(worker, message);
		}
	});
}

/**
 * In a worker: sends the primary each copy this process keeps, and keeps those the others
 * send. A copy rendered from a version this process does not hold current is not kept.
 */
export function shareCopiesWithSiblings(copies: PageCopies): void {
	const primary = process.send ? (process as Channel) : null;
	copies.onKept = (address, copy) => {
		if (primary && process.connected) offer(primary, { keptCopy: { address, copy } });
	};
	process.on('message', (message: unknown) => {
		if (!isCopyMessage(message)) return;
		copies.set(message.keptCopy.address, withOwnBodies(message.keptCopy.copy), 'shared');
	});
}

/**
 * The copy with bodies of their own: those that arrive are views into the buffer the message
 * was read into, which may hold more than they do, and the copies' size counts only the bodies.
 */
function withOwnBodies(copy: PageCopy): PageCopy {
	const own = (page: EncodedPage): EncodedPage => ({ ...page, body: page.body.slice() });
	const { br, gzip, identity } = copy.encoded;
	return { ...copy, encoded: { br: own(br), gzip: own(gzip), identity: own(identity) } };
}
