// negotiator 1.0, as far as the site uses it (the published types predate its `preferred` option).
declare module 'negotiator' {
	export default class Negotiator {
		constructor(request: { headers: Record<string, string | undefined> });
		/** The encodings the request accepts, best first; ties go in `preferred` order. */
		encodings(available: string[], options?: { preferred?: string[] }): string[];
	}
}
