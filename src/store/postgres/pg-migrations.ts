/**
 * @module The PostgreSQL store's versioned schema, a list of its own (the SQLite list is SQLite's dialect
 * and history). Version 1 is the SQLite schema as of its migration 13, knowledge tables aside (the
 * PostgreSQL knowledge index adds its own). Append only: never edit a migration that has shipped.
 *
 * Choices that keep the two backends answering alike:
 * - Times are BIGINT epoch milliseconds, the numbers the SQLite store returns (no time-zone conversion).
 * - JSON is TEXT, not jsonb: a stored response comes back byte for byte as the client got it (jsonb
 *   reorders keys and refuses \u0000), nothing queries inside it, and a busy gateway's inserts skip
 *   jsonb's parse.
 * - Keys and names compared or sorted are COLLATE "C": byte order, as SQLite's BINARY, so cursors
 *   (`id < ?`), prefix lookups and `ORDER BY` give the same rows whatever the database's locale.
 * - `seq` identity columns stand in for SQLite's rowid where order of insertion breaks ties.
 */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const pgMigrations: PgMigration[] = [
  {
    version: 1,
    name: 'prompts, traces, cache, evals, approvals, keys, responses',
    sql: `
      CREATE TABLE prompt_versions (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        name TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, source TEXT NOT NULL, partials TEXT,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (name, version));
      CREATE INDEX prompt_versions_created ON prompt_versions (name, created_at, seq);
      CREATE TABLE prompt_labels (
        name TEXT COLLATE "C" NOT NULL, label TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (name, label));

      CREATE TABLE traces (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, kind TEXT NOT NULL,
        status TEXT COLLATE "C" NOT NULL, started_at BIGINT NOT NULL, duration_ms DOUBLE PRECISION NOT NULL,
        input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL, cost_usd DOUBLE PRECISION NOT NULL,
        input TEXT, output TEXT, error TEXT, api_key TEXT COLLATE "C");
      -- Lists are newest first (migration 3 orders them by start time, then id).
      CREATE INDEX traces_name ON traces (name, id);
      CREATE INDEX traces_api_key ON traces (api_key, id);
      CREATE INDEX traces_status ON traces (status, id);
      CREATE INDEX traces_started ON traces (started_at);
      CREATE TABLE spans (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        id TEXT COLLATE "C" PRIMARY KEY,
        trace_id TEXT COLLATE "C" NOT NULL REFERENCES traces(id) ON DELETE CASCADE, parent_id TEXT COLLATE "C",
        name TEXT NOT NULL, kind TEXT NOT NULL, started_at BIGINT NOT NULL, duration_ms DOUBLE PRECISION NOT NULL,
        status TEXT NOT NULL, attributes TEXT NOT NULL, input_tokens BIGINT, output_tokens BIGINT,
        cost_usd DOUBLE PRECISION, error TEXT);
      CREATE INDEX spans_trace ON spans (trace_id);
      CREATE TABLE trace_feedback (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, trace_id TEXT COLLATE "C" NOT NULL,
        score DOUBLE PRECISION NOT NULL, comment TEXT, created_at BIGINT NOT NULL);
      CREATE INDEX trace_feedback_trace ON trace_feedback (trace_id, id);

      CREATE TABLE cache (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL, expires_at BIGINT);

      CREATE TABLE eval_runs (
        id TEXT COLLATE "C" PRIMARY KEY, suite TEXT COLLATE "C" NOT NULL, suite_hash TEXT NOT NULL,
        status TEXT NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT, config TEXT NOT NULL, summary TEXT);
      CREATE INDEX eval_runs_suite ON eval_runs (suite, started_at, id);
      CREATE INDEX eval_runs_started ON eval_runs (started_at, id);
      CREATE TABLE eval_results (
        run_id TEXT COLLATE "C" NOT NULL REFERENCES eval_runs(id) ON DELETE CASCADE,
        variant TEXT COLLATE "C" NOT NULL, case_id TEXT COLLATE "C" NOT NULL, sample INTEGER NOT NULL,
        status TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, output TEXT, assertions TEXT NOT NULL,
        latency_ms DOUBLE PRECISION, cost_usd DOUBLE PRECISION, tokens BIGINT, cached BOOLEAN NOT NULL DEFAULT FALSE,
        trace_id TEXT, error TEXT, created_at BIGINT NOT NULL, retrieved TEXT, grounding TEXT,
        PRIMARY KEY (run_id, variant, case_id, sample));

      CREATE TABLE approvals (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, app TEXT COLLATE "C" NOT NULL,
        prompt TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, app_version TEXT COLLATE "C",
        reviewed TEXT, by TEXT NOT NULL, note TEXT, approved_at BIGINT NOT NULL);
      CREATE INDEX approvals_app ON approvals (app, prompt, version);

      CREATE TABLE api_keys (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, prefix TEXT NOT NULL,
        secret_hash TEXT COLLATE "C" NOT NULL UNIQUE, rpm INTEGER, tpm INTEGER,
        budget_usd_day DOUBLE PRECISION, budget_usd_month DOUBLE PRECISION, routes TEXT,
        created_at BIGINT NOT NULL, revoked_at BIGINT);
      CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
      CREATE TABLE key_spend (
        key_id TEXT COLLATE "C" NOT NULL, day TEXT COLLATE "C" NOT NULL, requests BIGINT NOT NULL,
        tokens BIGINT NOT NULL, cost_usd DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (key_id, day));

      CREATE TABLE responses (
        id TEXT COLLATE "C" PRIMARY KEY, created_at BIGINT NOT NULL, model TEXT NOT NULL,
        conversation TEXT NOT NULL, body TEXT NOT NULL, upstream TEXT);
    `,
  },
  {
    version: 2,
    name: 'key limits as 64-bit integers',
    // SQLite's INTEGER is 64-bit: a tokens-per-minute limit of ten billion was a key there and an error here.
    sql: 'ALTER TABLE api_keys ALTER COLUMN rpm TYPE BIGINT, ALTER COLUMN tpm TYPE BIGINT;',
  },
  {
    version: 3,
    name: 'traces listed by start time',
    // As SQLite's migration 15: a filtered page is one range of one index, however old its window.
    sql: `DROP INDEX traces_name, traces_api_key, traces_status, traces_started;
      CREATE INDEX traces_name ON traces (name, started_at, id);
      CREATE INDEX traces_api_key ON traces (api_key, started_at, id);
      CREATE INDEX traces_status ON traces (status, started_at, id);
      CREATE INDEX traces_started ON traces (started_at, id);`,
  },
  {
    version: 4,
    name: 'per-case figures of a run apart from its summary',
    // As SQLite's migration 16: lists of runs must not read a large run's per-case figures.
    sql: 'ALTER TABLE eval_runs ADD COLUMN case_summary TEXT;',
  },
  {
    version: 5,
    name: 'sign-offs with a role, key roles, label moves',
    // As SQLite's migration 17.
    sql: `ALTER TABLE approvals ADD COLUMN role TEXT;
      ALTER TABLE approvals ADD COLUMN decision TEXT NOT NULL DEFAULT 'approved';
      ALTER TABLE api_keys ADD COLUMN role TEXT;
      CREATE TABLE label_moves (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name TEXT COLLATE "C" NOT NULL,
        label TEXT COLLATE "C" NOT NULL,
        version TEXT NOT NULL, previous TEXT, by TEXT NOT NULL, note TEXT, moved_at BIGINT NOT NULL);
      CREATE INDEX label_moves_name ON label_moves (name, label, id);`,
  },
  {
    version: 6,
    name: 'the answering model on traces',
    // As SQLite's migration 18.
    sql: 'ALTER TABLE traces ADD COLUMN model TEXT;',
  },
];
