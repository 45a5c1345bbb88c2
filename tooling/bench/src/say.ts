/** A line of progress for whoever runs the benchmark, on stderr (stdout carries the report). */
export const log = (line: string) => process.stderr.write(`${line}\n`);

/** A whole number as the report writes it, e.g. 10,000. */
export const count = (n: number) => n.toLocaleString('en-GB');
