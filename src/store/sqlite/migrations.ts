/**
 * @module Versioned schema migrations, applied in order inside one transaction each. Append only: never
 * edit a migration that has shipped; add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'prompts, traces, cache',
    sql: `
      CREATE TABLE prompt_versions (
        name TEXT NOT NULL, version TEXT NOT NULL, source TEXT NOT NULL, created_at INTEGER NOT NULL,
        PRIMARY KEY (name, version));
      CREATE TABLE prompt_labels (
        name TEXT NOT NULL, label TEXT NOT NULL, version TEXT NOT NULL, updated_at INTEGER NOT NULL,
        PRIMARY KEY (name, label));
      CREATE TABLE traces (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
        started_at INTEGER NOT NULL, duration_ms REAL NOT NULL,
        input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL,
        input TEXT, output TEXT, error TEXT);
      CREATE INDEX traces_name ON traces (name, id);
      CREATE TABLE spans (
        id TEXT PRIMARY KEY, trace_id TEXT NOT NULL REFERENCES traces(id) ON DELETE CASCADE, parent_id TEXT,
        name TEXT NOT NULL, kind TEXT NOT NULL, started_at INTEGER NOT NULL, duration_ms REAL NOT NULL,
        status TEXT NOT NULL, attributes TEXT NOT NULL, input_tokens INTEGER, output_tokens INTEGER,
        cost_usd REAL, error TEXT);
      CREATE INDEX spans_trace ON spans (trace_id);
      CREATE TABLE cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER);
    `,
  },
];
