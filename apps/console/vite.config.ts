import { sveltekit } from '@sveltejs/kit/vite';
import { minifyCssWithEsbuild, scssOptions } from '@whatworks/ui/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit(), minifyCssWithEsbuild()],
	server: { port: 3001, strictPort: true },
	preview: { port: 3001, strictPort: true },
	css: { preprocessorOptions: { scss: scssOptions } }
});
