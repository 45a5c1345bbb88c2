/** A demo staff account the API server has just made, with its password, shown once. */
export interface DemoAccount {
	email: string;
	roles: string[];
	password: string;
}

/** Made on this start (the only time their passwords are known), made earlier, or none at all. */
export type DemoAccounts = DemoAccount[] | 'existing' | undefined;

/**
 * The demo accounts in the API server's message (`{ demoAccounts: [...] }`, or `null` when an
 * earlier start made them); undefined for any other message.
 */
export function readDemoAccounts(message: unknown): DemoAccounts {
	if (typeof message !== 'object' || message === null || !('demoAccounts' in message)) return;
	const { demoAccounts } = message as { demoAccounts: DemoAccount[] | null };
	return demoAccounts ?? 'existing';
}

/** The accounts as lines to copy from: role, email and password in columns. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
	const roleWidth = Math.max(...accounts.map((account) => account.roles.join(', ').length));
	const emailWidth = Math.max(...accounts.map((account) => account.email.length));
	return accounts
		.map(
			(account) =>
				`  ${account.roles.join(', ').padEnd(roleWidth)}  ${account.email.padEnd(emailWidth)}  ` +
				`password: ${account.password}\n`
		)
		.join('');
}
