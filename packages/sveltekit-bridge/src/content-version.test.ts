import { describe, expect, it } from 'vitest';
import { contentVersionUrl, parseContentVersion } from './content-version.js';

describe('the content version', () => {
	it('is read from an event the API sent', () => {
		expect(parseContentVersion('{"version":"3f0c.2","maxAgeSeconds":60}')).toEqual({
			version: '3f0c.2',
			maxAgeSeconds: 60
		});
	});

	it('is nothing, so no copies are kept, when an event is not one', () => {
		for (const data of [
			'',
			'not json',
			'{"version":"a"}',
			'{"version":1,"maxAgeSeconds":60}',
			'{"version":"a","maxAgeSeconds":0}'
		]) {
			expect(parseContentVersion(data)).toBeNull();
		}
	});

	it('is streamed from the API’s address, however it is written', () => {
		expect(contentVersionUrl('http://api.internal:3002/')).toBe(
			'http://api.internal:3002/content-version'
		);
	});
});
