import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Every word the Evidence Store's entries have used, as typed (lower case, not stemmed): search
 * looks up a word it does not know here, for the words it may be a misspelling or the start of.
 * Kept by the trigger that indexes interventions; words are added, never taken away, since a word
 * once written in the field's prose stays a word worth spelling.
 */
export const searchWords = pgTable('search_words', { word: text().primaryKey() }, (table) => [
	index('search_words_trigram_index').using('gin', table.word.op('gin_trgm_ops'))
]);
