import type { ViteUserConfig } from 'vitest/config';

/** The shared base every package's vitest.config.ts merges with `mergeConfig`. */
export declare const baseConfig: ViteUserConfig;
/** The config of an app's browser tests (`e2e/*.e2e.ts`), named `name`. */
export declare function e2eConfig(name: string): ViteUserConfig;
export default baseConfig;
