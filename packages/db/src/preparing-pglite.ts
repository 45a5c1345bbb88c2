import { PGlite, parse, protocol, type QueryOptions, type Results } from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/** A statement Postgres parsed, analysed and described once, kept under its name. */
interface PreparedStatement {
	/** What it is kept under (`keyOf`). */
	key: string;
	name: string;
	/** The type of each parameter, to serialise values as Postgres reads them. */
	parameterTypes: number[];
	/** What its rows hold, given once at preparation rather than with every answer. */
	rowDescription: BackendMessage | undefined;
}

/** How many statement texts are kept prepared; the least recently used is closed past this. */
const keptStatements = 500;

/**
 * Postgres's errors for a kept statement that can no longer run as prepared: a table it reads
 * changed the shape of its rows ("cached plan must not change result type"), or it is gone.
 */
const staleStatementCodes = new Set(['0A000', '26000']);

/**
 * PGlite that prepares each reading statement once and then only binds and executes it.
 * PGlite's own `query` parses, analyses and describes the text every time, in six calls into
 * the WebAssembly: on the demo's data that was more than half of a search's time. Statements
 * are keyed by their text, which the query builder writes the same for the same shape of
 * question with the values as parameters. Writes, and anything inside a transaction, go the
 * ordinary way. Postgres replans a kept statement when a table it reads changes; one whose rows
 * a change reshaped is prepared again. Like PGlite's own `query` outside a transaction, it
 * does not sync the file system after a read: nothing was written (nodefs and memory only).
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
		const asked = { text, params, options };
		return this._runExclusiveTransaction(() =>
			this._runExclusiveQuery(async () => {
				let statement = await this.#kept(asked);
				let answer: BackendMessage[];
				try {
					answer = await this.#execute(statement, asked);
				} catch (error) {
					if (!isStale(error)) throw error;
					await this.#close(statement);
					statement = await this.#kept(asked);
					answer = await this.#execute(statement, asked);
				}
				const described = statement.rowDescription ? [statement.rowDescription] : [];
				return parse.parseResults(
					[...described, ...answer],
					this.parsers,
					options
				)[0] as Results<T>;
			})
		);
	}

	/** The statement kept for what is asked, prepared now if it is not; most recently used last. */
	async #kept(asked: Asked): Promise<PreparedStatement> {
		const key = keyOf(asked);
		const statement = this.#statements.get(key) ?? (await this.#prepare(key, asked));
		this.#statements.delete(key);
		this.#statements.set(key, statement);
		return statement;
	}

	async #prepare(key: string, asked: Asked): Promise<PreparedStatement> {
		const name = `kept_${(this.#named += 1)}`;
		const answer = await this.#exchange(
			[
				protocol.serialize.parse({
					name,
					text: asked.text,
					types: asked.options?.paramTypes ?? []
				}),
				protocol.serialize.describe({ type: 'S', name }),
				protocol.serialize.sync()
			],
			asked
		);
		const statement = {
			key,
			name,
			parameterTypes: parse.parseDescribeStatementResults(answer),
			rowDescription: answer.find((message) => message.name === 'rowDescription')
		};
		const oldest = this.#statements.values().next().value;
		if (this.#statements.size >= keptStatements && oldest) await this.#close(oldest);
		return statement;
	}

	#execute(statement: PreparedStatement, asked: Asked): Promise<BackendMessage[]> {
		const values = asked.params.map((value, index) =>
			serialise(value, statement.parameterTypes[index], this, asked.options)
		);
		return this.#exchange(
			[
				protocol.serialize.bind({ statement: statement.name, values }),
				protocol.serialize.execute({}),
				protocol.serialize.sync()
			],
			asked
		);
	}

	/** Forgets a kept statement and closes it (closing one that is gone is no error). */
	async #close(statement: PreparedStatement): Promise<void> {
		this.#statements.delete(statement.key);
		await this.execProtocolStream(
			concat([
				protocol.serialize.close({ type: 'S', name: statement.name }),
				protocol.serialize.sync()
			]),
			{ syncToFs: false }
		);
	}

	/** Sends one round of messages; an error names the query and its values, as PGlite's does. */
	async #exchange(messages: Uint8Array[], asked: Asked): Promise<BackendMessage[]> {
		try {
			return await this.execProtocolStream(concat(messages), {
				syncToFs: false,
				onNotice: asked.options?.onNotice
			});
		} catch (error) {
			if (error instanceof Error) {
				Object.assign(error, {
					query: asked.text,
					params: asked.params,
					queryOptions: asked.options
				});
			}
			throw error;
		}
	}
}

/** A query as its caller asked it. */
interface Asked {
	text: string;
	params: unknown[];
	options: QueryOptions | undefined;
}

/** What a statement is kept under: its text, and the parameter types the caller fixed, if any. */
function keyOf({ text, options }: Asked): string {
	const types = options?.paramTypes ?? [];
	return types.length === 0 ? text : `${text}\u0000${types.join(',')}`;
}

function isStale(error: unknown): boolean {
	return (
		error instanceof Error && staleStatementCodes.has(String((error as { code?: unknown }).code))
	);
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
