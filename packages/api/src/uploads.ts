import { hasPermission } from '@whatworks/domain';
import { authenticate } from './auth/authenticate.js';
import type { Context } from './context.js';

/**
 * An upload (a report, an image) as the caller may have it: anyone one that readers see
 * (`read(true)`), staff who may read content any (`read(false)`), to review a draft. Null when
 * there is none, or none for this caller.
 */
export async function readableUpload<Upload>(
	ctx: Context,
	read: (publishedOnly: boolean) => Promise<Upload | null>
): Promise<{ upload: Upload; published: boolean } | null> {
	const published = await read(true);
	if (published) return { upload: published, published: true };
	const staff = await authenticate(ctx);
	const upload = staff && hasPermission(staff.roles, 'content.read') ? await read(false) : null;
	return upload && { upload, published: false };
}

/**
 * The headers every upload is served with: never sniffed or run as a page, kept a few minutes by
 * anyone when readers see it, never kept when only staff may.
 */
export function uploadHeaders({
	published,
	sha256
}: {
	published: boolean;
	sha256: string;
}): Record<
	'x-content-type-options' | 'content-security-policy' | 'cache-control' | 'etag',
	string
> {
	return {
		'x-content-type-options': 'nosniff',
		'content-security-policy': "default-src 'none'; sandbox",
		'cache-control': published ? 'public, max-age=300' : 'private, no-store',
		etag: `"${sha256}"`
	};
}

/**
 * Whether a request's `If-None-Match` names the version held: one of a list of (weak or strong)
 * entity tags, or `*`.
 * @example holdsVersion('W/"abc", "def"', '"abc"') // true
 */
export function holdsVersion(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === '*' || tag === etag);
}
