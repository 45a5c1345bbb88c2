import adapter from '@sveltejs/adapter-node';
import { cspDirectives } from '@whatworks/ui/csp';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		// CONSOLE_PORT, CONSOLE_HOST, CONSOLE_ORIGIN…: the public site runs beside us with SITE_.
		adapter: adapter({ envPrefix: 'CONSOLE_' }),
		// Root-relative links ("/sign-in", not "./sign-in"), so the navigation can tell which page
		// is current by comparing its links with the path.
		paths: { relative: false },
		csp: { mode: 'auto', directives: cspDirectives }
	}
};

export default config;
