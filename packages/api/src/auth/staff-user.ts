import type { StaffAccount } from '@whatworks/db';
import type { StaffUser } from '@whatworks/domain';

/** What the API tells about an account: never its password hash. */
export function toStaffUser(account: StaffAccount): StaffUser {
	return {
		id: account.id,
		email: account.email,
		name: account.name,
		roles: account.roles,
		active: account.passwordHash !== null,
		disabled: account.disabled
	};
}
