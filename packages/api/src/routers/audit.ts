import { listAuditEvents, verifyAuditChain } from '@whatworks/db';
import {
	auditChainHeadSchema,
	auditChainReportSchema,
	auditEventSchema,
	auditListInputSchema
} from '@whatworks/domain';
import { z } from 'zod';
import { staffProcedure } from '../trpc.js';

/** The append-only audit log, for admins. */
export const auditRouter = {
	list: staffProcedure('audit.read')
		.input(auditListInputSchema)
		.output(z.array(auditEventSchema))
		.query(({ ctx, input }) => listAuditEvents(ctx.db, input)),

	/**
	 * Recomputes the log's hash chain and reports its head; given the head recorded earlier, it
	 * also notices the newest entries being removed.
	 */
	verify: staffProcedure('audit.read')
		.input(z.object({ expected: auditChainHeadSchema.optional() }).default({}))
		.output(auditChainReportSchema)
		.query(({ ctx, input }) => verifyAuditChain(ctx.db, input))
};
