#!/usr/bin/env node
// Grounded answers on documents tandem was not tuned on, one corpus after the other: Halden Rowe's handbook
// (docs/, 29 files in seven formats, current and superseded policies; 70 questions split into a development
// half that may be tuned on and a test half never tuned on or read while tuning, plus two more development
// sets), Kestrel Freight's in second/, Wrenfield Hotels' in third/, Pellridge Systems' in fourth/,
// Kilbrannagh Libraries' in fifth/, Tamarack Air's in sixth/, Brolga Civil Contracting's in seventh/,
// Sagebrook Community Health's in eighth/, Tūranga Bay District Council's in ninth/, Halia Facilities &
// Engineering's in tenth/, Prakriya Engineering Services' in eleventh/, Kwezi Frost Logistics' in twelfth/,
// Red River Prairie Credit Union's in thirteenth/, Torran Ferries' in fourteenth/, Glenmore Dairy Co-operative's in
// fifteenth/, Tanglaw Contact Solutions' in sixteenth/, Kelip Semiconductor's in seventeenth/, Havgaard Offshore
// Service's in eighteenth/ and Ghaf Flight Catering's in nineteenth/ (each README.md says how it was written). A corpus is a folder with docs/ (sub-folders too), questions-<set>.jsonl,
// superseded.txt (the superseded files),
// org.txt (its name) and optionally project/ (else ./project); every sub-folder with a superseded.txt is one.
// Prints for each corpus, its sets side by side: retrieval hit@1/3/5, MRR and key-fact recall in the top 5,
// for tandem and for a naive baseline (BM25 over the raw files in 200-word chunks); end to end with the
// offline extractive answerer: answerable questions answered with every key fact, unanswerable ones
// declined, answerable ones wrongly declined, and answers that cite a superseded document; and the
// superseded files tandem did not recognise as such. The targets print with 95% Wilson intervals, and at the
// end the last half of every corpus is pooled (the test halves: the figure a new organisation should expect).
// Usage: npm run bench:grounding [-- --corpus second] [-- --show-errors] [-- --dev-only] [-- --set dev2] [-- --no-build]
// [-- --except twentyfourth] [-- --by-type] (pooled pass rates by question type: counts only, no question is printed)
// (errors, with the grounding verdict's reason, are printed for the development sets only; --dev-only skips the
// test halves entirely: use it while tuning, so no test half is seen)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { builtPackage, corporaExcept, here, openCorpus } from './corpora.mjs';

// --no-build: dist/ is already built (several corpora run side by side must not build it at once).
const dist = builtPackage();
const { loadProject } = await dist('index.js');
const { findDecline } = await dist('evals/assertions/refusal.js');
const { wilsonInterval } = await dist('evals/stats/index.js');

