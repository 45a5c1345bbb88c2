import type { QueuedMail, Subscriber } from '@whatworks/db';
import { centreName, newsletterTopicLabels, subscriptionRetention } from '@whatworks/domain';
import { randomUUID } from 'node:crypto';
import type { MailKey } from '../mail/mail-key.js';
import { messageHtml, messageText, type MessageContent } from '../mail/message-body.js';
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
 * The headers that let a mail program offer "Unsubscribe" and do it in one click with a POST to
 * the link (RFC 8058), and the footer that says the same to the reader.
 */
export function subscriberMail(
	subscriber: Pick<Subscriber, 'id' | 'email'>,
	{ key, siteOrigin, now }: MessageSetting,
	content: MessageContent & { messageKey: string; mailing?: string }
): QueuedMail {
	const link = (purpose: 'unsubscribe' | 'preferences') =>
		subscriptionLink(key, { purpose, subscriberId: subscriber.id, siteOrigin, now });
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
		messageId: `<${content.messageKey}@${new URL(siteOrigin).hostname}>`,
		mailing: content.mailing ?? null,
		recipient: subscriber.email,
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
