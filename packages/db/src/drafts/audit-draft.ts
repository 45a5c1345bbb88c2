import { draftAuditAction, type ContentKind, type WorkflowAction } from '@whatworks/domain';
import type { Database } from '../client.js';
import { recordAudit } from '../queries/audit.js';

/**
 * Appends the one audit entry shape of the workflow: who did what to which draft of which item,
 * naming the revision it concerns.
 */
export function auditDraft(
	tx: Database,
	entry: {
		actorId: number;
		event: 'started' | 'saved' | 'announced' | 'unannounced' | WorkflowAction;
		draft: { id: number; kind: ContentKind };
		slug: string;
		revisionId: number;
		detail?: Record<string, unknown>;
	}
): Promise<void> {
	return recordAudit(tx, {
		actorId: entry.actorId,
		action: draftAuditAction(entry.event),
		subjectType: entry.draft.kind,
		subjectId: entry.slug,
		revisionIds: [entry.revisionId],
		detail: { draftId: entry.draft.id, ...entry.detail }
	});
}
