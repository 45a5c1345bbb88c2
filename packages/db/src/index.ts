export {
	openDatabase,
	redactUrl,
	type Database,
	type DatabaseHandle,
	type DatabaseOptions
} from './client.js';
export { readContentVersion, type ContentVersionListener } from './content-version.js';
export { DatabaseLockedError } from './pglite-lock.js';
export { verifyAuditChain } from './queries/audit-chain.js';
export {
	checkSchemaCurrent,
	migrateDatabase,
	migrationsFolder,
	RoleSeparationError,
	SchemaOutdatedError,
	type MigrationOutcome
} from './migrate.js';
export { isUniqueViolation } from './unique-violation.js';
export { defaultDataDir, defaultPgliteDir } from './paths.js';
export { findInterventionBySlug, listInterventions } from './queries/interventions.js';
export { compareInterventions, listRatingsByDomain } from './queries/comparison.js';
export { listEvidenceRecords } from './queries/open-data.js';
export { searchInterventions, type InterventionSearchParams } from './queries/search.js';
export {
	findPartnerBySlug,
	findPartnerDirectory,
	listMapAreas,
	listPartners
} from './queries/partners.js';
export { findProgrammeBySlug, listProgrammes } from './queries/programmes.js';
export { findProjectBySlug, listProjects } from './queries/projects.js';
export {
	findPublicationBySlug,
	listPublications,
	listPublicationYears
} from './queries/publications.js';
export { feedId, listItemPages, readFeedEntries } from './queries/feeds.js';
export { findArticleBySlug, listAllArticles, listNews, listNewsAbout } from './queries/news.js';
export { findHomePage } from './queries/home-page.js';
export { findAuthorBySlug, listAuthors } from './queries/authors.js';
export {
	analyseUnanalysedOutcomes,
	rateAndPublishOutcome,
	snapshotOf,
	type RatedOutcome,
	type RatingSnapshotRecord
} from './queries/ratings.js';
export { dryRunStandards, republishUnderStandards } from './queries/standards-review.js';
export {
	ImportRejectedError,
	type ImportInput,
	type ImportIssue,
	type ImportOptions,
	type ImportProgress,
	type ImportSummary
} from './importers/import-result.js';
export { describeDataImports } from './importers/data-import-files.js';
export { runDataImport } from './importers/run-data-import.js';
export {
	importLocalAuthorities,
	parseLocalAuthorities,
	type LocalAuthority
} from './importers/local-authorities.js';
export { importOfstedInspections, parseOfstedInspections } from './importers/ofsted-inspections.js';
export { importBoundaries, parseBoundaries } from './importers/boundaries.js';
export {
	importLookedAfterRates,
	parseLookedAfterRates,
	type LookedAfterRateRecord
} from './importers/looked-after-rates.js';
export { seedDemoContent, type SeedOutcome } from './seed/seed-demo-content.js';
export {
	acceptInvite,
	createActiveAccountsOnce,
	createInvite,
	disableAccount,
	findAccountByEmail,
	findAccountById,
	listAccounts,
	someoneActiveHolds,
	type StaffAccount
} from './queries/accounts.js';
export { listAuditEvents, recordAudit, type AuditEntry } from './queries/audit.js';
export { listLiveSessions, useSession } from './queries/sessions.js';
export { revokeSession, signOut, startSession } from './queries/audited-sessions.js';
export {
	beginSignInAttempt,
	markSignInSucceeded,
	type RecentFailures
} from './queries/sign-in-attempts.js';
export { listDrafts, findDraft, findRevisionContent } from './drafts/read-drafts.js';
export { createDraft, startDraft } from './drafts/start-draft.js';
export {
	attachFile,
	attachImage,
	saveDraft,
	saveOverride,
	type SavedRevision
} from './drafts/revise-draft.js';
export { transitionDraft } from './drafts/transition-draft.js';
export {
	announceComingSoon,
	findComingSoon,
	listComingSoon,
	unannounceComingSoon
} from './drafts/coming-soon.js';
export { findFile, findPublishedFile, storePdf, type StoredFile } from './queries/files.js';
export { findRendition, storeImage } from './queries/images.js';
export {
	claimMail,
	findMailProgress,
	queueMail,
	recordMailOutcome,
	releaseMail,
	renewLeases,
	type ClaimedMail,
	type MailOutcome,
	type MailWords,
	type OutgoingMail,
	type QueuedMail
} from './queries/outbox.js';
export {
	findSuppressions,
	liftChosenSuppression,
	recordComplaint,
	suppressAddress
} from './queries/mail-suppressions.js';
export { catchMail, findCaughtMail, listCaughtMail } from './queries/caught-mail.js';
export { findOrMakeSecret } from './queries/secrets.js';
export {
	changeTopics,
	confirmSubscriber,
	findSubscriber,
	leaveNewsletter,
	recordSignUpAttempt,
	signUpSubscriber,
	type Subscriber
} from './queries/subscribers.js';
export { applyRetention, mailRetentionDays } from './queries/retention.js';
export { erasePersonalData, exportPersonalData } from './queries/personal-data.js';
export {
	findNewsletterContent,
	findNewsletterIssue,
	listNewsletters,
	newsletterEntries
} from './queries/newsletters.js';
export {
	cancelMailing,
	findMailingMessages,
	listMailings,
	queueDueMailings,
	scheduleMailing
} from './queries/mailings.js';
