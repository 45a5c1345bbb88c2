import { EventSource } from 'eventsource';
import {
	contentVersionUrl,
	parseContentVersion
} from '@whatworks/sveltekit-bridge/content-version';
import type { PageCopies } from '../lib/server/page-copies';

/** How long to wait before asking again an API that refused the stream (it keeps no cache). */
const retryRefusedMs = 5000;

/**
 * Keeps `copies.current` to what the API at `apiUrl` says is published, pushed the moment it
 * changes, so that a reader asking for a kept page costs no request to the API. While the API
 * is not heard (starting, restarting, unreachable, or keeping no cache), `current` is null and
 * no copies are kept or served; the stream is opened again after a second (five when refused).
 * Returns the function that stops listening.
 */
export function listenForContentVersion(
	apiUrl: string | undefined,
	copies: PageCopies
): () => void {
	let source: EventSource | null = null;
	let retry: NodeJS.Timeout | undefined;
	const open = () => {
		source = new EventSource(contentVersionUrl(apiUrl));
		source.onmessage = (event) => (copies.current = parseContentVersion(String(event.data)));
		source.onerror = () => {
			copies.current = null;
			// EventSource reconnects by itself after a dropped connection, but not after a refusal.
			if (source?.readyState === EventSource.CLOSED) retry = setTimeout(open, retryRefusedMs);
		};
	};
	open();
	return () => {
		clearTimeout(retry);
		source?.close();
		copies.current = null;
	};
}
