/**
 * Compiler options for the shared components. Runes are forced so that a component written in the
 * old syntax fails to compile here rather than in an app.
 * @type {import('svelte/compiler').CompileOptions}
 */
const compilerOptions = { runes: true };

export default { compilerOptions };
