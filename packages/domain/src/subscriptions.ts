import { z } from 'zod';
import { maxEmailLength } from './staff.js';

/**
 * What a reader can ask the e-newsletter to bring them. Each issue is sent to the topics its
 * editors choose, or to everyone.
 * @example newsletterTopicLabels.calls // 'Calls for partners'
 */
export const newsletterTopicKeys = ['evidence', 'research', 'news', 'events', 'calls'] as const;

/** One newsletter topic key. */
export type NewsletterTopic = z.infer<typeof newsletterTopicSchema>;
/** Validates a newsletter topic key. */
export const newsletterTopicSchema = z.enum(newsletterTopicKeys).describe('Newsletter topic');

/** Labels of the newsletter topics, as the sign-up form offers them. */
export const newsletterTopicLabels = {
	evidence: 'Evidence Store updates',
	research: 'Research and reports',
	news: 'News',
	events: 'Events',
	calls: 'Calls for partners'
} as const satisfies Record<NewsletterTopic, string>;

/**
 * A reader's email address, trimmed and lower-cased so one person is one subscriber.
 * @example subscriberEmailSchema.parse(' Reader@Example.org ') // 'reader@example.org'
 */
export const subscriberEmailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, 'Enter your email address')
	.max(maxEmailLength, `Email address must be ${maxEmailLength} characters or fewer`)
	.pipe(z.email('Enter an email address in the correct format, like name@example.org'))
	.describe('Email address');

/** The topics one subscriber chose: at least one, each once. */
export const newsletterTopicsSchema = z
	.array(newsletterTopicSchema)
	.min(1, 'Choose at least one topic')
	.transform((topics) => newsletterTopicKeys.filter((key) => topics.includes(key)))
	.describe('Topics');

/** A sign-up from the site's form. */
export type SignUpInput = z.infer<typeof signUpInputSchema>;
/**
 * Validates a sign-up. `website` is a field people never see (a honeypot): a form that fills it
 * was filled by a program, and is answered as if it had worked.
 */
export const signUpInputSchema = z.object({
	email: subscriberEmailSchema,
	topics: newsletterTopicsSchema,
	website: z.string().max(2000).optional()
});

/**
 * What one signed link in a message may do, and nothing else: confirm a sign-up, unsubscribe
 * from everything, or open the preferences page.
 */
export const linkPurposeKeys = ['confirm', 'unsubscribe', 'preferences'] as const;
/** One purpose of a signed link. */
export type LinkPurpose = (typeof linkPurposeKeys)[number];

/** A signed link's token as it arrives in an address: base64url, a dot, base64url. */
export const linkTokenSchema = z
	.string()
	.max(400)
	.regex(/^[\w-]+\.[\w-]+$/, 'This link is not complete. Copy the whole link from the email.')
	.describe('Signed link token');

/** A change to one subscriber's topics, through a signed preferences link. */
export type PreferencesInput = z.infer<typeof preferencesInputSchema>;
/** Validates a preferences change. */
export const preferencesInputSchema = z.object({
	token: linkTokenSchema,
	topics: newsletterTopicsSchema
});

/** How long each kind of personal data of the newsletter is kept, in days. */
export const subscriptionRetention = {
	/** A sign-up nobody confirmed. */
	unconfirmedDays: 7,
	/** An address that left everything, before only its keyed hash remains. */
	leftDays: 28,
	/** Sign-up attempts, kept for throttling. */
	attemptDays: 1,
	/** A confirmation link works this long (unsubscribe and preferences links, two years). */
	confirmLinkDays: 7
} as const;

/** How many sign-ups one address, and one network address, may make in an hour. */
export const signUpLimits = { perEmailPerHour: 3, perNetworkAddressPerHour: 20 } as const;
