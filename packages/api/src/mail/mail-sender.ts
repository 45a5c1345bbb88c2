import { catchMail, type Database, type OutgoingMail } from '@whatworks/db';
import nodemailer from 'nodemailer';

/** Signs messages for a domain when its key is configured (DKIM, RFC 6376). */
export interface DkimSetting {
	domainName: string;
	keySelector: string;
	privateKey: string;
}

/** What every message is sent as. */
export interface SenderSetting {
	/** The From address, e.g. `"What Works Centre" <newsletter@example.org>`. */
	from: string;
	dkim?: DkimSetting | undefined;
}

/**
 * Why a message did not go: `permanent` when the mail server refused it for good (a 5xx reply
 * about the recipient or the message), otherwise it may go later.
 */
export class DeliveryFailure extends Error {
	override readonly name = 'DeliveryFailure';
	constructor(
		readonly kind: 'permanent' | 'temporary',
		message: string,
		readonly code: string | undefined
	) {
		super(message);
	}
}

/** Sends one message at a time; `send` resolves once the mail server has accepted it. */
export interface MailSender {
	send(message: OutgoingMail): Promise<void>;
	close(): void;
	/** For the start banner and logs, without secrets. */
	readonly description: string;
}

const messageOptions = (message: OutgoingMail, setting: SenderSetting) => ({
	from: setting.from,
	to: message.recipient,
	subject: message.subject,
	html: message.html,
	text: message.text,
	messageId: message.messageId,
	headers: message.headers
});

/**
 * Only a 5xx to RCPT TO is about the recipient (no such mailbox): a 5xx to signing in, to the
 * sender's address or to the message (a DKIM or content policy) is our configuration's or our
 * content's fault, and suppressing for it would cut off every recipient of a mailing.
 */
function failureOf(error: unknown): DeliveryFailure {
	const { code, command, responseCode, response, message } = error as {
		code?: string;
		command?: string;
		responseCode?: number;
		response?: string;
		message?: string;
	};
	const permanent =
		command === 'RCPT TO' &&
		responseCode !== undefined &&
		responseCode >= 500 &&
		responseCode < 600;
	return new DeliveryFailure(
		permanent ? 'permanent' : 'temporary',
		response ?? message ?? String(error),
		code
	);
}

/** Connections to the mail server kept open at once: the worker sends over as many. */
export const smtpConnections = 4;

/**
 * Sends over SMTP to `url` (`smtp://user:pass@host:587`, `smtps://…` for TLS from the start),
 * keeping a few connections open between messages.
 */
export function smtpSender(url: string, setting: SenderSetting): MailSender {
	const address = new URL(url);
	const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(address.hostname);
	const transport = nodemailer.createTransport({
		pool: true,
		// A send never outlasts the worker's lease: a server that stops answering is given up on.
		connectionTimeout: 30_000,
		greetingTimeout: 30_000,
		socketTimeout: 60_000,
		// Off this machine, smtp:// must upgrade to TLS (STARTTLS) or fail: a password and
		// readers' addresses never cross the network in clear.
		requireTLS: address.protocol === 'smtp:' && !loopback,
		maxConnections: smtpConnections,
		maxMessages: Infinity,
		host: address.hostname,
		port: Number(address.port) || (address.protocol === 'smtps:' ? 465 : 587),
		secure: address.protocol === 'smtps:',
		...(address.username
			? {
					auth: {
						user: decodeURIComponent(address.username),
						pass: decodeURIComponent(address.password)
					}
				}
			: {}),
		...(setting.dkim ? { dkim: setting.dkim } : {})
	});
	return {
		description: `SMTP at ${address.hostname}:${address.port || 'default port'}`,
		async send(message) {
			try {
				await transport.sendMail(messageOptions(message, setting));
			} catch (error) {
				throw failureOf(error);
			}
		},
		close: () => transport.close()
	};
}

/**
 * The embedded default: each message is written out exactly as it would be sent (signed too,
 * when a key is set) and kept in the database for admins to read, instead of being sent.
 */
export function catchingSender(db: Database, setting: SenderSetting): MailSender {
	const transport = nodemailer.createTransport({
		streamTransport: true,
		buffer: true,
		newline: 'windows',
		...(setting.dkim ? { dkim: setting.dkim } : {})
	});
	return {
		description:
			'caught in the database (no SMTP_URL): admins read it in the console, Outgoing mail',
		async send(message) {
			const info = await transport.sendMail(messageOptions(message, setting));
			const raw = Buffer.isBuffer(info.message) ? info.message.toString('utf8') : '';
			await catchMail(db, {
				messageId: message.messageId,
				recipient: message.recipient,
				subject: message.subject,
				headers: raw.slice(0, raw.indexOf('\r\n\r\n')),
				html: message.html,
				text: message.text,
				caughtAt: new Date()
			});
		},
		close: () => transport.close()
	};
}
