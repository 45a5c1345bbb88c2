import { TRPCError } from '@trpc/server';
import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import type { InterventionContent, PublicationContent, StaffRole } from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';

type Caller = ReturnType<typeof createCaller>;
type Access = 'anyone' | readonly StaffRole[];

const allStaff = ['admin', 'editor', 'reviewer'] as const;
const password = 'a long enough passphrase';
let inviteCount = 0;

/**
 * Who may call each procedure, written out by hand: a new procedure fails this test until it is
 * added here, so none can slip in without a decision about who may use it.
 */
/** What inputs of staff procedures are made from: a fresh draft for each call. */
interface Fixtures {
	freshDraft(): Promise<{ editionId: number; revisionId: number; content: InterventionContent }>;
	freshRecordDraft(): Promise<{ id: number; content: PublicationContent }>;
}

const newPublication: PublicationContent = {
	slug: 'a-new-report',
	title: 'A new report',
	type: 'insight-report',
	authors: ['The Centre'],
	publishedOn: '2019-09-01',
	abstract: 'What we heard.',
	themes: [],
	projectSlugs: [],
	interventionSlugs: [],
	file: null
};

const access: Record<string, { who: Access; input?: (fixtures: Fixtures) => unknown }> = {
	'interventions.list': { who: 'anyone' },
	'interventions.search': { who: 'anyone', input: () => ({ q: 'parenting' }) },
	'interventions.get': { who: 'anyone', input: () => ({ slug: 'kinship-care' }) },
	'interventions.compare': {
		who: 'anyone',
		input: () => ({ slugs: ['kinship-care', 'mellow-parenting'] })
	},
	'partners.list': { who: 'anyone' },
	'partners.get': { who: 'anyone', input: () => ({ slug: 'lambeth' }) },
	'partners.map': { who: 'anyone' },
	'programmes.list': { who: 'anyone' },
	'programmes.get': { who: 'anyone', input: () => ({ slug: 'change-projects' }) },
	'projects.list': { who: 'anyone' },
	'projects.get': { who: 'anyone', input: () => ({ slug: 'schwartz-rounds-evaluation' }) },
	'publications.list': { who: 'anyone' },
	'publications.years': { who: 'anyone' },
	'publications.get': {
		who: 'anyone',
		input: () => ({ slug: 'shared-decision-making-rapid-realist-review' })
	},
	'ratings.standards': { who: 'anyone' },
	'ratings.matrix': { who: 'anyone' },
	'ratings.openData': { who: 'anyone' },
	'auth.signIn': { who: 'anyone', input: () => ({ email: 'nobody@example.org', password }) },
	'auth.acceptInvite': { who: 'anyone', input: () => ({ token: 'x'.repeat(43), password }) },
	'auth.me': { who: allStaff },
	'auth.signOut': { who: allStaff },
	'users.list': { who: ['admin'] },
	'users.invite': {
		who: ['admin'],
		input: () => ({ email: `new${++inviteCount}@example.org`, name: 'New', roles: ['editor'] })
	},
	'users.disable': { who: ['admin'], input: () => ({ id: 999_999 }) },
	'sessions.list': { who: ['admin'] },
	'sessions.revoke': { who: ['admin'], input: () => ({ id: 999_999 }) },
	'audit.list': { who: ['admin'] },
	'imports.list': { who: ['admin'] },
	'imports.run': {
		who: ['admin'],
		input: () => ({
			kind: 'local-authorities',
			text: 'gss_code,dfe_la_code,la_name,region_gss_code,la_type\nE09000022,208,Lambeth,E12000007,London borough\n'
		})
	},
	'editorial.list': { who: allStaff },
	'editorial.get': {
		who: allStaff,
		input: async (f) => ({ editionId: (await f.freshDraft()).editionId })
	},
	'editorial.revision': { who: allStaff, input: (f) => f.freshDraft() },
	'editorial.start': { who: ['admin', 'editor'], input: () => ({ slug: 'kinship-care' }) },
	'editorial.create': {
		who: ['admin', 'editor'],
		input: () => ({ name: 'Video feedback', summary: 'Parents watch and discuss clips of play.' })
	},
	'editorial.save': {
		who: ['admin', 'editor'],
		input: async (f) => {
			const { editionId, revisionId, content } = await f.freshDraft();
			return { editionId, baseRevisionId: revisionId, content };
		}
	},
	'editorial.saveOverride': {
		who: ['admin', 'reviewer'],
		input: async (f) => {
			const { editionId, revisionId, content } = await f.freshDraft();
			const outcomeKey = content.outcomes[0]?.key ?? 'o1';
			return { editionId, baseRevisionId: revisionId, outcomeKey, override: null };
		}
	},
	'records.list': { who: allStaff },
	'records.get': { who: allStaff, input: (f) => f.freshRecordDraft() },
	'records.start': {
		who: ['admin', 'editor'],
		input: () => ({ kind: 'publication', slug: 'signs-of-safety-practice-guide' })
	},
	'records.create': {
		who: ['admin', 'editor'],
		input: () => ({ kind: 'publication', content: newPublication })
	},
	'records.save': {
		who: ['admin', 'editor'],
		input: async (f) => ({ ...(await f.freshRecordDraft()), kind: 'publication' })
	},
	'records.attachFile': {
		who: ['admin', 'editor'],
		input: async (f) => ({ id: (await f.freshRecordDraft()).id, fileId: null })
	},
	'records.transition': {
		who: ['admin', 'editor'],
		input: async (f) => ({ id: (await f.freshRecordDraft()).id, action: 'withdraw' })
	},
	// Each move is checked by the workflow's own rules; withdrawing a draft needs content.edit.
	'editorial.transition': {
		who: ['admin', 'editor'],
		input: async (f) => ({ editionId: (await f.freshDraft()).editionId, action: 'withdraw' })
	}
};

