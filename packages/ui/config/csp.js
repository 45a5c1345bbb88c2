/**
 * The Content Security Policy of every page built from these components: only our own scripts,
 * styles and images, no plugins, no framing, forms posting only to ourselves.
 * @type {import('@sveltejs/kit').CspDirectives}
 */
export const cspDirectives = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	// SvelteKit's body wrapper and route announcer use style attributes.
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};
