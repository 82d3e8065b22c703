// Seeds a store with `n` traces (one model span each) spread over the last 30 days, in the database itself
// (a recursive CTE in SQLite, generate_series in PostgreSQL) rather than through tandem, so 10 million take
// minutes. Rows look like tandem's own: ids that begin with their time, ten app or route names, 3% errors and
// 1% aborted, twenty keys, JSON input and output of a support question and its answer.
// The tables' indexes are dropped first and created again after, from their own definitions.

export const NAMES = [
  'support',
  'billing',
  'search',
  'triage',
  'onboarding',
  'summarize',
  'translate',
  'classify',
  'main',
  'gpt-4o-mini',
];
export const DAY_MS = 86_400_000;
const SPAN_MS = 30 * DAY_MS;
const INPUT = JSON.stringify({
  vars: { question: 'How do I reset the password of my account? I tried twice already.' },
});
const OUTPUT = JSON.stringify(
  'Open Settings, choose Security, then Reset password. A link valid for 30 minutes is sent to the address on file [1].',
);
const ATTRIBUTES = JSON.stringify({
  'gen_ai.system': 'openai',
  'gen_ai.request.model': 'gpt-4o-mini',
  'gen_ai.response.finish_reasons': ['stop'],
  route: 'main',
});

const nameCase = (col) => `CASE ${col} % 10 ${NAMES.map((n, k) => `WHEN ${k} THEN '${n}'`).join(' ')} END`;
const statusCase = (col) =>
  `CASE WHEN (${col} / 10) % 100 < 3 THEN 'error' WHEN (${col} / 10) % 100 = 3 THEN 'aborted' ELSE 'ok' END`;
const quote = (s) => `'${s.replaceAll("'", "''")}'`;

/** Seeds tandem's SQLite file `file` (already migrated by tandem); returns the time the traces end at. */
export async function seedSqlite(file, n, now) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('traces', 'spans') AND sql IS NOT NULL",
    )
    .all();
  for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
  const start = now - SPAN_MS;
  const step = SPAN_MS / n;
  const BATCH = 1_000_000;
  for (let from = 0; from < n; from += BATCH) {
    const to = Math.min(n, from + BATCH) - 1;
    const rows = `WITH RECURSIVE s(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM s WHERE i < ${to}),
      r AS (SELECT i, CAST(${start} + i * ${step} AS INTEGER) AS t FROM s)`;
    db.exec('BEGIN');
    db.exec(`${rows} INSERT INTO traces (id, name, kind, status, started_at, duration_ms, input_tokens, output_tokens,
      cost_usd, input, output, error, api_key)
      SELECT printf('tr_%012x00000000%06x', t, i % 16777216), ${nameCase('i')}, 'app', ${statusCase('i')}, t,
        400 + i % 900, 420 + i % 300, 60 + i % 200, 0.00012 + (i % 50) / 1e6, ${quote(INPUT)}, ${quote(OUTPUT)},
        CASE WHEN (i / 10) % 100 < 3 THEN 'upstream returned 503' END, 'key_' || (i % 20) FROM r`);
    db.exec(`${rows} INSERT INTO spans (id, trace_id, parent_id, name, kind, started_at, duration_ms, status, attributes,
      input_tokens, output_tokens, cost_usd, error)
      SELECT printf('sp_%012x00000000%06x', t, i % 16777216), printf('tr_%012x00000000%06x', t, i % 16777216), NULL,
        'model gpt-4o-mini', 'model', t + 3, 390 + i % 900, ${statusCase('i')}, ${quote(ATTRIBUTES)}, 420 + i % 300,
        60 + i % 200, 0.00012 + (i % 50) / 1e6, NULL FROM r`);
    db.exec('COMMIT');
    process.stderr.write(`sqlite: ${to + 1} traces\n`);
  }
  for (const i of indexes) db.exec(i.sql);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}

/** Seeds the PostgreSQL schema `schema` (already migrated by tandem). */
export async function seedPostgres(sql, schema, n, now) {
  const tables = ['traces', 'spans'];
  const indexes = await sql`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = ${schema} AND tablename = ANY(${tables}) AND indexname NOT LIKE '%_pkey'`;
  for (const i of indexes) await sql.unsafe(`DROP INDEX ${schema}.${i.indexname}`);
  const start = now - SPAN_MS;
  const step = SPAN_MS / n;
  const BATCH = 1_000_000;
  for (let from = 0; from < n; from += BATCH) {
    const to = Math.min(n, from + BATCH) - 1;
    const rows = `FROM (SELECT i, (${start} + i * ${step})::bigint AS t FROM generate_series(${from}::bigint, ${to}::bigint) AS i) r`;
    const id = (p) =>
      `'${p}_' || lpad(to_hex(t), 12, '0') || '00000000' || lpad(to_hex(i % 16777216), 6, '0')`;
    await sql.unsafe(`INSERT INTO ${schema}.traces (id, name, kind, status, started_at, duration_ms, input_tokens,
      output_tokens, cost_usd, input, output, error, api_key)
      SELECT ${id('tr')}, ${nameCase('i')}, 'app', ${statusCase('i')}, t, 400 + i % 900, 420 + i % 300, 60 + i % 200,
        0.00012 + (i % 50) / 1e6, ${quote(INPUT)}, ${quote(OUTPUT)},
        CASE WHEN (i / 10) % 100 < 3 THEN 'upstream returned 503' END, 'key_' || (i % 20) ${rows}`);
    await sql.unsafe(`INSERT INTO ${schema}.spans (id, trace_id, parent_id, name, kind, started_at, duration_ms, status,
      attributes, input_tokens, output_tokens, cost_usd, error)
      SELECT ${id('sp')}, ${id('tr')}, NULL, 'model gpt-4o-mini', 'model', t + 3, 390 + i % 900, ${statusCase('i')},
        ${quote(ATTRIBUTES)}, 420 + i % 300, 60 + i % 200, 0.00012 + (i % 50) / 1e6, NULL ${rows}`);
    process.stderr.write(`postgres: ${to + 1} traces\n`);
  }
  for (const i of indexes) await sql.unsafe(i.indexdef);
  await sql.unsafe(`VACUUM ANALYZE ${schema}.traces`);
  await sql.unsafe(`VACUUM ANALYZE ${schema}.spans`);
}

/** Bytes the traces and spans take in the schema, indexes and TOAST included. */
export async function postgresBytes(sql, schema) {
  const [row] = await sql`
    SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c
    JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = ${schema} AND c.relname IN ('traces', 'spans', 'trace_feedback') AND c.relkind = 'r'`;
  return Number(row.bytes);
}
