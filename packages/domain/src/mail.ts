import { z } from 'zod';

/**
 * Where a message in the outbox is: waiting (or being sent), delivered to the mail server,
 * given up on, or never sent because its address is suppressed.
 * @example mailStatusLabels.suppressed // 'Suppressed'
 */
export const mailStatusKeys = ['queued', 'sent', 'failed', 'suppressed'] as const;

/** One outbox status key. */
export type MailStatus = z.infer<typeof mailStatusSchema>;
/** Validates an outbox status key. */
export const mailStatusSchema = z.enum(mailStatusKeys);

/** Labels of the outbox statuses for staff. */
export const mailStatusLabels = {
	queued: 'Queued',
	sent: 'Sent',
	failed: 'Failed',
	suppressed: 'Suppressed'
} as const satisfies Record<MailStatus, string>;

/** How many messages of each status one mailing has: the console's progress. */
export type MailProgress = z.infer<typeof mailProgressSchema>;
/** Validates mail progress counts. */
export const mailProgressSchema = z.object(
	Object.fromEntries(mailStatusKeys.map((key) => [key, z.int().min(0)])) as Record<
		MailStatus,
		z.ZodInt
	>
);

/**
 * The waits before each retry of a message the mail server turned away for now (a 4xx reply or
 * no answer): a minute, then longer, then the message fails. Six attempts span about nine hours,
 * as a mail server's own queue would retry.
 */
export const mailRetryDelaysSeconds = [60, 300, 1800, 7200, 21600] as const;

/**
 * When to try a message again after its `attempts`-th temporary failure, or null to give up.
 * @example retryDelaySeconds(1) // 60
 * @example retryDelaySeconds(6) // null
 */
export function retryDelaySeconds(attempts: number): number | null {
	return mailRetryDelaysSeconds[attempts - 1] ?? null;
}

/** Why an address is never mailed again. */
export const suppressionReasonKeys = ['bounced', 'complained', 'left'] as const;
/** One suppression reason. */
export type SuppressionReason = (typeof suppressionReasonKeys)[number];

/** A message the embedded default kept instead of sending, as admins read it in the console. */
export type CaughtMail = z.infer<typeof caughtMailSchema>;
/** Validates a caught message. */
export const caughtMailSchema = z.object({
	id: z.int(),
	recipient: z.string(),
	subject: z.string(),
	/** The message's header block exactly as it would have been sent. */
	headers: z.string(),
	html: z.string(),
	text: z.string(),
	caughtAt: z.iso.datetime({ offset: true })
});

/** One line of the console's list of caught mail. */
export type CaughtMailSummary = Pick<CaughtMail, 'id' | 'recipient' | 'subject' | 'caughtAt'>;
/** Validates a caught mail summary. */
export const caughtMailSummarySchema = caughtMailSchema.pick({
	id: true,
	recipient: true,
	subject: true,
	caughtAt: true
});

/** A link in a message, worded to make sense on its own. */
export interface MessageLink {
	text: string;
	href: string;
}

/** A part of a message under its own heading, such as an item of an e-newsletter. */
export interface MessageSection {
	heading: string;
	paragraphs: readonly string[];
	link?: MessageLink;
}

/**
 * What a message says, before it is written out as HTML and as plain text, and before the
 * recipient's own links (change topics, unsubscribe) are added to its footer.
 */
export interface MessageContent {
	subject: string;
	heading: string;
	/** Where the message can be read on the website, shown above its heading. */
	webLink?: MessageLink;
	paragraphs: readonly string[];
	/** The one thing the message asks the reader to do, shown as a button-like link. */
	action?: MessageLink;
	sections?: readonly MessageSection[];
	/** Below a rule: why the reader got it, and links such as "Unsubscribe from all emails". */
	footer: readonly string[];
	footerLinks?: readonly MessageLink[];
}
