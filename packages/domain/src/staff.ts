import { z } from 'zod';

/**
 * What staff may be trusted with. A user may hold several roles.
 * @example staffRoleKeys.includes('reviewer') // true
 */
export const staffRoleKeys = ['admin', 'editor', 'reviewer'] as const;

/** One staff role key. */
export type StaffRole = z.infer<typeof staffRoleSchema>;
/** Validates a staff role key. */
export const staffRoleSchema = z.enum(staffRoleKeys).describe('Staff role');

/**
 * Labels and one-line descriptions of the roles, for the console.
 * @example staffRoleLabels.editor.label // 'Editor'
 */
export const staffRoleLabels = {
	admin: {
		label: 'Admin',
		description: 'Invites staff, manages sessions and settings, can do everything.'
	},
	editor: { label: 'Editor', description: 'Writes and edits drafts, and submits them for review.' },
	reviewer: {
		label: 'Reviewer',
		description:
			'Reviews, approves and publishes changes, and overrides ratings with a justification.'
	}
} as const satisfies Record<StaffRole, { label: string; description: string }>;

/**
 * Everything a staff procedure can require. Every staff procedure declares exactly one.
 * @example permissionKeys.includes('content.publish') // true
 */
export const permissionKeys = [
	'content.read',
	'content.edit',
	'content.submit',
	'content.review',
	'content.publish',
	'ratings.override',
	'users.manage',
	'sessions.manage',
	'audit.read',
	'data.import',
	'mail.read',
	'people.manage',
	'newsletters.send'
] as const;

/** One permission key. */
export type Permission = (typeof permissionKeys)[number];

/**
 * The permission matrix: what each role may do. Admins may do everything.
 * @example permissionsByRole.editor.includes('content.publish') // false
 */
export const permissionsByRole = {
	admin: permissionKeys,
	editor: ['content.read', 'content.edit', 'content.submit'],
	reviewer: [
		'content.read',
		'content.review',
		'content.publish',
		'ratings.override',
		'newsletters.send'
	]
} as const satisfies Record<StaffRole, readonly Permission[]>;

/**
 * Whether someone holding these roles has the permission.
 * @example hasPermission(['editor'], 'content.edit') // true
 */
export function hasPermission(roles: readonly StaffRole[], permission: Permission): boolean {
	return roles.some((role) =>
		(permissionsByRole[role] as readonly Permission[]).includes(permission)
	);
}

/** The rules of staff accounts, sessions and sign-in throttling, in one place. */
export const accountPolicy = {
	/** An invite link works once, within this many hours. */
	inviteValidHours: 72,
	/** A session ends after this long without a request… */
	sessionIdleMinutes: 60,
	/** …and in any case this long after sign-in. */
	sessionAbsoluteHours: 12,
	/** Failed sign-ins allowed per account, and per address, within the window. */
	failuresPerAccount: 5,
	failuresPerAddress: 20,
	throttleWindowMinutes: 15,
	passwordMinLength: 12,
	passwordMaxLength: 128
} as const;

/** The longest email address there can be (RFC 5321: 254 characters). */
export const maxEmailLength = 254;

/**
 * A staff email address, trimmed and lower-cased so that one person has one account. No longer
 * than an address can be: sign-in records every address tried, and its index cannot take one of
 * a few thousand characters.
 * @example staffEmailSchema.parse(' Editor@Example.org ') // 'editor@example.org'
 */
export const staffEmailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.max(maxEmailLength, `Email address must be ${maxEmailLength} characters or fewer`)
	.pipe(z.email('Enter an email address in the correct format, like name@example.org'))
	.describe('Email address');

/**
 * A new password: long enough to resist guessing, no composition rules (NCSC guidance). Whether it
 * is one of the most common passwords is checked on the server against a list.
 */
export const newPasswordSchema = z
	.string()
	.min(
		accountPolicy.passwordMinLength,
		`Password must be at least ${accountPolicy.passwordMinLength} characters`
	)
	.max(
		accountPolicy.passwordMaxLength,
		`Password must be ${accountPolicy.passwordMaxLength} characters or fewer`
	)
	.describe('New password');

