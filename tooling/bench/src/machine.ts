import { arch, availableParallelism, cpus, release, totalmem, type } from 'node:os';

/** The facts about this machine that latency depends on, as report lines. */
export function describeMachine(): [string, string][] {
	const cpuModels = [...new Set(cpus().map((cpu) => cpu.model.trim()))].join(', ');
	return [
		['CPU', `${cpuModels || 'unknown'} (${availableParallelism()} cores available)`],
		['Memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
		['OS', `${type()} ${release()} ${arch()}`],
		['Node.js', process.version]
	];
}
