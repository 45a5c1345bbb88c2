import { env } from '$env/dynamic/private';
import { fetchContentVersion, type ContentVersion } from '@whatworks/sveltekit-bridge';
import { shareCalls } from './share-calls';

/** The API's content version, or null when pages may not be copied: see `fetchContentVersion`. */
export const currentContentVersion: () => Promise<ContentVersion | null> = shareCalls(() =>
	fetchContentVersion({ baseUrl: env.WHATWORKS_API_URL, fetch })
);
