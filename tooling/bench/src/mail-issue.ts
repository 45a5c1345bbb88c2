import { newsletterMessage } from '@whatworks/api';
import type { MessageContent, NewsletterEntry, NewsletterItem } from '@whatworks/domain';

/** The issue the mail benchmark sends: a number the demo content does not use. */
export const benchIssue = {
	number: 17,
	title: 'Kinship care, family group conferences and what helps children stay safely at home',
	issuedOn: '2026-12-01',
	introduction:
		'Welcome to this month’s e-newsletter. We have added new evidence on kinship care and on ' +
		'family group conferences, published a report on what helps reunification last, and opened ' +
		'a call for local authorities to join our next trial.\n\n' +
		'As ever, every rating in the Evidence Store says how strong the evidence is and how much ' +
		'difference a programme made, so you can judge what might work in your area.'
} as const;

const written = (heading: string, text: string, link: string): NewsletterItem => ({
	source: 'written',
	heading,
	text,
	link
});

/** Six written items of about 600 characters each, as an editor would write them. */
export const benchItems: NewsletterItem[] = [
	written(
		'New in the Evidence Store: support for kinship carers',
		'Kinship carers — grandparents, aunts, uncles and family friends who step in when parents cannot care for a child — often take on the role at short notice and with little support. We have reviewed 14 studies of programmes that offer kinship carers peer groups, training in managing children’s behaviour and help with money and legal questions.\n\n' +
			'Three programmes now have ratings. The strongest evidence is for peer support combined with parenting training, which reduced placement breakdowns within a year. The evidence for one-off training days is weaker, and we say why.',
		'https://whatworks.example/evidence-store/kinship-carer-peer-support'
	),
	written(
		'Family group conferences: what the latest trial found',
		'Family group conferences bring a child’s wider family together, with an independent coordinator, to make a plan for the child’s safety before a case goes to court. Our trial across 21 local authorities followed more than 2,500 families for 18 months.\n\n' +
			'Children whose families were offered a conference were less likely to enter care, and more of those who did were placed with relatives. The report sets out what the coordinators did, what it cost and what families said about taking part, with advice for services planning to start.',
		'https://whatworks.example/research/family-group-conferences-trial'
	),
	written(
		'What helps reunification last',
		'Most children who enter care go home again, but too many come back into care within two years. Our new report draws on interviews with 60 parents and social workers and on national data for 40,000 children to ask what makes a return home last.\n\n' +
			'Planned, gradual returns, support for parents’ mental health and substance misuse, and a named worker who stays with the family after the return all made a difference. The report ends with questions that practice leaders can use to review their own reunification work.',
		'https://whatworks.example/publications/what-helps-reunification-last'
	),
	written(
		'Call for partners: a trial of support for parents with learning disabilities',
		'We are looking for eight to twelve local authorities to take part in a randomised trial of a support programme for parents with learning disabilities whose children are on a child protection plan. The programme offers weekly home visits, easy-read materials and advocacy at meetings.\n\n' +
			'Taking part is free, and we fund the training of your practitioners and a part-time coordinator. Expressions of interest close at the end of January; we hold two online information sessions in January for anyone who wants to ask questions first.',
		'https://whatworks.example/news/call-for-partners-parents-with-learning-disabilities'
	),
	written(
		'Events: mental health support for care leavers',
		'Join us online for a discussion of what the evidence says about mental health support for young people leaving care. A care leaver, a personal adviser and a researcher will talk about the services that young people found helpful, the gaps they found, and what the research can and cannot tell us yet.\n\n' +
			'The session lasts an hour, with time for your questions, and will be recorded for anyone who cannot attend. It is free and open to everyone working with care leavers, including foster carers, social workers and commissioners across England.',
		'https://whatworks.example/news/events-care-leavers-mental-health'
	),
	written(
		'From our blog: using the Evidence Store when commissioning',
		'Commissioners told us they want to know not only whether a programme works, but whether it would work for their families and what it would take to deliver it well. In this post, a commissioner from the North West describes how her team used the Evidence Store’s ratings and implementation notes to choose a parenting programme.\n\n' +
			'She explains how they weighed the strength of evidence against local needs, how they spoke to other areas already running it, and what they would do differently next time. We would like to hear how you use the Evidence Store too.',
		'https://whatworks.example/news/using-the-evidence-store-when-commissioning'
	)
];

/** The items as published: written items are kept as written (`newsletterEntries` in @whatworks/db). */
export const benchEntries: NewsletterEntry[] = benchItems.map((item) =>
	item.source === 'written'
		? { heading: item.heading, text: item.text, href: item.link }
		: { heading: item.path, text: '', href: item.path }
);

/** The issue's email, as the API words it; the worker adds each subscriber's own links. */
export function benchMessage(siteOrigin: string): MessageContent {
	return newsletterMessage({ ...benchIssue, entries: benchEntries }, siteOrigin);
}
