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
  {
    version: 2,
    name: 'knowledge index',
    // Full-text (FTS5) and vector (sqlite-vec) tables are per knowledge base, created by the index when a base
    // is first used, so BM25 statistics never mix bases; these tables hold what all bases share.
    sql: `
      CREATE TABLE kb_documents (
        kb TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, hash TEXT NOT NULL, title TEXT,
        metadata TEXT NOT NULL, chunks INTEGER NOT NULL, ingested_at INTEGER NOT NULL,
        PRIMARY KEY (kb, id));
      CREATE INDEX kb_documents_source ON kb_documents (kb, source);
      CREATE TABLE kb_chunks (
        rowid INTEGER PRIMARY KEY, kb TEXT NOT NULL, id TEXT NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL,
        text TEXT NOT NULL, headings TEXT NOT NULL, page INTEGER, tokens INTEGER NOT NULL,
        UNIQUE (kb, id));
      CREATE INDEX kb_chunks_doc ON kb_chunks (kb, doc_id);
      CREATE TABLE kb_meta (kb TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kb, key));
      CREATE TABLE embedding_cache (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash));
    `,
  },
  {
    version: 3,
    name: 'lexical index snapshots',
    // The in-memory BM25 index of a knowledge base, saved after ingest; `generation` says which state of the
    // chunks it was built from, so a stale snapshot is never used.
    sql: `CREATE TABLE kb_lexical (kb TEXT PRIMARY KEY, generation INTEGER NOT NULL, data BLOB NOT NULL);`,
  },
  {
    version: 4,
    name: 'evaluation runs and results',
    // A result row is written as soon as its sample is graded, so a killed run loses nothing finished and
    // `tandem eval --resume` skips exactly what is here.
    sql: `
      CREATE TABLE eval_runs (
        id TEXT PRIMARY KEY, suite TEXT NOT NULL, suite_hash TEXT NOT NULL, status TEXT NOT NULL,
        started_at INTEGER NOT NULL, finished_at INTEGER, config TEXT NOT NULL, summary TEXT);
      CREATE INDEX eval_runs_suite ON eval_runs (suite, started_at);
      CREATE TABLE eval_results (
        run_id TEXT NOT NULL REFERENCES eval_runs(id) ON DELETE CASCADE, variant TEXT NOT NULL, case_id TEXT NOT NULL,
        sample INTEGER NOT NULL, status TEXT NOT NULL, score REAL NOT NULL, output TEXT, assertions TEXT NOT NULL,
        latency_ms REAL, cost_usd REAL, tokens INTEGER, cached INTEGER NOT NULL DEFAULT 0, trace_id TEXT, error TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (run_id, variant, case_id, sample));
    `,
  },
  {
    version: 5,
    name: 'retrieved chunks per eval result',
    // Watch mode compares what each case retrieves now with what it retrieved last time.
    sql: `ALTER TABLE eval_results ADD COLUMN retrieved TEXT;`,
  },
  {
    version: 6,
    name: 'playbook approvals',
    sql: `CREATE TABLE approvals (
      id INTEGER PRIMARY KEY, app TEXT NOT NULL, prompt TEXT NOT NULL, version TEXT NOT NULL, by TEXT NOT NULL,
      note TEXT, approved_at INTEGER NOT NULL);
      CREATE INDEX approvals_app ON approvals (app, prompt, version);`,
  },
  {
    version: 7,
    name: 'trace feedback',
    sql: `CREATE TABLE trace_feedback (
      id INTEGER PRIMARY KEY, trace_id TEXT NOT NULL, score REAL NOT NULL, comment TEXT, created_at INTEGER NOT NULL);
      CREATE INDEX trace_feedback_trace ON trace_feedback (trace_id);`,
  },
  {
    version: 8,
    name: 'virtual api keys',
    sql: `CREATE TABLE api_keys (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, prefix TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
      rpm INTEGER, tpm INTEGER, budget_usd_day REAL, budget_usd_month REAL, routes TEXT,
      created_at INTEGER NOT NULL, revoked_at INTEGER);
      CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
      CREATE TABLE key_spend (
      key_id TEXT NOT NULL, day TEXT NOT NULL, requests INTEGER NOT NULL, tokens INTEGER NOT NULL,
      cost_usd REAL NOT NULL, PRIMARY KEY (key_id, day));`,
  },
  {
    version: 9,
    name: 'api key on traces',
    sql: `ALTER TABLE traces ADD COLUMN api_key TEXT;
      CREATE INDEX traces_api_key ON traces (api_key, id);`,
  },
  {
    version: 10,
    name: 'prompt partials and approved app versions',
    sql: `ALTER TABLE prompt_versions ADD COLUMN partials TEXT;
      ALTER TABLE approvals ADD COLUMN app_version TEXT;
      ALTER TABLE approvals ADD COLUMN reviewed TEXT;`,
  },
  {
    version: 11,
    name: 'grounding verdict per eval result',
    // Reports show whether retrieval could answer each case, and why, next to its assertions.
    sql: `ALTER TABLE eval_results ADD COLUMN grounding TEXT;`,
  },
  {
    version: 12,
    name: 'stored responses of the Responses API',
    // previous_response_id continues a stored conversation; GET and DELETE /v1/responses/:id read and remove it.
    sql: `CREATE TABLE responses (
      id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, model TEXT NOT NULL, conversation TEXT NOT NULL,
      body TEXT NOT NULL);`,
  },
  {
    version: 13,
    name: 'stored responses relayed from an upstream',
    // A relayed response is kept by its upstream too: continuing it relays again instead of translating.
    sql: `ALTER TABLE responses ADD COLUMN upstream TEXT;`,
  },
  {
    version: 14,
    name: 'retention: traces and runs by age',
    // `tandem store prune` deletes the oldest first, in batches: each batch must find them without a scan.
    sql: `CREATE INDEX traces_started ON traces (started_at);
      CREATE INDEX eval_runs_started ON eval_runs (started_at, id);`,
  },
  {
    version: 15,
    name: 'traces listed by start time',
    // A page of a filtered list (app and a time window, a key, a status) is one range of one index, newest
    // first: with (name, id) a window three weeks back scanned every newer trace of the app first.
    sql: `DROP INDEX traces_name;
      DROP INDEX traces_api_key;
      DROP INDEX traces_started;
      CREATE INDEX traces_name ON traces (name, started_at, id);
      CREATE INDEX traces_api_key ON traces (api_key, started_at, id);
      CREATE INDEX traces_status ON traces (status, started_at, id);
      CREATE INDEX traces_started ON traces (started_at, id);`,
  },
  {
    version: 16,
    name: 'per-case figures of a run apart from its summary',
    // A run of 100,000 samples keeps tens of MB of per-case figures: lists of runs must not read them.
    sql: 'ALTER TABLE eval_runs ADD COLUMN case_summary TEXT;',
  },
  {
    version: 17,
    name: 'sign-offs with a role, key roles, label moves',
    // Reviews: an approval or a request for changes, signed for a role (legal, brand); the studio's keys say
    // what their holder may do; every label move is kept, with who moved it from which version.
    sql: `ALTER TABLE approvals ADD COLUMN role TEXT;
      ALTER TABLE approvals ADD COLUMN decision TEXT NOT NULL DEFAULT 'approved';
      ALTER TABLE api_keys ADD COLUMN role TEXT;
      CREATE TABLE label_moves (
        id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, label TEXT NOT NULL, version TEXT NOT NULL,
        previous TEXT, by TEXT NOT NULL, note TEXT, moved_at INTEGER NOT NULL);
      CREATE INDEX label_moves_name ON label_moves (name, label, id);`,
  },
  {
    version: 18,
    name: 'the answering model on traces',
    // The dashboard counts traces by the model that answered.
    sql: 'ALTER TABLE traces ADD COLUMN model TEXT;',
  },
];
