/**
 * @module Currency across documents: what one document says of another. A current document's `supersedes:` or
 * `replaces:` (a file or a title) or its own words ("This policy replaces the 2023 version", kept at load as
 * `replacesSaid`) make the document it names superseded; so does a file with a year in its name next to the
 * same file without one ("bureau-montreal-2025.txt" beside "bureau-montreal.txt"), an earlier year's copy of one
 * titled document ("benefits-summary-2026.md" beside "-2027.md"), a dated file titled with another's name that took
 * effect earlier ("allowances-2025.txt", "Claims and Allowances", beside "claims-and-allowances.csv") and a title naming an edition year that a document
 * of the same topic states a later edition of ("(2025 EDITION)" beside "2026 edition"). Only documents that say
 * nothing of themselves are judged, and only documents that apply (not drafts, not superseded ones) judge; a
 * status judged here names the document it comes from (`supersededByDocument`), so every ingest judges it
 * again and a replacement that is removed takes it away.
 */

import { EDITION_FROM, EDITION_SAID, namesDocument, REPLACES_SAID } from './currency.js';
import { olderCodedEditions, olderTitledRevisions } from './currency-coded.js';
import {
  CODE,
  CODE_SAID,
  olderVersions,
  TITLE_CODE_SAID,
  TITLE_VERSION_SAID,
  VERSION_SAID,
} from './currency-codes.js';
import { type ContentEvidence, olderByContent } from './currency-content.js';
import {
  fileName,
  folderOf,
  nameKeyOf,
  olderCopies,
  pathOf,
  stem,
  TITLE_SEPARATOR,
} from './currency-copies.js';
import { applies, olderEditions, ownStatus, topicWords, YEAR, YEARS } from './currency-editions.js';
import { olderNamedCopies } from './currency-named.js';
import {
  editionYear,
  isRegisterRow,
  listsCodeInForce,
  registerLabels,
  registerVersions,
} from './currency-register.js';
import { DATA_FILE, EXPIRED, JUDGED_FROM } from './currency-stored.js';
import { olderTables } from './currency-tables.js';
import { EXTENSION_PATTERN } from './document.js';
import { IN_FORCE_UNTIL, isoDay } from './in-force-until.js';
import type { IndexedDocument, MetadataChange } from './knowledge-index.js';
import { FOREIGN_MONTH_PATTERN, MONTH_PATTERN, monthNumber } from './normalise/index.js';

/** What the judgement found: the documents whose metadata must change, and references that name nothing. */
export interface CurrencyJudgement {
  changes: MetadataChange[];
  /** Which document each judged document (one that gives no status of its own) is superseded by, by id. */
  judged: Map<string, string>;
  /** The judged documents whose judgement is by what they and their replacement say alike, by id. */
  judgedByContent: Set<string>;
  /** A `supersedes:` or `replaces:` that names no document of the base, by the source that declares it. */
  unresolved: Array<{ source: string; reference: string; field: string }>;
}

/** The documents whose status, judged from what other documents say, is not what the index holds. */
export function currencyAcross(
  docs: IndexedDocument[],
  now: Date = new Date(),
  content?: ContentEvidence,
): CurrencyJudgement {
  const { judged: claimed, judgedByContent, unresolved } = judgedSuperseded(docs, now, content);
  // A document that said it applies until a day now past no longer applies, replaced or not.
  for (const [id, until] of expired(docs, now)) if (!claimed.has(id)) claimed.set(id, `${EXPIRED}${until}`);
  // A document that gives its own status is not judged, whatever another says of it.
  const byId = new Map(docs.map((d) => [d.id, d]));
  const judged = new Map([...claimed].filter(([id]) => !ownStatus(byId.get(id)!)));
  const changes: MetadataChange[] = [];
  for (const doc of docs) {
    if (ownStatus(doc)) continue;
    const from = judged.get(doc.id);
    const held = doc.metadata[JUDGED_FROM];
    if (from === held && (from === undefined || doc.metadata.status === 'superseded')) continue;
    changes.push({ id: doc.id, metadata: from ? judgedBy(doc.metadata, from) : unjudged(doc.metadata) });
  }
  return { changes, judged, judgedByContent, unresolved };
}

