import { PGlite, parse, protocol, type QueryOptions, type Results } from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/** A statement Postgres parsed, analysed and described once, kept under its name. */
interface PreparedStatement {
	name: string;
	/** The type of each parameter, to serialise values as Postgres reads them. */
	parameterTypes: number[];
	/** What its rows hold, given once at preparation rather than with every answer. */
	rowDescription: BackendMessage | undefined;
}

/** How many statement texts are kept prepared; the least recently used is closed past this. */
const keptStatements = 500;

/**
 * PGlite that prepares each reading statement once and then only binds and executes it.
 * PGlite's own `query` parses, analyses and describes the text every time, in five calls into
 * the WebAssembly: on the demo's data that was more than half of a search's time. Statements
 * are keyed by their text, which the query builder writes the same for the same shape of
 * question with the values as parameters. Writes, and anything inside a transaction, go the
 * ordinary way (Postgres replans a kept statement itself when a table it reads changes).
 */
export class PreparingPGlite extends PGlite {
	readonly #statements = new Map<string, PreparedStatement>();
	#named = 0;

	override async query<T>(
		text: string,
		params: unknown[] = [],
		options?: QueryOptions
	): Promise<Results<T>> {
		if (options?.blob || !readsOnly(text)) return super.query<T>(text, params, options);
		await this._checkReady();
		return this._runExclusiveTransaction(() =>
			this._runExclusiveQuery(async () => {
				const statement = this.#statements.get(text) ?? (await this.#prepare(text, options));
				// Most recently used last, so the first is the one to close when too many are kept.
				this.#statements.delete(text);
				this.#statements.set(text, statement);
				const answer = await this.#exchange(
					concat([
						protocol.serialize.bind({
							statement: statement.name,
							values: params.map((value, index) =>
								serialise(value, statement.parameterTypes[index], this, options)
							)
						}),
						protocol.serialize.execute({}),
						protocol.serialize.sync()
					]),
					{ text, params, options }
				);
				const described = statement.rowDescription ? [statement.rowDescription] : [];
				return parse.parseResults(
					[...described, ...answer],
					this.parsers,
					options
				)[0] as Results<T>;
			})
		);
	}

	async #prepare(text: string, options: QueryOptions | undefined): Promise<PreparedStatement> {
		const name = `kept_${(this.#named += 1)}`;
		const answer = await this.#exchange(
			concat([
				protocol.serialize.parse({ name, text, types: options?.paramTypes ?? [] }),
				protocol.serialize.describe({ type: 'S', name }),
				protocol.serialize.sync()
			]),
			{ text, params: [], options }
		);
		const statement = {
			name,
			parameterTypes: parse.parseDescribeStatementResults(answer),
			rowDescription: answer.find((message) => message.name === 'rowDescription')
		};
		if (this.#statements.size >= keptStatements) await this.#closeOldest();
		return statement;
	}

	async #closeOldest(): Promise<void> {
		const [text, oldest] = this.#statements.entries().next().value ?? [];
		if (text === undefined || oldest === undefined) return;
		this.#statements.delete(text);
		await this.execProtocolStream(
			concat([
				protocol.serialize.close({ type: 'S', name: oldest.name }),
				protocol.serialize.sync()
			]),
			{ syncToFs: false }
		);
	}

	/** Sends one round of messages; an error comes back as PGlite's own query error would. */
	async #exchange(
		messages: Uint8Array,
		failed: { text: string; params: unknown[]; options: QueryOptions | undefined }
	): Promise<BackendMessage[]> {
		try {
			return await this.execProtocolStream(messages, {
				syncToFs: false,
				onNotice: failed.options?.onNotice
			});
		} catch (error) {
			if (error instanceof Error)
				Object.assign(error, { query: failed.text, params: failed.params });
			throw error;
		}
	}
}

/** Statements that only read: the ones a public page asks, worth keeping prepared. */
function readsOnly(text: string): boolean {
	return /^\s*(select|with)\b/i.test(text) && !/\b(insert|update|delete)\b/i.test(text);
}

/**
 * A parameter in Postgres's text form: by PGlite's serializer for its type, as PGlite's own
 * `query` writes it, else a date in ISO 8601 and an object as JSON.
 */
function serialise(
	value: unknown,
	type: number | undefined,
	client: PGlite,
	options: QueryOptions | undefined
): string | null {
	if (value === null || value === undefined) return null;
	const serializer =
		type === undefined ? undefined : (options?.serializers?.[type] ?? client.serializers[type]);
	if (serializer) return serializer(value);
	if (value instanceof Date) return value.toISOString();
	switch (typeof value) {
		case 'object':
			return JSON.stringify(value);
		case 'string':
			return value;
		case 'number':
		case 'bigint':
		case 'boolean':
			return String(value);
		default:
			throw new TypeError(`A ${typeof value} cannot be a statement's parameter`);
	}
}

function concat(parts: Uint8Array[]): Uint8Array {
	const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
	let at = 0;
	for (const part of parts) {
		whole.set(part, at);
		at += part.length;
	}
	return whole;
}
