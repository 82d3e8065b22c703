import { type SpanHandle, stopWords, tokenize } from '../core/index.js';
import {
  type AskedPlace,
  addsNoTopic,
  asksWhoHolds,
  assessGrounding,
  type ChunkHit,
  correctSpelling,
  expandUnknownWords,
  expectedAnswerType,
  holdsAnswerType,
  knowledgeTermStats,
  languagesOf,
  namesAskedPlace,
  newNames,
  notesForElsewhere,
  partsAsked,
  placesAsked,
  pointsAtPerson,
  questionContext,
  questionExamples,
  questionParts,
  readRomanised,
  scopedElsewhere,
  scopeOf,
  statsWithout,
  type TermStats,
  withAntecedent,
  withBaseNamesCapitalised,
  withCyrillicKeysRead,
  withGreeklishRead,
  withLoanWordsInEnglish,
  withoutUnknownRomanised,
  withSelfCorrections,
  withSerbianInLatin,
  withStemSharedWordsRead,
  workplacesAsked,
} from '../rag/index.js';
import type { AppKnowledge } from './retrieval-context.js';

/**
 * The passages for an app's question. A question that asks two things ("who leads the desk, and how soon must
 * a loss be reported?") is searched part by part, the parts taking turns, so each part finds its passage; the
 * examples the asker gives are left out ("like a bin in the linen room" would find the linen room).
 * Words the knowledge base never uses are searched in the other wordings it does use (expandUnknownWords).
 * A question about a place drops passages written for other places: notes in another language for another
 * site (notesForElsewhere), and documents whose statement of scope leaves out the workplace asked about
 * (scopedElsewhere). A slip of the keyboard ("reciept") is read as the word the base uses (correctSpelling), and
 * words the asker took back ("Amersfoort — sorry, Amsterdam") as what they meant (withSelfCorrections);
 * the question as read is returned. The base's word counts are read for the whole question (every part's words
 * are among them; once more for a corrected question) and returned, so the answerability check needs no read
 * of its own.
 */
export async function retrieveQuestion(
  knowledge: AppKnowledge,
  question: string,
  opts: { k?: number; span?: SpanHandle; signal?: AbortSignal } = {},
): Promise<{ hits: ChunkHit[]; stats: TermStats; query: string; written: string }> {
  const { base, mode, filter } = knowledge;
  // Without a k of the app's own, the base's: the run then reads the same passages as `app.passages` and a
  // retrieval check at that k, and a part whose passages for other places go is searched deeper as well.
  const k = opts.k ?? knowledge.k ?? base.retriever.defaultK;
  const { query, stats, translated, corrected } = await readQuestion(base.index, question, opts.span);
  const search = (q: string, depth: number | undefined) =>
    base.retriever.retrieve(expandUnknownWords(q, stats), {
      k: depth,
      mode,
      filter,
      span: opts.span,
      signal: opts.signal,
    });
  const elsewhere = forOtherPlaces(query, search, stats);
  const run: PartSearch = { search, k, index: base.index, elsewhere, dropped: new Map() };
  const { parts, alone, partsAlone = [] } = searchedParts(questionExamples(query).rest);
  const lists = await Promise.all(
    [...parts, ...(alone ? [alone] : []), ...partsAlone].map((q) => searchPart(q, run)),
  );
  // A question typed in the base's own language is searched as typed too: its reading finds pages by their English
  // glosses, the typed words find them by their own (but for words the asker took back).
  if (translated && (await typedInBaseLanguage(base.index, corrected))) {
    const typed = await base.retriever.retrieve(corrected, { k, mode, filter, signal: opts.signal });
    lists.push(typed.filter((h) => !elsewhere.notFor(h)));
  }
  // Only a second part of its own asks about whom the first means ("…, and what's her extension?").
  if (parts.length > 1) await withContactsOfNames(query, parts, lists, search, stats);
  if (parts.length > 1) withNamesAnsweringWho(parts, lists);
  const hits = lists.length === 1 ? lists[0]! : takeInTurns(lists, k);
  // Which documents were set aside as written for other places, so a trace says why they are missing.
  const dropped = [...new Set([...run.dropped.values()].map((h) => h.doc.source))];
  if (dropped.length) opts.span?.set({ droppedForOtherPlaces: dropped });
  // What only the dropped passages say, the knowledge base does not say for this question.
  return {
    hits,
    stats: statsWithout(stats, [...run.dropped.values()].map(passageOf)),
    query,
    written: question,
  };
}

