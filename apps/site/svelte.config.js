import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-node';
import { cspDirectives } from '@whatworks/ui/csp';
import { selfSubmitScript } from './src/lib/self-submit.js';

// The one inline script the site runs, allowed by its hash and nothing else.
const selfSubmitHash = `sha256-${createHash('sha256').update(selfSubmitScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// SITE_PORT, SITE_HOST, SITE_ORIGIN…: the staff console runs beside us with CONSOLE_.
		adapter: adapter({ envPrefix: 'SITE_' }),
		// Hashes, never nonces: a page's copy is served to many readers (src/hooks.server.ts).
		csp: {
			mode: 'hash',
			directives: {
				...cspDirectives,
				'script-src': [...cspDirectives['script-src'], selfSubmitHash]
			}
		},
		// A mail program's one-click unsubscribe (RFC 8058) posts from its own servers, with no Origin
		// or another one: SvelteKit's check would refuse it, so src/hooks.server.ts checks instead.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
