import { describe, expect, it } from 'vitest';
import { errorHeading } from './error-heading.js';

describe('errorHeading', () => {
	it('names what went wrong: a missing page, a refusal, or the service', () => {
		expect(errorHeading(404)).toBe('Page not found');
		expect(errorHeading(403)).toBe('You cannot see this page');
		expect(errorHeading(400)).toBe('There is a problem with that address');
		expect(errorHeading(503)).toBe('Sorry, the service is unavailable');
		expect(errorHeading(500)).toBe('Sorry, there is a problem with the service');
	});
});
