import { SMTPServer } from 'smtp-server';
import { listenInRange } from './port-in-range.js';

/** What the sink has seen since it was last reset. */
export interface SinkCount {
	/** Messages accepted (each DATA that ended). */
	messages: number;
	/** Distinct recipient addresses among them: fewer than `messages` means some went twice. */
	recipients: number;
	/** Bytes of all the messages, as sent. */
	bytes: number;
	/** `performance.now()` of the first and the last message's end of DATA; null before one came. */
	firstAt: number | null;
	lastAt: number | null;
}

/** An SMTP server that accepts every message and keeps none of it, only counting. */
export interface SmtpSink {
	/** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
	readonly url: string;
	count(): SinkCount;
	/**
	 * `performance.now()` of each message's arrival since the reset, in order, as many as
	 * {@link SinkCount.messages}.
	 */
	arrivals(): Float64Array;
	/** Calls `onMessage` after each accepted message, with how many have come since the reset. */
	reset(onMessage?: (messages: number) => void): void;
	/** Connection errors seen (a sender that resets its connection), for the report. */
	errors(): number;
	close(): Promise<void>;
}

/**
 * Starts the sink on a free port of 3000–5999 in this process: no authentication (optional), no
 * STARTTLS, no reverse lookup of the sender, any number of connections. Each message's data is
 * read and dropped as it comes; the sink keeps only counts, the recipients' addresses (to notice
 * a message sent twice) and each arrival's time.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
	let count: SinkCount;
	let seen: Set<string>;
	let times = new Float64Array(1024);
	let onMessage: ((messages: number) => void) | undefined;
	let connectionErrors = 0;
	const reset = (listener?: (messages: number) => void) => {
		count = { messages: 0, recipients: 0, bytes: 0, firstAt: null, lastAt: null };
		seen = new Set();
		times = new Float64Array(1024);
		onMessage = listener;
	};
	reset();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		disableReverseLookup: true,
		logger: false,
		maxClients: 1000,
		closeTimeout: 100,
		onData(stream, session, callback) {
			let bytes = 0;
			stream.on('data', (chunk: Buffer) => {
				bytes += chunk.length;
			});
			stream.on('end', () => {
				const at = performance.now();
				count.messages++;
				count.bytes += bytes;
				count.firstAt ??= at;
				count.lastAt = at;
				for (const { address } of session.envelope.rcptTo) seen.add(address);
				count.recipients = seen.size;
				if (count.messages > times.length) {
					const grown = new Float64Array(times.length * 2);
					grown.set(times);
					times = grown;
				}
				times[count.messages - 1] = at;
				callback();
				onMessage?.(count.messages);
			});
		}
	});
	// A sender stopped midway resets its connection; the port tried while listening may be taken.
	server.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EADDRINUSE') connectionErrors++;
	});
	const port = await listenInRange(server.server);
	return {
		url: `smtp://127.0.0.1:${port}`,
		count: () => ({ ...count }),
		arrivals: () => times.slice(0, count.messages),
		reset,
		errors: () => connectionErrors,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
