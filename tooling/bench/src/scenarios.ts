import {
	costBandKeys,
	outcomeDomainKeys,
	topicKeys,
	type InterventionSearchInput
} from '@whatworks/domain';
import type { Random } from './random.js';

/** The scenarios, by what they load. */
export type ScenarioKey =
	'apiSearch' | 'apiGet' | 'siteHome' | 'siteIndex' | 'siteSearched' | 'sitePage';

/** What an issue asks of a scenario: a p95 latency in milliseconds, or requests a second. */
export type Target = { p95Ms: number } | { perSecond: number };

/** One thing to load: requests for the paths in turn, against an origin. */
export interface Scenario {
	key: ScenarioKey;
	name: string;
	origin: string;
	/** Many different paths: with the caches on, many copies are served, not one. */
	paths: string[];
	/** What the issue asks of it in the configuration measured; null when it asks nothing. */
	target: Target | null;
	/**
	 * The instances behind `origin` when it is a load balancer: each is warmed up with a pass of
	 * its own, as each keeps its own copies.
	 */
	instances?: readonly string[];
}

/** What readers type into the search box. */
const searchWords = [
	'parenting',
	'foster care',
	'kinship',
	'neglect',
	'substance misuse',
	'mental health',
	'reunification',
	'"family group conference"',
	'home visiting',
	'family therapy',
	'court',
	'domestic abuse',
	'care leavers',
	'trauma',
	'school attendance',
	'edge of care'
] as const;

/** The filters and orders readers combine with words, or browse by; the empty one most often. */
function searchFilters(random: Random): Omit<InterventionSearchInput, 'q'> {
	switch (random.int(0, 11)) {
		case 0:
			return { minStrength: 'moderate' };
		case 1:
			return { evaluatedInUk: true };
		case 2:
			return { sort: 'strength' };
		case 3:
			return { age: random.int(0, 17) };
		case 4:
			return { topic: random.pick(topicKeys) };
		case 5:
			return { domain: random.pick(outcomeDomainKeys), effectiveness: 'tends-positive' };
		case 6:
			return { costBand: random.pick(costBandKeys) };
		case 7:
			return { sort: 'last-reviewed' };
		default:
			return {};
	}
}

/** Mostly word searches, some browsing by filters alone, now and then a later page. */
function searchInputs(random: Random, count: number): InterventionSearchInput[] {
	return Array.from({ length: count }, () => ({
		...(random.chance(0.75) ? { q: random.pick(searchWords) } : {}),
		...searchFilters(random),
		...(random.chance(0.15) ? { page: random.int(2, 5) } : {})
	}));
}

const trpcQuery = (procedure: string, input: unknown) =>
	`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** The same search as the site's GET form puts it in the address. */
function siteSearch(input: InterventionSearchInput): string {
	const { evaluatedInUk, ...rest } = input;
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(rest)) {
		if (value !== undefined) params.set(key, String(value));
	}
	if (evaluatedInUk !== undefined) params.set('uk', evaluatedInUk ? 'yes' : 'no');
	return `/evidence-store?${params}`;
}

/**
 * The scenarios of the issue: the API's search and get procedures, the site's Evidence Store
 * index without and with a search (the same searches as the API's), and an intervention's page;
 * and the site's home page, which most readers see first.
 * Slugs and searches are drawn at random (seeded).
 */
export function buildScenarios(options: {
	apiUrl: string;
	siteUrl: string;
	slugs: readonly string[];
	random: Random;
	targets?: Partial<Record<ScenarioKey, Target>>;
}): Scenario[] {
	const { apiUrl, siteUrl, random, targets = {} } = options;
	const slugs = Array.from({ length: 2000 }, () => random.pick(options.slugs));
	const searches = searchInputs(random, 500);
	const scenarios: Omit<Scenario, 'target'>[] = [
		{
			key: 'apiSearch',
			name: 'API `interventions.search`',
			origin: apiUrl,
			paths: searches.map((input) => trpcQuery('interventions.search', input))
		},
		{
			key: 'apiGet',
			name: 'API `interventions.get`',
			origin: apiUrl,
			paths: slugs.map((slug) => trpcQuery('interventions.get', { slug }))
		},
		{
			key: 'siteHome',
			name: 'Site home page `/`',
			origin: siteUrl,
			paths: ['/']
		},
		{
			key: 'siteIndex',
			name: 'Site index `/evidence-store`',
			origin: siteUrl,
			paths: ['/evidence-store']
		},
		{
			key: 'siteSearched',
			name: 'Site index searched `/evidence-store?q=…`',
			origin: siteUrl,
			paths: searches.map(siteSearch)
		},
		{
			key: 'sitePage',
			name: 'Site intervention page',
			origin: siteUrl,
			paths: slugs.map((slug) => `/evidence-store/${slug}`)
		}
	];
	return scenarios.map((scenario) => ({ ...scenario, target: targets[scenario.key] ?? null }));
}
