import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { spawnManaged, waitForHttp } from '@whatworks/e2e';
import { median } from './median.js';
import { loadWithWrk, wrkScript, wrkThreads, type WrkResult } from './wrk.js';

const run = promisify(execFile);

/** The site's kept pages against nginx serving the very same gzip'd bytes, in one sitting. */
export interface NginxComparison {
	pages: number;
	/** Interleaved runs, site then nginx each time. */
	runs: { site: WrkResult; nginx: WrkResult }[];
	/** The median of the runs' ratios, site ÷ nginx in requests per second. */
	ratio: number;
	wrkVersion: string;
	nginxVersion: string;
}

/** nginx's processes: as many as the site's, one per core. */
const nginxWorkers = availableParallelism();

/** Gets a page as it travels, gzip'd; the site must have it kept (X-Cache: HIT). */
function getGzipped(url: string): Promise<{ status: number; cache: string; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					cache: String(res.headers['x-cache'] ?? ''),
					body: Buffer.concat(chunks)
				})
			);
		});
		req.on('error', reject);
		req.end();
	});
}

function nginxConfig(dir: string, port: number): string {
	return `worker_processes ${nginxWorkers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  default_type text/html;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/pages;
    gzip_static on;
  }
}
`;
}

/**
 * Measures the site's kept pages against Debian's nginx serving the same gzip'd bytes from files
 * (`gzip_static`, one worker per core, as the site has processes), with the same load generator (wrk) and
 * connections, in interleaved runs. Each page is asked for until the site answers it from a copy,
 * which every site process then holds (they share their copies), so the site's run is of
 * cached hits only.
 */
export async function compareWithNginx(options: {
	siteUrl: string;
	paths: readonly string[];
	connections: number;
	seconds: number;
	runs: number;
	port: number;
}): Promise<NginxComparison> {
	const dir = await mkdtemp(join(tmpdir(), 'whatworks-nginx-'));
	// nginx's workers run as an unprivileged user when the benchmark runs as root.
	await chmod(dir, 0o755);
	try {
		const pages = join(dir, 'pages');
		await mkdir(pages);
		await mkdir(join(dir, 'tmp'));
		const nginxPaths: string[] = [];
		for (const [index, path] of options.paths.entries()) {
			let answer = await getGzipped(options.siteUrl + path);
			for (let attempt = 0; answer.cache !== 'HIT' && attempt < 10; attempt++) {
				answer = await getGzipped(options.siteUrl + path);
			}
			if (answer.status !== 200 || answer.cache !== 'HIT') {
				throw new Error(
					`${path} was not kept by the site (status ${answer.status}, X-Cache ${answer.cache || 'none'})`
				);
			}
			await writeFile(join(pages, `${index}.gz`), answer.body);
			await writeFile(join(pages, String(index)), gunzipSync(answer.body));
			nginxPaths.push(`/${index}`);
		}
		const siteScript = join(dir, 'site.lua');
		const nginxScript = join(dir, 'nginx.lua');
		await writeFile(siteScript, wrkScript(options.paths));
		await writeFile(nginxScript, wrkScript(nginxPaths));
		await writeFile(join(dir, 'nginx.conf'), nginxConfig(dir, options.port));
		const nginx = spawnManaged({
			name: 'nginx',
			command: 'nginx',
			args: ['-c', join(dir, 'nginx.conf'), '-p', dir],
			cwd: dir,
			env: process.env
		});
		try {
			const nginxUrl = `http://127.0.0.1:${options.port}`;
			await waitForHttp({ url: `${nginxUrl}/0`, process: nginx, timeoutMs: 10_000 });
			const runs: NginxComparison['runs'] = [];
			for (let i = 0; i < options.runs; i++) {
				const site = await loadWithWrk(
					options.siteUrl,
					siteScript,
					options.connections,
					options.seconds
				);
				const served = await loadWithWrk(
					nginxUrl,
					nginxScript,
					options.connections,
					options.seconds
				);
				runs.push({ site, nginx: served });
			}
			const [wrkVersion, nginxVersion] = await Promise.all([
				run('wrk', ['-v']).then(
					(out) => out.stdout,
					(error: { stdout?: string }) => error.stdout ?? ''
				),
				run('nginx', ['-v']).then((out) => out.stderr)
			]);
			return {
				pages: options.paths.length,
				runs,
				ratio:
					median(runs.map((r) => r.site.requestsPerSecond / r.nginx.requestsPerSecond)) ??
					Number.NaN,
				wrkVersion: wrkVersion.split('\n')[0]?.split(' [')[0] ?? 'wrk',
				nginxVersion: nginxVersion.trim().replace(/^nginx version: /, '')
			};
		} finally {
			await nginx.stop();
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** The comparison as a markdown table, with a verdict against the ≥ 0.33 × nginx target. */
export function formatNginxComparison(comparison: NginxComparison): string[] {
	const rps = (value: number) => Math.round(value).toLocaleString('en-GB');
	const rows = comparison.runs.map(
		({ site, nginx }, index) =>
			`| ${index + 1} | ${rps(site.requestsPerSecond)} | ${site.p95Ms.toFixed(1)} | ${rps(nginx.requestsPerSecond)} | ${nginx.p95Ms.toFixed(1)} | ${(site.requestsPerSecond / nginx.requestsPerSecond).toFixed(2)} × | ${site.failures} / ${nginx.failures} |`
	);
	const verdict = comparison.ratio >= 1 / 3 ? 'met' : '**missed**';
	return [
		`### Kept pages against nginx serving the same bytes`,
		'',
		`${comparison.pages} intervention pages the site keeps, fetched gzip'd and written to files that ${comparison.nginxVersion} serves with \`gzip_static\`; both loaded by ${comparison.wrkVersion} (${wrkThreads} threads, Accept-Encoding: gzip) in interleaved runs.`,
		'',
		'| run | site requests/s | site p95 ms | nginx requests/s | nginx p95 ms | site ÷ nginx | failed (site / nginx) |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		`Median ratio **${comparison.ratio.toFixed(2)} ×** nginx (target ≥ 0.33 ×: ${verdict}).`,
		''
	];
}
