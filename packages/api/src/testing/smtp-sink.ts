import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted: as sent (`raw`) and as a mail program reads it (`parsed`). */
export interface Arrived {
	raw: string;
	parsed: ParsedMail;
	recipients: string[];
}

/**
 * How the sink answers one message's DATA: accept it, refuse it, or never answer (as when the
 * sender dies midway, the message is then never accepted).
 */
export type DataAnswer = 'accept' | { refuse: number } | 'hang';

/**
 * A real SMTP server in this process, keeping what arrives. `refuseRecipient` and `answerData`
 * let a test make it refuse an address (a 5xx or a 4xx to RCPT TO) or a message.
 */
export async function startSmtpSink(
	options: {
		refuseRecipient?: (address: string) => number | null;
		answerData?: (count: number) => DataAnswer;
	} = {}
) {
	const arrived: Arrived[] = [];
	let dataCount = 0;
	const dataStarted: (() => void)[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		closeTimeout: 100,
		onRcptTo(address, _session, callback) {
			const code = options.refuseRecipient?.(address.address) ?? null;
			if (code === null) return callback();
			const error = Object.assign(new Error(`${code} Refused by the test`), { responseCode: code });
			callback(error);
		},
		onData(stream, session, callback) {
			const answer = options.answerData?.(++dataCount) ?? 'accept';
			dataStarted.forEach((resolve) => resolve());
			dataStarted.length = 0;
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				if (answer === 'hang') return;
				if (typeof answer === 'object') {
					const error = Object.assign(new Error(`${answer.refuse} Refused by the test`), {
						responseCode: answer.refuse
					});
					return callback(error);
				}
				const raw = Buffer.concat(chunks).toString('utf8');
				void simpleParser(raw).then((parsed) => {
					arrived.push({
						raw,
						parsed,
						recipients: session.envelope.rcptTo.map((each) => each.address)
					});
					callback();
				}, callback);
			});
		}
	});
	// A sender killed midway resets its connection: that is what such a test is about, not a failure.
	server.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'ECONNRESET') throw error;
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${port}`,
		arrived,
		/** Resolves when the next message's DATA begins. */
		nextData: () => new Promise<void>((resolve) => dataStarted.push(resolve)),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