// An edition that says the day it takes effect replaces nothing before that day, whatever judged it: its
// judgements are taken out.
function notYetInEffect(judged: Map<string, string>, docs: IndexedDocument[], now: Date): void {
  const today = isoDay(now);
  const bySource = new Map(docs.map((d) => [d.source, d]));
  for (const [id, from] of judged) {
    const takesEffect = bySource.get(from)?.metadata[EDITION_FROM];
    if (typeof takesEffect === 'string' && takesEffect > today) judged.delete(id);
  }
}

// Superseded by `from`. A status word of the document's own that tandem does not know (`status: closed`) is kept
// aside as it was written, so nothing the document declares is lost.
function judgedBy(metadata: Record<string, unknown>, from: string): Record<string, unknown> {
  const { status, [JUDGED_FROM]: _from, [DECLARED_STATUS]: declared, ...rest } = metadata;
  const own = metadata[JUDGED_FROM] === undefined ? status : declared;
  return {
    ...rest,
    status: 'superseded',
    [JUDGED_FROM]: from,
    ...(own !== undefined ? { [DECLARED_STATUS]: own } : {}),
  };
}

// No longer judged superseded (the replacing document went): the status it declared comes back.
function unjudged(metadata: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, [JUDGED_FROM]: _from, [DECLARED_STATUS]: declared, ...rest } = metadata;
  return declared !== undefined ? { ...rest, status: declared } : rest;
}

/** Where a judged document keeps the status word of its own that the judgement replaced (`closed`). */
export const DECLARED_STATUS = 'statusDeclared';

// Each document another says it replaces, with the first document that says so; two documents that each say
// they replace the other judge neither.
function judgedSuperseded(docs: IndexedDocument[], now: Date, content?: ContentEvidence) {
  const { claims, unresolved } = claimsOf(docs);
  const claimed = (a: string, b: string) => claims.some((c) => c.by.source === a && c.target.source === b);
  const judged = new Map<string, string>();
  // A register's record is named by its id ("register.json#6"): it marks the document, it does not replace it.
  for (const { by, target } of claims)
    if (!judged.has(target.id) && !claimed(target.source, by.source))
      judged.set(target.id, DATA_FILE.test(by.source) ? by.id : by.source);
  const saysOwn = (d: IndexedDocument) => ownStatus(d) !== undefined;
  const versions = [
    ...olderVersions(docs, applies, saysOwn),
    ...registerVersions(docs, applies, saysOwn),
    ...registerLabels(docs, applies, saysOwn),
    ...olderCodedEditions(docs, applies, saysOwn, now),
    ...olderTitledRevisions(docs, applies, saysOwn),
  ];
  // What documents say decides first; their names, titles and versions next; what they say alike last.
  const byContent = content ? olderByContent(docs, content, now, nameKeyOf) : new Map<string, string>();
  const copies = [
    ...olderCopies(docs, now),
    ...olderNamedCopies(docs, now),
    ...olderTables(docs, now),
    ...olderEditions(docs, now),
    ...versions,
  ];
  for (const [id, from] of copies) if (!judged.has(id)) judged.set(id, from);
  // Said to be by content only where no other signal decided.
  const judgedByContent = new Set<string>();
  for (const [id, from] of byContent)
    if (!judged.has(id)) {
      judged.set(id, from);
      judgedByContent.add(id);
    }
  notYetInEffect(judged, docs, now);
  for (const id of judgedByContent) if (!judged.has(id)) judgedByContent.delete(id);
  return { judged, judgedByContent, unresolved: dedupe(unresolved) };
}

// What each document that applies says it replaces, and the references that name no document.
function claimsOf(docs: IndexedDocument[]) {
  const claims: Array<{ by: IndexedDocument; target: IndexedDocument }> = [];
  const unresolved: CurrencyJudgement['unresolved'] = [];
  for (const by of docs.filter(applies))
    for (const { reference, declared, guess } of referencesOf(by)) {
      const targets = resolveReference(reference, by, docs, guess);
      if (!targets.length && declared) unresolved.push({ source: by.source, reference, field: declared });
      for (const target of targets) claims.push({ by, target });
    }
  return { claims, unresolved };
}

