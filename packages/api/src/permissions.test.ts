import { TRPCError } from '@trpc/server';
import { createInvite, seedDemoContent, type DatabaseHandle } from '@whatworks/db';
import { caughtMail, ratingSnapshots } from '@whatworks/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@whatworks/db/testing';
import {
	announceableMonths,
	newInterventionContent,
	type InterventionContent,
	type PublicationContent,
	type SendNewsletterInput,
	type StaffRole
} from '@whatworks/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, createCaller } from './app-router.js';
import { hashToken, newInviteToken } from './auth/tokens.js';
import { createContext } from './context.js';
import { newsStory } from './testing/articles.js';

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
	freshDraft(): Promise<{ draftId: number; revisionId: number; content: InterventionContent }>;
	freshPublicationDraft(): Promise<{ draftId: number; baseRevisionId: number }>;
	/** A new article's draft, and the revision to attach an image on. */
	freshArticleDraft(): Promise<{ draftId: number; baseRevisionId: number }>;
	/** A rating last published under older standards, and the dry run that shows it. */
	freshPendingRating(): Promise<{ fingerprint: string }>;
	/** A new intervention's draft, shown as coming soon when `announced`. */
	freshNewInterventionDraft(announced: boolean): Promise<{ draftId: number; revisionId: number }>;
	/** A message the embedded default caught. */
	caughtMessage(): Promise<{ id: number }>;
	/** A new e-newsletter issue's draft. */
	freshNewsletterDraft(): Promise<{ draftId: number }>;
	/** A mailing of no.16 that has not started. */
	freshMailing(): Promise<{ mailingId: number }>;
}

let newInterventionCount = 0;
const [, nextMonth = ''] = announceableMonths(new Date());

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

/** A mailing of no.16 to one topic, a year from now, which nobody gets while the tests run. */
const laterMailing: SendNewsletterInput = {
	slug: '16',
	audience: 'topics',
	topics: ['calls'],
	timing: 'later',
	sendOn: `${new Date().getUTCFullYear() + 1}-06-01`,
	sendAt: '09:00'
};

let newsletterCount = 0;

