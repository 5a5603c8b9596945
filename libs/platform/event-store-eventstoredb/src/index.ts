export * from './lib/eventstoredb-event-store';
export * from './lib/esdb-event-id';
export * from './lib/expected-revision.mapping';
export * from './lib/append-error.mapping';
export * from './lib/event-metadata.mapping';
export * from './lib/recorded-event.mapping';
export { EVENT_ID_INDEX_PREFIX, isDomainEvent } from './lib/event-id-index';
