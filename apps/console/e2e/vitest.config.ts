import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

// Browser tests start the API server on a fresh embedded database and the built console, then
// drive Chromium: seconds, not milliseconds, hence the timeouts.
export default mergeConfig(
	baseConfig,
	defineProject({
		test: {
			name: 'console-e2e',
			include: ['e2e/**/*.e2e.ts'],
			testTimeout: 60_000,
			hookTimeout: 120_000
		}
	})
);
