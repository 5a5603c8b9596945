/*
 * The intake context's pure domain: commands, the four aggregates (reception, screened person,
 * returned body, bulk upload) with their state, evolution and decider, and the comparisons a bulk
 * upload needs to tell a row already recorded with the same figures from one with other figures.
 * Its events are in `@casetrail/intake-contracts`.
 */
export * from './lib/intake.commands';
export * from './lib/reception/reception.state';
export * from './lib/reception/reception.decide';
export * from './lib/reception/reception.decider';
export * from './lib/reception/reception.figures';
export * from './lib/screened-person/screened-person.state';
export * from './lib/screened-person/screened-person.decide';
export * from './lib/screened-person/screened-person.decider';
export * from './lib/screened-person/screened-person.figures';
export * from './lib/returned-body/returned-body.state';
export * from './lib/returned-body/returned-body.decide';
export * from './lib/returned-body/returned-body.decider';
export * from './lib/returned-body/returned-body.figures';
export * from './lib/upload/upload.state';
export * from './lib/upload/upload.decide';
export * from './lib/upload/upload.decider';
