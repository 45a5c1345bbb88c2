import { readContentVersion } from '@whatworks/db';
import type { Context } from './context.js';

/**
 * After a publish, this server takes the database's new content version at once — its readers
 * see the change on their next page — rather than when the database's announcement arrives, as
 * it does at every other server.
 */
export async function showPublished(ctx: Context): Promise<void> {
	if (ctx.cache) ctx.cache.changeVersion(await readContentVersion(ctx.db));
}
