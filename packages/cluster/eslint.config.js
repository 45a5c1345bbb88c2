import { baseConfig } from '@whatworks/eslint-config';

export default baseConfig(import.meta.dirname);
