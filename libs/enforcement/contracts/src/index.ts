/*
 * What the law-enforcement context publishes: its event types (names, data, schema versions with
 * upcasters and validators), its stream ids, and the reference data those events name (police
 * units, hand-over destinations, closure and release reasons). Other contexts may import this
 * library and nothing else of law enforcement.
 */
export * from './lib/police-units';
export * from './lib/police-codes';
export * from './lib/police-case.stream';
export * from './lib/police-case.events';
export * from './lib/police-case.event-types';
