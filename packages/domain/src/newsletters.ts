import { z } from 'zod';
import { isoDateSchema } from './common.js';
import type { ContentKind } from './kinded-content.js';
import { londonInstant } from './london-time.js';
import { mailProgressSchema } from './mail.js';
import { newsletterTopicSchema } from './subscriptions.js';

/**
 * The kinds of published content an e-newsletter item can bring in, each with a summary to pull.
 * @example newsletterSourceKinds.includes('article') // true
 */
export const newsletterSourceKinds = [
	'intervention',
	'publication',
	'project',
	'programme',
	'article'
] as const satisfies readonly ContentKind[];

/** A kind an item can bring in. */
export type NewsletterSourceKind = (typeof newsletterSourceKinds)[number];

/**
 * An issue's number as written in its web address: no leading zero, at most five digits.
 * @example newsletterNumberPattern.test('16') // true
 * @example newsletterNumberPattern.test('016') // false
 */
export const newsletterNumberPattern = /^[1-9]\d{0,4}$/;

/** Labels of where an item's words come from, as the console offers them. */
export const newsletterItemSourceLabels = {
	published: 'A page on the site: its title and summary',
	written: 'Written here'
} as const;

/**
 * The web address of a page on the site, e.g. `/evidence-store/kinship-care`; publishing checks
 * that it is a published page of a kind items bring in (`contentAtPath`).
 */
const sitePathSchema = z
	.string()
	.trim()
	.min(1, 'Choose the page the item is about')
	.regex(/^(\/[a-z0-9-]+)+$/, 'Choose a page from the list')
	.describe('Site path');

/**
 * One item of an issue: a published page, whose title and summary the issue takes when it is
 * published, or a heading and text written here, with an optional link.
 */
export type NewsletterItem = z.infer<typeof newsletterItemSchema>;
/** Validates an item of an issue. */
export const newsletterItemSchema = z.discriminatedUnion('source', [
	z.object({ source: z.literal('published'), path: sitePathSchema }),
	z.object({
		source: z.literal('written'),
		heading: z.string().trim().min(1, 'Give the item a heading').max(200),
		text: z.string().trim().min(1, 'Write the item').max(5000),
		link: z
			.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' })
			.nullable()
			.describe('Where "Read more" leads, if anywhere')
	})
]);

/**
 * An e-newsletter issue as the console edits it. Its web address is its number
 * (`/newsletters/16`); the title follows "e-newsletter, no.16:" in the email's subject. The
 * introduction is plain text, paragraphs apart by a blank line.
 */
export type NewsletterContent = z.infer<typeof newsletterContentSchema>;
/** Validates an e-newsletter draft. */
export const newsletterContentSchema = z.object({
	slug: z
		.string()
		.trim()
		.regex(newsletterNumberPattern, 'Give the issue’s number, like 16')
		.describe('The issue’s number, which is also its web address'),
	title: z
		.string()
		.trim()
		.min(1, 'Give the issue a title')
		.max(150)
		.describe('What this issue brings, for the email’s subject'),
	issuedOn: isoDateSchema.describe('The date the issue carries'),
	introduction: z.string().trim().min(1, 'Write the introduction').max(5000),
	items: z
		.array(newsletterItemSchema)
		.min(1, 'Add at least one item')
		.max(20, 'An issue has at most 20 items')
});

/** An item as readers see it: the words the issue was published with, and where it leads. */
export type NewsletterEntry = z.infer<typeof newsletterEntrySchema>;
/** Validates an item as published. */
export const newsletterEntrySchema = z.object({
	heading: z.string(),
	text: z.string(),
	/** A site path or a full web address; null for an item without a link. */
	href: z.string().nullable()
});

/** An issue as the archive and the email show it. */
export type NewsletterIssue = z.infer<typeof newsletterIssueSchema>;
/** Validates an issue's page. */
export const newsletterIssueSchema = z.object({
	number: z.int().min(1),
	title: z.string(),
	issuedOn: isoDateSchema,
	introduction: z.string(),
	entries: z.array(newsletterEntrySchema)
});

