import { listAuditEvents } from '@whatworks/db';
import { auditEventSchema, auditListInputSchema } from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/** The append-only audit log, for admins. */
export const auditRouter = {
	list: staffProcedure('audit.read')
		.input(auditListInputSchema)
		.output(z.array(auditEventSchema))
		.query(async ({ ctx, input }) => {
			const rows = await listAuditEvents(ctx.db, {
				...(input.actorId === undefined ? {} : { actorId: input.actorId }),
				...(input.action ? { action: input.action } : {}),
				...(input.from ? { from: new Date(`${input.from}T00:00:00Z`) } : {}),
				...(input.to ? { to: dayAfter(input.to) } : {})
			});
			return rows.map(({ event, actorEmail }) => ({
				...event,
				at: event.at.toISOString(),
				actorEmail
			}));
		})
};
