import { describe, expect, it } from 'vitest';
import { signUpInputSchema } from './subscriptions.js';

describe('a newsletter sign-up', () => {
	it('keeps one form of an address and the topics once each, in the order offered', () => {
		expect(
			signUpInputSchema.parse({
				email: ' Reader@Example.ORG ',
				topics: ['calls', 'evidence', 'calls']
			})
		).toEqual({ email: 'reader@example.org', topics: ['evidence', 'calls'] });
	});

	it('asks for an address, a valid one, and at least one topic, in words', () => {
		const problems = (input: unknown) =>
			signUpInputSchema.safeParse(input).error?.issues.map((issue) => issue.message);
		expect(problems({ email: '', topics: ['news'] })).toEqual(['Enter your email address']);
		expect(problems({ email: 'reader@', topics: ['news'] })).toEqual([
			'Enter an email address in the correct format, like name@example.org'
		]);
		expect(problems({ email: 'reader@example.org', topics: [] })).toEqual([
			'Choose at least one topic'
		]);
		expect(problems({ email: 'reader@example.org', topics: ['gossip'] })).toHaveLength(1);
	});
});
