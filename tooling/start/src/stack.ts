import {
	describeExit,
	type Exit,
	isCleanExit,
	startService,
	waitUntilReady,
	type Service,
	type ServiceSpec
} from './service.js';

/**
 * Starts every service at once — but one that starts once the others answer, which starts then —
 * and prints `banner()` when all of them answer, as the last thing
 * on the terminal; then runs until `stopping` is aborted or a service ends, and stops them all.
 * Resolves with the exit status: 0 for a stop that was asked for, 1 when a service failed.
 */
export async function runStack({
	services: specs,
	banner,
	stopping,
	timeoutMs
}: {
	services: readonly ServiceSpec[];
	banner: () => string;
	stopping: AbortSignal;
	/** How long the slowest service may take to answer. */
	timeoutMs: number;
}): Promise<number> {
	const services: Service[] = [];
	let reportExit: (ended: { service: Service; exit: Exit }) => void = () => {};
	const firstExit = new Promise<{ service: Service; exit: Exit }>(
		(resolve) => (reportExit = resolve)
	);
	const start = (spec: ServiceSpec) => {
		const service = startService(spec);
		services.push(service);
		void service.exited.then((exit) => reportExit({ service, exit }));
		return service;
	};
	const stopAll = () => Promise.all(services.map((service) => service.stop()));
	const stopAsked = new Promise<'stop'>((resolve) => {
		if (stopping.aborted) resolve('stop');
		stopping.addEventListener('abort', () => resolve('stop'), { once: true });
	});
	const startedAtOnce = new Map(
		specs.flatMap((spec) => (spec.startsOnceOthersAnswer ? [] : [[spec, start(spec)] as const]))
	);

	const until = Date.now() + timeoutMs;
	const answered = new Set<Service>();
	// One after the other, in the order given: the apps' pages call the API, and each call a page
	// makes before the API answers would fail and be logged as an error.
	const allAnswered = (async () => {
		for (const spec of specs) {
			const service = startedAtOnce.get(spec) ?? start(spec);
			if (!(await waitUntilReady(service, { until, stopping }))) return false;
			answered.add(service);
		}
		return true;
	})();
	const ready = await Promise.race([
		allAnswered,
		stopAsked.then(() => false),
		firstExit.then(() => false)
	]);
	if (!ready) {
		if (!stopping.aborted) {
			const failed =
				services.find((service) => service.hasExited()) ??
				services.find((service) => !answered.has(service));
			if (failed) await reportNotStarted(failed, timeoutMs);
		}
		await stopAll();
		return stopping.aborted ? 0 : 1;
	}

	process.stdout.write(banner());
	for (const service of services) service.showOutput();
	const ended = await Promise.race([stopAsked, firstExit]);
	const clean = ended === 'stop' || isCleanExit(ended.exit);
	if (ended !== 'stop' && !stopping.aborted) {
		process.stderr.write(
			`${ended.service.spec.name} stopped (${describeExit(ended.exit)}), so everything stops.\n`
		);
	}
	await stopAll();
	return clean ? 0 : 1;
}

/** Names the service that did not start (its stderr is already on the terminal) and what it printed. */
async function reportNotStarted(service: Service, timeoutMs: number): Promise<void> {
	const { name, readyUrl } = service.spec;
	const output = service.keptOutput();
	process.stderr.write(
		(service.hasExited()
			? `${name} stopped before it answered (${describeExit(await service.exited)}).\n`
			: `${name} did not answer ${readyUrl} within ${Math.round(timeoutMs / 1000)} s.\n`) +
			(output ? `It printed:\n${output}\n` : '')
	);
}
