/**
 * Svelte ecosystem defaults: tabs, single quotes, no trailing commas, width 100.
 * @type {import('prettier').Config}
 */
export default {
	useTabs: true,
	singleQuote: true,
	trailingComma: 'none',
	printWidth: 100,
	plugins: ['prettier-plugin-svelte'],
	overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }]
};
