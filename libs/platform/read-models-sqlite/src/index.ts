export * from './lib/sqlite-read-model-store';
export { READ_MODEL_MIGRATIONS, ReadModelSchemaMismatchError, type ReadModelMigration } from './lib/sqlite-read-model-migrations';
