#!/usr/bin/env node
// Where the offline answerer loses answerable questions, and how much a lexical signal can still tell, on the
// development sets of every corpus only (never a test half). Three readings:
// 1. Each answerable question's fate: every key fact answered; declined; a key fact in no retrieved passage (the
//    right document among them or not; the fact in the top 20 chunks or not); or retrieved but not quoted (where
//    the sentence holding it ranks).
// 2. Whether answerable and unanswerable questions differ in what the answerability check can read: among the
//    questions it grounds, the area under the ROC curve of each figure it could decline by (0.5: no better than
//    a coin), and for each reason it declines by, how many of those questions were answerable.
// 3. Whether learned weights would rank sentences better than tandem's hand-set ranking: a logistic regression
//    over each ranked sentence's figures, trained on every corpus but one and tested on that one (leave one
//    corpus out: the held-out corpus plays the new organisation), its top 1 and top 3 against tandem's.
// Usage: npm run bench:grounding:ceiling [-- --no-build]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { builtPackage, corporaExcept, devSets, openCorpus as openCopy } from './corpora.mjs';

const dist = builtPackage();
const { loadProject } = await dist('index.js');
const { findDecline } = await dist('evals/assertions/refusal.js');
const { rankSentences } = await dist('providers/extractive/rank-sentences.js');
const { retrieveQuestion } = await dist('pipeline/retrieve-question.js');
const { toContextDocument } = await dist('pipeline/retrieval-context.js');
const { expectedAnswerType, holdsAnswerType } = await dist('rag/index.js');

const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
const hasFact = (text, fact) => norm(text).includes(norm(fact));
const fileOf = (source) => source.replace(/#.*$/, '');
/** A corpus's app on a copy of its project and documents, ingested. */
const openCorpus = (corpus) => openCopy(loadProject, corpus);

/** One question read every way the three readings need. */
async function readQuestion({ kb, app }, q) {
  const found = await retrieveQuestion({ base: kb, queryVar: 'question', k: 5 }, q.question, {});
  const passages = found.hits.map(toContextDocument);
  const run = await app.run({ vars: { question: q.question } });
  const ranked = rankSentences(found.query, passages);
  const type = expectedAnswerType(found.query);
  const declined = Boolean(run.blocked || findDecline(run.text));
  const row = { q, declined, grounding: run.grounding, topSentence: ranked[0]?.score ?? 0 };
  if (!q.answerable) return row;
  row.answered = q.key_facts.every((f) => hasFact(run.text, f));
  row.fate = row.answered ? 'answered' : declined ? 'declined' : await fateOf(app, q, passages, ranked);
  row.sentences = ranked.map((s, i) => ({
    label: q.key_facts.some((f) => hasFact(s.text, f)),
    x: figuresOf(s, i, ranked, passages, type, found.query),
  }));
  return row;
}

// Why an answer that was not declined lacks a key fact: not retrieved (right document or not, the fact in the
// top 20 chunks or not), or retrieved and not quoted (the rank of the sentence holding it, when one does).
async function fateOf(app, q, passages, ranked) {
  const retrieved = passages.map((p) => p.text).join('\n');
  if (!q.key_facts.every((f) => hasFact(retrieved, f))) {
    const docIn = passages.some((p) => q.sources.includes(fileOf(p.source)));
    const deep = await app.passages({ vars: { question: q.question } }, { k: 20 });
    const inDeep = q.key_facts.every((f) => deep.some((p) => hasFact(p.text, f)));
    return `not retrieved (${docIn ? 'its document was' : 'nor its document'}; ${inDeep ? 'in the top 20 chunks' : 'not in the top 20'})`;
  }
  const ranks = q.key_facts.map((f) => ranked.findIndex((s) => hasFact(s.text, f)));
  if (ranks.includes(-1)) return 'retrieved, not quoted (no one sentence holds it)';
  const worst = Math.max(...ranks);
  return `retrieved, not quoted (its sentence ranks ${worst < 3 ? '2nd–3rd' : worst < 10 ? '4th–10th' : 'below 10th'})`;
}

// What a ranked sentence offers a learned ranker: tandem's own scores, raw and against the best, whether it
// holds the kind of fact asked for, is a table row, a list item, a question; where it stands.
function figuresOf(s, rank, ranked, passages, type, question) {
  const best = ranked[0];
  return [
    s.score,
    s.closeness,
    s.matched / s.of,
    s.score / (best.score || 1),
    s.closeness / (best.closeness || 1),
    holdsAnswerType(s.text, type, question) ? 1 : 0,
    s.text.includes(' · ') ? 1 : 0,
    s.passageIndex / 4,
    Math.min(s.sentenceIndex, 10) / 10,
    Math.min(s.text.split(/\s+/).length, 60) / 60,
    /\d/.test(s.text) ? 1 : 0,
    (s.passage.score ?? 0) / (passages[0].score || 1),
    /^\s*(?:[-*•]|\d+[.)])/.test(s.text) ? 1 : 0,
    /\?\s*$/.test(s.text) ? 1 : 0,
    Math.min(rank, 20) / 20,
  ];
}

