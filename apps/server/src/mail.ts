import { readFile } from 'node:fs/promises';
import { catchingSender, MailWorker, smtpSender } from '@whatworks/api';
import type { Database } from '@whatworks/db';
import type { Logger } from 'pino';
import type { Config } from './config.js';

/** The outbox's worker on this server, and how it sends. */
export interface RunningMail {
	/** Where mail goes, for the log and the banner: a mail server, or the catcher table. */
	description: string;
	stop(): Promise<void>;
}

/**
 * Starts sending the outbox: over SMTP when `SMTP_URL` is set, else into the catcher table. Every
 * server on the database may run one; they share the work.
 */
export async function startMail(
	db: Database,
	config: Config,
	logger: Logger
): Promise<RunningMail> {
	const dkim =
		config.DKIM_DOMAIN && config.DKIM_SELECTOR && config.DKIM_PRIVATE_KEY_FILE
			? {
					domainName: config.DKIM_DOMAIN,
					keySelector: config.DKIM_SELECTOR,
					privateKey: await readFile(config.DKIM_PRIVATE_KEY_FILE, 'utf8')
				}
			: undefined;
	const setting = { from: config.MAIL_FROM, dkim };
	const sender = config.SMTP_URL
		? smtpSender(config.SMTP_URL, setting)
		: catchingSender(db, setting);
	const worker = new MailWorker({
		db,
		sender,
		ratePerSecond: config.MAIL_RATE,
		siteOrigin: config.SITE_ORIGIN,
		// A mail server's answer may name the address: the log gets the codes only.
		onError: (error, { messageId }) => {
			const { code, responseCode } = error as { code?: string; responseCode?: number };
			logger.warn({ messageId, code, responseCode }, 'a message was not sent');
		}
	});
	worker.start();
	return {
		description: sender.description,
		async stop() {
			await worker.stop();
			sender.close();
		}
	};
}
