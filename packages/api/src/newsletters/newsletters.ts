import { randomUUID } from 'node:crypto';
import {
	findDraft,
	findNewsletterIssue,
	newsletterEntries,
	queueMail,
	scheduleMailing
} from '@whatworks/db';
import {
	DomainError,
	londonInstant,
	type MessageContent,
	type NewsletterIssue,
	type SendNewsletterInput
} from '@whatworks/domain';
import type { Staff } from '../auth/authenticate.js';
import type { Context } from '../context.js';
import { messageHtml, messageText } from '../mail/message-body.js';
import { messageIdOf } from '../subscriptions/subscription-messages.js';
import { newsletterMessage } from './newsletter-message.js';

/** A draft issue as it would be published now, with the pages its items bring in as they are. */
async function draftIssue(ctx: Context, draftId: number): Promise<NewsletterIssue> {
	const draft = await findDraft(ctx.db, { draftId });
	if (draft?.kind !== 'newsletter') {
		throw new DomainError('NOT_FOUND', 'There is no e-newsletter draft with this number.');
	}
	const { slug, title, issuedOn, introduction, items } = draft.latest.content;
	return {
		number: Number(slug),
		title,
		issuedOn,
		introduction,
		entries: await newsletterEntries(ctx.db, items)
	};
}

/** What a copy for staff says where each reader's copy has their own links. */
const staffCopy = (message: MessageContent): MessageContent => ({
	...message,
	footer: [
		...message.footer,
		'Each reader’s copy ends with their own links to change their topics and to unsubscribe.'
	]
});

/**
 * A draft issue as its web page and its email will show it; its links lead to the site, not to
 * wherever the preview is shown.
 */
export async function previewNewsletter(ctx: Context, draftId: number) {
	const issue = await draftIssue(ctx, draftId);
	const message = staffCopy(newsletterMessage(issue, ctx.siteOrigin));
	const onSite = (href: string | null) => href && new URL(href, ctx.siteOrigin).href;
	return {
		issue: {
			...issue,
			entries: issue.entries.map((entry) => ({ ...entry, href: onSite(entry.href) }))
		},
		email: { subject: message.subject, html: messageHtml(message), text: messageText(message) }
	};
}

/** Sends a draft issue to the member of staff asking, marked as a test, at once. */
export async function sendTestNewsletter(ctx: Context, staff: Staff, draftId: number) {
	const issue = await draftIssue(ctx, draftId);
	const message = staffCopy(newsletterMessage(issue, ctx.siteOrigin));
	const subject = `[Test] ${message.subject}`;
	await queueMail(ctx.db, [
		{
			messageId: messageIdOf(`newsletter-test.${randomUUID()}`, ctx.siteOrigin),
			recipient: staff.email,
			subject,
			html: messageHtml({ ...message, subject }),
			text: messageText(message),
			headers: {},
			notBefore: ctx.now()
		}
	]);
	return { recipient: staff.email };
}

/**
 * Sends a published issue now or at a London time, to everyone or to chosen topics: the message
 * is written once, from the issue as published, and kept with the mailing.
 */
export async function sendNewsletter(ctx: Context, staff: Staff, input: SendNewsletterInput) {
	const issue = await findNewsletterIssue(ctx.db, { number: Number(input.slug) });
	if (!issue) {
		throw new DomainError(
			'NOT_FOUND',
			`No e-newsletter no.${input.slug} is published: publish it first.`
		);
	}
	const now = ctx.now();
	const sendAt =
		input.timing === 'now' ? now : londonInstant(input.sendOn ?? '', input.sendAt ?? '');
	if (!sendAt || sendAt < now) {
		throw new DomainError('INVALID_INPUT', 'That time has passed: choose a later one.', {
			field: 'sendAt'
		});
	}
	const mailingId = await scheduleMailing(ctx.db, {
		number: issue.number,
		message: newsletterMessage(issue, ctx.siteOrigin),
		topics: input.audience === 'everyone' ? null : input.topics,
		sendAt,
		sentBy: staff.id
	});
	return { mailingId, sendAt: sendAt.toISOString() };
}
