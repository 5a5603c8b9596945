/*
 * What the protection context publishes: its event types (names, data, schema versions with
 * validators), its stream ids, and the reference data those events name (organisations of social
 * affairs and partners, code lists). Other contexts may import this library and nothing else of
 * the protection context.
 */
export * from './lib/protection-codes';
export * from './lib/organisations';
export * from './lib/protection-case.stream';
export * from './lib/protection-case.events';
export * from './lib/protection-case.event-types';
