/*
 * The intake context's HTTP edge: reception, screened-person, returned-body and upload commands
 * and queries, its read models and its descriptor. The command targets (`receptionCommands`,
 * `screenedPersonCommands`, `returnedBodyCommands`, `uploadCommands`) and `intakeRecordId` are
 * exported for bulk loads, which run the same commands through the platform's command runner.
 */
export * from './lib/intake.module';
export * from './lib/intake-roles';
export * from './lib/commands/intake.targets';
export * from './lib/commands/intake-record-ids';
export * from './lib/commands/personal-data-sealing';
export * from './lib/projections/reception-summary.projection';
export * from './lib/projections/screened-person-summary.projection';
export * from './lib/projections/returned-body-summary.projection';
export * from './lib/queries/screened-person-queries.service';
export * from './lib/queries/intake-record-queries.service';
