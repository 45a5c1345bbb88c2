import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

// Browser tests start the built stack (API on a fresh embedded database, then the site) and drive
// Chromium, so they get minutes rather than seconds.
export default mergeConfig(
	baseConfig,
	defineProject({
		test: {
			name: 'site-e2e',
			include: ['e2e/**/*.e2e.ts'],
			testTimeout: 120_000,
			hookTimeout: 180_000
		}
	})
);
