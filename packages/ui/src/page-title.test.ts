import { describe, expect, it } from 'vitest';
import { consolePageTitle, pageTitle } from './page-title.js';

describe('pageTitle', () => {
	it("puts the page's name before the Centre's", () => {
		expect(pageTitle('Partners')).toBe("Partners – What Works for Children's Social Care");
	});

	it("is the Centre's name alone on the home page", () => {
		expect(pageTitle()).toBe("What Works for Children's Social Care");
	});

	it('starts with "Error: " when the page shows form errors', () => {
		expect(pageTitle('Compare interventions', { hasErrors: true })).toBe(
			"Error: Compare interventions – What Works for Children's Social Care"
		);
	});
});

describe('consolePageTitle', () => {
	it('names the console instead of the Centre, errors first', () => {
		expect(consolePageTitle('Sign in')).toBe('Sign in – Evidence Store console');
		expect(consolePageTitle('Sign in', { hasErrors: true })).toBe(
			'Error: Sign in – Evidence Store console'
		);
		expect(consolePageTitle()).toBe('Evidence Store console');
	});
});
