import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout. Authorisation headers and cookies are never written. */
export function createLogger(level: string): Logger {
	return pino({
		level,
		base: { service: 'whatworks-api' },
		redact: ['req.headers.authorization', 'req.headers.cookie']
	});
}
