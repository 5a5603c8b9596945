export * from './lib/sqlite-event-store';
export * from './lib/sqlite-checkpoint-store';
export * from './lib/sqlite-migrations';
export { EventStoreBusyError, SqliteSchemaMismatchError } from './lib/sqlite-errors';
