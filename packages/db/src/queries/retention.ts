import { subscriptionRetention } from '@whatworks/domain';
import { and, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
	articles,
	caughtMail,
	files,
	images,
	outbox,
	publications,
	revisions,
	signUpAttempts,
	subscribers
} from '../schema/index.js';

/** How long finished messages (and caught ones) are kept: long enough to answer "did it go?". */
export const mailRetentionDays = 28;

/** How long an upload (a report, an image) may wait to be attached to a draft. */
export const unattachedUploadDays = 7;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Deletes the personal data whose time is up: sign-ups nobody confirmed within a week, addresses
 * four weeks after they left everything (their keyed hash stays among the suppressions), sign-up
 * attempts after a day, messages four weeks after they were sent or caught, and uploads no draft
 * ever held a week after they came. Safe to run on several servers at once.
 * @returns how many rows of each went
 */
export async function applyRetention(db: Database, now: Date) {
	const { unconfirmedDays, leftDays, attemptDays } = subscriptionRetention;
	return db.transaction(async (tx) => {
		const unconfirmed = await tx
			.delete(subscribers)
			.where(
				and(
					isNull(subscribers.confirmedAt),
					isNull(subscribers.leftAt),
					lt(subscribers.createdAt, daysBefore(now, unconfirmedDays))
				)
			)
			.returning({ id: subscribers.id });
		const left = await tx
			.delete(subscribers)
			.where(and(isNotNull(subscribers.leftAt), lt(subscribers.leftAt, daysBefore(now, leftDays))))
			.returning({ id: subscribers.id });
		const attempts = await tx
			.delete(signUpAttempts)
			.where(lt(signUpAttempts.at, daysBefore(now, attemptDays)))
			.returning({ id: signUpAttempts.id });
		const messages = await tx
			.delete(outbox)
			.where(lt(outbox.finishedAt, daysBefore(now, mailRetentionDays)))
			.returning({ id: outbox.id });
		const caught = await tx
			.delete(caughtMail)
			.where(lt(caughtMail.caughtAt, daysBefore(now, mailRetentionDays)))
			.returning({ id: caughtMail.id });
		// An upload any revision holds stays: restoring that revision brings it back.
		const uploadedBefore = daysBefore(now, unattachedUploadDays);
		const strayImages = await tx
			.delete(images)
			.where(
				and(
					lt(images.uploadedAt, uploadedBefore),
					sql`not exists (select 1 from ${revisions} where ${revisions.content} -> 'image' ->> 'id' = ${images.id}::text)`,
					sql`not exists (select 1 from ${articles} where ${articles.imageId} = ${images.id})`
				)
			)
			.returning({ id: images.id });
		const strayFiles = await tx
			.delete(files)
			.where(
				and(
					lt(files.uploadedAt, uploadedBefore),
					sql`not exists (select 1 from ${revisions} where ${revisions.content} -> 'file' ->> 'id' = ${files.id}::text)`,
					sql`not exists (select 1 from ${publications} where ${publications.fileId} = ${files.id})`
				)
			)
			.returning({ id: files.id });
		return {
			unattachedUploads: strayImages.length + strayFiles.length,
			unconfirmedSubscribers: unconfirmed.length,
			leftSubscribers: left.length,
			signUpAttempts: attempts.length,
			messages: messages.length,
			caughtMessages: caught.length
		};
	});
}
