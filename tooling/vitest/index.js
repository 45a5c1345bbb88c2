import { defineConfig } from 'vitest/config';

/**
 * The shared base every package's vitest.config.ts merges with `mergeConfig`.
 * Database tests start PGlite (seconds) and may reach a real Postgres, so the
 * timeouts are generous; CI gets a plain reporter that prints the closing summary.
 */
export const baseConfig = defineConfig({
	test: {
		environment: 'node',
		include: ['src/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		restoreMocks: true
	}
});

export default baseConfig;
