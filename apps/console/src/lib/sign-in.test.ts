import { describe, expect, it } from 'vitest';
import { nextPath } from './sign-in';

const signIn = (next: string) =>
	new URL(`https://console.example/sign-in?next=${encodeURIComponent(next)}`);

describe('nextPath', () => {
	it('returns to a page of the console, with its query', () => {
		expect(nextPath(signIn('/drafts/4?compare=1,2'))).toBe('/drafts/4?compare=1,2');
		expect(nextPath(new URL('https://console.example/sign-in'))).toBe('/');
	});

	it('never leads to another site, however the address is disguised', () => {
		for (const next of [
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'https://evil.example/'
		]) {
			expect(nextPath(signIn(next))).toBe('/');
		}
	});
});
