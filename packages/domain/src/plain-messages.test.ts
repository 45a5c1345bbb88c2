import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { plainErrorMessage, usePlainErrorMessages } from './plain-messages.js';

const messagesOf = (schema: z.ZodType, input: unknown) =>
	schema.safeParse(input, { error: plainErrorMessage }).error?.issues.map((issue) => issue.message);

describe('plain error messages', () => {
	it('say what to do about text too short or too long', () => {
		expect(messagesOf(z.string().min(1), '')).toEqual(['This cannot be empty']);
		expect(messagesOf(z.string().min(3), 'ab')).toEqual(['Use at least 3 characters']);
		expect(messagesOf(z.string().length(2), 'abc')).toEqual(['Use exactly 2 characters']);
		expect(messagesOf(z.string().max(1), 'ab')).toEqual(['Use 1 character or fewer']);
		expect(messagesOf(z.string().max(300), 'x'.repeat(301))).toEqual([
			'Use 300 characters or fewer'
		]);
	});

	it('say what to do about numbers out of range or not numbers at all', () => {
		expect(messagesOf(z.number().min(0), -3)).toEqual(['Enter a number of 0 or more']);
		expect(messagesOf(z.number().max(18), 19)).toEqual(['Enter a number of 18 or less']);
		expect(messagesOf(z.number().positive(), 0)).toEqual(['Enter a number more than 0']);
		expect(messagesOf(z.number(), 'abc')).toEqual(['Enter a number, like 12']);
		expect(messagesOf(z.int(), 1500.5)).toEqual(['Enter a whole number, like 12']);
		expect(messagesOf(z.int().min(1).max(10_000), 12_000)).toEqual([
			'Enter a number of 10,000 or less'
		]);
		expect(messagesOf(z.int(), 2 ** 60)).toEqual([
			'Enter a number of 9,007,199,254,740,991 or less'
		]);
	});

	it('say how many to choose', () => {
		expect(messagesOf(z.array(z.string()).min(1), [])).toEqual(['Choose at least one']);
		expect(messagesOf(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual(['Choose 2 or fewer']);
	});

	it('leave a schema’s own message and issues they do not cover as they are', () => {
		expect(messagesOf(z.string().min(1, 'Enter a title'), '')).toEqual(['Enter a title']);
		expect(messagesOf(z.enum(['a', 'b']), 'c')).toEqual([
			z.enum(['a', 'b']).safeParse('c').error?.issues[0]?.message
		]);
	});

	it('are zod’s own once a process asks for them', () => {
		usePlainErrorMessages();
		try {
			expect(z.string().max(5).safeParse('Far too long').error?.issues[0]?.message).toBe(
				'Use 5 characters or fewer'
			);
		} finally {
			z.config({ customError: undefined });
		}
	});
});
