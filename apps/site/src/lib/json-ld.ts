/**
 * A schema.org description as a `<script type="application/ld+json">` element: JSON with every
 * `<` escaped, so no text in it can close the element early.
 * @example jsonLdScript({ headline: '</script>' }) // '<script …>{"headline":"\\u003c/script>"}</script>'
 */
export function jsonLdScript(value: object): string {
	const json = JSON.stringify(value).replace(/</g, '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
