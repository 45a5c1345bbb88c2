import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { secrets } from '../schema/index.js';

/**
 * The shared key called `name`, made at random (256 bits) by whichever server needs it first;
 * every server then reads the same one.
 */
export async function findOrMakeSecret(db: Database, name: string): Promise<Buffer> {
	await db
		.insert(secrets)
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing({ target: secrets.name });
	const [row] = await db
		.select({ value: secrets.value })
		.from(secrets)
		.where(eq(secrets.name, name));
	if (!row) throw new Error(`The secret ${name} could not be read back.`);
	return Buffer.from(row.value, 'base64url');
}
