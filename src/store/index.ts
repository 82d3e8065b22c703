export { openStore } from './open-store.js';
export { isSqliteStore, openSqliteStore, type SqliteStore } from './sqlite/sqlite-store.js';
export type * from './store.js';
