export { openSqliteDatabase, type OpenSqliteDatabaseOptions, type SqliteSynchronous } from './lib/open-sqlite-database';
export { applySqliteMigrations, type ApplySqliteMigrationsOptions, type SqliteMigration } from './lib/sqlite-migrations';
