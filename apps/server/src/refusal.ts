import type { ServerResponse } from 'node:http';
import { DomainError, toTRPCError } from '@whatworks/api';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { sendJson } from './send-json.js';

/**
 * Answers an endpoint outside tRPC as tRPC would: a refusal (a domain error) with the API's one
 * table's status and its sentence; anything else is our failure, rethrown to be logged.
 */
export async function answeringRefusals(res: ServerResponse, work: Promise<void>): Promise<void> {
	try {
		await work;
	} catch (error) {
		if (!(error instanceof DomainError)) throw error;
		sendJson(res, getHTTPStatusCodeFromError(toTRPCError(error)), { error: error.message });
	}
}
