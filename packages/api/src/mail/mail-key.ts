import { createHmac, timingSafeEqual } from 'node:crypto';
import { findOrMakeSecret, type Database } from '@whatworks/db';
import type { LinkPurpose } from '@whatworks/domain';

/**
 * The key every server shares for mail: it signs the links in messages and hashes the addresses
 * never to be mailed again. Made at random by the first server that needs it, then read once per
 * database.
 */
export interface MailKey {
	/** A link's token allowing `purpose` for `subscriberId` until `expiresAt`. */
	sign(link: { purpose: LinkPurpose; subscriberId: number; expiresAt: Date }): string;
	/** The subscriber a token names, if it was signed by us for `purpose` and has not expired. */
	verify(
		token: string,
		purpose: LinkPurpose,
		now: Date
	): { subscriberId: number } | 'expired' | 'invalid';
	/** The keyed hash an address is suppressed by: it names nobody, yet recognises the address. */
	hashAddress(email: string): string;
}

const keys = new WeakMap<Database, Promise<MailKey>>();

/** The mail key of a database. */
export function mailKeyOf(db: Database): Promise<MailKey> {
	let key = keys.get(db);
	if (!key) {
		key = findOrMakeSecret(db, 'mail').then(mailKeyFrom);
		// A failed read is tried again by the next caller rather than remembered.
		key.catch(() => keys.delete(db));
		keys.set(db, key);
	}
	return key;
}

/** A mail key from its secret bytes. */
export function mailKeyFrom(secret: Buffer): MailKey {
	const mac = (label: string, text: string) =>
		createHmac('sha256', secret).update(`${label}\n${text}`).digest();
	return {
		sign({ purpose, subscriberId, expiresAt }) {
			const payload = Buffer.from(
				JSON.stringify({ p: purpose, s: subscriberId, e: Math.floor(expiresAt.getTime() / 1000) })
			).toString('base64url');
			return `${payload}.${mac('link', payload).toString('base64url')}`;
		},
		verify(token, purpose, now) {
			const [payload = '', signature = ''] = token.split('.');
			const expected = mac('link', payload);
			const given = Buffer.from(signature, 'base64url');
			if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
			const claims = parseClaims(payload);
			if (!claims || claims.p !== purpose) return 'invalid';
			return claims.e * 1000 <= now.getTime() ? 'expired' : { subscriberId: claims.s };
		},
		hashAddress: (email) => mac('address', email.trim().toLowerCase()).toString('hex')
	};
}

function parseClaims(payload: string): { p: string; s: number; e: number } | null {
	try {
		const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		if (typeof claims !== 'object' || claims === null) return null;
		const { p, s, e } = claims as Record<string, unknown>;
		return typeof p === 'string' && Number.isSafeInteger(s) && Number.isSafeInteger(e)
			? { p, s: s as number, e: e as number }
			: null;
	} catch {
		return null;
	}
}
