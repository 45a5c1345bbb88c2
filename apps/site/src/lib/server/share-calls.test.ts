import { describe, expect, it } from 'vitest';
import { shareCalls } from './share-calls';

describe('shareCalls', () => {
	it('gives every caller an answer asked for after they asked, sharing calls under load', async () => {
		const started: (() => void)[] = [];
		let calls = 0;
		const check = shareCalls(
			() =>
				new Promise<number>((resolve) => {
					const call = ++calls;
					started.push(() => resolve(call));
				})
		);
		const first = check(); // starts call 1
		const second = check(); // waits for call 2: call 1 began before it asked
		const third = check(); // shares call 2
		expect(calls).toBe(1);
		started[0]?.();
		expect(await first).toBe(1);
		await Promise.resolve();
		expect(calls).toBe(2);
		started[1]?.();
		expect([await second, await third]).toEqual([2, 2]);

		const fourth = check(); // nothing under way: a call of its own
		expect(calls).toBe(3);
		started[2]?.();
		expect(await fourth).toBe(3);
	});

	it('starts the next call after a failed one', async () => {
		let calls = 0;
		const check = shareCalls(() =>
			++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve(calls)
		);
		const failing = check();
		const next = check();
		await expect(failing).rejects.toThrow('down');
		expect(await next).toBe(2);
	});
});
