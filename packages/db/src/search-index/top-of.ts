/**
 * The first `count` of `items` in the order `compare` gives (a total order), without sorting
 * them all: a heap holds the best so far with the worst of them on top.
 *
 * @example topOf([5, 1, 4, 2], 2, (a, b) => a - b) // [1, 2]
 */
export function topOf<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
	if (count >= items.length) return [...items].sort(compare);
	const heap: T[] = [];
	const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0;
	const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as T, heap[i] as T]);
	for (const item of items) {
		if (heap.length < count) {
			heap.push(item);
			for (let at = heap.length - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) {
				swap(at, (at - 1) >> 1);
			}
		} else if (count > 0 && compare(item, heap[0] as T) < 0) {
			heap[0] = item;
			for (let at = 0; ;) {
				const left = 2 * at + 1;
				const right = left + 1;
				let worst = at;
				if (left < heap.length && worse(left, worst)) worst = left;
				if (right < heap.length && worse(right, worst)) worst = right;
				if (worst === at) break;
				swap(at, worst);
				at = worst;
			}
		}
	}
	return heap.sort(compare);
}