/** An issue in the archive's list. */
export type NewsletterSummary = z.infer<typeof newsletterSummarySchema>;
/** Validates an entry of the archive's list. */
export const newsletterSummarySchema = newsletterIssueSchema.pick({
	number: true,
	title: true,
	issuedOn: true
});

/** Names a published issue. */
export const newsletterNumberInputSchema = z.object({ number: z.int().min(1).max(99999) });

/** A draft issue as staff preview it: its web page's content and its email, written out. */
export type NewsletterPreview = z.infer<typeof newsletterPreviewSchema>;
/** Validates a preview. */
export const newsletterPreviewSchema = z.object({
	issue: newsletterIssueSchema,
	email: z.object({ subject: z.string(), html: z.string(), text: z.string() })
});

/**
 * What an issue is called: in the subject of its email, its page's title and the archive.
 * @example newsletterName(16) // 'e-newsletter, no.16'
 */
export const newsletterName = (number: number) => `e-newsletter, no.${number}`;

/** Who a mailing goes to: every confirmed subscriber, or those who chose one of its topics. */
export const newsletterAudienceKeys = ['everyone', 'topics'] as const;

/** When a mailing starts: at once, or at a London date and time. */
export const newsletterTimingKeys = ['now', 'later'] as const;

/** A time of day on a 24-hour clock, as a time input sends it: HH:MM. */
const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form that sends a published issue. */
export type SendNewsletterInput = z.infer<typeof sendNewsletterInputSchema>;

/**
 * Validates sending an issue: to everyone or chosen topics, now or at a London date and time
 * (which must be one the clocks show, and not past).
 */
export const sendNewsletterInputSchema = z
	.object({
		slug: z.string().regex(newsletterNumberPattern),
		audience: z.enum(newsletterAudienceKeys, 'Choose who gets it'),
		topics: z.array(newsletterTopicSchema),
		timing: z.enum(newsletterTimingKeys, 'Choose when it goes'),
		sendOn: isoDateSchema.nullable(),
		sendAt: z.string().regex(clockTimePattern, 'Enter a time like 09:30').nullable()
	})
	.superRefine((input, context) => {
		if (input.audience === 'topics' && input.topics.length === 0) {
			context.addIssue({ code: 'custom', path: ['topics'], message: 'Choose at least one topic' });
		}
		if (input.timing === 'now') return;
		if (input.sendOn === null) {
			context.addIssue({ code: 'custom', path: ['sendOn'], message: 'Enter the date' });
		}
		if (input.sendAt === null) {
			context.addIssue({ code: 'custom', path: ['sendAt'], message: 'Enter the time' });
		}
		// Only a real date and time can fall in the hour the clocks skip; others have their own issue.
		const { sendOn, sendAt } = input;
		if (
			sendOn !== null &&
			sendAt !== null &&
			isoDateSchema.safeParse(sendOn).success &&
			clockTimePattern.test(sendAt) &&
			!londonInstant(sendOn, sendAt)
		) {
			context.addIssue({
				code: 'custom',
				path: ['sendAt'],
				message: 'London’s clocks skip that hour that night: choose another time'
			});
		}
	});

/** A mailing of an issue, as the console shows it, with how far it has gone. */
export type NewsletterMailing = z.infer<typeof newsletterMailingSchema>;
/** Validates a mailing. */
export const newsletterMailingSchema = z.object({
	id: z.int(),
	sendAt: z.iso.datetime({ offset: true }).describe('When it starts (or started) going out'),
	topics: z.array(newsletterTopicSchema).nullable().describe('Null for everyone'),
	queuedAt: z.iso
		.datetime({ offset: true })
		.nullable()
		.describe('When a message was queued for each recipient; null while it waits'),
	cancelledAt: z.iso.datetime({ offset: true }).nullable(),
	sentBy: z.string().describe('The name of who sent it'),
	progress: mailProgressSchema
});
