/*
 * The intake context's HTTP edge: reception, screened-person, returned-body and upload commands
 * and queries, its read models and its descriptor. The command targets (`receptionCommands`,
 * `screenedPersonCommands`, `returnedBodyCommands`, `uploadCommands`) are exported for the bulk
 * upload and bulk loads, which run the same commands through the platform's command runner.
 */
export * from './lib/intake.module';
export * from './lib/commands/intake.targets';
export * from './lib/commands/personal-data-sealing';
