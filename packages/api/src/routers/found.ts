import { DomainError } from '@whatworks/domain';

/** Throws NOT_FOUND naming what was looked for when a page does not exist. */
export function found<T>(value: T | null, what: string, slug: string): T {
	if (value === null) throw new DomainError('NOT_FOUND', `No ${what} has the slug ${slug}.`);
	return value;
}
