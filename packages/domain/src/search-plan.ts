import { searchSynonyms } from './search-synonyms.js';

/**
 * One thing a reader asked for: a word, a "quoted phrase", or words the synonym list knows as
 * one. Its words are looked for in their order, and so are its synonyms'.
 */
export interface SearchTerm {
	/** As the reader typed it. */
	typed: string;
	/** Other ways of saying it, from the synonym list. */
	synonyms: string[];
	/** Whether it is one word search may spell out or complete: letters only, four or more. */
	spellable: boolean;
}

/**
 * What to look for: each term, of which an entry should match as many as it can, and what to
 * leave out. Read from web search syntax by `planSearch`.
 */
export interface SearchPlan {
	terms: SearchTerm[];
	/** Words and phrases the reader excluded with a minus sign. */
	excluded: string[];
}

/**
 * A phrase as synonyms are matched: its words in lower case, without apostrophes, and without
 * a plural "s" on words of four letters or more.
 * @example searchPhraseKey("Children’s Homes") // 'children home'
 */
export function searchPhraseKey(phrase: string): string {
	return wordsOf(phrase)
		.map((word) => word.replace(/['’]/g, '').replace(/^(.{3,}?)s$/, '$1'))
		.join(' ');
}

const wordsOf = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}'’]+/u)
		.filter((word) => word !== '' && !/^['’]+$/.test(word));

/** Each phrase of the synonym list by its key, with the other phrases of its group. */
const synonymsByKey = new Map<string, string[]>(
	searchSynonyms.flatMap((group) =>
		group.phrases.map((phrase) => [
			searchPhraseKey(phrase),
			group.phrases.filter((other) => other !== phrase)
		])
	)
);
const longestSynonym = Math.max(...[...synonymsByKey.keys()].map((key) => key.split(' ').length));

// A quoted phrase, or a run of anything else but spaces; either may follow a minus sign.
const token = /(-?)(?:"([^"]*)"?|(\S+))/gu;

/**
 * Reads search words in web search syntax — "quoted phrases", -excluded words, OR — into terms,
 * joining runs of words the synonym list knows (longest first) into one term with its synonyms.
 * OR needs no reading: an entry matching any term is found, ranked by how many it matches.
 * @example planSearch('drugs -alcohol').terms[0].synonyms.includes('substance misuse') // true
 * @example planSearch('"edge of care" or resi').terms.map((t) => t.typed) // ['edge of care', 'resi']
 */
export function planSearch(words: string): SearchPlan {
	const terms: SearchTerm[] = [];
	const excluded: string[] = [];
	let run: string[] = [];
	const endRun = () => {
		terms.push(...joinSynonyms(run));
		run = [];
	};
	for (const [, minus, quoted, bare] of words.matchAll(token)) {
		const text = (quoted ?? bare ?? '').trim();
		if (minus) {
			if (wordsOf(text).length > 0) excluded.push(text);
		} else if (quoted !== undefined) {
			endRun();
			if (wordsOf(text).length > 0) terms.push(phraseTerm(text));
		} else if (text.toLowerCase() !== 'or') {
			run.push(...wordsOf(text.replace(/^-+/, '')));
		}
	}
	endRun();
	return { terms, excluded };
}

function phraseTerm(text: string): SearchTerm {
	return {
		typed: text,
		synonyms: synonymsByKey.get(searchPhraseKey(text)) ?? [],
		spellable: false
	};
}

/** Words as terms, each run the synonym list knows joined into one, the longest run first. */
function joinSynonyms(words: readonly string[]): SearchTerm[] {
	const terms: SearchTerm[] = [];
	for (let start = 0; start < words.length;) {
		let length = Math.min(longestSynonym, words.length - start);
		for (; length > 1; length--) {
			if (synonymsByKey.has(searchPhraseKey(words.slice(start, start + length).join(' ')))) break;
		}
		const typed = words.slice(start, start + length).join(' ');
		terms.push({
			typed,
			synonyms: synonymsByKey.get(searchPhraseKey(typed)) ?? [],
			spellable: length === 1 && /^\p{L}{4,}$/u.test(typed)
		});
		start += length;
	}
	return terms;
}
