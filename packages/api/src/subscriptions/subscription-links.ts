import { subscriptionRetention, type LinkPurpose } from '@whatworks/domain';
import type { MailKey } from '../mail/mail-key.js';

/** How long each kind of link in a message works. */
const lifetimeDays: Record<LinkPurpose, number> = {
	// A sign-up not confirmed in time is deleted anyway.
	confirm: subscriptionRetention.confirmLinkDays,
	// Links in every newsletter: they should work for as long as someone might keep the email.
	unsubscribe: 730,
	preferences: 730
};

/** Where on the site each kind of link leads. */
const pathOf: Record<LinkPurpose, string> = {
	confirm: '/newsletter/confirm/',
	unsubscribe: '/newsletter/unsubscribe/',
	preferences: '/newsletter/preferences/'
};

/** A signed link on the site for one subscriber, which does `purpose` and nothing else. */
export function subscriptionLink(
	key: MailKey,
	{
		purpose,
		subscriberId,
		siteOrigin,
		now
	}: { purpose: LinkPurpose; subscriberId: number; siteOrigin: string; now: Date }
): string {
	const expiresAt = new Date(now.getTime() + lifetimeDays[purpose] * 86_400_000);
	const token = key.sign({ purpose, subscriberId, expiresAt });
	return new URL(pathOf[purpose] + token, siteOrigin).href;
}
