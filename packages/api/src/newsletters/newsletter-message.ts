import {
	articleParagraphs,
	centreName,
	formatLongDate,
	newsletterName,
	type MessageContent,
	type NewsletterIssue
} from '@whatworks/domain';

/**
 * An issue as its email says it: a link to its page in the archive, its title, number and date,
 * the introduction, then each item under its own heading with a link that names it. Each
 * subscriber's copy adds their own links to change topics and to unsubscribe.
 */
export function newsletterMessage(issue: NewsletterIssue, siteOrigin: string): MessageContent {
	const onSite = (href: string) => new URL(href, siteOrigin).href;
	const name = newsletterName(issue.number);
	return {
		subject: `${name}: ${issue.title}`,
		webLink: {
			text: `Read ${name} on our website`,
			href: onSite(`/newsletters/${String(issue.number)}`)
		},
		heading: issue.title,
		paragraphs: [
			`${centreName} ${name}, ${formatLongDate(issue.issuedOn)}`,
			...articleParagraphs(issue.introduction)
		],
		sections: issue.entries.map((entry) => ({
			heading: entry.heading,
			paragraphs: articleParagraphs(entry.text),
			...(entry.href
				? { link: { text: `Read more: ${entry.heading}`, href: onSite(entry.href) } }
				: {})
		})),
		footer: [`You get this email because you subscribed to the ${centreName} e-newsletter.`]
	};
}
