import { createInvite, someoneActiveHolds, type Database } from '@whatworks/db';
import { accountPolicy, DomainError, inviteInputSchema } from '@whatworks/domain';
import { hashToken, newInviteToken } from './tokens.js';

/**
 * Invites the first admin of a database that has none (production never seeds accounts): returns
 * the single-use token for the invite link. Refuses when there already is an admin.
 */
export async function inviteFirstAdmin(
	db: Database,
	person: { email: string | undefined; name: string | undefined }
): Promise<{ email: string; token: string; expiresAt: Date }> {
	const input = inviteInputSchema.safeParse({ ...person, roles: ['admin'] });
	if (!input.success) {
		throw new DomainError(
			'INVALID_INPUT',
			input.error.issues.map((issue) => issue.message).join('; ')
		);
	}
	if (await someoneActiveHolds(db, { role: 'admin' })) {
		throw new DomainError(
			'CONFLICT',
			'There is already an admin: ask them to invite you from the console.'
		);
	}
	const token = newInviteToken();
	const expiresAt = new Date(Date.now() + accountPolicy.inviteValidHours * 3_600_000);
	await createInvite(db, {
		...input.data,
		tokenHash: hashToken(token),
		expiresAt,
		invitedBy: null
	});
	return { email: input.data.email, token, expiresAt };
}
