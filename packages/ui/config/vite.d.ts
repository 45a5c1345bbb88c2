import type { Plugin } from 'vite';

/** Makes Vite minify CSS with esbuild, which accepts GOV.UK Frontend's old-browser hacks. */
export declare function minifyCssWithEsbuild(): Plugin;

/** Sass settings for apps that compile the @whatworks/ui styles. */
export declare const scssOptions: { quietDeps: boolean };
