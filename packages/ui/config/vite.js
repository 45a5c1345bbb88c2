/**
 * GOV.UK Frontend keeps two old-browser hacks (`@media … (min-width: 0\0)`, `@media screen\0`)
 * that Lightning CSS, Vite's default CSS minifier, rejects as invalid; esbuild minifies them as
 * they are. SvelteKit sets `build.cssMinify` itself, so this plugin runs after it.
 * @returns {import('vite').Plugin}
 */
export function minifyCssWithEsbuild() {
	return {
		name: 'whatworks:css-minify-esbuild',
		enforce: 'post',
		config: () => ({ build: { cssMinify: 'esbuild' } })
	};
}

/** Sass settings for apps that compile the @whatworks/ui styles. */
export const scssOptions = {
	// GOV.UK Frontend's own deprecation notices are not ours to fix.
	quietDeps: true
};
