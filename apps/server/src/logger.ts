import { pino, stdSerializers, type Logger } from 'pino';

// A failed query's parameters, to the end: they can be secrets (a password hash, a token hash).
const queryParams = /\nparams: [\s\S]*$/;
// A value Postgres quotes at the end of its message: `invalid input syntax for type integer: "…"`.
const quotedValue = /: ".*"$/gm;

function redact(text: string): string {
	return text.replace(queryParams, '\nparams: [redacted]').replace(quotedValue, ': "[redacted]"');
}

/** What is logged of an error's cause: enough to tell one failure from another. */
interface LoggedCause {
	/** Its class, as pino's `type`, or the name it gives itself. */
	type: string;
	message: string;
	/** The database's SQLSTATE code (`54000`), or a Node error code. */
	code?: string;
}

/**
 * The causes of an error, outermost first: database errors are wrapped ("Failed query: …"), and
 * what went wrong is the driver's error inside, with its code and message.
 */
function causesOf(error: Error): LoggedCause[] {
	const causes: LoggedCause[] = [];
	const seen = new Set<unknown>([error]);
	for (let cause = error.cause; cause instanceof Error && !seen.has(cause); cause = cause.cause) {
		seen.add(cause);
		const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
		causes.push({
			// Drizzle's errors keep the name "Error"; PGlite's class names are minified.
			type: cause.name === 'Error' ? cause.constructor.name : cause.name,
			message: redact(cause.message),
			...(code === undefined ? {} : { code })
		});
	}
	return causes;
}

/**
 * An error as logged, with its causes. Never a query's parameters, nor what a database error
 * quotes of a row (its detail): they can be secrets or personal data.
 */
function serializeError(error: Error): ReturnType<typeof stdSerializers.err> {
	const {
		params: _params,
		detail: _detail,
		where: _where,
		...serialized
	} = stdSerializers.err(error);
	const causes = causesOf(error);
	return {
		...serialized,
		message: redact(serialized.message),
		stack: redact(serialized.stack),
		...(causes.length > 0 ? { causes } : {})
	};
}

/** Structured JSON logs on stdout. Authorisation headers, cookies and query parameters are never written. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
	const options = {
		level,
		// The process id tells apart the lines of a server's several processes.
		base: { service: 'whatworks-api', pid: process.pid },
		redact: ['req.headers.authorization', 'req.headers.cookie'],
		serializers: { err: serializeError }
	};
	return destination ? pino(options, destination) : pino(options);
}
