import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What wrk measured of one origin. */
export interface WrkResult {
	requestsPerSecond: number;
	p95Ms: number;
	/** Responses other than 2xx/3xx, and socket errors. */
	failures: number;
}

/** Threads of the load generator: C, multi-threaded, so it never limits a fast server as autocannon would. */
export const wrkThreads = 2;
/** A wrk script that rotates through the paths and prints what it measured as JSON. */
export function wrkScript(paths: readonly string[]): string {
	const list = paths.map((path) => JSON.stringify(path)).join(',\n');
	return `local paths = {\n${list}\n}
local i = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local failures = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"requests":%d,"micros":%d,"p95":%d,"failures":%d}\\n',
    summary.requests, summary.duration, latency:percentile(95), failures))
end
`;
}

export async function loadWithWrk(
	origin: string,
	script: string,
	connections: number,
	seconds: number
): Promise<WrkResult> {
	const { stdout } = await run('wrk', [
		`-t${wrkThreads}`,
		`-c${connections}`,
		`-d${seconds}s`,
		'-s',
		script,
		origin
	]);
	const line = stdout.trim().split('\n').at(-1) ?? '';
	const summary = JSON.parse(line) as {
		requests: number;
		micros: number;
		p95: number;
		failures: number;
	};
	return {
		requestsPerSecond: summary.requests / (summary.micros / 1e6),
		p95Ms: summary.p95 / 1000,
		failures: summary.failures
	};
}
