// The root `pnpm start:scaled` runs this. Node 20 cannot run TypeScript itself, so tsx is registered first.
import { register } from 'tsx/esm/api';

register();
await import('./src/scaled.ts');
