import { svelte } from '@sveltejs/vite-plugin-svelte';
import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

export default mergeConfig(
	baseConfig,
	defineProject({
		plugins: [svelte()],
		test: { name: 'ui' }
	})
);
