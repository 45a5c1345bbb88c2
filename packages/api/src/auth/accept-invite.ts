import { acceptInvite as useInvite } from '@whatworks/db';
import { DomainError, type AcceptInviteInput } from '@whatworks/domain';
import type { Context } from '../context.js';
import { hashPassword, isCommonPassword } from './passwords.js';
import { hashToken } from './tokens.js';

/**
 * Sets the password of an invited account, using its invite once. A common password is refused
 * before the invite is used, so the person can choose another with the same link.
 */
export async function acceptInvite(
	ctx: Context,
	{ token, password }: AcceptInviteInput
): Promise<{ email: string }> {
	if (await isCommonPassword(password)) {
		throw new DomainError(
			'INVALID_INPUT',
			'That password is one of the most common ones, so it is easy to guess. Choose another.'
		);
	}
	const user = await useInvite(ctx.db, {
		tokenHash: hashToken(token),
		passwordHash: await hashPassword(password),
		now: ctx.now()
	});
	return { email: user.email };
}