const access: Record<string, { who: Access; input?: (fixtures: Fixtures) => unknown }> = {
	'home.get': { who: 'anyone' },
	'interventions.list': { who: 'anyone' },
	'interventions.search': { who: 'anyone', input: () => ({ q: 'parenting' }) },
	'interventions.get': { who: 'anyone', input: () => ({ slug: 'kinship-care' }) },
	'interventions.compare': {
		who: 'anyone',
		input: () => ({ slugs: ['kinship-care', 'mellow-parenting'] })
	},
	'partners.list': { who: 'anyone' },
	'partners.directory': { who: 'anyone', input: () => ({ programme: 'change-projects' }) },
	'partners.get': { who: 'anyone', input: () => ({ slug: 'lambeth' }) },
	'partners.map': { who: 'anyone' },
	'programmes.list': { who: 'anyone' },
	'programmes.get': { who: 'anyone', input: () => ({ slug: 'change-projects' }) },
	'projects.list': { who: 'anyone' },
	'projects.get': { who: 'anyone', input: () => ({ slug: 'schwartz-rounds-evaluation' }) },
	'news.list': { who: 'anyone' },
	'news.get': { who: 'anyone', input: () => ({ slug: 'evidence-store-launched' }) },
	'news.about': { who: 'anyone', input: () => ({ kind: 'partners', slug: 'stockport' }) },
	'news.authors': { who: 'anyone' },
	'news.author': { who: 'anyone', input: () => ({ slug: 'lorna-stabler' }) },
	'news.all': { who: allStaff },
	'feeds.get': { who: 'anyone', input: () => ({ name: 'news', filters: { type: 'blog-post' } }) },
	'sitemap.pages': { who: 'anyone' },
	'publications.list': { who: 'anyone' },
	'publications.years': { who: 'anyone' },
	'publications.get': {
		who: 'anyone',
		input: () => ({ slug: 'shared-decision-making-rapid-realist-review' })
	},
	'comingSoon.list': { who: 'anyone' },
	'comingSoon.get': { who: 'anyone' },
	'ratings.standards': { who: 'anyone' },
	'ratings.matrix': { who: 'anyone' },
	'ratings.openData': { who: 'anyone' },
	'ratings.dryRun': { who: ['admin', 'reviewer'] },
	'ratings.republish': {
		who: ['admin', 'reviewer'],
		input: async (f) => ({
			...(await f.freshPendingRating()),
			changeNote: 'Republished under the current Evidence Standards.'
		})
	},
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
	'subscriptions.signUp': {
		who: 'anyone',
		input: () => ({ email: `reader${++inviteCount}@example.org`, topics: ['news'] })
	},
	'subscriptions.confirm': { who: 'anyone', input: () => ({ token: 'unsigned.token' }) },
	'subscriptions.unsubscribe': { who: 'anyone', input: () => ({ token: 'unsigned.token' }) },
	'subscriptions.preferences': { who: 'anyone', input: () => ({ token: 'unsigned.token' }) },
	'subscriptions.changePreferences': {
		who: 'anyone',
		input: () => ({ token: 'unsigned.token', topics: ['news'] })
	},
	'mail.caught': { who: ['admin'] },
	'mail.caughtMessage': { who: ['admin'], input: (f) => f.caughtMessage() },
	'people.export': { who: ['admin'], input: () => ({ email: 'reader@example.org' }) },
	'people.erase': { who: ['admin'], input: () => ({ email: 'reader@example.org' }) },
	'people.complained': { who: ['admin'], input: () => ({ email: 'reader@example.org' }) },
	'newsletters.list': { who: 'anyone' },
	'newsletters.get': { who: 'anyone', input: () => ({ number: 16 }) },
	'newsletters.preview': { who: allStaff, input: (f) => f.freshNewsletterDraft() },
	'newsletters.sendTest': { who: allStaff, input: (f) => f.freshNewsletterDraft() },
	'newsletters.send': { who: ['admin', 'reviewer'], input: () => laterMailing },
	'newsletters.mailings': { who: allStaff, input: () => ({ number: 16 }) },
	'newsletters.cancel': { who: ['admin', 'reviewer'], input: (f) => f.freshMailing() },
	'audit.list': { who: ['admin'] },
	'audit.verify': { who: ['admin'] },
	'imports.list': { who: ['admin'] },
	'imports.run': {
		who: ['admin'],
		input: () => ({
			kind: 'local-authorities',
			text: 'gss_code,dfe_la_code,la_name,region_gss_code,la_type\nE09000022,208,Lambeth,E12000007,London borough\n'
		})
	},
	'drafts.list': { who: allStaff },
	'drafts.get': {
		who: allStaff,
		input: async (f) => ({ draftId: (await f.freshDraft()).draftId })
	},
	'drafts.revision': {
		who: allStaff,
		input: async (f) => {
			const { draftId, revisionId } = await f.freshDraft();
			return { draftId, revisionId };
		}
	},
	'drafts.start': {
		who: ['admin', 'editor'],
		input: () => ({ kind: 'intervention', slug: 'kinship-care' })
	},
	'drafts.create': {
		who: ['admin', 'editor'],
		input: () => ({ kind: 'publication', content: newPublication })
	},
	'drafts.save': {
		who: ['admin', 'editor'],
		input: async (f) => {
			const { draftId, revisionId, content } = await f.freshDraft();
			return { draftId, baseRevisionId: revisionId, kind: 'intervention', content };
		}
	},
	'drafts.saveOverride': {
		who: ['admin', 'reviewer'],
		input: async (f) => {
			const { draftId, revisionId, content } = await f.freshDraft();
			const outcomeKey = content.outcomes[0]?.key ?? 'o1';
			return { draftId, baseRevisionId: revisionId, outcomeKey, override: null };
		}
	},
	'drafts.attachFile': {
		who: ['admin', 'editor'],
		input: async (f) => ({ ...(await f.freshPublicationDraft()), fileId: null })
	},
	'drafts.attachImage': {
		who: ['admin', 'editor'],
		input: async (f) => ({ ...(await f.freshArticleDraft()), image: null })
	},
	'drafts.announce': {
		who: ['admin', 'reviewer'],
		input: async (f) => ({
			...(await f.freshNewInterventionDraft(false)),
			expectedMonth: nextMonth
		})
	},
	'drafts.unannounce': {
		who: ['admin', 'reviewer'],
		input: async (f) => ({ draftId: (await f.freshNewInterventionDraft(true)).draftId })
	},
	// Each move is checked by the workflow's own rules; withdrawing a draft needs content.edit.
	'drafts.transition': {
		who: ['admin', 'editor'],
		input: async (f) => ({ draftId: (await f.freshDraft()).draftId, action: 'withdraw' })
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
			const slug = 'signs-of-safety';
			const { draftId } = await editor.drafts.start({ kind: 'intervention', slug });
			const opened = await editor.drafts.get({ draftId });
			if (opened.kind !== 'intervention') throw new Error('Expected an intervention draft');
			// Withdrawn, so that the next start makes a new draft; this one stays readable.
			await editor.drafts.transition({ draftId, action: 'withdraw' });
			const fresh = await editor.drafts.start({ kind: 'intervention', slug });
			const draft = await editor.drafts.get(fresh);
			return {
				draftId: fresh.draftId,
				revisionId: draft.latest.id,
				content: opened.latest.content
			};
		},
		async freshNewInterventionDraft(announced) {
			const editor = as(await sessionOf('editor'));
			const content = newInterventionContent({
				name: `Coming intervention ${++newInterventionCount}`,
				summary: 'An intervention whose evidence is being reviewed.'
			});
			const { draftId } = await editor.drafts.create({ kind: 'intervention', content });
			const revisionId = (await editor.drafts.get({ draftId })).latest.id;
			if (announced) {
				const admin = as(await sessionOf('admin'));
				await admin.drafts.announce({ draftId, revisionId, expectedMonth: nextMonth });
			}
			return { draftId, revisionId };
		},
		async caughtMessage() {
			const message = { messageId: '<m@example.org>', recipient: 'reader@example.org' };
			const [row] = await handle.db
				.insert(caughtMail)
				.values({ ...message, subject: 'Hello', headers: '', html: '', text: '' })
				.returning({ id: caughtMail.id });
			return { id: row?.id ?? 0 };
		},
		async freshPendingRating() {
			const snapshots = await handle.db.select().from(ratingSnapshots).orderBy(ratingSnapshots.id);
			const newest = snapshots.at(-1);
			if (!newest) throw new Error('The demo content has no rating snapshots');
			const { id: _id, ratedAt: _ratedAt, ...copy } = newest;
			await handle.db.insert(ratingSnapshots).values({ ...copy, standardsVersion: '0.9.0' });
			const reviewer = as(await sessionOf('reviewer'));
			return { fingerprint: (await reviewer.ratings.dryRun()).fingerprint };
		},
		async freshPublicationDraft() {
			const editor = as(await sessionOf('editor'));
			const { draftId } = await editor.drafts.create({
				kind: 'publication',
				content: newPublication
			});
			return { draftId, baseRevisionId: (await editor.drafts.get({ draftId })).latest.id };
		},
		async freshNewsletterDraft() {
			const editor = as(await sessionOf('editor'));
			return editor.drafts.create({
				kind: 'newsletter',
				content: {
					slug: String(100 + ++newsletterCount),
					title: 'A test issue',
					issuedOn: '2019-04-30',
					introduction: 'Hello.',
					items: [{ source: 'published', path: '/news/evidence-store-launched' }]
				}
			});
		},
		async freshMailing() {
			const reviewer = as(await sessionOf('reviewer'));
			return reviewer.newsletters.send(laterMailing);
		},
		async freshArticleDraft() {
			const editor = as(await sessionOf('editor'));
			const { draftId } = await editor.drafts.create({
				kind: 'article',
				content: newsStory('a-new-story')
			});
			return { draftId, baseRevisionId: (await editor.drafts.get({ draftId })).latest.id };
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
