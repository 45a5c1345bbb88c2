import { e2eConfig } from '@whatworks/vitest-config';

export default e2eConfig('start-e2e');
