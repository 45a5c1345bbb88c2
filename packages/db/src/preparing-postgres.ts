import type { Sql } from 'postgres';

/**
 * How much SQL, in characters of statement text, a process names at most. Postgres holds about
 * 50 bytes of parse tree and plans per character (measured: 198 KB for a search of two words,
 * 3,900 characters), so about 20 MB on each connection that runs them all; a text postgres.js
 * sends with values of other types (a null for a boolean) is a second statement of its own.
 */
const keptCharacters = 400_000;

/** How many texts seen once are remembered before the memory of them starts again. */
const rememberedOnce = 1_000;

/**
 * Which statement texts are named, and so prepared on each connection once, rather than sent
 * unnamed each time: those seen twice, while the texts named so far come to less than `budget`
 * characters. A text named stays named, since postgres.js never closes a statement it prepared
 * until the connection ends; past the budget, new texts go unnamed. Seen twice, so that one-off
 * statements (a search of a reader's unusual words) do not take the room of everyday ones.
 *
 * @example
 * const choice = new StatementChoice(100);
 * choice.named('select 1 where $1'); // false: seen once
 * choice.named('select 1 where $1'); // true, and from now on
 */
export class StatementChoice {
	readonly #named = new Set<string>();
	readonly #seenOnce = new Set<string>();
	#characters = 0;

	constructor(private readonly budget = keptCharacters) {}

	named(text: string): boolean {
		if (this.#named.has(text)) return true;
		if (this.#characters + text.length > this.budget) return false;
		if (!this.#seenOnce.delete(text)) {
			if (this.#seenOnce.size >= rememberedOnce) this.#seenOnce.clear();
			this.#seenOnce.add(text);
			return false;
		}
		this.#named.add(text);
		this.#characters += text.length;
		return true;
	}
}

/**
 * postgres.js as drizzle uses it sends every statement unnamed: Postgres parses and plans it
 * each time, and postgres.js first asks Postgres to describe it, a round trip of its own, to
 * learn its parameters' types. A named statement is parsed and described once per connection,
 * and planned once when its generic plan is no worse than planning for the values (Postgres
 * decides after five runs): on the demo's data that was a third of a search's time. Statements
 * with parameters are named as `StatementChoice` decides; those without go by the simple
 * protocol, as before. Drizzle says `prepare: false` unless its caller prepared the query by
 * name (`.prepare()`), so only `true` is taken as the caller's wish. A statement a table change
 * reshaped is prepared again by postgres.js under a new name (the old one stays until the
 * connection ends, after 30–60 minutes). Transactions run on a client of their own, unnamed,
 * as PGlite's do.
 */
export function preparingPostgres(client: Sql, choice = new StatementChoice()): Sql {
	const unsafe: Sql['unsafe'] = (text, parameters, options) =>
		Array.isArray(parameters) && parameters.length > 0
			? client.unsafe(text, parameters, {
					...options,
					prepare: options?.prepare === true || choice.named(text)
				})
			: client.unsafe(text, parameters, options);
	return new Proxy(client, {
		get: (target, property, receiver): unknown =>
			property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver)
	});
}
