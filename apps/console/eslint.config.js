import { svelteConfig } from '@whatworks/eslint-config/svelte';
import config from './svelte.config.js';

export default svelteConfig(import.meta.dirname, config);