// The documents whose last day in force (`inForceUntil`, read at load) is before `now`'s day, with that day.
function expired(docs: IndexedDocument[], now: Date): Array<[string, string]> {
  // The day where the ingest runs: a notice in force until 31 March still applies on 31 March there.
  const today = isoDay(now);
  return docs
    .filter(
      (d) => typeof d.metadata[IN_FORCE_UNTIL] === 'string' && (d.metadata[IN_FORCE_UNTIL] as string) < today,
    )
    .map((d) => [d.id, d.metadata[IN_FORCE_UNTIL] as string]);
}

const dedupe = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];

// Fields that name the document this one replaces: `supersedes:`, and what content systems call it.
const SUPERSEDES_FIELDS = [
  'supersedes',
  'previous_version',
  'previousVersion',
  'previous_edition',
  'predecessor',
] as const;
type DeclaredField = (typeof SUPERSEDES_FIELDS)[number] | 'replaces';

// What a document says it replaces: its `supersedes:` or `replaces:` (declared, by field) and its own words.
// `replaces:` is a word front matter uses for other things too ("replaces: the paper timesheet"): it names a
// document only by a file, a title, or a year or version beside a kind of document ("Wet weather procedure
// (2021)"), and only then is a reference that names nothing warned about.
function referencesOf(
  doc: IndexedDocument,
): Array<{ reference: string; declared?: DeclaredField; guess: boolean }> {
  const texts = (v: unknown) =>
    (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return [
    ...SUPERSEDES_FIELDS.flatMap((field) =>
      texts(doc.metadata[field]).map((reference) => ({ reference, declared: field, guess: true })),
    ),
    ...texts(doc.metadata.replaces).map((reference) => {
      const named = namesDocument(reference.slice(0, MAX_REFERENCE));
      return { reference, ...(named ? { declared: 'replaces' as const } : {}), guess: named };
    }),
    ...texts(doc.metadata[REPLACES_SAID]).map((reference) => ({ reference, guess: true })),
  ];
}

// The documents a reference names: a file ("remote-work-guidelines.md", "docs/old/policy.md"; one in the same
// folder first), a title, or a phrase with a year or a version ("the 2023 version", "version 3"): then the one
// document whose file name or title carries it and shares most topic words with the replacing document. None
// when that is not one.
function resolveReference(
  said: string,
  by: IndexedDocument,
  docs: IndexedDocument[],
  guess = true,
): IndexedDocument[] {
  const others = docs.filter((d) => d.source !== by.source);
  // A reference is a name: past a few hundred characters it is something else, and is not read further.
  const ref = said
    .slice(0, MAX_REFERENCE)
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const byFile = others.filter((d) => sameFile(d.source, ref));
  const nearby = byFile.filter((d) => folderOf(d.source) === folderOf(by.source));
  if (byFile.length) return nearby.length ? nearby : byFile;
  const byTitle = others.filter(
    (d) =>
      d.title
        ?.trim()
        .toLowerCase()
        .replace(/^the\s+/, '') === ref,
  );
  if (byTitle.length) return byTitle;
  // A title that ends with the name after the organisation's name or a document code ("KWEZI FROST LOGISTICS — ICT-POL-03
  // CELLPHONE ALLOWANCE" for "Cellphone Allowance"): the one such document, for a name of two words or more.
  const ending = ref.includes(' ') ? others.filter((d) => titleEndsWith(d.title, ref)) : [];
  if (ending.length === 1) return ending;
  // A file named inside the phrase ("the Operations memo (file fatigue-memo-ops.txt)") is the document meant.
  const file = ref.match(NAMED_FILE)?.[0];
  if (file && file !== ref) {
    const named = others.filter((d) => sameFile(d.source, file));
    if (named.length) return named;
  }
  // A name in quotes ("ABS-02 "Absence Reporting"") names a document by its title or its file's name.
  const quoted = ref.match(/["“']([^"”']{3,80})["”']/)?.[1]?.trim();
  if (quoted && quoted !== ref) return resolveReference(quoted, by, docs, guess);
  if (!guess) return [];
  // A register's row withdrawn that names a code in force names its version by a year or by its title alone.
  const inForce = namesCodeInForce(said, by, docs);
  const coded = inForce ? undefined : byCode(said, by, others);
  if (coded) return [coded];
  const marked = byMarks(ref, by, others);
  if (marked.length) return marked;
  if (inForce) return [];
  const plain = byPlainName(ref, others);
  return plain ? [plain] : [];
}

// A reference that gives a document code ("la política GH-09 del 3 de marzo de 2026"): the one other document that
// gives that code as its own. Not a reference that names a version of it (its revision is another document's to
// say), a part of a document ("the loans section of the Staff Handbook HR-01") or a form under it ("HSE-PROC-007/F1").
function byCode(said: string, by: IndexedDocument, others: IndexedDocument[]): IndexedDocument | undefined {
  const ref = said.slice(0, MAX_REFERENCE);
  const code = ref.match(CODE_IN_REFERENCE)?.[0];
  if (!code || NAMES_VERSION_OR_PART.test(ref)) return undefined;
  // Of the replacing document's own code, only an edition that gives no version ("procedure PRD-07 of 10/09/2034"
  // beside "PRD-07 · Version 5"): a copy that gives one is judged by its version.
  const own = code === by.metadata[CODE_SAID];
  const giving = others.filter(
    (d) => d.metadata[CODE_SAID] === code && !(own && VERSION_SAID in d.metadata) && !newerThan(d, by),
  );
  return new Set(giving.map((d) => d.source)).size === 1 ? giving[0] : undefined;
}

// A register's row that names an older version of a code another row lists in force ("Διαδικασία HR-06: Άδεια
// ασθενείας" withdrawn beside "HR-06|2031|current"): it names that version by its title alone, not by its code or
// the words of a title the version in force shares.
function namesCodeInForce(said: string, by: IndexedDocument, docs: IndexedDocument[]): boolean {
  const code = said.slice(0, MAX_REFERENCE).match(CODE_IN_REFERENCE)?.[0];
  return code !== undefined && isRegisterRow(by) && listsCodeInForce(docs, code);
}

// A document whose own edition is of a later year than the one naming it (a register's row of 2028 withdrawn does
// not name the 2031 policy that gives the same code); false when either says none.
const newerThan = (doc: IndexedDocument, by: IndexedDocument) => editionYear(doc) > editionYear(by);

const CODE_IN_REFERENCE = new RegExp(`(?<![\\w/-])${CODE}(?![\\w/-])`);
const NAMES_VERSION_OR_PART =
  /\b(?:version|versión|versão|versione|versiune|versió|revision|revisión|revisão|revisió|rev\.?|edition|edición|edição|ediția|issue|section|sección|secção|clause|part|parte|chapter|capítulo|annex|anexo|appendix)\s*\d|\b(?:section|sección|secção|clause|part|parte|chapter|capítulo|annex|anexo|appendix)\b[^.;]{0,60}\bof\b/i;

// A reference that carries a year or a version ("the 2023 mobile phone allowance scheme"): the one document
// whose name or title carries it too and shares most of the topic's words.
function byMarks(ref: string, by: IndexedDocument, others: IndexedDocument[]): IndexedDocument[] {
  const marks = marksIn(ref);
  if (!marks.length) return [];
  const carrying = others.filter((d) =>
    marks.some((m) => [...marksIn(labelOf(d)), ...revisionOf(d, by)].includes(m)),
  );
  // The one document whose title gives the referring document's code and the revision named is that revision,
  // whatever its title's words ("PROCEDURE HG-PR-07: SPRAYING…" for "replaces HG-PR-07 Revision 2").
  const revised = carrying.filter((d) => marks.some((m) => revisionOf(d, by).includes(m)));
  if (revised.length === 1) return revised;
  const topic = new Set(topicWords(`${labelOf(by)} ${ref}`));
  const scored = carrying.map((d) => ({ d, n: topicWords(labelOf(d)).filter((w) => topic.has(w)).length }));
  const best = Math.max(0, ...scored.map((s) => s.n));
  const sources = new Set(scored.filter((s) => s.n === best && best > 0).map((s) => s.d.source));
  return sources.size === 1 ? scored.filter((s) => s.d.source === [...sources][0]).map((s) => s.d) : [];
}

// The revision a document's capitals title and the line below it give ("TR-05 PRE-TRIP … CHECKLIST" over "Revision
// 4 - Effective …"), as a mark, when the referring document gives the same code: "replaces Revision 4 (August
// 2024)" in the TR-05 procedure names it.
function revisionOf(d: IndexedDocument, by: IndexedDocument): string[] {
  const version = d.metadata[TITLE_VERSION_SAID];
  const code = d.metadata[TITLE_CODE_SAID];
  return typeof version === 'string' && code === by.metadata[CODE_SAID] ? [`v${version}`] : [];
}

// "the 2025 Weather Cancellation Procedure (OPS-WX-03)", "the Repairs Guide for Tenants (Edition 3, March 2023)":
// the name without the year before it and the code or the edition after it, when exactly one document has that title (after the organisation's name or not) and its label carries
// no other year ("Holiday Calendar 2026" is not "the 2025 Holiday Calendar").
function byPlainName(said: string, others: IndexedDocument[]): IndexedDocument | undefined {
  const ref = said.replace(LEADING_ARTICLE, '');
  // One word names a document only in the site's language, after its article ("die Staplerordnung"): an English
  // word as long ("the 2027 Guidelines") names a kind of document, not one.
  const compound = ref !== said && COMPOUND_NAME.test(ref.replace(TRAILING_DATED, '').trim());
  const year =
    ref.match(LEADING_YEAR)?.[1] ??
    ref.match(TRAILING_ISSUE)?.[1] ??
    ref.match(TRAILING_EDITION)?.[1] ??
    ref.match(TRAILING_DATE)?.[1] ??
    ref.match(TRAILING_DATED)?.[1];
  const code = ref.match(LEADING_CODE)?.[1];
  const name = ref
    .replace(LEADING_YEAR, '')
    .replace(LEADING_CODE, '')
    .replace(TRAILING_CODE, '')
    .replace(TRAILING_ISSUE, '')
    .replace(TRAILING_EDITION, '')
    .replace(TRAILING_DATE, '')
    .replace(TRAILING_DATED, '')
    .trim();
  if (name === ref || !(name.includes(' ') || compound)) return undefined;
  // A data file's record that lists the document (a register's row) is not the document.
  const documents = others.filter((d) => !DATA_FILE.test(pathOf(d.source)));
  const named = documents.filter(
    (d) => d.title?.trim().toLowerCase() === name || titleEndsWith(d.title, name),
  );
  // Only when no title is the name itself: "the Leave Policy" beside "Leave Policy for Contractors" is the first;
  // a compound ("die Staplerordnung vom 1. März 2027") opens the title that says where it applies.
  const opening = (d: IndexedDocument) =>
    name.includes(' ') ? titleOpensWith(d.title, name) : titleOpensWithWord(d.title, name);
  const found = named.length ? named : documents.filter(opening);
  if (found.length !== 1) return undefined;
  // Nor one of another year than the one named, by its label or the edition it states; nor of another number
  // ("(version 2)" is not the document at version 5).
  const years = [...(labelOf(found[0]!).match(YEARS) ?? []), found[0]!.metadata[EDITION_SAID]];
  const sameYear = years.every((y) => y === undefined || String(y) === year);
  return sameYear &&
    sameDay(ref, found[0]!) &&
    sameNumber(ref.match(NUMBER_NAMED)?.[1], found[0]!) &&
    sameCode(code, found[0]!)
    ? found[0]
    : undefined;
}

// Whether a document takes effect on the day a reference names in brackets ("(2 October 2029)"), when both say one:
// a circular of 15 November 2029 is not the one of 2 October.
function sameDay(ref: string, doc: IndexedDocument): boolean {
  const m = ref.match(TRAILING_DAY);
  const from = doc.metadata[EDITION_FROM];
  if (!m || typeof from !== 'string') return true;
  const [day, month, year] = m[1]
    ? [m[1], monthNumber.get(m[2]!.toLowerCase()), m[3]]
    : [m[4], Number(m[5]), m[6]];
  if (!month) return true;
  return from === `${year}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

// Whether a document gives the code a reference names it by ("BS-02 Hot Work Rules"), when both give one.
function sameCode(named: string | undefined, doc: IndexedDocument): boolean {
  const own = doc.metadata[CODE_SAID] ?? doc.metadata.ref ?? doc.metadata.code;
  // "BS-02", "BS 02" and "bs02" are one code.
  const plain = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return named === undefined || typeof own !== 'string' || plain(own) === plain(named);
}

// Whether a document is at the version or edition number a reference names, when both say one.
function sameNumber(named: string | undefined, doc: IndexedDocument): boolean {
  const own = doc.metadata[VERSION_SAID] ?? doc.metadata.version ?? doc.title?.match(NUMBER_OWN)?.[1];
  if (named === undefined || own === undefined) return true;
  const major = (v: unknown) => Number.parseInt(String(v).replace(/^\D+/, ''), 10);
  return major(named) === major(own);
}

// The number a bracketed edition names ("(version 2)", "(Edition 3, March 2023)"), and one a title gives itself.
const NUMBER_NAMED = /\((?:edition|version|issue|revision|rev\.?)\s+v?(\d+(?:\.\d+)?)\b/i;
const NUMBER_OWN = /\b(?:edition|version|issue|revision|rev\.?)\s+v?(\d+(?:\.\d+)?)\b/i;

const LEADING_YEAR = /^((?:19|20)\d\d)\s+/;
// The article a reference in the site's language opens with ("die Staplerordnung", "la note RH").
const LEADING_ARTICLE = /^(?:(?:die|der|das|le|la|les|el|los|las|il|lo|het)\s+|l['’])(?=\p{L})/u;
// A day it is of after the name, in the site's language ("vom 1. März 2027", "du 3 mars 2026", "dated 2 June 2028").
const TRAILING_DATED = new RegExp(
  `\\s+(?:vom|von|du|del|dated)\\s+(?:\\d{1,2}(?:\\.|er|º)?\\s+(?:de\\s+)?(?:${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})\\.?\\s+(?:de\\s+)?|\\d{1,2}[./-]\\d{1,2}[./-])((?:19|20)\\d\\d)$`,
  'iu',
);
// One word long enough to be a compound that names a document ("staplerordnung", "reisekostenrichtlinie").
const COMPOUND_NAME = /^\p{L}{10,}$/u;
// A document code before the name ("BS-02 Hot Work and Work at Height Rules"), as a reference is read (lower case).
// A code has a figure in its last part ("bs-02", "hr-pol-3"); a word joined by a hyphen ("part-time", "on-call")
// is no code.
const LEADING_CODE = /^([a-z]{2,}[a-z0-9]*(?:-[a-z0-9]+){0,2}-[a-z]*\d[a-z0-9]*)\s+(?=\p{L})/u;
// When the name was issued, after it ("the Plant Hygiene Rules issued in March 2024"): its year, as a leading one.
const TRAILING_ISSUE = new RegExp(
  `,?\\s+(?:issued|dated|published|approved|adopted|introduced)\\s+(?:in\\s+|on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:(?:${MONTH_PATTERN})\\.?\\s+)?((?:19|20)\\d\\d)$`,
  'iu',
);
// The edition in brackets after the name ("(Edition 3, March 2023)", "(version 2)"), with its year if it gives one.
const TRAILING_EDITION = /\s*\((?:edition|version|issue|revision|rev\.?)\s[^()]{0,40}?((?:19|20)\d\d)?\)$/;
// The day or month it was issued in brackets after the name, as a register lists an older version ("Staff
// Allowances Circular (2 October 2029)", "(02/10/2029)", "(October 2029)"): its year, as a leading one.
// A whole day in those brackets: "(2 October 2029)" or "(02/10/2029)", day first.
const TRAILING_DAY = new RegExp(
  `\\((?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?\\s+((?:19|20)\\d\\d)|(\\d{1,2})[./-](\\d{1,2})[./-]((?:19|20)\\d\\d))\\)$`,
  'iu',
);
const TRAILING_DATE = new RegExp(
  `\\s*\\((?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:(?:${MONTH_PATTERN})\\.?\\s+)?|\\d{1,2}[./-]\\d{1,2}[./-])((?:19|20)\\d\\d)\\)$`,
  'iu',
);
// A document code in brackets after the name ("(OPS-WX-03)"); not a note ("(section 4)", "(form T1)").
const TRAILING_CODE = /\s*\([a-z]{2,}[a-z0-9]*(?:[-/][a-z0-9]+)+\)$/;

function titleEndsWith(title: string | undefined, ref: string): boolean {
  const t = title?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t || t === ref || !t.endsWith(ref)) return false;
  return TITLE_PREFIX_END.test(t.slice(0, t.length - ref.length));
}

// A title whose last part is the name and whom it is for ("… — COD CASH RULES FOR DELIVERY ASSOCIATES AND HUB
// CASHIERS" for "the COD Cash Rules"): a title says whom a document is for, a reference to it need not.
function titleOpensWith(title: string | undefined, name: string): boolean {
  const t = title?.trim().toLowerCase().replace(/\s+/g, ' ');
  const last = t?.split(TITLE_SEPARATOR).pop();
  return last?.startsWith(`${name} for `) ?? false;
}

// A title whose first word is the compound a reference names ("STAPLERORDNUNG LAGER BETTEMBOURG").
function titleOpensWithWord(title: string | undefined, word: string): boolean {
  return title?.trim().toLowerCase().split(/\s+/)[0] === word;
}

// What may stand before a name in a title: a separator, or a document code ("ict-pol-03").
const TITLE_PREFIX_END = /(?:[—–:|]|\s-|\b[a-z]{2,6}-[a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

// A file's name inside a phrase; it starts where a name can (so a long run of "a.a.a." is tried once).
const NAMED_FILE = new RegExp(`(?<![\\w./-])[\\w./-]{1,200}\\.(?:${EXTENSION_PATTERN})(?![\\w])`, 'i');
const MAX_REFERENCE = 300;

function sameFile(source: string, ref: string): boolean {
  const file = pathOf(source).toLowerCase();
  if (ref.includes('/')) return file === ref || file.endsWith(`/${ref.replace(/^\.?\//, '')}`);
  if (fileName(source) === ref) return true;
  // "remote-work-guidelines" or "the remote work guidelines": the file's name without its extension.
  return (
    !/\.[a-z0-9]+$/i.test(ref) && stem(fileName(source)).replace(/[-_]+/g, ' ') === ref.replace(/[-_]+/g, ' ')
  );
}

// What a document is called: its file name's words and its title.
const labelOf = (d: IndexedDocument) =>
  `${stem(fileName(d.source)).replace(/[-_.]+/g, ' ')} ${d.title ?? ''}`;

// Years and versions a label or a reference carries: "2023", "v2" (from "version 2", "v2", "rev 2", "edition 2",
// "issue 2").
// A year after a month and "in", "on" or "since" dates an event ("archived in January 2026"), not the document.
function marksIn(text: string): string[] {
  const years = text.replace(DATED_YEAR, ' ').match(YEARS) ?? [];
  const versions = [...text.matchAll(VERSION_MARK)].map((m) => `v${m[1]}`);
  return [...years, ...versions];
}

// "version 2", "v2", "rev 2", "edition 2", "issue 2", and the same in the site's language ("la révision 2", "Fassung 2").
const VERSION_MARK =
  /(?<![\p{L}])(?:version|versión|versão|versione|versió|v|rev|revision|révision|revisión|revisão|revisione|revisió|edition|édition|edición|edição|edizione|edició|issue|fassung|ausgabe)\.?\s*(\d{1,2})\b/giu;

const DATED_YEAR = new RegExp(
  `\\b(?:in|on|since|from)\\s+(?:${MONTH_PATTERN})\\.?\\s+(?:de\\s+)?${YEAR.source}`,
  'giu',
);
