/**
 * @module The no-model answerer: picks the sentences of the supplied context that best cover the question
 * and cites where each came from, so a project is useful offline with zero keys.
 */
import type { Citation, ModelRequest, Provider } from '../../core/index.js';
import {
  assessGrounding,
  privatePersonAsked,
  withoutPastedFigures,
  withoutPointersToAnswer,
} from '../../rag/index.js';
import { completeResponse, streamFromResponse, throwIfAborted } from '../response-helpers.js';
import { type ChosenSentence, chooseSentences } from './choose-sentences.js';
import { collectPassages, type Passage } from './collect-passages.js';
import { answerFollowUp } from './follow-up-answer.js';
import { withoutPrivateFields } from './private-fields.js';
import type { RankedSentence } from './rank-sentences.js';

export interface ExtractiveOptions {
  id: string;
  maxSentences: number;
  /** Below this coverage of the question the provider answers `fallbackText`. */
  minScore: number;
  /** A sentence must contain at least this many distinct question terms (fewer when the question has fewer). */
  minTerms: number;
  fallbackText: string;
}

/** Creates the extractive provider. */
export function createExtractiveProvider(opts: ExtractiveOptions): Provider {
  const generate = async (req: ModelRequest) => {
    throwIfAborted(req.signal);
    const started = performance.now();
    const { question, passages: collected, earlier } = collectPassages(req);
    // A person's record is read without their home address, pay or own number: never quoted, whatever is asked.
    const all = collected.map((p) => ({ ...p, text: withoutPrivateFields(p.text) }));
    // The question as retrieval read it too: "Ayesha Khan ka personal mobile number" is her personal mobile.
    const person = privatePersonAsked(question) ?? privatePersonAsked(req.grounding?.question ?? question);
    if (person) return declined(req, opts.id, started, `I can't share personal information about ${person}.`);
    // The app's verdict when it retrieved the passages (it knows the whole knowledge base); else our own.
    const grounding = req.grounding ?? assessGrounding(question, all);
    if (!grounding.grounded) return declined(req, opts.id, started, opts.fallbackText);
    // A superseded document is quoted only when nothing current was retrieved: its figures are out of date.
    const current = all.filter((p) => p.status !== 'superseded');
    // The question as retrieval read it ("receipt" for "reciept"), so its words meet the passages' words.
    // Parts the verdict left unanswered (they ask about what the base never mentions) are not answered from it.
    const asked = withoutParts(grounding.question ?? question, grounding.unanswered);
    const passages = current.length ? current : all;
    // The question as the app searched it: its references to the assistant's words read as what they point at.
    const own = withoutParts(
      withoutPastedFigures(withoutPointersToAnswer(question, earlier)),
      grounding.unanswered,
    );
    const choose = (q: string, from: Passage[]) => answerSentences(q, from, opts, req);
    const sentencesFor = (q: string) => inForceFirst(q, passages, choose);
    const chosen = answerFollowUp(own, asked, sentencesFor(asked), sentencesFor);
    if (!chosen.length) return declined(req, opts.id, started, withOnlyOld(asked, all, current, opts, req));
    const { answer, citations } = compose(chosen);
    const text =
      req.responseFormat?.type === 'json'
        ? JSON.stringify({ answer, sources: citations.map((c) => c.id) })
        : answer;
    return completeResponse({ text, citations, model: 'extractive' }, req, opts.id, started);
  };
  async function* stream(req: ModelRequest) {
    yield* streamFromResponse(await generate(req));
  }
  return { id: opts.id, generate, stream };
}