/** Calls a procedure by its path and gives the tRPC error code, or 'ok'. */
async function outcomeOf(api: Caller, path: string, input: unknown): Promise<string> {
	const call = path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
	try {
		await (call as (input: unknown) => Promise<unknown>)(input);
		return 'ok';
	} catch (error) {
		if (error instanceof TRPCError) return error.code;
		throw error;
	}
}

describe.each(testDatabaseKinds)('who may call what, on %s', (kind) => {
	let handle: DatabaseHandle;
	const as = (token: string | null) =>
		createCaller(
			createContext(handle.db, { caller: { token, ipAddress: '203.0.113.9', userAgent: null } })
		);

	/** A fresh session of someone holding just this role. */
	async function sessionOf(role: StaffRole): Promise<string> {
		const email = `${role}${++inviteCount}@example.org`;
		const token = newInviteToken();
		await createInvite(handle.db, {
			email,
			name: role,
			roles: [role],
			tokenHash: hashToken(token),
			expiresAt: new Date(Date.now() + 3_600_000),
			invitedBy: null
		});
		await as(null).auth.acceptInvite({ token, password });
		return (await as(null).auth.signIn({ email, password })).token;
	}

	/** A draft of its own for each call, so no call sees another's leftovers. */
	const fixtures: Fixtures = {
		async freshDraft() {
			const editor = as(await sessionOf('editor'));
			const { editionId } = await editor.editorial.start({ slug: 'signs-of-safety' });
			const edition = await editor.editorial.get({ editionId });
			// Withdrawn, so that the next start makes a new draft; this one stays readable.
			const content = edition.latest.content;
			await editor.editorial.transition({ editionId, action: 'withdraw' });
			const { editionId: fresh } = await editor.editorial.start({ slug: 'signs-of-safety' });
			const draft = await editor.editorial.get({ editionId: fresh });
			return { editionId: fresh, revisionId: draft.latest.id, content };
		},
		async freshRecordDraft() {
			const editor = as(await sessionOf('editor'));
			const { id } = await editor.records.create({ kind: 'publication', content: newPublication });
			return { id, content: newPublication };
		}
	};

	beforeAll(async () => {
		handle = await openTestDatabase(kind);
		await seedDemoContent(handle.db, { dataDir: undefined });
	});
	afterAll(async () => {
		await handle.close();
	});

	it('has an access rule for every procedure, and every staff procedure declares its permission', () => {
		const procedures = appRouter._def.procedures as unknown as Record<
			string,
			{ _def: { meta?: unknown } }
		>;
		expect(Object.keys(procedures).sort()).toEqual(Object.keys(access).sort());
		for (const [path, { who }] of Object.entries(access)) {
			const meta = procedures[path]?._def.meta as { permission?: string } | undefined;
			expect(meta?.permission === undefined, path).toBe(who === 'anyone');
		}
	});

	for (const [path, { who, input }] of Object.entries(access)) {
		if (who === 'anyone') continue;
		it(`${path}: refused to anonymous callers, allowed to ${who.join(' and ')} only`, async () => {
			expect(await outcomeOf(as(null), path, await input?.(fixtures))).toBe('UNAUTHORIZED');
			for (const role of allStaff) {
				const outcome = await outcomeOf(as(await sessionOf(role)), path, await input?.(fixtures));
				if (who.includes(role)) expect([path, role, outcome]).toEqual([path, role, 'ok']);
				else expect([path, role, outcome]).toEqual([path, role, 'FORBIDDEN']);
			}
		});
	}
});
