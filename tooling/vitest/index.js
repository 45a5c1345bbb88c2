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

/**
 * The config of an app's browser tests (`e2e/*.e2e.ts`): they start the built stack and drive
 * Chromium, so they get minutes rather than seconds; unit tests under src/ are not run again.
 * @param {string} name the project name vitest prints, e.g. 'site-e2e'
 */
export function e2eConfig(name) {
	return defineConfig({
		test: {
			name,
			environment: 'node',
			include: ['e2e/**/*.e2e.ts'],
			testTimeout: 120_000,
			hookTimeout: 180_000,
			restoreMocks: true
		}
	});
}

export default baseConfig;
