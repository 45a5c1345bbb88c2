import { describe, expect, it } from 'vitest';
import { planSearch, searchPhraseKey } from './search-plan.js';
import { searchSynonyms } from './search-synonyms.js';

const typed = (words: string) => planSearch(words).terms.map((term) => term.typed);

describe('planSearch', () => {
	it('joins words the synonym list knows into one term, the longest run first', () => {
		const plan = planSearch('Children’s homes near the edge of care');
		expect(plan.terms.map((term) => term.typed)).toEqual([
			'children’s homes',
			'near',
			'the',
			'edge of care'
		]);
		expect(plan.terms[0]?.synonyms).toContain('residential care');
		expect(plan.terms[3]?.synonyms).toContain('entry to care');
		expect(plan.terms[1]?.synonyms).toEqual([]);
	});

	it('reads quoted phrases as phrases, minus signs as exclusions and OR as nothing more', () => {
		const plan = planSearch('"foster care" OR fostering -"residential care" -kinship');
		expect(plan.terms.map((term) => term.typed)).toEqual(['foster care', 'fostering']);
		expect(plan.terms[0]?.synonyms).toContain('fostering');
		expect(plan.excluded).toEqual(['residential care', 'kinship']);
	});

	it('offers single words of four letters or more for spelling, and nothing else', () => {
		const spellable = planSearch('famly PCIT mum’s tf-cbt "miricle" 2019 pla')
			.terms.filter((term) => term.spellable)
			.map((term) => term.typed);
		expect(spellable).toEqual(['famly', 'pcit']);
	});

	it('keeps nothing to search for from punctuation, lone minus signs and a bare OR', () => {
		expect(planSearch(' - "" or … ')).toEqual({ terms: [], excluded: [] });
	});

	it('reads a hyphenated acronym as its parts, as the index does', () => {
		expect(typed('TF-CBT')).toEqual(['tf', 'cbt']);
	});
});

describe('searchPhraseKey', () => {
	it('ignores case, apostrophes and a plural s', () => {
		expect(searchPhraseKey("Children's Homes")).toBe(searchPhraseKey('children’s home'));
		expect(searchPhraseKey('drugs')).toBe('drug');
		expect(searchPhraseKey('is')).toBe('is');
	});
});

describe('searchSynonyms', () => {
	it('says why for every group, and lists each phrase in one group only', () => {
		const keys = searchSynonyms.flatMap((group) => group.phrases.map(searchPhraseKey));
		expect(new Set(keys).size).toBe(keys.length);
		for (const group of searchSynonyms) {
			expect(group.phrases.length).toBeGreaterThan(1);
			expect(group.why).toMatch(/\.$/);
		}
	});
});
