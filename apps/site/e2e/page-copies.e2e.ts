import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { publishEdit, startStack, type Stack } from '@whatworks/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * An answer as it came over the wire (undici's fetch would undo the encoding we test), each on
 * a new connection, which the site hands to its processes in turn.
 */
interface RawAnswer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function rawGet(url: string, headers: Record<string, string>, method = 'GET'): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

function decoded(answer: RawAnswer): string {
	const encoding = answer.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(answer.body).toString();
	if (encoding === 'gzip') return gunzipSync(answer.body).toString();
	return answer.body.toString();
}

describe('pages kept as copies by the site', () => {
	let stack: Stack | undefined;
	const sites = () => stack?.siteUrls ?? [];

	/** Asks until a copy answers: the first reader of a page has it rendered. */
	async function untilKept(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
		for (let attempt = 0; attempt < 20; attempt++) {
			const answer = await rawGet(url, headers);
			if (answer.headers['x-cache'] === 'HIT') return answer;
		}
		throw new Error(`${url} was never answered from a copy`);
	}

	beforeAll(async () => {
		stack = await startStack({ apps: ['site'], sites: 2, siteWorkers: 2 });
	});
	afterAll(async () => {
		await stack?.stop();
	});

	it.each([
		['br, gzip, deflate', 'br'],
		['gzip, deflate', 'gzip'],
		['gzip;q=1, br;q=0.5', 'gzip'],
		['deflate', undefined],
		['', undefined]
	])(
		'sends a page in the encoding "%s" asks for, rendered or kept, and says it varies by it',
		async (acceptEncoding, expected) => {
			const url = `${sites()[0]}/evidence-store`;
			const rendered = await rawGet(`${url}?sort=name`, { 'accept-encoding': acceptEncoding });
			const kept = await untilKept(url, { 'accept-encoding': acceptEncoding });
			for (const answer of [rendered, kept]) {
				expect(answer.status).toBe(200);
				expect(answer.headers['content-encoding']).toBe(expected);
				expect(answer.headers.vary).toMatch(/Accept-Encoding/);
				expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
				expect(decoded(answer)).toContain('<h1 class="govuk-heading-xl">Evidence Store</h1>');
			}
		}
	);

	it('answers a browser that has the page already with 304, per encoding', async () => {
		const url = `${sites()[0]}/research`;
		const kept = await untilKept(url, { 'accept-encoding': 'br' });
		const etag = String(kept.headers.etag);
		const again = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(again.body.byteLength).toBe(0);
		const otherEncoding = await rawGet(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
		expect(otherEncoding.status).toBe(200);
	});

	it('never answers a POST or a request with a cookie from a copy, nor keeps their answers', async () => {
		const url = `${sites()[0]}/publications`;
		await untilKept(url);
		const posted = await rawGet(url, { origin: sites()[0] ?? '' }, 'POST');
		expect(posted.headers['x-cache']).toBeUndefined();
		expect(posted.status).not.toBe(200);

		// An address nobody asked for yet: what a reader with a cookie got is not kept for others.
		const fresh = `${sites()[0]}/publications?year=2019`;
		for (let i = 0; i < 4; i++) {
			const personal = await rawGet(fresh, { cookie: 'session=someone' });
			expect(personal.status).toBe(200);
			expect(personal.headers['x-cache']).toBeUndefined();
		}
		expect((await rawGet(fresh, {})).headers['x-cache']).toBe('MISS');
	});

	it('keeps a page one process of a site rendered in every process of that site', async () => {
		const url = `${sites()[1]}/evidence-store?q=family`; // nobody asked for it yet
		expect((await rawGet(url, {})).headers['x-cache']).toBe('MISS');
		await new Promise((resolve) => setTimeout(resolve, 250)); // the copy travels to the others
		const later = [];
		for (let i = 0; i < 6; i++) later.push((await rawGet(url, {})).headers['x-cache']);
		expect(later).toEqual(Array(6).fill('HIT'));
	});

	it('shows a publication to the readers of every site process once it is published', async () => {
		const slug = 'signs-of-safety-practice-guide';
		const pages = sites().map((site) => `${site}/publications/${slug}`);
		expect(pages).toHaveLength(2);
		for (const page of pages) await untilKept(page);

		const title = 'Signs of Safety: the practice guide, revised';
		await publishEdit(stack?.apiUrl ?? '', stack?.demoStaff ?? {}, {
			kind: 'publication',
			slug,
			change: (content) => ({ ...content, title })
		});
		for (const page of pages) {
			await expect.poll(async () => decoded(await rawGet(page, {}))).toContain(title);
			// Every process of the site has heard: no reader gets the old copy again.
			for (let i = 0; i < 4; i++) expect(decoded(await rawGet(page, {}))).toContain(title);
		}
	});
});
