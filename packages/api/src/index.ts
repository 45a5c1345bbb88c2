export { appRouter, createCaller, isPublicQuery, type AppRouter } from './app-router.js';
export { createContext, type Caller, type Context } from './context.js';
export { toTRPCError } from './errors.js';
export { isOpenDataPath, openDataFiles, renderOpenData, type OpenDataPath } from './open-data.js';
export { PublicCache, type PublicCacheOptions } from './public-cache.js';
export { seedDemoAccounts, type DemoAccount } from './auth/demo-accounts.js';
export { inviteFirstAdmin } from './auth/first-admin.js';
export { DomainError, maxPdfBytes } from '@whatworks/domain';
export { authorizeUpload, downloadPdf, uploadPdf } from './files.js';
