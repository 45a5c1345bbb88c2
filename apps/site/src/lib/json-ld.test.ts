import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './json-ld';

describe('jsonLdScript', () => {
	it('cannot be closed early by its text, and its JSON reads back as the same value', () => {
		const value = { headline: 'A </script><script>alert(1)</script> title' };
		const element = jsonLdScript(value);
		const json = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(element)?.[1];
		expect(json).toBeDefined();
		expect(json).not.toContain('</');
		expect(JSON.parse(json ?? '')).toEqual(value);
	});
});
