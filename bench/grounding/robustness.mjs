#!/usr/bin/env node
// The same questions typed the ways people type them in a chat: every development set of every grounding corpus
// (never a test half), asked as written and rewritten in ways that change nothing of what is asked: in lower
// case, wrapped in a greeting and thanks, inside a frame ("Does anyone know …", for a question that opens by
// asking), with a stock remark after it ("I'm new here, sorry if this is obvious."), without its final question
// mark, with every question mark gone, and with one slip of the keyboard in its longest lower-case word of six
// letters or more. Prints, for each rewrite, answerable questions answered with every key fact, unanswerable ones
// declined, answerable ones wrongly declined, and how many questions changed verdict from the question as
// written: an answerer that is robust gives the same figures on every line. The slips are made by the model of
// slips the spelling correction was built for (a letter left out, two swapped, the key beside it instead or as
// well, never the first letter), so the line measures that model on questions, not typing at large.
// Usage: npm run bench:grounding:robustness [-- --except twentyfifth] [-- --no-build] [-- --show-changes]
import { builtPackage, corporaExcept, devSets, openCorpus } from './corpora.mjs';

const dist = builtPackage();
const { loadProject } = await dist('index.js');
const { findDecline } = await dist('evals/assertions/refusal.js');

const lowerFirst = (q) => q[0].toLowerCase() + q.slice(1);
const OPENS_ASKING =
  /^(?:who|what|when|where|why|which|how|is|are|was|were|do|does|did|can|could|should|will|would|has|have|may|must)\b/i;
/** Rewrites that change nothing of what is asked. */
const REWRITES = {
  'as written': (q) => q,
  'lower case': (q) => q.toLowerCase(),
  'greeting and thanks': (q) => `Hi team, quick question: ${q} Thanks!`,
  // Only a question that opens by asking is asked in a frame ("Does anyone know how…"); one that opens with a
  // statement ("I'm on nights. …") is left as written, as nobody frames a statement so.
  'asked in a frame': (q) => (OPENS_ASKING.test(q) ? `Does anyone know ${lowerFirst(q)}` : q),
  'remark after it': (q) => `${q} I'm new here, sorry if this is obvious.`,
  'no final question mark': (q) => q.replace(/\?+\s*$/, ''),
  'no question marks': (q) => q.replaceAll('?', ''),
  'one typo': (q) => withTypo(q),
};

// Keys beside each letter on a QWERTY keyboard: a finger that slips lands on one of them.
const NEIGHBOURS = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};
const SLIPS = [
  (w, i) => w.slice(0, i) + w.slice(i + 1), // a letter left out
  (w, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), // two letters swapped
  (w, i) => w.slice(0, i) + pick(NEIGHBOURS[w[i]] ?? w[i], i) + w.slice(i + 1), // the key beside it
  (w, i) => w.slice(0, i + 1) + pick(NEIGHBOURS[w[i]] ?? w[i], i) + w.slice(i + 1), // the key beside it too
];
const pick = (letters, n) => letters[n % letters.length];
const hashOf = (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
/** The question with one slip of the keyboard in its longest lower-case word of six letters or more, as people
 * make them: a letter left out, two swapped, the key beside it instead or as well; never the first letter. */
function withTypo(q) {
  const words = q.match(/(?<![\p{L}'’])\p{Ll}{6,}(?![\p{L}'’])/gu) ?? [];
  if (!words.length) return q;
  const word = words.reduce((a, b) => (b.length > a.length ? b : a));
  const h = hashOf(q);
  const at = 1 + (h % (word.length - 2));
  const typo = SLIPS[(h >>> 8) % SLIPS.length](word, at);
  return q.replace(new RegExp(`(?<![\\p{L}'’])${word}(?![\\p{L}'’])`, 'u'), typo);
}

const argAfter = (flag) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpora = corporaExcept((argAfter('--except') ?? '').split(',').filter(Boolean));

const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');

/** One question's verdict: answered with every key fact, declined, or answered without them all. */
async function verdictOf(app, q, question) {
  const r = await app.run({ vars: { question } });
  if (r.blocked || findDecline(r.text)) return 'declined';
  return q.answerable && q.key_facts.every((f) => norm(r.text).includes(norm(f))) ? 'answered' : 'other';
}

const names = Object.keys(REWRITES);
const totals = Object.fromEntries(
  names.map((n) => [n, { answered: 0, declined: 0, wrongly: 0, changed: 0 }]),
);
const changes = [];
let answerable = 0;
let unanswerable = 0;
for (const corpus of corpora) {
  const { app, close } = await openCorpus(loadProject, corpus);
  for (const q of devSets(corpus)) {
    if (q.answerable) answerable++;
    else unanswerable++;
    let written;
    for (const name of names) {
      const verdict = await verdictOf(app, q, REWRITES[name](q.question));
      written ??= verdict;
      const t = totals[name];
      if (q.answerable && verdict === 'answered') t.answered++;
      if (q.answerable && verdict === 'declined') t.wrongly++;
      if (!q.answerable && verdict === 'declined') t.declined++;
      if (verdict !== written) {
        t.changed++;
        changes.push(`  ${name}: ${q.id} ${written} → ${verdict}`);
      }
    }
  }
  await close();
}

const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`.padStart(7);
console.log(
  `grounding robustness: ${corpora.length} corpora's development sets, ${answerable} answerable and ${unanswerable} unanswerable questions\n`,
);
console.log('rewrite                    every key fact   declined   wrongly declined   verdicts changed');
for (const name of names) {
  const t = totals[name];
  console.log(
    `${name.padEnd(26)} ${pct(t.answered, answerable)}          ${pct(t.declined, unanswerable)}    ${pct(t.wrongly, answerable)}            ${String(t.changed).padStart(4)}`,
  );
}
if (process.argv.includes('--show-changes')) console.log(`\nchanged verdicts:\n${changes.join('\n')}`);