/** Whether most of a question's words as typed are words the base uses: it is typed in the base's own language. */
export async function typedInBaseLanguage(
  index: AppKnowledge['base']['index'],
  question: string,
): Promise<boolean> {
  const terms = [...new Set(tokenize(question).filter((t) => !stopWords.has(t) && !/^\d/.test(t)))];
  if (terms.length < MIN_TYPED_TERMS) return false;
  const { df } = await index.termStats(terms);
  return terms.filter((t) => (df.get(t) ?? 0) > 0).length >= terms.length * TYPED_KNOWN_SHARE;
}

const MIN_TYPED_TERMS = 3;
const TYPED_KNOWN_SHARE = 0.8;

interface PartSearch {
  search: (q: string, depth: number | undefined) => Promise<ChunkHit[]>;
  k: number;
  index: AppKnowledge['base']['index'];
  elsewhere: ReturnType<typeof forOtherPlaces>;
  /** The passages dropped as written for other places, by chunk id. */
  dropped: Map<string, ChunkHit>;
}

// One part's passages. When some are written for other places, they go and the next passages take their
// places: the part is searched again, deeper, and what is left puts the passages that name the place first.
async function searchPart(q: string, run: PartSearch): Promise<ChunkHit[]> {
  const { search, k, index, elsewhere } = run;
  const hits = await search(q, k);
  await elsewhere.lookForNotes(hits);
  if (!hits.some(elsewhere.notFor)) return withFollowing(q, hits, index, k);
  const deeper = await search(q, k * DEEPER);
  await elsewhere.lookForNotes(deeper);
  for (const h of deeper.filter(elsewhere.notFor)) run.dropped.set(h.chunk.id, h);
  const kept = deeper.filter((h) => !elsewhere.notFor(h));
  return withFollowing(q, namingPlaceFirst(kept, elsewhere.asked, k), index, k);
}

// The places a question asks about, and whether a passage is written for others (judged once per chunk: a
// part's first and deeper searches return many of the same chunks). The search for the places' own notes runs
// once, and only when a passage that says where it applies is to be judged: most questions never need it.
function forOtherPlaces(query: string, search: PartSearch['search'], stats: TermStats) {
  // Where the asker travels is no workplace of theirs: "to a client in Metz" keeps the rules of their own site,
  // whose statement of scope leaves Metz out. A destination the base names still puts notes written for other
  // destinations aside ("on mission to Kribi, hotel per night?" beside each town's rates).
  const workplaces = workplacesAsked(query);
  const asked = placesAsked(query).filter(
    (p) => workplaces.some((w) => w.term === p.term) || stats.df(p.term) > 0,
  );
  let withNotes: AskedPlace[] = [];
  let looked: Promise<void> | undefined;
  const lookForNotes = async (hits: ChunkHit[]): Promise<void> => {
    if (!looked && asked.length && hits.some((h) => scopeOf(h.doc.metadata)))
      looked = placesWithOwnNotes(asked, search, stats).then((found) => {
        withNotes = found;
      });
    await looked;
  };
  const judged = new Map<string, boolean>();
  const notFor = (h: ChunkHit): boolean => {
    if (!asked.length) return false;
    if (!judged.has(h.chunk.id)) {
      const passage = passageOf(h);
      const elsewhere =
        notesForElsewhere(query, passage, asked) ||
        (workplaces.length > 0 && scopedElsewhere(query, passage, workplaces, withNotes));
      judged.set(h.chunk.id, elsewhere);
    }
    return judged.get(h.chunk.id)!;
  };
  return { asked, notFor, lookForNotes };
}

// The places asked about that the knowledge base has notes of its own for, in another language: a search for
// the place's names (and the places inside it the base uses: "Austrian" finds the Graz notes) finds a passage
// in another language whose file name or title names the place itself (not a region: "Travel in Europe" is no
// one site's notes). A site abroad with rules of its own, for which a document that says it applies elsewhere
// is not evidence; a UK town WordNet places abroad (Dover, Delaware) has no such notes.
async function placesWithOwnNotes(
  asked: AskedPlace[],
  search: PartSearch['search'],
  stats: TermStats,
): Promise<AskedPlace[]> {
  const judgeable = asked.filter((p) => p.known && !p.ambiguous);
  const used = (name: string[]) => name.every((w) => stats.df(w) > 0);
  const found = await Promise.all(
    judgeable.map(async (p) => {
      const itself = { ...p, regions: [], regionAdjectives: [] };
      const names = [[p.term], ...p.parts.filter(used)].map((n) => n.join(' ')).join(' ');
      const hits = await search(names, NOTES_DEPTH);
      return hits.some((h) => languagesOf(h.chunk.text).length > 0 && namesAskedPlace(labelsOf(h), [itself]));
    }),
  );
  return judgeable.filter((_, i) => found[i]);
}

