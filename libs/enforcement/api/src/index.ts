export * from './lib/enforcement.module';
export * from './lib/projections/police-case-summary.projection';
export * from './lib/commands/police-case.commands';
export * from './lib/queries/police-case-queries.service';
export * from './lib/commands/personal-data-sealing';
export * from './lib/reactors/intake-referral.reactor';