/** Parameters of signing in. */
export type SignInInput = z.infer<typeof signInInputSchema>;
/** Validates a sign-in: the password is only checked for presence, never for its rules. */
export const signInInputSchema = z.object({
	email: staffEmailSchema,
	password: z.string().min(1, 'Enter your password').max(accountPolicy.passwordMaxLength)
});

/** Parameters of inviting a member of staff. */
export type InviteInput = z.infer<typeof inviteInputSchema>;
/** Validates an invite: who, and which roles (at least one, each once). */
export const inviteInputSchema = z.object({
	email: staffEmailSchema,
	name: z.string({ error: 'Enter their name' }).trim().min(1, 'Enter their name').max(200),
	roles: z
		.array(staffRoleSchema)
		.min(1, 'Choose at least one role')
		.refine((roles) => new Set(roles).size === roles.length, 'Choose each role once')
});

/** Parameters of accepting an invite. */
export type AcceptInviteInput = z.infer<typeof acceptInviteInputSchema>;
/** Validates accepting an invite: the token from the link and the new password. */
export const acceptInviteInputSchema = z.object({
	token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This invite link is not valid'),
	password: newPasswordSchema
});

/** A member of staff as the console shows them. */
export type StaffUser = z.infer<typeof staffUserSchema>;
/** Validates a member of staff. */
export const staffUserSchema = z.object({
	id: z.int(),
	email: z.string(),
	name: z.string(),
	roles: z.array(staffRoleSchema),
	/** Whether they have accepted their invite and set a password. */
	active: z.boolean(),
	disabled: z.boolean()
});

/** What signing in returns: the session token (for the console's cookie) and who signed in. */
export type SignedIn = z.infer<typeof signedInSchema>;
/** Validates a successful sign-in. */
export const signedInSchema = z.object({
	token: z.string(),
	expiresAt: z.iso.datetime({ offset: true }).describe('The absolute end of the session'),
	user: staffUserSchema
});

/** A live session, for the admins' sessions page. */
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
/** Validates a live session. */
export const sessionSummarySchema = z.object({
	id: z.int(),
	userId: z.int(),
	email: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
	lastSeenAt: z.iso.datetime({ offset: true }),
	expiresAt: z.iso.datetime({ offset: true }),
	ipAddress: z.string().nullable(),
	userAgent: z.string().nullable()
});

/** One entry of the audit log. */
export type AuditEvent = z.infer<typeof auditEventSchema>;
/** Validates an audit log entry; times are UTC. */
export const auditEventSchema = z.object({
	id: z.int(),
	at: z.iso.datetime({ offset: true }),
	actorId: z.int().nullable(),
	actorEmail: z.string().nullable(),
	action: z.string(),
	subjectType: z.string(),
	subjectId: z.string().nullable(),
	revisionIds: z.array(z.int()),
	detail: z.record(z.string(), z.unknown())
});

/** Filters of the audit log. */
export type AuditListInput = z.infer<typeof auditListInputSchema>;
/** Validates the audit log's filters; all optional. */
export const auditListInputSchema = z
	.object({
		actorId: z.int().optional(),
		action: z.string().max(100).optional(),
		from: z.iso.date().optional().describe('First day, UTC'),
		to: z.iso.date().optional().describe('Last day, UTC')
	})
	.default({});

/**
 * Until when sign-in is refused, given the times of recent failures (oldest first): the moment
 * `limit` failures fall within `windowMs` starts a lockout of `windowMs`; null when none is on.
 * @example lockedUntil(fiveFailuresAtNine, { limit: 5, windowMs: 900_000, now: nineOhFive }) // 09:19 when the fifth came at 09:04
 */
export function lockedUntil(
	failures: readonly Date[],
	{ limit, windowMs, now }: { limit: number; windowMs: number; now: Date }
): Date | null {
	let until: Date | null = null;
	for (let last = limit - 1; last < failures.length; last++) {
		const [first, at] = [failures[last - limit + 1], failures[last]];
		if (first && at && at.getTime() - first.getTime() <= windowMs) {
			until = new Date(at.getTime() + windowMs);
		}
	}
	return until && until > now ? until : null;
}