/** Logistic regression by batch gradient descent (a few hundred questions: no library needed to see a trend). */
function fitLogistic(examples, { epochs = 400, rate = 0.5, l2 = 0.001 } = {}) {
  const dims = examples[0].x.length + 1;
  const w = new Array(dims).fill(0);
  for (let e = 0; e < epochs; e++) {
    const grad = new Array(dims).fill(0);
    for (const { x, label } of examples) {
      const err = 1 / (1 + Math.exp(-dot(w, x))) - (label ? 1 : 0);
      for (let j = 0; j < dims; j++) grad[j] += err * (j < x.length ? x[j] : 1);
    }
    for (let j = 0; j < dims; j++)
      w[j] -= rate * (grad[j] / examples.length + (j < dims - 1 ? l2 * w[j] : 0));
  }
  return w;
}
const dot = (w, x) => x.reduce((sum, v, j) => sum + v * w[j], w[w.length - 1]);

// The area under the ROC curve of `value` telling answerable questions (higher) from unanswerable ones.
function auc(rows, value) {
  const pos = rows.filter((r) => r.q.answerable).map(value);
  const neg = rows.filter((r) => !r.q.answerable).map(value);
  if (!pos.length || !neg.length) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

// The kind of reason a verdict gives, without the question's own words.
const reasonKind = (g) =>
  !g
    ? 'no verdict'
    : g.grounded
      ? 'grounded'
      : /private/.test(g.reason)
        ? 'private data of a person'
        : /never mentions/.test(g.reason)
          ? 'a word the knowledge base never uses'
          : /^no passage about .* holds/.test(g.reason)
            ? 'no passage holds the kind of fact asked for'
            : /best passage covers/.test(g.reason)
              ? 'too little of the question covered'
              : /rest of the question/.test(g.reason)
                ? 'the rest of the question not mentioned'
                : /table|row|column/.test(g.reason)
                  ? 'no table row or column for it'
                  : 'another check (place, code, year, amount)';

const tally = (items) => {
  const counts = new Map();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};

function printFates(rows) {
  const answerable = rows.filter((r) => r.q.answerable);
  console.log(`\n1. what became of the ${answerable.length} answerable questions`);
  for (const [fate, n] of tally(answerable.map((r) => r.fate)))
    console.log(`  ${String(n).padStart(4)}  ${fate}`);
}

function printSeparation(rows) {
  const grounded = rows.filter((r) => r.grounding?.grounded);
  const fmt = (x) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2));
  console.log(`\n2. answerable against unanswerable, as the answerability check reads them`);
  console.log(
    `  among the ${grounded.length} grounded questions (${grounded.filter((r) => !r.q.answerable).length} unanswerable), area under the ROC curve:`,
  );
  console.log(
    `    coverage of the question by the best passage   ${fmt(auc(grounded, (r) => r.grounding.coverage))}`,
  );
  console.log(
    `    score of the best sentence                      ${fmt(auc(grounded, (r) => r.topSentence))}`,
  );
  console.log(
    "  declined, by reason: answerable / unanswerable, and the best sentence score's area under the curve",
  );
  const declined = rows.filter((r) => r.grounding && !r.grounding.grounded);
  for (const [kind] of tally(declined.map((r) => reasonKind(r.grounding)))) {
    const of = declined.filter((r) => reasonKind(r.grounding) === kind);
    const a = of.filter((r) => r.q.answerable).length;
    const sentence = fmt(auc(of, (r) => r.topSentence));
    console.log(
      `    ${kind.padEnd(46)} ${String(a).padStart(3)} / ${String(of.length - a).padEnd(4)} ${sentence}`,
    );
  }
}

function printReranker(byCorpus) {
  console.log(
    '\n3. sentence ranking, leave one corpus out: the sentence holding a key fact in the top 1 / top 3',
  );
  const line = (name, r) =>
    console.log(
      `  ${name.padEnd(32)} ${String(r.n).padStart(9)}   ${`${r.t1} / ${r.t3}`.padEnd(12)}  ${r.l1} / ${r.l3}`,
    );
  console.log(`  ${'corpus'.padEnd(32)} questions   ${'tandem'.padEnd(12)}  learned`);
  const total = { n: 0, t1: 0, t3: 0, l1: 0, l3: 0 };
  for (const [name, rows] of byCorpus) {
    const others = [...byCorpus].filter(([other]) => other !== name);
    const w = fitLogistic(others.flatMap(([, r]) => r.flatMap((q) => q.sentences)));
    const r = { n: rows.length, t1: 0, t3: 0, l1: 0, l3: 0 };
    for (const q of rows) {
      const learned = [...q.sentences].sort((a, b) => dot(w, b.x) - dot(w, a.x));
      r.t1 += q.sentences[0].label;
      r.t3 += q.sentences.slice(0, 3).some((s) => s.label);
      r.l1 += learned[0].label;
      r.l3 += learned.slice(0, 3).some((s) => s.label);
    }
    for (const k of Object.keys(total)) total[k] += r[k];
    line(name, r);
  }
  line('all', total);
}

const corpora = corporaExcept();
console.log(`grounding ceiling, development sets only (node ${process.version})`);
const all = [];
const ranking = new Map();
for (const corpus of corpora) {
  const opened = await openCorpus(corpus);
  const rows = [];
  for (const q of devSets(corpus)) rows.push(await readQuestion(opened, q));
  await opened.close();
  all.push(...rows);
  const name = readFileSync(join(corpus, 'org.txt'), 'utf8').split('\n')[0] || basename(corpus);
  // Only questions whose key fact some ranked sentence holds can tell one ranking from another.
  ranking.set(
    name,
    rows.filter((r) => r.sentences?.some((s) => s.label)),
  );
}
printFates(all);
printSeparation(all);
printReranker(ranking);
