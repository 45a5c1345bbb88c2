import type { SnippetPart } from '@whatworks/domain';
import { describe, expect, it } from 'vitest';
import type { SnippetWord } from '../schema/index.js';
import { readTsquery, type QueryNode } from '../search-index/tsquery-text.js';
import { SnippetTextsBuilder } from './snippet-texts.js';
import { snippetLength } from './snippet.js';

const stopWords = new Set(['a', 'and', 'or', 'the', 'to', 'with', 'who', 'then']);

/** Words as a search vector might read them: lower case, a plural's (e)s dropped, stop words bare. */
function wordsOf(text: string): SnippetWord[] {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((token) => {
		const lower = token.toLowerCase();
		return stopWords.has(lower) ? [token] : [token, lower.replace(/e?s$/, '')];
	});
}

const query = (text: string) => readTsquery(text) as QueryNode;

/** The snippet of a text for a query, its words packed as the search index packs them. */
function snippetOf(text: string, words: SnippetWord[], marking: QueryNode): SnippetPart[] {
	const texts = new SnippetTextsBuilder();
	texts.add(text, JSON.stringify(words));
	return texts.build().snippetsFor(marking)(0, text);
}

/** The snippet written out, marks in brackets. */
function shown(parts: SnippetPart[]): string {
	return parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
}

const snippet = (text: string, tsquery: string, words = wordsOf(text)) =>
	shown(snippetOf(text, words, query(tsquery)));

/** Sentences of ten words without a match, numbered so that a passage can be told apart. */
const filler = (count: number, from = 1) =>
	Array.from(
		{ length: count },
		(_, index) => `Sentence ${from + index} says nothing much at all about this programme here.`
	).join(' ');

describe('snippetOf', () => {
	it('marks each word whose lexeme the query holds, and shows a short text whole', () => {
		expect(snippet('Helps parents and carers. Parents meet weekly.', `'parent' | 'weekly'`)).toBe(
			'Helps [parents] and carers. [Parents] meet [weekly].'
		);
	});

	it('marks a phrase whole where its words stand in order, and not its words elsewhere', () => {
		const text = 'For parents who misuse drugs and alcohol, not alcohol or drugs alone.';
		expect(snippet(text, `'drug' <2> 'alcohol'`)).toBe(
			'For parents who misuse [drugs and alcohol], not alcohol or drugs alone.'
		);
	});

	it('shows a word of parts as its parts, and marks it whole when a phrase matches them', () => {
		const text = 'Evidence-based help.';
		const words: SnippetWord[] = [
			[null, 'evidence-bas'],
			['Evidence', 'evid'],
			['based', 'base'],
			['help', 'help']
		];
		expect(snippet(text, `'evidence-bas' <-> 'evid' <-> 'base'`, words)).toBe(
			'[Evidence-based] help.'
		);
		expect(snippet(text, `'base'`, words)).toBe('Evidence-[based] help.');
	});

	it('shows the beginning of a long text without a match, cut at a word, with an ellipsis', () => {
		const parts = snippetOf(filler(10), wordsOf(filler(10)), query(`'kinship'`));
		expect(parts.every((part) => !part.match)).toBe(true);
		const text = shown(parts);
		expect(text.startsWith('Sentence 1 says')).toBe(true);
		expect(text.endsWith(' …')).toBe(true);
		expect(text.split(/\s+/).length - 1).toBe(snippetLength);
	});

	it('cuts one passage around the matches, starting at the sentence they are in', () => {
		const text = `${filler(5)} Parents then meet weekly with a coach. ${filler(5, 6)}`;
		const result = snippet(text, `'parent' | 'coach'`);
		expect(result.startsWith('… [Parents] then meet weekly with a [coach]. Sentence 6')).toBe(true);
		expect(result.endsWith(' …')).toBe(true);
	});

	it('shows two passages, joined by an ellipsis, when the matches lie far apart', () => {
		const text = `${filler(2)} Kinship carers are family. ${filler(6, 3)} Kinship care is common. ${filler(3, 9)}`;
		const result = snippet(text, `'kinship'`);
		expect(result).toMatch(
			/^… \[Kinship\] carers are family\. .* … \[Kinship\] care is common\. .* …$/
		);
		expect(result).not.toContain('Sentence 5 ');
	});

	it('prefers the passage holding most of the alternatives over one holding more of one', () => {
		const text = `Parents, parents, parents and parents. ${filler(4)} Parents and coaches. ${filler(4, 5)} Parents, parents and parents. ${filler(4, 9)}`;
		const first = snippetOf(text, wordsOf(text), query(`'parent' | 'coach'`));
		const marked = first.filter((part) => part.match).map((part) => part.text);
		expect(marked).toContain('coaches');
	});

	it('cuts each of several entries packed together from its own words', () => {
		const texts = ['Kinship carers meet.', 'Foster carers and kinship groups.', 'Nothing here.'];
		const builder = new SnippetTextsBuilder();
		for (const text of texts) builder.add(text, JSON.stringify(wordsOf(text)));
		const packed = builder.build();
		const kinship = packed.snippetsFor(query(`'kinship'`));
		const marked = texts.map((text, entry) => shown(kinship(entry, text)));
		expect(marked).toEqual([
			'[Kinship] carers meet.',
			'Foster carers and [kinship] groups.',
			'Nothing here.'
		]);
	});

	it('does not begin with the space that joins an empty summary to the description', () => {
		expect(snippet(' Parents meet weekly.', `'parent'`)).toBe('[Parents] meet weekly.');
	});

	it('gives no parts for a text without words', () => {
		expect(snippetOf(' ', [], query(`'parent'`))).toEqual([]);
	});
});
