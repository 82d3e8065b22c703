import type Database from 'better-sqlite3';
import { TandemError } from '../../core/index.js';
import { type Migration, migrations } from './migrations.js';

/** Applies every migration newer than the database's; refuses a database written by a newer tandem. */
export function migrate(db: Database.Database, file: string, list: Migration[] = migrations): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at INTEGER)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = list[list.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new TandemError(
      'STORE_ERROR',
      `${file} was written by a newer tandem (schema ${current} > ${latest})`,
      {
        hint: 'Upgrade tandem, or point store.path at another file.',
      },
    );
  }
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    })();
  }
}
