import adapter from '@sveltejs/adapter-node';
import { cspDirectives } from '@whatworks/ui/csp';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// SITE_PORT, SITE_HOST, SITE_ORIGIN…: the staff console runs beside us with CONSOLE_.
		adapter: adapter({ envPrefix: 'SITE_' }),
		// Hashes, never nonces: a page's copy is served to many readers (src/hooks.server.ts).
		csp: { mode: 'hash', directives: cspDirectives }
	}
};

export default config;
