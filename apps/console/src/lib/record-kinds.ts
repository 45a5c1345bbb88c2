import type { RecordKind } from '@whatworks/domain';

/** What each kind of record is called in the console's sentences. */
export const recordKindLabels = {
	publication: 'publication',
	project: 'research project',
	programme: 'programme',
	partner: 'partner'
} as const satisfies Record<RecordKind, string>;
