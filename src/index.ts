/**
 * sourcewatch as a library: the CLI and the scheduler are thin shells over these calls.
 */
export { loadConfig, parseConfig } from './config/load.js';
export { ConfigError } from './config/errors.js';
export type { Config, Source } from './config/schema.js';
export { sourcesJsonSchema } from './config/json-schema.js';
export { createRuntime, createHttpClient, type Runtime, type RuntimeOverrides } from './app.js';
export { watchSources, identifyItems, extractionHash } from './watch/watch.js';
export { buildDigest, digestPeriod, rankCandidates, sourceHealth } from './digest/build.js';
export { writeDigestFiles, formatDigest } from './digest/write.js';
export { probeSource } from './watch/probe.js';
export { runMainJob } from './run.js';
export type * from './model.js';
export type * from './model/digest.js';
export { checkLinks } from './links/run.js';
export { runLinksJob, configuredTargets, collectLinkTargets, type LinksJobResult } from './jobs/links-job.js';
export { runWatchJob } from './jobs/watch-job.js';
export { digestJob } from './jobs/digest-job.js';
export { writeDailyDigest } from './jobs/digest-files.js';
export { checkUrl, checkUrls } from './links/checker.js';
export { classify } from './links/classify.js';
export { extractLinks } from './links/extract/index.js';
export type * from './links/types.js';
export { listReviewCandidates } from './review/candidates.js';
export { learningFor } from './learning/learned.js';
export { osloDay, osloDayStart, osloDayEnd } from './time/oslo.js';
