import { pino, stdSerializers, type Logger } from 'pino';

/**
 * An error as logged: database errors say "Failed query: … params: …", and the parameters can be
 * secrets (a password hash, a token hash), so they are cut off — and from every cause too.
 */
function serializeError(error: Error): ReturnType<typeof stdSerializers.err> {
	const serialized = stdSerializers.err(error);
	const withoutParams = (text: string) =>
		text.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
	return {
		...serialized,
		message: withoutParams(serialized.message),
		stack: withoutParams(serialized.stack)
	};
}

/** Structured JSON logs on stdout. Authorisation headers, cookies and query parameters are never written. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
	const options = {
		level,
		base: { service: 'whatworks-api' },
		redact: ['req.headers.authorization', 'req.headers.cookie'],
		serializers: { err: serializeError }
	};
	return destination ? pino(options, destination) : pino(options);
}
