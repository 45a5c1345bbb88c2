import { describe, expect, it } from 'vitest';
import { formatAuditChainHead, parseAuditChainHead } from './audit-chain.js';

describe('an audit chain head as people copy it', () => {
	const head = { seq: 1234, hash: '9f'.repeat(32) };

	it('reads back what was printed, spaces around it included', () => {
		expect(parseAuditChainHead(` ${formatAuditChainHead(head)}\n`)).toEqual(head);
	});

	it('is not read from a cut-off hash, a missing number or other text', () => {
		for (const text of [`1234:${'9f'.repeat(31)}`, `:${head.hash}`, `0:${head.hash}`, 'head']) {
			expect(parseAuditChainHead(text)).toBeNull();
		}
	});
});
