/*
 * The court context's HTTP edge: court-file commands and queries, its read models and its
 * descriptor. `courtFileCommands` is exported for the reactor that opens a file from a police
 * forwarding (it runs `OpenCourtFileFromPoliceForwarding` through the platform's command runner).
 */
export * from './lib/court.module';
export * from './lib/commands/court-file.commands';
export * from './lib/commands/personal-data-sealing';
export * from './lib/projections/court-file-summary.projection';
export * from './lib/projections/person-files.projection';
export * from './lib/queries/court-file-queries.service';
export * from './lib/reactors/police-forwarding.reactor';
