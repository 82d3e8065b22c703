#!/usr/bin/env node
// Follow-ups in a conversation, on the support-bot example offline: labelled conversations (README.md says how
// they were written) whose last question only makes sense with the turns before it ("is it free?" after
// Luxembourg's delivery fee), changes the topic, asks why, follows a refused turn, or cannot be answered.
// Each is run three ways, side by side:
//   tandem        the app with the conversation as history (every guardrail, retrieval and the answerer);
//   alone         the last question without the conversation (a bot that keeps no history);
//   transcript    every user turn and the question joined into one question (stuffing the chat into the query).
// A row counts when an answerable question's answer holds every key fact and was not declined, or an
// unanswerable one was declined or refused. Figures per type, and for each set with its 95% Wilson interval.
// Usage: npm run bench:conversations [-- --dev-only] [-- --set test3] [-- --show-errors] [-- --no-build]
// (--dev-only: use it while tuning, so the test set is never seen; errors print for the development set only)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { loadProject } = await dist('index.js');
const { findDecline } = await dist('evals/assertions/refusal.js');
const { wilsonInterval } = await dist('evals/stats/index.js');

const rowsOf = (set) =>
  readFileSync(join(here, `conversations-${set}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
const READINGS = ['tandem', 'alone', 'transcript'];

/** The support bot on a copy of the example, so its store and cache stay untouched. */
async function openBot() {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-conversations-'));
  cpSync(join(root, 'examples', 'support-bot'), dir, {
    recursive: true,
    filter: (src) => !src.includes('.tandem'),
  });
  process.env.TANDEM_STORE = join(dir, 'store.db');
  const project = await loadProject(dir);
  for (const name of project.knowledge.names()) await (await project.knowledge.get(name)).ingest();
  const app = await project.app('support');
  return {
    app,
    close: async () => {
      await project.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The input each reading sends for a row.
function inputOf(row, reading) {
  if (reading === 'tandem') return { vars: { question: row.question }, history: row.history };
  if (reading === 'alone') return { vars: { question: row.question } };
  const asked = row.history.filter((m) => m.role === 'user').map((m) => m.content);
  return { vars: { question: [...asked, row.question].join(' ') } };
}

async function judge(app, row, reading) {
  const run = await app.run(inputOf(row, reading), { noCache: true });
  const declined = Boolean(run.blocked || run.declined || findDecline(run.text));
  const answered =
    row.answerable && !declined && row.key_facts.every((f) => norm(run.text).includes(norm(f)));
  return { ok: row.answerable ? answered : declined, text: run.text, grounding: run.grounding };
}

const pct = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '–');
const interval = (k, n) => {
  const w = wilsonInterval(k, n);
  return `${(100 * w.low).toFixed(1)}–${(100 * w.high).toFixed(1)}%`;
};

function printSet(set, results) {
  console.log(
    `\n${set}: ${results.length} conversations, right answers (answerable: every key fact; else declined)`,
  );
  console.log(`  ${'type'.padEnd(14)} ${'n'.padStart(3)}   ${READINGS.map((r) => r.padEnd(10)).join(' ')}`);
  const types = [...new Set(results.map((r) => r.row.type))];
  for (const type of [...types, 'all']) {
    const of = type === 'all' ? results : results.filter((r) => r.row.type === type);
    const cells = READINGS.map((reading) =>
      pct(of.filter((r) => r[reading].ok).length, of.length).padEnd(10),
    );
    console.log(`  ${type.padEnd(14)} ${String(of.length).padStart(3)}   ${cells.join(' ')}`);
  }
  const k = results.filter((r) => r.tandem.ok).length;
  console.log(`  tandem, 95% interval: ${pct(k, results.length)} [${interval(k, results.length)}]`);
}

function printErrors(results) {
  console.log('\nerrors (development sets only):');
  for (const { row, tandem } of results.filter((r) => !r.tandem.ok)) {
    const turns = row.history.filter((m) => m.role === 'user').map((m) => m.content);
    console.log(`  ${row.id} (${row.type}) ${turns.join(' / ')} / ${row.question}`);
    console.log(`    → ${tandem.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    if (tandem.grounding?.question) console.log(`    (read as: ${tandem.grounding.question})`);
  }
}

// --set <name>: that set alone (test10, the held-out set not yet tuned on: run once, at the end of a session).
const asked = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
// Every set here, by its file's name: the development sets first (dev, dev2, …), then the held-out ones (test, test3, …).
const setNumber = (name) => Number(name.match(/\d+$/)?.[0] ?? 1);
const allSets = (kind) =>
  readdirSync(here)
    .map((f) => f.match(/^conversations-((?:dev|test)\d*)\.jsonl$/)?.[1])
    .filter((name) => name?.startsWith(kind))
    .sort((a, b) => setNumber(a) - setNumber(b));
if (asked && !existsSync(join(here, `conversations-${asked}.jsonl`))) {
  console.error(
    `--set ${asked}: no conversations-${asked}.jsonl here (sets: ${[...allSets('dev'), ...allSets('test')].join(', ')})`,
  );
  process.exit(1);
}
const sets = asked
  ? [asked]
  : process.argv.includes('--dev-only')
    ? allSets('dev')
    : [...allSets('dev'), ...allSets('test')];
console.log(`follow-ups in conversations, support-bot example offline (node ${process.version})`);
const bot = await openBot();
for (const set of sets) {
  const results = [];
  for (const row of rowsOf(set)) {
    const result = { row };
    for (const reading of READINGS) result[reading] = await judge(bot.app, row, reading);
    results.push(result);
  }
  printSet(set, results);
  if (set.startsWith('dev') && process.argv.includes('--show-errors')) printErrors(results);
}
await bot.close();
