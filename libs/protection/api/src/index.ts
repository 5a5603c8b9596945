/*
 * The protection context's HTTP edge: protection-case commands and queries, its read models, its
 * reactors (a police hand-over or an intake referral opens a case; a court's award reaches a
 * followed victim's claim) and its descriptor. `protectionCaseCommands` is exported for bulk loads that run its commands
 * through the platform's command runner.
 */
export * from './lib/protection.module';
export * from './lib/commands/protection-case.commands';
export * from './lib/commands/personal-data-sealing';
export * from './lib/projections/protection-case-summary.projection';
export * from './lib/projections/victim-journey.projection';
export * from './lib/queries/protection-case-queries.service';
export * from './lib/reactors/hand-over.reactor';
export * from './lib/reactors/intake-referral.reactor';
export * from './lib/reactors/court-compensation.reactor';
