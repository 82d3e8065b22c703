/**
 * @module Currency across documents: what one document says of another. A current document's `supersedes:`
 * (a file or a title) or its own words ("This policy replaces the 2023 version", kept at load as `replaces`)
 * make the document it names superseded; so does a file with a year in its name next to the same file without
 * one or with a later year ("bureau-montreal-2025.txt" beside "bureau-montreal.txt"). Only documents that say
 * nothing of themselves are judged here; a status judged here names the document it comes from
 * (`statusFrom`), so every ingest judges it again and a replacement that is removed takes it away.
 */
import { tokenize } from '../core/index.js';
import type { IndexedDocument } from './knowledge-index.js';

/** New metadata for a document whose status, as judged across documents, changed. */
export interface StatusChange {
  id: string;
  metadata: Record<string, unknown>;
}

/** The documents whose status, judged from what other documents say, is not what the index holds. */
export function currencyAcross(docs: IndexedDocument[]): StatusChange[] {
  const judged = judgedSuperseded(docs);
  const changes: StatusChange[] = [];
  for (const doc of docs) {
    if (ownStatus(doc)) continue;
    const from = judged.get(doc.id);
    const held = doc.metadata.statusFrom;
    if (from === held && (from === undefined || doc.metadata.status === 'superseded')) continue;
    const { status: _s, statusFrom: _f, ...rest } = doc.metadata;
    changes.push({ id: doc.id, metadata: from ? { ...rest, status: 'superseded', statusFrom: from } : rest });
  }
  return changes;
}

// Each document another says it replaces, with the first document that says so.
function judgedSuperseded(docs: IndexedDocument[]): Map<string, string> {
  const judged = new Map<string, string>();
  const judge = (id: string, from: string) => {
    if (!judged.has(id)) judged.set(id, from);
  };
  for (const doc of docs.filter((d) => ownStatus(d) !== 'superseded'))
    for (const said of referencesOf(doc))
      for (const target of resolveReference(said, doc, docs)) judge(target.id, doc.source);
  for (const [id, from] of olderCopies(docs)) judge(id, from);
  return judged;
}

// The status a document gives itself (its front matter, its name, title or opening); not one judged here.
function ownStatus(doc: IndexedDocument): string | undefined {
  const status = doc.metadata.status;
  return typeof status === 'string' && doc.metadata.statusFrom === undefined ? status : undefined;
}

// What a document says it replaces: its `supersedes:` (or `replaces:` in front matter) and its own words.
function referencesOf(doc: IndexedDocument): string[] {
  return [doc.metadata.supersedes, doc.metadata.replaces].flatMap((v) =>
    (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string' && s.trim() !== ''),
  );
}

/**
 * The documents a reference names: a file ("remote-work-guidelines.md", "docs/old/policy.md"), a title, or a
 * phrase with a year or a version ("the 2023 version", "version 3"): then the one document whose file name or
 * title carries it and shares most topic words with the replacing document. None when that is not one.
 */
export function resolveReference(
  said: string,
  by: IndexedDocument,
  docs: IndexedDocument[],
): IndexedDocument[] {
  const others = docs.filter((d) => d.source !== by.source);
  const ref = said
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const byFile = others.filter((d) => sameFile(d.source, ref));
  if (byFile.length) return byFile;
  const byTitle = others.filter(
    (d) =>
      d.title
        ?.trim()
        .toLowerCase()
        .replace(/^the\s+/, '') === ref,
  );
  if (byTitle.length) return byTitle;
  const marks = marksIn(ref);
  if (!marks.length) return [];
  const carrying = others.filter((d) => marks.some((m) => marksIn(labelOf(d)).includes(m)));
  const topic = new Set(topicWords(`${labelOf(by)} ${ref}`));
  const scored = carrying.map((d) => ({ d, n: topicWords(labelOf(d)).filter((w) => topic.has(w)).length }));
  const best = Math.max(0, ...scored.map((s) => s.n));
  const sources = new Set(scored.filter((s) => s.n === best && best > 0).map((s) => s.d.source));
  return sources.size === 1 ? scored.filter((s) => s.d.source === [...sources][0]).map((s) => s.d) : [];
}

const fileName = (source: string) => source.replace(/#.*$/, '').split('/').at(-1)!.toLowerCase();
const stem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');

function sameFile(source: string, ref: string): boolean {
  const file = source.replace(/#.*$/, '').toLowerCase();
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

// Years and versions a label or a reference carries: "2023", "v2" (from "version 2", "v2", "rev 2", "edition 2").
// A year after a month ("archived in January 2026") dates an event, not the document: it is no mark.
function marksIn(text: string): string[] {
  const years = (text.replace(DATED_YEAR, ' ').match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []) as string[];
  const versions = [...text.matchAll(/\b(?:version|v|rev|revision|edition)\.?\s*(\d{1,2})\b/gi)].map(
    (m) => `v${m[1]}`,
  );
  return [...years, ...versions];
}

const DATED_YEAR =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\.?\s+(?:de\s+)?(?:19|20)\d{2}\b/giu;

// Words that say what a document is about, not what kind of document it is.
function topicWords(text: string): string[] {
  return tokenize(text).filter((w) => !/\d/.test(w) && !GENERIC.has(w));
}

const GENERIC = new Set(
  tokenize(
    'policy policies version edition revision rev document guide guidance page procedure procedures handbook manual notes note intranet staff employee employees scheme rules standard old new current archived superseded v',
  ),
);

// A file with a year in its name is an older copy of the same file without one, or with a later year.
function olderCopies(docs: IndexedDocument[]): Map<string, string> {
  const bySource = new Map<string, IndexedDocument[]>();
  for (const d of docs) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  const groups = new Map<string, Array<{ source: string; year: number }>>();
  for (const source of bySource.keys()) {
    const name = stem(fileName(source));
    const year = Number(name.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/)?.[0] ?? Number.POSITIVE_INFINITY);
    const key = `${source.replace(/[^/]*$/, '')}${name.replace(/[-_ .]*(?<!\d)(?:19|20)\d{2}(?!\d)/, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), { source, year }]);
  }
  const older = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const newest = group.reduce((a, b) => (b.year > a.year ? b : a));
    for (const g of group)
      if (g.year < newest.year) for (const d of bySource.get(g.source)!) older.set(d.id, newest.source);
  }
  return older;
}
