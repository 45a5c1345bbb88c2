import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The base flat config for every package: type-aware typescript-eslint rules,
 * formatting left to prettier.
 * @param {string} tsconfigRootDir the package directory (pass `import.meta.dirname`)
 */
export function baseConfig(tsconfigRootDir) {
	return tseslint.config(
		{ ignores: ['dist/', 'build/', '.svelte-kit/', 'coverage/', '**/migrations/'] },
		js.configs.recommended,
		...tseslint.configs.recommendedTypeChecked,
		{
			languageOptions: {
				globals: { ...globals.node },
				parserOptions: { projectService: true, tsconfigRootDir }
			},
			rules: {
				'@typescript-eslint/consistent-type-imports': 'error',
				'@typescript-eslint/no-unused-vars': [
					'error',
					{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
				],
				'no-restricted-syntax': [
					'error',
					{ selector: 'TSEnumDeclaration', message: 'Use an `as const` tuple, not a TS enum.' }
				]
			}
		},
		{
			files: ['**/*.js'],
			...tseslint.configs.disableTypeChecked
		},
		prettier
	);
}

export default baseConfig;
