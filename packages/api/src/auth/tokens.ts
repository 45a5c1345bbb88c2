import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 128 random bits, URL-safe. */
export function newSessionToken(): string {
	return randomBytes(16).toString('base64url');
}

/** A new invite token: 256 random bits, URL-safe (43 characters). */
export function newInviteToken(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a token. Tokens are random, so a fast hash is enough: there is
 * nothing to guess, and a leaked table opens no session.
 */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
