import type { MailWords, QueuedMail, Subscriber } from '@whatworks/db';
import {
	centreName,
	newsletterTopicLabels,
	subscriptionRetention,
	type MessageContent
} from '@whatworks/domain';
import { randomUUID } from 'node:crypto';
import type { MailKey } from '../mail/mail-key.js';
import { messageHtml, messageText } from '../mail/message-body.js';
import { subscriptionLink } from './subscription-links.js';

/** What every message to a subscriber needs to know besides them. */
export interface MessageSetting {
	key: MailKey;
	siteOrigin: string;
	now: Date;
}

/** The newsletter's list, as mail programs group and label it (RFC 2919). */
export const listIdOf = (siteOrigin: string) =>
	`${centreName} e-newsletter <newsletter.${new URL(siteOrigin).hostname}>`;

/**
 * A subscriber's copy of a message: its footer and headers carry their own links, so a mail
 * program can offer "Unsubscribe" and do it in one click with a POST to the link (RFC 8058), and
 * the footer says the same to the reader.
 */
export function subscriberCopy(
	subscriberId: number,
	{ key, siteOrigin, now }: MessageSetting,
	content: MessageContent
): MailWords {
	const link = (purpose: 'unsubscribe' | 'preferences') =>
		subscriptionLink(key, { purpose, subscriberId, siteOrigin, now });
	const unsubscribe = link('unsubscribe');
	const withFooter: MessageContent = {
		...content,
		footerLinks: [
			...(content.footerLinks ?? []),
			{ text: 'Change which emails you get', href: link('preferences') },
			{ text: 'Unsubscribe from all emails', href: unsubscribe }
		]
	};
	return {
		subject: content.subject,
		html: messageHtml(withFooter),
		text: messageText(withFooter),
		headers: {
			'List-Id': listIdOf(siteOrigin),
			'List-Unsubscribe': `<${unsubscribe}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		}
	};
}

/** A one-off message to a subscriber, with their own links; `messageKey` names it. */
function subscriberMail(
	subscriber: Pick<Subscriber, 'id' | 'email'>,
	setting: MessageSetting,
	content: MessageContent & { messageKey: string }
): QueuedMail {
	const { messageKey, ...words } = content;
	return {
		messageId: messageIdOf(messageKey, setting.siteOrigin),
		recipient: subscriber.email,
		...subscriberCopy(subscriber.id, setting, words),
		notBefore: setting.now
	};
}

/**
 * A Message-ID on the site's host, stable for what `key` names (`newsletter-16.subscriber-42`).
 * @example messageIdOf('confirm.7.abc', 'https://example.org') // '<confirm.7.abc@example.org>'
 */
export const messageIdOf = (key: string, siteOrigin: string) =>
	`<${key}@${new URL(siteOrigin).hostname}>`;

/** The one-link message that confirms a sign-up. */
export function confirmationMail(subscriber: Subscriber, setting: MessageSetting): QueuedMail {
	const topics = subscriber.topics.map((topic) => newsletterTopicLabels[topic]).join(', ');
	const { unconfirmedDays } = subscriptionRetention;
	const mail = subscriberMail(subscriber, setting, {
		messageKey: `confirm.${subscriber.id}.${randomUUID()}`,
		subject: `Confirm your subscription to the ${centreName} e-newsletter`,
		heading: 'Confirm your subscription',
		paragraphs: [
			`Someone, probably you, asked for the ${centreName} e-newsletter to be sent to this address, about: ${topics}.`,
			`Follow the link to confirm. The link works for ${unconfirmedDays} days. If you did not ask, ignore this email: you will not hear from us again, and we will delete your address within ${unconfirmedDays} days.`
		],
		action: {
			text: 'Confirm your subscription',
			href: subscriptionLink(setting.key, {
				purpose: 'confirm',
				subscriberId: subscriber.id,
				siteOrigin: setting.siteOrigin,
				now: setting.now
			})
		},
		footer: ['You got this email because this address was entered on our website.']
	});
	return { ...mail, toConfirm: true };
}

/**
 * What someone already subscribed is told when their address is entered again: nothing changes,
 * but they can change their topics. The sign-up form's answer is the same either way.
 */
export function alreadySubscribedMail(subscriber: Subscriber, setting: MessageSetting): QueuedMail {
	return subscriberMail(subscriber, setting, {
		messageKey: `subscribed-already.${subscriber.id}.${randomUUID()}`,
		subject: `You already get the ${centreName} e-newsletter`,
		heading: 'You are already subscribed',
		paragraphs: [
			'Someone, probably you, entered this address on our website to sign up for the e-newsletter. It is already subscribed, so nothing has changed.',
			'To choose different topics, or to stop getting emails from us, use the links below.'
		],
		footer: ['You got this email because this address was entered on our website.']
	});
}
