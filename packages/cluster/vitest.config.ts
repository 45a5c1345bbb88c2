import { baseConfig } from '@whatworks/vitest-config';
import { defineProject, mergeConfig } from 'vitest/config';

export default mergeConfig(baseConfig, defineProject({ test: { name: 'cluster' } }));
