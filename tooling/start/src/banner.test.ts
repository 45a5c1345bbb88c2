import { describe, expect, it } from 'vitest';
import { formatBanner, readMail } from './banner.js';
import { readDemoAccounts } from './demo-accounts.js';

const urls = {
	site: 'http://localhost:3000',
	console: 'http://localhost:3001',
	api: 'http://localhost:3002'
};

describe('the banner', () => {
	it('shows the demo accounts the API server has just made, passwords aligned to copy', () => {
		const demoAccounts = readDemoAccounts({
			demoAccounts: [
				{ email: 'admin@demo.whatworks.test', roles: ['admin'], password: 'a1' },
				{ email: 'reviewer@demo.whatworks.test', roles: ['reviewer'], password: 'r2' }
			]
		});
		expect(formatBanner({ urls, demoAccounts, logFile: '.data/api.log' })).toBe(
			[
				'',
				'What Works is running:',
				'  public site    http://localhost:3000',
				'  staff console  http://localhost:3001',
				'  API            http://localhost:3002/trpc (health: http://localhost:3002/healthz)',
				'',
				'Demo staff accounts for the console, shown this once (note the passwords):',
				'  admin     admin@demo.whatworks.test     password: a1',
				'  reviewer  reviewer@demo.whatworks.test  password: r2',
				'',
				'API logs: .data/api.log. Ctrl-C stops everything.',
				''
			].join('\n')
		);
	});

	it('says the accounts exist, and how to get new ones, when an earlier start made them', () => {
		const banner = formatBanner({
			urls,
			demoAccounts: readDemoAccounts({ demoAccounts: null }),
			logFile: '.data/api.log'
		});
		expect(banner).toContain('The demo staff accounts exist');
		expect(banner).toContain('delete .data/');
		expect(banner).not.toContain('password:');
	});

	it('says nothing of accounts without them (Postgres), nor of a log file when logs come here', () => {
		const banner = formatBanner({
			urls,
			demoAccounts: readDemoAccounts({ somethingElse: true }),
			logFile: undefined
		});
		expect(banner).not.toMatch(/account|API logs/);
		expect(banner.trimEnd().split('\n').at(-1)).toBe('Ctrl-C stops everything.');
	});

	it('says how requests reach several instances, under the addresses', () => {
		const banner = formatBanner({
			urls,
			topology: 'through nginx to API servers on 3102 and 3202',
			demoAccounts: undefined,
			logFile: '.data/scaled/api-*.log'
		});
		expect(banner.split('\n').slice(4, 7)).toEqual([
			'  API            http://localhost:3002/trpc (health: http://localhost:3002/healthz)',
			'  through nginx to API servers on 3102 and 3202',
			''
		]);
	});

	it('says where mail goes when the API told it', () => {
		const banner = formatBanner({
			urls,
			demoAccounts: undefined,
			mail: readMail({
				mail: 'caught in the database (no SMTP_URL): admins read it in the console'
			}),
			logFile: undefined
		});
		expect(banner).toContain(
			'  mail           caught in the database (no SMTP_URL): admins read it in the console\n'
		);
		expect(readMail({ demoAccounts: null })).toBeUndefined();
	});
});