// The app's verdict weighed the question against the whole knowledge base and found the passages answer it:
// then a long question told as a story (whose best sentence shares few of its many words) is answered from
// sentences half as close as the provider's own bar asks, and sharing half its words ("cancel" of "cancel my
// order"; two words still of a longer question), rather than declined against that verdict. Not
// when the verdict says a word of the question is one the base never mentions ("a bonus for covering a long
// shift" where it knows no bonus): a sentence about the rest is then no answer.
function answerSentences(question: string, passages: Passage[], opts: ExtractiveOptions, req: ModelRequest) {
  if (!req.grounding?.grounded || req.grounding.unknown?.length)
    return chooseSentences(question, passages, opts);
  // Each part that nothing answers at the provider's own bars, when the verdict found every part answered.
  const relaxed = { ...opts, minScore: opts.minScore * GROUNDED_SHARE, termShare: GROUNDED_SHARE };
  return chooseSentences(question, passages, { ...opts, relaxed });
}

// Declined, and when only a superseded document would answer, it says which: the reader learns the answer is
// out of date, not that nothing was found.
function withOnlyOld(
  question: string,
  all: Passage[],
  current: Passage[],
  opts: ExtractiveOptions,
  req: ModelRequest,
): string {
  const old = all.filter((p) => p.status === 'superseded');
  if (!old.length || old.length === all.length || !current.length) return opts.fallbackText;
  const source = answerSentences(question, old, opts, req)[0]?.passage.source;
  return source
    ? `${opts.fallbackText} Only a superseded document (${source}) speaks of it.`
    : opts.fallbackText;
}

// The sentences that answer, those in force first: a draft (not in force) is quoted only when no passage in force
// holds a sentence good enough to be quoted beside it (the verdict may be grounded by the draft alone, and must not lend its weight to a
// sentence that only shares a word or two with the question).
function inForceFirst(
  question: string,
  passages: Passage[],
  choose: (question: string, from: Passage[]) => ChosenSentence[],
): ChosenSentence[] {
  const chosen = choose(question, passages);
  const inForce = passages.filter((p) => p.status !== 'draft');
  if (inForce.length === passages.length || chosen.every((s) => s.passage.status === 'draft')) return chosen;
  return choose(question, inForce);
}

// Tuned on the development sets: a half lowered wrongly declined answers on five sets and declined no fewer
// unanswerable questions; any lower bar changed nothing more.
const GROUNDED_SHARE = 0.5;

// An answer that declines: nothing quoted, nothing cited.
// A question without the parts named (each as the verdict read it); as it is when none is named or none is found.
function withoutParts(question: string, parts: readonly string[] | undefined): string {
  if (!parts?.length) return question;
  const left = parts
    .reduce((q, part) => q.replace(part, ' '), question)
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(left) ? left : question;
}

function declined(req: ModelRequest, id: string, started: number, text: string) {
  const body = req.responseFormat?.type === 'json' ? JSON.stringify({ answer: text, sources: [] }) : text;
  return completeResponse(
    { text: body, citations: [], model: 'extractive', declined: true },
    req,
    id,
    started,
  );
}

function compose(chosen: RankedSentence[]): { answer: string; citations: Citation[] } {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  // Consecutive sentences of one passage read as one run, cited once at its end.
  const parts: string[] = [];
  chosen.forEach((s, i) => {
    let n = numberOf.get(s.passage.id);
    if (n === undefined) {
      citations.push({
        id: s.passage.id,
        ...(s.passage.docId ? { docId: s.passage.docId } : {}),
        ...(s.passage.source ? { source: s.passage.source } : {}),
        ...(s.passage.title ? { title: s.passage.title } : {}),
        ...(s.passage.status ? { status: s.passage.status } : {}),
        marker: citations.length + 1,
        snippet: s.text,
        score: round(s.score),
      });
      n = citations.length;
      numberOf.set(s.passage.id, n);
    }
    const next = chosen[i + 1];
    parts.push(next?.passage.id === s.passage.id ? endOfRow(s.text) : `${s.text} [${n}]`);
  });
  return { answer: parts.join(' '), citations };
}

// A table row quoted before another sentence of its passage ends with a full stop, so two rows do not read as one
// ("… Notes: Can start before the due date. Leave entitlements · Leave type: Paternity leave …").
const endOfRow = (text: string) => (text.includes(' · ') && !/[.!?:;]$/.test(text) ? `${text}.` : text);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
