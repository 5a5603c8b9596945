/*
 * What the intake context publishes: its event types (names, data, schema versions with
 * validators), its stream ids and row identity, the reference data those events name (places,
 * receiving units, code lists) and the bulk-upload file formats. Other contexts may import this
 * library and nothing else of the intake context.
 */
export * from './lib/intake-codes';
export * from './lib/intake-places';
export * from './lib/intake.streams';
export * from './lib/intake.events';
export * from './lib/intake.event-types';
export * from './lib/upload-formats';
