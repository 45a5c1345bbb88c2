import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase } from '@whatworks/db/testing';
import type { RatingStandards, StaffRole } from '@whatworks/domain';
import { createCaller } from '../app-router.js';
import { hashToken, newInviteToken } from '../auth/tokens.js';
import { createContext, type Context } from '../context.js';
import { PublicCache } from '../public-cache.js';

/** A caller of the whole API, as one person (or anonymously). */
export type Caller = ReturnType<typeof createCaller>;

/** An API on a fresh demo database, with a signed-in caller for each staff role. */
export interface StaffedApi {
	handle: DatabaseHandle;
	/** The public answers' cache, whose version changes when something is published. */
	cache: PublicCache;
	/** A caller with this session token, or anonymous with null. */
	as: (token: string | null) => Caller;
	/** A signed-in caller per role: `The editor`, `editor@example.org`, and so on. */
	staff: Record<StaffRole, Caller>;
	/** The context of a request by someone of the role, signed in, or anonymous with null. */
	context: (role: StaffRole | null) => Context;
}

/**
 * Opens a fresh database on the engine with the demo content, and signs in one person per role,
 * each invited and accepted as staff are. `standards` stand in for the code's Evidence Standards
 * (a fixture version), as far as republishing ratings goes.
 */
export async function openStaffedApi(
	engine: 'pglite' | 'postgres',
	options: { standards?: RatingStandards } = {}
): Promise<StaffedApi> {
	const handle = await openTestDatabase(engine);
	await seedDemoContent(handle.db, { dataDir: undefined });
	const cache = new PublicCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
	// As the server does: every version the database announces, the current one first.
	await cache.follow(handle, (error) => {
		throw error;
	});
	const contextOf = (token: string | null) =>
		createContext(handle.db, {
			cache,
			caller: { token, ipAddress: '203.0.113.5', userAgent: null },
			...options
		});
	const as = (token: string | null) => createCaller(contextOf(token));
	const password = 'a long enough passphrase';
	const staff = {} as Record<StaffRole, Caller>;
	const tokens = {} as Record<StaffRole, string>;
	for (const role of ['editor', 'reviewer', 'admin'] as const) {
		const token = newInviteToken();
		const email = `${role}@example.org`;
		await createInvite(handle.db, {
			email,
			name: `The ${role}`,
			roles: [role],
			tokenHash: hashToken(token),
			expiresAt: new Date(Date.now() + 3_600_000),
			invitedBy: null
		});
		await as(null).auth.acceptInvite({ token, password });
		tokens[role] = (await as(null).auth.signIn({ email, password })).token;
		staff[role] = as(tokens[role]);
	}
	return { handle, cache, as, staff, context: (role) => contextOf(role && tokens[role]) };
}

/** A draft that must be of an intervention, narrowed so its content reads as one. */
export async function interventionDraft(caller: Caller, draftId: number) {
	const draft = await caller.drafts.get({ draftId });
	if (draft.kind !== 'intervention') throw new Error(`Draft ${draftId} is a ${draft.kind}`);
	return draft;
}
