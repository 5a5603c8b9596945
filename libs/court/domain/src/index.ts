/*
 * The court context's pure domain: commands, the court-file state and its evolution, the decider,
 * and the legal deadlines derived from a file's state. Its events are in `@casetrail/court-contracts`.
 */
export * from './lib/court-file/court-file.commands';
export * from './lib/court-file/court-file.records';
export * from './lib/court-file/court-file.state';
export * from './lib/court-file/court-file.decide';
export * from './lib/court-file/court-file.decider';
export * from './lib/court-file/person-age';
export * from './lib/court-file/legal-deadlines';
