import { pino } from 'pino';

/** How a person is told the level of a log line: pino's warn, error and fatal. */
const alertLabels: Record<number, string> = { 40: 'warning', 50: 'error', 60: 'fatal error' };

/**
 * A warning or error from the JSON log as one line a person can read:
 * `error: procedure failed: canceling statement due to statement timeout (request 3f2a…)`.
 */
export function readableAlert(jsonLine: string): string {
	const entry = JSON.parse(jsonLine) as {
		level: number;
		msg?: string;
		requestId?: string;
		err?: { message?: string; causes?: { message: string }[] };
	};
	// The innermost cause says what went wrong; a database error's own message is its query.
	const reason = (entry.err?.causes?.at(-1)?.message ?? entry.err?.message)?.split('\n')[0];
	return (
		`${alertLabels[entry.level] ?? 'log'}: ${entry.msg ?? ''}` +
		(reason ? `: ${reason}` : '') +
		(entry.requestId ? ` (request ${entry.requestId})` : '') +
		'\n'
	);
}

/**
 * JSON logs appended to `path` instead of stdout, so a terminal is not filled with a line per
 * request; warnings and errors still reach stderr, as one readable line each (details in the file).
 */
export function logToFile(path: string): pino.DestinationStream {
	return pino.multistream([
		// Every line the logger's level lets through; sync, so nothing is lost when the server exits.
		{ level: 'trace', stream: pino.destination({ dest: path, mkdir: true, sync: true }) },
		{
			level: 'warn',
			stream: { write: (line: string) => process.stderr.write(readableAlert(line)) }
		}
	]);
}
