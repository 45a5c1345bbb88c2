import { fileURLToPath } from 'node:url';

/**
 * Svelte ecosystem defaults: tabs, single quotes, no trailing commas, width 100.
 * The Svelte plugin is resolved from here, so packages need not install it themselves.
 * @type {import('prettier').Config}
 */
export default {
	useTabs: true,
	singleQuote: true,
	trailingComma: 'none',
	printWidth: 100,
	plugins: [fileURLToPath(import.meta.resolve('prettier-plugin-svelte'))],
	overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }]
};
