import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceSpec } from './service.js';

/** One public port and the instances nginx spreads its requests over. */
export interface Balanced {
	/** What it serves: `site`, `console`, `api`. */
	name: string;
	port: string;
	instances: readonly string[];
}

/** Where Debian's nginx is, if it is installed. */
export function findNginx(): string | undefined {
	return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
}

/**
 * nginx's configuration for the topology: each public port spread over its instances (least
 * busy first, over connections kept open), everything nginx writes kept in `dir`. The API's
 * content-version stream passes unbuffered and may stay open for hours: the sites hear each
 * publication through it.
 */
export function loadBalancerConfig({
	dir,
	balanced
}: {
	dir: string;
	balanced: readonly Balanced[];
}): string {
	const upstreams = balanced.map(
		({ name, instances }) => `	upstream whatworks_${name} {
		least_conn;
${instances.map((port) => `		server 127.0.0.1:${port};`).join('\n')}
		keepalive 16;
	}`
	);
	const servers = balanced.map(
		({ name, port }) => `	server {
		listen 127.0.0.1:${port};
		location / {
			proxy_pass http://whatworks_${name};
		}
		location = /content-version {
			proxy_pass http://whatworks_${name};
			proxy_buffering off;
			proxy_read_timeout 1h;
		}
	}`
	);
	return `# Written by \`pnpm start:scaled\` at each start; edits are lost.
daemon off;
worker_processes auto;
pid ${join(dir, 'nginx.pid')};
events {
	worker_connections 4096;
}
http {
	access_log off;
	# Reports up to 20 MB go through the console to the API.
	client_max_body_size 21m;
	client_body_temp_path ${join(dir, 'client-body')};
	proxy_temp_path ${join(dir, 'proxy')};
	fastcgi_temp_path ${join(dir, 'fastcgi')};
	uwsgi_temp_path ${join(dir, 'uwsgi')};
	scgi_temp_path ${join(dir, 'scgi')};
	proxy_http_version 1.1;
	proxy_set_header Connection "";
	proxy_set_header Host $http_host;
	proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
	proxy_set_header X-Forwarded-Proto $scheme;
${upstreams.join('\n')}
${servers.join('\n')}
}
`;
}

/** nginx as a service, started once the instances answer, ready once `readyUrl` answers through it. */
export function loadBalancerService({
	nginx,
	dir,
	readyUrl
}: {
	nginx: string;
	dir: string;
	readyUrl: string;
}): ServiceSpec {
	return {
		name: 'nginx',
		command: nginx,
		// Its errors go to stderr, as every service's do, before and after it reads the config.
		args: ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'],
		cwd: dir,
		env: process.env,
		readyUrl,
		isReady: (status) => status === 200,
		startsOnceOthersAnswer: true
	};
}
