import { describe, expect, test } from 'vitest';
import { accessibilityProblems, page, signIn, stack, useConsole } from './console-session.js';

useConsole();

describe('data imports', () => {
	test('an admin sees a broken upload refused row by row, then imports the server’s copy', async () => {
		const admin = stack.demoStaff.admin;
		if (!admin) throw new Error('The API server printed no demo admin');
		await page.goto(`${stack.consoleUrl}/imports`);
		await signIn(admin.email, admin.password);
		expect(new URL(page.url()).pathname).toBe('/imports');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Data imports'
		);
		expect(await accessibilityProblems()).toEqual([]);

		await page.locator('#file-local-authorities').setInputFiles({
			name: 'authorities.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'gss_code,dfe_la_code,la_name,region_gss_code,la_type\n' +
					'E09000022,208,Lambeth,E12000007,London borough\n' +
					'W06000001,661,Anglesey,W92000004,Unitary authority\n'
			)
		});
		const formOf = (kind: string) => page.locator('form', { has: page.locator(`#file-${kind}`) });
		await formOf('local-authorities')
			.getByRole('button', { name: /uploaded file/ })
			.click();
		const refused = page.getByRole('alert');
		await expect(refused.getByRole('heading').textContent()).resolves.toMatch(
			/the file was not imported/
		);
		await expect(refused.getByRole('row').nth(1).textContent()).resolves.toMatch(
			/^3.*gss_code "W06000001"/
		);
		expect(await accessibilityProblems()).toEqual([]);

		// An upload without a file is named on its field.
		await formOf('boundaries')
			.getByRole('button', { name: /uploaded file/ })
			.click();
		await expect(page.getByRole('alert').getByRole('link').textContent()).resolves.toBe(
			'Choose the file to import'
		);

		const serversCopy = formOf('ofsted-inspections').getByRole('button', {
			name: /server’s copy/
		});
		if ((await serversCopy.count()) === 1) {
			await serversCopy.click();
			await expect(page.getByRole('alert').textContent()).resolves.toMatch(
				/from ofsted_ilacs_latest_by_la\.csv: \d+ new,\s+\d+ updated,\s+\d+ unchanged/
			);
			expect(await accessibilityProblems()).toEqual([]);
		}
	});
});
