import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { baseConfig } from './index.js';

/**
 * The config for SvelteKit apps: the base rules plus eslint-plugin-svelte,
 * with TypeScript inside `<script lang="ts">`.
 * @param {string} tsconfigRootDir the app directory (pass `import.meta.dirname`)
 * @param {import('@sveltejs/kit').Config} svelteConfig the app's svelte.config.js
 */
export function svelteConfig(tsconfigRootDir, svelteConfig) {
	return tseslint.config(
		...baseConfig(tsconfigRootDir),
		...svelte.configs.recommended,
		...svelte.configs.prettier,
		{
			languageOptions: { globals: { ...globals.browser, ...globals.node } }
		},
		{
			files: ['**/*.svelte', '**/*.svelte.ts'],
			languageOptions: {
				parserOptions: {
					projectService: true,
					extraFileExtensions: ['.svelte'],
					parser: tseslint.parser,
					svelteConfig
				}
			}
		}
	);
}

export default svelteConfig;
