import { randomBytes } from 'node:crypto';
import { createActiveAccountsOnce, type Database } from '@whatworks/db';
import type { StaffRole } from '@whatworks/domain';
import { hashPassword } from './passwords.js';

/** A demo account and the password it was given, to be shown once. */
export interface DemoAccount {
	email: string;
	roles: StaffRole[];
	password: string;
}

const demoStaff: { email: string; name: string; roles: StaffRole[] }[] = [
	{ email: 'admin@demo.whatworks.test', name: 'Demo Admin', roles: ['admin'] },
	{ email: 'editor@demo.whatworks.test', name: 'Demo Editor', roles: ['editor'] },
	{ email: 'reviewer@demo.whatworks.test', name: 'Demo Reviewer', roles: ['reviewer'] }
];

/**
 * Creates one admin, one editor and one reviewer with random passwords, once per database, and
 * returns them so the server can show the passwords that one time; null when already seeded.
 * Only for the embedded demo: production never seeds accounts.
 */
export async function seedDemoAccounts(db: Database): Promise<DemoAccount[] | null> {
	const made = await createActiveAccountsOnce(db, {
		key: 'demo-accounts-seeded',
		// Hashing is slow on purpose: done only on the start that creates the accounts.
		make: () =>
			Promise.all(
				demoStaff.map(async (person) => {
					const password = randomBytes(12).toString('base64url');
					return { ...person, password, passwordHash: await hashPassword(password) };
				})
			)
	});
	return made?.map(({ email, roles, password }) => ({ email, roles, password })) ?? null;
}
