export { migrateStore } from './migrate-store.js';
export { openStore, type StoreLocation } from './open-store.js';
export { isPostgresStore, type PostgresStore } from './postgres/postgres-store-type.js';
export { isSqliteStore, openSqliteStore, type SqliteStore } from './sqlite/sqlite-store.js';
export type * from './store.js';