const questions = (corpus, half) =>
  readFileSync(join(corpus, `questions-${half}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
const hasFact = (text, fact) => norm(text).includes(norm(fact));
const fileOf = (source) => source.replace(/#.*$/, '');

/** Retrieval figures from ranked source lists. */
function retrievalFigures(rows) {
  const answerable = rows.filter((r) => r.q.answerable);
  const rankOf = (r) => r.ranked.findIndex((s) => r.q.sources.includes(s));
  const hit = (n) => answerable.filter((r) => rankOf(r) >= 0 && rankOf(r) < n).length / answerable.length;
  const mrr =
    answerable.reduce((a, r) => a + (rankOf(r) >= 0 ? 1 / (rankOf(r) + 1) : 0), 0) / answerable.length;
  const facts = answerable.flatMap((r) => r.q.key_facts.map((f) => hasFact(r.top5, f)));
  return {
    hit1: hit(1),
    hit3: hit(3),
    hit5: hit(5),
    mrr,
    factRecall: facts.filter(Boolean).length / facts.length,
    n: answerable.length,
  };
}

/** tandem's retrieval as the app does it (question parts, other wordings), sources ranked by their best chunk. */
async function tandemRetrieval(app, q) {
  const passages = await app.passages({ vars: { question: q.question } }, { k: 5 });
  const ranked = [...new Set(passages.map((p) => fileOf(p.source ?? '')))];
  return { q, ranked, top5: passages.map((p) => p.text).join('\n') };
}

/** The naive baseline: every file's raw bytes as UTF-8 text in 200-word chunks, ranked by BM25. */
function naiveIndex(docsDir) {
  const chunks = [];
  // Every file, in sub-folders too ("docs/handbook/archive/travel-v3.md").
  const files = readdirSync(docsDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      relative(docsDir, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/'),
    );
  for (const f of files) {
    const words = readFileSync(join(docsDir, f), 'utf8').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i += 200)
      chunks.push({ source: `docs/${f}`, text: words.slice(i, i + 200).join(' ') });
  }
  const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const docs = chunks.map((c) => {
    const tf = new Map();
    for (const t of tokens(c.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { ...c, tf, len: [...tf.values()].reduce((a, b) => a + b, 0) };
  });
  const avg = docs.reduce((a, d) => a + d.len, 0) / docs.length;
  const df = new Map();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return (query) => {
    const scored = docs.map((d) => {
      let s = 0;
      for (const t of new Set(tokens(query))) {
        const f = d.tf.get(t);
        if (!f) continue;
        const idf = Math.log(1 + (docs.length - df.get(t) + 0.5) / (df.get(t) + 0.5));
        s += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * d.len) / avg));
      }
      return { d, s };
    });
    return scored
      .sort((a, b) => b.s - a.s)
      .slice(0, 5)
      .map((x) => x.d);
  };
}

/** End to end: the app's answer, judged by its key facts, its decline and the documents it cites. */
async function answerRow(app, q, superseded) {
  const r = await app.run({ vars: { question: q.question } });
  const declined = Boolean(r.blocked || findDecline(r.text));
  const cited = (r.citations ?? []).map((c) => fileOf(c.source ?? ''));
  return {
    q,
    text: r.text,
    reason: r.grounding ? `${r.grounding.grounded ? 'grounded' : 'not grounded'}: ${r.grounding.reason}` : '',
    declined,
    allFacts: q.answerable && q.key_facts.every((f) => hasFact(r.text, f)),
    supersededCited: cited.some((s) => superseded.has(s)),
  };
}

function answerFigures(rows) {
  const answerable = rows.filter((r) => r.q.answerable);
  const unanswerable = rows.filter((r) => !r.q.answerable);
  const counts = {
    answered: answerable.filter((r) => r.allFacts).length,
    declinedUnanswerable: unanswerable.filter((r) => r.declined).length,
    wronglyDeclined: answerable.filter((r) => r.declined).length,
  };
  return {
    answered: counts.answered / answerable.length,
    declinedUnanswerable: counts.declinedUnanswerable / unanswerable.length,
    wronglyDeclined: counts.wronglyDeclined / answerable.length,
    supersededCited: rows.filter((r) => r.supersededCited).length,
    n: [answerable.length, unanswerable.length],
    counts,
  };
}

// A share with its 95% Wilson interval: 23 questions say little, and the reader should see how little.
const withInterval = (successes, n) => {
  if (!n) return 'n/a (none asked)';
  const { low, high } = wilsonInterval(successes, n);
  return `${f(successes / n)} [${f(low)}–${f(high)}]`;
};

const argAfter = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const lines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The sets to run: --set <name> alone; --dev-only every development set; by default those, then the test half. */
function setsOf(corpus) {
  if (argAfter('--set')) return [argAfter('--set')];
  const devSets = readdirSync(corpus)
    .map((f) => f.match(/^questions-(dev\d*)\.jsonl$/)?.[1])
    .filter(Boolean)
    .sort();
  return process.argv.includes('--dev-only') ? devSets : [...devSets, 'test'];
}

/** Every figure of one corpus's sets: a copy of the project with the documents, so the run leaves no store here. */
async function measureCorpus(corpus, halves) {
  const superseded = new Set(lines(join(corpus, 'superseded.txt')));
  const { kb, app, close } = await openCorpus(loadProject, corpus);
  const naive = naiveIndex(join(corpus, 'docs'));
  // The corpus's superseded files that tandem did not see as superseded: checked on the documents alone.
  const marked = new Set(
    (await kb.index.documents())
      .filter((d) => ['superseded', 'draft'].includes(d.metadata?.status))
      .map((d) => fileOf(d.id)),
  );
  const figures = { unrecognised: [...superseded].filter((f) => !marked.has(f)) };
  for (const half of halves) {
    const qs = questions(corpus, half);
    const tandemRows = await Promise.all(qs.map((q) => tandemRetrieval(app, q)));
    const naiveRows = qs.map((q) => {
      const top = naive(q.question);
      return { q, ranked: [...new Set(top.map((d) => d.source))], top5: top.map((d) => d.text).join('\n') };
    });
    const answers = [];
    for (const q of qs) answers.push(await answerRow(app, q, superseded));
    figures[half] = {
      tandem: retrievalFigures(tandemRows),
      naive: retrievalFigures(naiveRows),
      answers: answerFigures(answers),
      rows: answers,
    };
  }
  await close();
  return figures;
}

const f = (x) => x.toFixed(3);

function printFigures(name, halves, figures) {
  const pair = (get) => halves.map((h) => f(get(figures[h]))).join(' | ');
  const counts = (i) => halves.map((h) => figures[h].answers.n[i]).join(' | ');
  console.log(`\n${name}: ${halves.join(' | ')}\n`);
  console.log(
    'retrieval (answerable questions)      tandem            naive BM25 (raw files, 200-word chunks)',
  );
  for (const [label, key] of [
    ['hit@1', 'hit1'],
    ['hit@3', 'hit3'],
    ['hit@5', 'hit5'],
    ['MRR', 'mrr'],
    ['key facts in top 5', 'factRecall'],
  ])
    console.log(`  ${label.padEnd(34)} ${pair((h) => h.tandem[key])}     ${pair((h) => h.naive[key])}`);
  console.log('\nend to end, offline extractive answerer');
  console.log(`  answerable, every key fact          ${pair((h) => h.answers.answered)}   (of ${counts(0)})`);
  console.log(
    `  unanswerable, declined              ${pair((h) => h.answers.declinedUnanswerable)}   (of ${counts(1)})`,
  );
  console.log(`  answerable, wrongly declined        ${pair((h) => h.answers.wronglyDeclined)}`);
  console.log(
    `  answers citing a superseded file    ${halves.map((h) => figures[h].answers.supersededCited).join(' | ')}`,
  );
  const missed = figures.unrecognised;
  console.log(
    `\nsuperseded files not recognised as such (as superseded, or as a draft): ${missed.length ? missed.join(', ') : 'none'}`,
  );
}

function printTargets(t) {
  const check = (label, ok, value) => console.log(`  ${label.padEnd(58)} ${value}  ${ok ? 'MET' : 'MISSED'}`);
  const { counts, n } = t.answers;
  console.log('\ntargets (test half, offline; 95% interval in brackets)');
  check(
    'every key fact in ≥ 70% of answerable answers',
    t.answers.answered >= 0.7,
    withInterval(counts.answered, n[0]),
  );
  check(
    '≥ 80% of unanswerable questions declined',
    t.answers.declinedUnanswerable >= 0.8,
    withInterval(counts.declinedUnanswerable, n[1]),
  );
  check(
    '≤ 10% of answerable questions wrongly declined',
    t.answers.wronglyDeclined <= 0.1,
    withInterval(counts.wronglyDeclined, n[0]),
  );
  check('no superseded document cited', t.answers.supersededCited === 0, String(t.answers.supersededCited));
  check('hit@3 ≥ 0.95', t.tandem.hit3 >= 0.95, f(t.tandem.hit3));
}

function printErrors(halves, figures) {
  const shown = halves.filter((h) => h !== 'test');
  console.log(`\nerrors (${shown.join(', ')}; never the test half):`);
  for (const r of shown.flatMap((h) => figures[h].rows)) {
    const wrong = r.q.answerable ? !r.allFacts || r.declined : !r.declined;
    if (wrong || r.supersededCited)
      console.log(
        `  ${r.q.id} (${r.q.type}) ${r.q.question}\n    → ${r.text.replace(/\s+/g, ' ').slice(0, 160)}\n    (${r.reason})`,
      );
  }
}

// Every corpus: this folder's and each sub-folder's with a superseded.txt (second/, third/, …), but those
// --except names (a corpus being written, not yet to be run).
const excepted = (argAfter('--except') ?? '').split(',').filter(Boolean);
const corpora = argAfter('--corpus') ? [join(here, argAfter('--corpus'))] : corporaExcept(excepted);
const missing = corpora.filter((c) => argAfter('--corpus') && !existsSync(join(c, 'superseded.txt')));
if (missing.length) {
  console.error(
    `--corpus ${argAfter('--corpus')}: no corpus there (a corpus is a folder under bench/grounding/ with docs/, questions-*.jsonl and superseded.txt; try --corpus second or --corpus third)`,
  );
  process.exit(1);
}
// A set asked for by name must exist in every corpus run: a clear message, not a stack trace.
const asked = argAfter('--set');
const lacking = corpora.filter(
  (c) => asked && existsSync(join(c, 'superseded.txt')) && !existsSync(join(c, `questions-${asked}.jsonl`)),
);
if (lacking.length) {
  const sets = (c) =>
    readdirSync(c)
      .filter((f) => /^questions-.*\.jsonl$/.test(f))
      .map((f) => f.slice(10, -6));
  console.error(
    `--set ${asked}: no questions-${asked}.jsonl in ${lacking.map((c) => (c === here ? '.' : basename(c))).join(', ')} (sets there: ${sets(lacking[0]).join(', ')})`,
  );
  process.exit(1);
}
console.log(`grounding benchmark (node ${process.version})`);
// The last half run of each corpus (the test half; or the --set asked for), pooled at the end.
const pooled = [];
for (const corpus of corpora.filter((c) => existsSync(join(c, 'superseded.txt')))) {
  const halves = setsOf(corpus);
  const figures = await measureCorpus(corpus, halves);
  printFigures(`${lines(join(corpus, 'org.txt'))[0]} handbook`, halves, figures);
  if (figures.test) printTargets(figures.test);
  if (halves.length) pooled.push(figures[halves[halves.length - 1]]);
  if (process.argv.includes('--show-errors')) printErrors(halves, figures);
}
if (pooled.length > 1) printPooled(pooled, halvesName());

// What the pooled halves are called: the test halves, or the set asked for.
function halvesName() {
  if (argAfter('--set')) return `${argAfter('--set')} sets`;
  return process.argv.includes('--dev-only') ? 'last development sets' : 'test halves';
}

/**
 * The last half run of every corpus as one sample (the test halves by default: the figure a new organisation's
 * documents should expect). With --dev-only each corpus's last development set is pooled, whichever it is.
 */
function printPooled(tests, name) {
  const sum = (get) => tests.reduce((total, t) => total + get(t), 0);
  const answerable = sum((t) => t.answers.n[0]);
  const unanswerable = sum((t) => t.answers.n[1]);
  const hits = sum((t) => t.tandem.hit3 * t.tandem.n);
  console.log(`\nall ${tests.length} ${name} pooled (95% interval in brackets)`);
  console.log(
    `  every key fact                       ${withInterval(
      sum((t) => t.answers.counts.answered),
      answerable,
    )}`,
  );
  console.log(
    `  unanswerable, declined               ${withInterval(
      sum((t) => t.answers.counts.declinedUnanswerable),
      unanswerable,
    )}`,
  );
  console.log(
    `  answerable, wrongly declined         ${withInterval(
      sum((t) => t.answers.counts.wronglyDeclined),
      answerable,
    )}`,
  );
  console.log(
    `  hit@3                                ${withInterval(
      Math.round(hits),
      sum((t) => t.tandem.n),
    )}`,
  );
  console.log(`  answers citing a superseded file     ${sum((t) => t.answers.supersededCited)}`);
  if (process.argv.includes('--by-type')) printByType(tests.flatMap((t) => t.rows));
}

/** Pass rates by question type (answerable: every key fact and not declined; unanswerable: declined). */
function printByType(rows) {
  const types = [...new Set(rows.map((r) => r.q.type))].sort();
  console.log('\n  by question type (pass / questions)');
  for (const type of types) {
    const of = rows.filter((r) => r.q.type === type);
    const pass = of.filter((r) => (r.q.answerable ? r.allFacts && !r.declined : r.declined)).length;
    const declined = of.filter((r) => r.declined).length;
    console.log(`    ${type.padEnd(14)} ${withInterval(pass, of.length)}   declined ${declined}`);
  }
}
