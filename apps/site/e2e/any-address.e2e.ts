import { startStack, type Stack } from '@whatworks/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Addresses anyone can write, each of which made a page fail (500 or 503) before: runs of minus
// signs and NUL in search words broke the database's query, names every object inherits were
// read as filters, and the API's refusals became "the service is not available".
const addresses = [
	`/evidence-store?q=${'-'.repeat(33)}`,
	`/evidence-store?q=foster+or+kinship+${'-+'.repeat(31)}care`,
	'/evidence-store?q=a%00b',
	'/evidence-store?uk=constructor',
	'/evidence-store?uk=toString&uk=yes',
	'/evidence-store?uk=__proto__&sort=constructor&topic=__proto__',
	'/evidence-store?page=0x10&age=1e3',
	'/evidence-store?page=99999999999999999999&page=2',
	'/evidence-store/ratings-matrix?topic=constructor',
	'/evidence-store/ratings-matrix?page=99999999999999999999&page=0x10&topic=__proto__',
	'/evidence-store/ratings-matrix?page=10001',
	'/evidence-store/compare?slug=__proto__&slug=constructor',
	`/evidence-store/compare?slug=Kinship-Care&slug=${'a'.repeat(121)}&q=${'-'.repeat(33)}`,
	`/evidence-store/compare?${Array.from({ length: 60 }, (_, i) => `slug=entry-${i}`).join('&')}`,
	'/evidence-store/compare?slug=kinship-care&slug=family-group-conferencing&slug=treatment-foster-care&slug=parent-child-interaction-therapy&q=a%00b',
	'/partners?region=toString&type=constructor&programme=__proto__&wave=1e1',
	'/publications?type=constructor&theme=__proto__&year=99999999999999999999',
	'/news?type=__proto__&topic=constructor&theme=toString&year=1e3&page=-1',
	'/feeds/news.atom?type=__proto__&year=1e3&colour=red&type=blog-post',
	'/feeds/publications.json?theme=constructor&year=99999999999999999999'
];

describe('any address a reader or a robot writes', () => {
	let stack: Stack | undefined;
	const get = (address: string) => fetch(new URL(address, stack?.siteUrl));
	beforeAll(async () => {
		stack = await startStack({ apps: ['site'] });
	});
	afterAll(async () => {
		await stack?.stop();
	});

	it.each(addresses)('%s answers with a page, never a failure', async (address) => {
		const response = await get(address);
		await response.body?.cancel();
		expect(response.status).toBe(200);
	});

	it.each([
		['/evidence-store/constructor', 404, 'There is no intervention at this address'],
		['/partners/__proto__', 404, 'There is no partner at this address.'],
		['/research/toString', 404, 'There is no research project at this address.'],
		['/publications/valueOf/download', 404, 'There is no report to download at this address.'],
		['/news/constructor', 404, 'There is no article at this address.'],
		['/feeds/toString.atom', 404, 'There is no feed at this address.'],
		['/feeds/news.rss', 404, 'There is no feed at this address.'],
		['/sitemaps/0.xml', 404, 'There is no sitemap file at this address.'],
		['/sitemaps/2.xml', 404, 'There is no sitemap file at this address.'],
		['/images/1/640.webp', 404, 'There is no image at this address.'],
		['/images/constructor/640.webp', 404, 'There is no image at this address.'],
		['/images/1/640.svg', 404, 'There is no image at this address.'],
		['/images/99999999999/99999.jpg', 404, 'There is no image at this address.'],
		['/evidence-store?page=9', 404, 'There is no page 9 of these results.'],
		['/evidence-store?q=parenting&page=9', 404, 'There is no page 9 of these results.']
	])('%s answers %i with a sentence', async (address, status, sentence) => {
		const response = await get(address);
		expect(response.status).toBe(status);
		expect(await response.text()).toContain(sentence);
	});

	it('answers an address that is not valid percent-encoding with a 400 page', async () => {
		const response = await get('/evidence-store/%E0%A4%A');
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('There is a problem with that address');
	});

	it('says what is wrong with search words it cannot use', async () => {
		const page = await (await get('/evidence-store?q=a%00b')).text();
		expect(page).toContain('Search words must only include letters, numbers, symbols and spaces');
	});
});
