import autocannon from 'autocannon';

/** What one timed run of requests measured. */
export interface Measurement {
	/** Responses received, whatever their status. */
	responses: number;
	seconds: number;
	/** The latency of every 200 response, in milliseconds, ascending. */
	latenciesMs: Float64Array;
	/** Responses other than 200, counted by status code. */
	badStatuses: Map<number, number>;
	/** Requests that got no response: connection errors and timeouts. */
	errors: number;
}

/** How hard and how long to load: for `seconds`, or until `amount` requests were answered. */
export interface LoadOptions {
	connections: number;
	seconds: number;
	amount?: number;
}

/**
 * Requests the paths in turn from `connections` connections for `seconds`, each connection
 * sending its next request as soon as its last is answered. Every response time is kept, so
 * the percentiles are exact: autocannon's own histogram has no p95 and rounds to whole ms.
 */
export function measure(
	origin: string,
	paths: readonly string[],
	options: LoadOptions
): Promise<Measurement> {
	let next = 0;
	const latencies: number[] = [];
	const badStatuses = new Map<number, number>();
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url: origin,
				connections: options.connections,
				duration: options.seconds,
				...(options.amount === undefined ? {} : { amount: options.amount }),
				// One shared counter, so concurrent connections ask for different paths.
				requests: [
					{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }
				]
			},
			(error: unknown, result) => {
				if (error) return reject(new Error(`Could not load ${origin}`, { cause: error }));
				resolve({
					responses: latencies.length + [...badStatuses.values()].reduce((a, b) => a + b, 0),
					seconds: result.duration,
					latenciesMs: Float64Array.from(latencies).sort(),
					badStatuses,
					errors: result.errors
				});
			}
		);
		instance.on('response', (_client, statusCode, _bytes, responseTime) => {
			if (statusCode === 200) latencies.push(responseTime);
			else badStatuses.set(statusCode, (badStatuses.get(statusCode) ?? 0) + 1);
		});
	});
}

/** The nearest-rank percentile `p` (0–100] of ascending values. */
export function percentile(ascending: Float64Array, p: number): number {
	return ascending[Math.max(0, Math.ceil((p / 100) * ascending.length) - 1)] ?? Number.NaN;
}

/** What requesting a few paths one at a time found. */
export interface Probe {
	/** How many answered 200. */
	answered: number;
	/** The first that did not, described with its status and body, or null. */
	failure: string | null;
}

/**
 * Requests the first paths one at a time, so that a missing procedure or a broken page is
 * described plainly, with the status and body, rather than only counted under load.
 */
export async function probe(origin: string, paths: readonly string[]): Promise<Probe> {
	let answered = 0;
	let failure: string | null = null;
	for (const path of paths.slice(0, 20)) {
		const response = await fetch(origin + path);
		const body = await response.text();
		if (response.status === 200) answered++;
		else
			failure ??= `GET ${decodeURIComponent(path)} answered ${response.status}: ${body.replace(/\s+/g, ' ').slice(0, 300)}`;
	}
	return { answered, failure };
}
