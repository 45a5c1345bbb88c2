import { listAuditEvents } from '@whatworks/db';
import { auditEventSchema, auditListInputSchema } from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

/** The append-only audit log, for admins. */
export const auditRouter = {
	list: staffProcedure('audit.read')
		.input(auditListInputSchema)
		.output(z.array(auditEventSchema))
		.query(({ ctx, input }) => listAuditEvents(ctx.db, input))
};
