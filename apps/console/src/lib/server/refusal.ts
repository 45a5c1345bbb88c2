import { error, fail } from '@sveltejs/kit';
import { apiErrorCode, apiErrorField } from './api';

/** The API's refusals a form can show next to a field, and the status each answers with. */
const statusByCode: Record<string, number> = {
	BAD_REQUEST: 400,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409
};

/**
 * A form action's answer to an API call that failed: a refusal the API explains (a conflict, a
 * rule of the workflow, a bad value) goes back to the form, on the input the API named or else on
 * `field`, with `extra` (e.g. what was typed, so nothing is lost); anything else is a 503 page.
 */
export function refusal<Extra extends Record<string, unknown> = Record<never, never>>(
	cause: unknown,
	field: string,
	extra: Extra = {} as Extra
) {
	const status = statusByCode[apiErrorCode(cause) ?? ''];
	if (status === undefined) {
		error(503, 'The console is not available at the moment. Please try again in a few minutes.');
	}
	const message = cause instanceof Error ? cause.message : 'That did not work';
	return fail(status, { errors: [{ field: apiErrorField(cause) ?? field, message }], ...extra });
}
