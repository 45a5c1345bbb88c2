import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

// Unit tests of the site's own logic; its pages are tested in Chromium (e2e/).
export default mergeConfig(baseConfig, defineProject({ test: { name: 'site' } }));