const labelsOf = (h: ChunkHit) => ({ text: '', source: h.doc.source, title: h.doc.title });

// Among the passages near the top of what is left (twice as many as are given), those that name a place the
// question asks about come first; one that merely mentions it far down does not jump the rules that answer.
function namingPlaceFirst(kept: ChunkHit[], asked: AskedPlace[], k: number): ChunkHit[] {
  const named = kept.slice(0, k * 2).filter((h) => namesAskedPlace(passageOf(h), asked));
  return [...named, ...kept.filter((h) => !named.includes(h))].slice(0, k);
}

// "How do I claim…?" is often answered by the section after the one that matches it best (a scope that
// restates the question, then "2. MAKING A CLAIM"; a grievance written in 3.1, its meeting held under 4.1):
// for a part asking for steps, that passage's next chunk in its document joins right after it, in the last
// one's place (k passages in all). Even when the best passage lists steps itself, the procedure often goes on
// (tuned on the development sets). When the next chunk was found already, the first of the few after it that
// lists steps joins instead (a scope, then "Before the gowning room", then "Gowning steps").
async function withFollowing(
  part: string,
  hits: ChunkHit[],
  index: AppKnowledge['base']['index'],
  k: number,
): Promise<ChunkHit[]> {
  const top = hits[0];
  if (!top || expectedAnswerType(part) !== 'steps') return hits;
  const found = (h: ChunkHit) => hits.some((x) => x.chunk.id === h.chunk.id);
  const after = async (h: ChunkHit) => (await index.nextChunks([h.chunk.id])).get(h.chunk.id);
  let next = await after(top);
  if (next && found(next)) {
    // The section right after was found already: the first of the few after it that lists steps joins instead.
    let cursor: ChunkHit | undefined = next;
    next = undefined;
    for (let i = 0; cursor && !next && i < STEPS_AHEAD; i++) {
      cursor = await after(cursor);
      if (cursor && !found(cursor) && holdsAnswerType(cursor.chunk.text, 'steps')) next = cursor;
    }
  }
  if (!next) return hits;
  const joined = [next];
  // A procedure that goes on past the chunk ("2.1 … 2.4", then "2.5 Add the expenses… and press Submit") is
  // followed while its numbering does, a few chunks at most; a part of it found lower down moves up beside it.
  for (let i = 0; i < STEPS_AHEAD - 1; i++) {
    const last = joined[joined.length - 1]!;
    const more = await after(last);
    if (!more || !continuesSteps(last.chunk.text, more.chunk.text)) break;
    joined.push(more);
  }
  const rest = hits.slice(1).filter((h) => !joined.some((j) => j.chunk.id === h.chunk.id));
  return [top, ...joined, ...rest].slice(0, k);
}

/**
 * True when `following` goes on with the numbered steps `before` ends with: its first new step's number is the
 * next one ("2.4" then "2.5", "4." then "5."), not a new section's "3.1" nor a list starting again at "1.".
 */
export function continuesSteps(before: string, following: string): boolean {
  const earlier = stepNumbers(before);
  const lastOf = earlier.at(-1);
  const firstAfter = stepNumbers(following).find((n) => !earlier.includes(n));
  if (!lastOf || !firstAfter) return false;
  const a = lastOf.split('.');
  const b = firstAfter.split('.');
  return (
    a.length === b.length &&
    a.slice(0, -1).join('.') === b.slice(0, -1).join('.') &&
    Number(b.at(-1)) === Number(a.at(-1)) + 1
  );
}

// The numbers of a text's numbered steps, in order, each opening a line or following a sentence: "2.5" of
// "2.5 Add the expenses", "4" of "4. Sign".
const stepNumbers = (text: string): string[] =>
  [...text.matchAll(/(?:^|(?<=[.!?]\s+))[ \t]*(\d{1,2}(?:\.\d{1,2})*)(?:[.)]|\s)\s*\p{Lu}/gmu)].map(
    (m) => m[1]!,
  );

// How many chunks past one already found a procedure is looked for.
const STEPS_AHEAD = 3;

