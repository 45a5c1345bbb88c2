import { sveltekit } from '@sveltejs/kit/vite';
import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

// Unit tests of the console's own logic and components, rendered on the server; its pages are
// tested in Chromium (e2e/).
export default mergeConfig(
	baseConfig,
	defineProject({ plugins: [sveltekit()], test: { name: 'console' } })
);
