/**
 * The content version the API pushes (`GET /content-version`, server-sent events): what is
 * published as the API last saw it, and how long copies built from it may be kept. Free of
 * SvelteKit, so the site's front server can use it.
 */
import { apiBaseUrl } from './api-url.js';

/** What is published, as the API last saw it, and how long copies built from it may be kept. */
export interface ContentVersion {
	version: string;
	maxAgeSeconds: number;
}

/**
 * Where the API streams its content version.
 * @example contentVersionUrl(undefined) // 'http://127.0.0.1:3002/content-version'
 */
export function contentVersionUrl(apiUrl: string | undefined): string {
	return `${apiBaseUrl(apiUrl)}/content-version`;
}

/**
 * The content version in one event's data, or null when it is not one: then no copies may be kept.
 * @example parseContentVersion('{"version":"a.1","maxAgeSeconds":60}') // { version: 'a.1', maxAgeSeconds: 60 }
 */
export function parseContentVersion(data: string): ContentVersion | null {
	try {
		const value: unknown = JSON.parse(data);
		return isContentVersion(value)
			? { version: value.version, maxAgeSeconds: value.maxAgeSeconds }
			: null;
	} catch {
		return null;
	}
}

function isContentVersion(value: unknown): value is ContentVersion {
	return (
		typeof value === 'object' &&
		value !== null &&
		'version' in value &&
		typeof value.version === 'string' &&
		'maxAgeSeconds' in value &&
		typeof value.maxAgeSeconds === 'number' &&
		value.maxAgeSeconds > 0
	);
}
