import { customType } from 'drizzle-orm/pg-core';

/**
 * Bytes kept in the database (uploads), so they are backed up, transactional and never reached
 * through a file path a user chose. postgres.js reads bytea as a Buffer, PGlite as a Uint8Array:
 * both become a plain Uint8Array view.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
});
