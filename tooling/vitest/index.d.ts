import type { ViteUserConfig } from 'vitest/config';

/** The shared base every package's vitest.config.ts merges with `mergeConfig`. */
export declare const baseConfig: ViteUserConfig;
export default baseConfig;