// "Who is the Health and Safety Manager, and how soon must a near miss be reported?": the parts take turns, so
// a part's later passages are cut. A part asking who holds a role ("who is the…") whose first two passages do not
// name someone beside that role's words (only the role, "*Health and Safety Manager, revision F*") has its
// first passage that does (the directory's row) moved up to second place. Only among the part's own passages: a
// name found deeper is not evidence of this role.
function withNamesAnsweringWho(parts: string[], lists: ChunkHit[][]): void {
  for (const [i, part] of parts.entries()) {
    const hits = lists[i];
    if (!hits || !asksWhoHolds(part) || expectedAnswerType(part) !== 'person') continue;
    const role = part
      .replace(WHO_OPENING, '')
      .replace(/[?.!\s]+$/, '')
      .trim()
      .toLowerCase();
    const names = (h: ChunkHit) =>
      newNames(h.chunk.text, part).length > 0 &&
      h.chunk.text.toLowerCase().replace(/\s+/g, ' ').includes(role);
    if (hits.slice(0, WHO_TOP).some(names)) continue;
    const found = hits.find(names);
    if (found) lists[i] = [hits[0]!, found, ...hits.slice(1).filter((h) => h !== found)];
  }
}

// What opens such a part, before the role's own words.
const WHO_OPENING = /^\s*(?:(?:and|but|so)\s+)?who(?:\s+is|\s+are|['’]s)\s+(?:the|our|my)\b/i;
const WHO_TOP = 2;

// A part asking how to reach someone ("…and what's her extension?", "what number do I ring them on?") by a
// pronoun, or whose passages give no number about it: the people and teams the two best passages of each
// part before it name ("Ilse Varga", "HR Service Centre") are looked up, and when exactly one of them has a passage
// that names them with a number or an address (the staff directory's row), it leads the part's passages.
// Two such names and the part could mean either: nothing moves.
async function withContactsOfNames(
  question: string,
  parts: string[],
  lists: ChunkHit[][],
  search: (q: string, depth: number | undefined) => Promise<ChunkHit[]>,
  stats: TermStats,
): Promise<void> {
  for (const [i, part] of parts.entries()) {
    const hits = lists[i];
    if (!i || !hits?.length || expectedAnswerType(part) !== 'contact') continue;
    // "her extension" is anyone's extension to a word count: a part that points at a person always looks.
    if (!pointsAtPerson(part) && assessGrounding(part, hits.map(passageOf), stats).grounded) continue;
    const named = lists
      .slice(0, i)
      .flatMap((l) => l.slice(0, NAME_SOURCES))
      .flatMap((h) => newNames(h.chunk.text, question));
    const found = await contactOf([...new Set(named)].slice(0, MAX_NAMES), search);
    if (!found) continue;
    // It leads the part's passages, which keep their number: the row of the person asked about answers this
    // part better than any other row that merely says "extension".
    lists[i] = [found, ...hits.filter((h) => h.chunk.id !== found.chunk.id)].slice(0, hits.length);
  }
}

/**
 * What is searched: each part of the question with the context the asker gives; and, after a story ("Moving
 * into Widcombe House next month.", "…its my first season and the UK rules confuse me"), the question alone
 * too (`alone`; each part alone, `partsAlone`, for a question of several), so the story's words do not crowd
 * out the passage on what is asked. The lists take turns: each part's best with the story, then without it.
 */
export function searchedParts(question: string): {
  parts: string[];
  alone?: string;
  partsAlone?: string[];
} {
  const split = questionParts(question);
  // A part that points back at a thing by name ("…, and how long does that certificate last?") is searched with
  // what the part before it asked about, as the answer reads it, and so is one that names nothing the part before
  // does not ("…, and where do I apply?"). Not one that says "it" or "there": its own
  // words find its rule better than the other part's (tuned on the development sets).
  const parts = split.map((p, i) =>
    i && (NAMED_BACK.test(p) || addsNoTopic(p, split[i - 1]!)) ? withAntecedent(p, split[i - 1]) : p,
  );
  const { context, asked } = questionContext(question);
  if (parts.length > 1) {
    // A part that points back ("is it taken from my pay?") is searched alone too: tried without it, the
    // development sets lost answers (its own words still find the rule; the story's are what crowd it out).
    return context ? { parts, partsAlone: partsAsked(question) } : { parts };
  }
  return context && asked.trim() ? { parts, alone: asked } : { parts };
}

const NAMED_BACK =
  /\b(?:that|this|those|these)\s+(?!(?:is|are|was|were|will|would|can|could|should|one|ones)\b)\p{L}{3,}/iu;

// How much deeper a part is searched when passages written for other places are dropped.
const DEEPER = 4;
// How many passages the search for a place's names reads for its notes.
const NOTES_DEPTH = 10;

// How many of an earlier part's best passages may name whom "her" means, and how many names are looked up.
const NAME_SOURCES = 2;
const MAX_NAMES = 4;

// The one passage that names one of `names` with a way to reach them; none when no name, or more than one, has.
async function contactOf(
  names: string[],
  search: (q: string, depth: number | undefined) => Promise<ChunkHit[]>,
): Promise<ChunkHit | undefined> {
  const found = await Promise.all(
    names.map(async (name) => {
      const said = (text: string) => text.toLowerCase().includes(name.toLowerCase());
      const hits = await search(name, NAME_DEPTH);
      return hits.find((h) => said(h.chunk.text) && holdsAnswerType(h.chunk.text, 'contact'));
    }),
  );
  const rows = found.filter((h): h is ChunkHit => h !== undefined);
  return rows.length === 1 ? rows[0] : undefined;
}

const NAME_DEPTH = 3;

// The question with its slips corrected, and the base's counts for its words.
async function readQuestion(index: AppKnowledge['base']['index'], written: string, span?: SpanHandle) {
  // "to Amersfoort — sorry, to Amsterdam": the words taken back are not searched for.
  // "gate kitne baje band hota hai?", "counter koyta theke koyta khola?": a question typed in Roman Hindi, Urdu
  // or Bengali is read as the English it asks.
  // "Колико минута смијем бити у хладњачи?" over Bosnian documents in Latin letters: read in Latin letters.
  const corrected = withSelfCorrections(await withSerbianInLatin(index, written));
  const inEnglish = readRomanised(corrected);
  const counted = await knowledgeTermStats(index, inEnglish);
  const asked = withoutUnknownRomanised(inEnglish, written, counted);
  const askedStats = asked === inEnglish ? counted : await knowledgeTermStats(index, asked);
  // "otpusk skolko dnei" over Russian documents: a word chatted in Latin letters read as the Cyrillic one's key.
  // "posa kila xalloumi pairnoume?" over Greek documents: a word typed in Greeklish read as the Greek one's key.
  const cyrillicRead = await withCyrillicKeysRead(index, asked, askedStats);
  const keyed = cyrillicRead === asked ? await withGreeklishRead(index, asked, askedStats) : cyrillicRead;
  const first = keyed === asked ? askedStats : await knowledgeTermStats(index, keyed);
  // "a komandirovka" where the base says "business trip": a word of the site's language it never writes.
  const loaned = await withLoanWordsInEnglish(index, keyed, first);
  const loanedStats = loaned === keyed ? first : await knowledgeTermStats(index, loaned);
  // "my wedding" where the base says "Marriage leave": a word the thesaurus cannot join, as its stem is another's.
  const translated = await withStemSharedWordsRead(index, loaned, loanedStats);
  const second = translated === loaned ? loanedStats : await knowledgeTermStats(index, translated);
  const spelled = await correctSpelling(index, translated, second);
  const stats = spelled === translated ? second : await knowledgeTermStats(index, spelled);
  // "parking at bellshill": the base writes "Bellshill", so the place checks read it as a place (its counts are
  // the same: they are read in lower case).
  const query = await withBaseNamesCapitalised(index, spelled, stats);
  if (query !== written) span?.set({ correctedQuery: query });
  return { query, stats, translated: inEnglish !== corrected, corrected };
}

const passageOf = (h: ChunkHit) => ({
  text: h.chunk.text,
  title: h.doc.title,
  source: h.doc.source,
  ...(scopeOf(h.doc.metadata) ? { appliesTo: scopeOf(h.doc.metadata) } : {}),
});

// Each part's best passage first, then each part's second…: no part is crowded out by another's matches.
function takeInTurns(lists: ChunkHit[][], k: number): ChunkHit[] {
  const out = new Map<string, ChunkHit>();
  for (let rank = 0; out.size < k && lists.some((l) => rank < l.length); rank++)
    for (const list of lists) {
      const hit = list[rank];
      if (hit && !out.has(hit.chunk.id) && out.size < k) out.set(hit.chunk.id, hit);
    }
  return [...out.values()];
}
