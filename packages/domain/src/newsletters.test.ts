import { describe, expect, it } from 'vitest';
import { isoDateSchema } from './common.js';
import { contentAtPath } from './content-paths.js';
import { newsletterContentSchema, sendNewsletterInputSchema } from './newsletters.js';

const issue = {
	slug: '16',
	title: 'Protocols published, and a new panel',
	issuedOn: '2019-03-28',
	introduction: 'A busy month.',
	items: [
		{ source: 'published', path: '/evidence-store/parent-child-interaction-therapy' },
		{ source: 'written', heading: 'A new panel', text: 'Apply by 1 April.', link: null }
	]
};

describe('newsletterContentSchema', () => {
	it('takes an issue of published pages and written items', () => {
		expect(newsletterContentSchema.parse(issue).items).toHaveLength(2);
	});

	it('names what is missing from a written item, and a number that is not one', () => {
		const result = newsletterContentSchema.safeParse({
			...issue,
			slug: 'sixteen',
			items: [{ source: 'written', heading: ' ', text: '', link: 'javascript:alert(1)' }]
		});
		const messages = Object.fromEntries(
			(result.error?.issues ?? []).map(({ path, message }) => [path.join('.'), message])
		);
		expect(messages).toEqual({
			slug: 'Give the issue’s number, like 16',
			'items.0.heading': 'Give the item a heading',
			'items.0.text': 'Write the item',
			'items.0.link': 'Enter a web address starting with https://'
		});
	});
});

describe('contentAtPath', () => {
	it('finds the kind and slug of the pages items bring in', () => {
		expect(contentAtPath('/news/a-new-panel')).toEqual({ kind: 'article', slug: 'a-new-panel' });
		expect(contentAtPath('/research/schwartz-rounds')).toEqual({
			kind: 'project',
			slug: 'schwartz-rounds'
		});
	});

	it('has nothing for other pages', () => {
		expect(contentAtPath('/news/authors/lorna-stabler')).toBeNull();
		expect(contentAtPath('/partners/lambeth')).toBeNull();
		expect(contentAtPath('/evidence-store/')).toBeNull();
	});
});

describe('sendNewsletterInputSchema', () => {
	const sending = {
		slug: '16',
		audience: 'everyone',
		topics: [],
		timing: 'now',
		sendOn: null,
		sendAt: null
	} as const;

	it('sends now to everyone without a date', () => {
		expect(sendNewsletterInputSchema.safeParse(sending).success).toBe(true);
	});

	it('asks for topics when sending to some, and a date and time when sending later', () => {
		const result = sendNewsletterInputSchema.safeParse({
			...sending,
			audience: 'topics',
			timing: 'later'
		});
		expect(result.error?.issues.map(({ path }) => path.join('.'))).toEqual([
			'topics',
			'sendOn',
			'sendAt'
		]);
	});

	it('refuses a time the clocks skip', () => {
		const result = sendNewsletterInputSchema.safeParse({
			...sending,
			timing: 'later',
			sendOn: '2027-03-28',
			sendAt: '01:15'
		});
		expect(result.error?.issues[0]?.message).toMatch(/skip that hour/);
	});

	it('says what is wrong with a date that does not exist or a time not on the clock, and no more', () => {
		const messages = (sendOn: string, sendAt: string) =>
			sendNewsletterInputSchema
				.safeParse({ ...sending, timing: 'later', sendOn, sendAt })
				.error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
		expect(messages('2027-02-31', '09:30')).toEqual(['sendOn: Enter a real date, like 2019-02-18']);
		expect(messages('01/03/2027', '09:30')).toEqual(['sendOn: Enter a real date, like 2019-02-18']);
		expect(messages('2027-03-01', '9.30am')).toEqual(['sendAt: Enter a time like 09:30']);
		expect(isoDateSchema.safeParse('').error?.issues[0]?.message).toBe('Enter a date');
	});
});
