/**
 * @module Versions of one controlled document: two documents that give the same document code where they open
 * ("HSE-PROC-007 · Version 3.0 · Effective 1 February 2027" and "Document HSE-PROC-007  Version 1.3  March 2023")
 * are two versions of one document, and the lower one no longer applies once the higher one does.
 */
import { groupBy } from '../core/index.js';
import { type LoadedDocument, openingOf } from './document.js';
import type { IndexedDocument } from './knowledge-index.js';
import { MONTH_PATTERN } from './normalise/index.js';

/** Where a document keeps the document code and the version its front matter or opening gives. */
export const CODE_SAID = 'documentCode';
export const VERSION_SAID = 'versionSaid';

/** The code and version a document gives itself, as metadata to keep: both, its code alone, or none. */
export function codeAndVersion(doc: LoadedDocument): Record<string, string> {
  // A data file's rows are records (a register lists many documents' codes), not documents that give their own.
  if (doc.metadata.format === 'json' || doc.metadata.format === 'csv') return {};
  const fields = [fieldOf(doc, CODE_FIELDS, CODE_VALUE), fieldOf(doc, VERSION_FIELDS, VERSION_VALUE)];
  if (fields[0] && fields[1]) return { [CODE_SAID]: fields[0], [VERSION_SAID]: fields[1] };
  const both = fields[0] ? undefined : codeFieldWithVersion(doc);
  if (both) return { [CODE_SAID]: both[0], [VERSION_SAID]: fields[1] ?? both[1] };
  const line = controlLine(doc);
  if (line) return { [CODE_SAID]: line[0], [VERSION_SAID]: line[1] };
  // A code without a version ("Policy: HR-08"): a register may say which version of it applies. Its version may
  // be given on a line of its own below it ("Policy:    HR-09" over "Version:   2").
  const code =
    fields[0] ??
    soleLine(doc, CODE_ONLY_LINE) ??
    titleCode(doc.title) ??
    titleCode(topHeading(doc)) ??
    soleLine(doc, CODE_LAST_FIELD_LINE);
  const version = code ? (fields[1] ?? versionLine(doc) ?? historyVersion(doc)) : undefined;
  if (!code) {
    const led = ledByCode(doc);
    if (led) return led;
  }
  if (code && version) return { [CODE_SAID]: code, [VERSION_SAID]: version };
  return code ? { [CODE_SAID]: code } : openingCodeAndRevision(doc);
}

// A title that opens with the code ("SOP-KC-04 Personal hygiene and gowning") over a control line that gives the
// version among the document's other fields ("Rozaliya Damask AD · Cosmetics Plant · Version 6 · Effective
// 01.02.2028"): both, when the title names no form, checklist or record (titled with its procedure's code, it is
// no version of the procedure).
function ledByCode(doc: LoadedDocument): Record<string, string> | undefined {
  const code = doc.title?.trim().match(TITLE_LEADING_CODE)?.[1];
  if (!code || NOT_RULES.test(doc.title!)) return undefined;
  const version = soleLine(doc, FIELDED_VERSION);
  return version ? { [CODE_SAID]: code, [VERSION_SAID]: version } : undefined;
}

/**
 * The latest revision a document's history table lists ("Revisão: 0 · Data: 2021-03-01", "Revisão: 2 · Data:
 * 2025-04-01"): its own version, when it lists two or more and names no document code in them (a register's rows
 * list other documents' versions).
 */
function historyVersion(doc: LoadedDocument): string | undefined {
  const versions = doc.blocks
    .flatMap((b) => b.text.split('\n'))
    // A table's row, as rows are written out with their cells set off by middle dots ("Version: 2" alone is no row).
    .filter((line) => line.includes(' · ') && !CODE_ANYWHERE.test(line))
    .map((line) => line.match(HISTORY_ROW)?.[1])
    .filter((v) => v !== undefined);
  if (versions.length < 2) return undefined;
  return versions.reduce((a, b) => (compareVersions(b, a) > 0 ? b : a));
}

/**
 * Where a document keeps the code its capitals title opens with and the revision a line below gives: kept apart
 * from CODE_SAID and VERSION_SAID, so no version replaces it by number alone (a form or a memo titled with its
 * procedure's code is no revision of it); a document of that code that says it replaces that revision does.
 */
export const TITLE_CODE_SAID = 'titleCode';
export const TITLE_VERSION_SAID = 'titleRevision';

// A capitals title that opens with its code ("TR-05 PRE-TRIP AND POST-TRIP INSPECTION CHECKLIST"), or a title line
// that gives it after the kind of document, over a line that gives its revision ("Revision 4 - Effective
// 08/15/2024", "Revision 3"): both, or neither.
function openingCodeAndRevision(doc: LoadedDocument): Record<string, string> {
  const code = doc.title?.trim().match(TITLE_OPENING_CODE)?.[1] ?? soleLine(doc, CODE_TITLE_LINE);
  // A revision on a document-control line of its own ("Rev. C  |  Date: 14/09/2028  |  Owner: Plant Manager")
  // under a title line that names a procedure or a policy: the document's own version, as a control line that
  // gives both says it (a checklist or a form titled with its procedure's code is no revision of it).
  const controlled = code ? soleLine(doc, REVISION_CONTROL_LINE) : undefined;
  if (code && controlled && soleLine(doc, RULES_TITLE_LINE) === code)
    return { [CODE_SAID]: code, [VERSION_SAID]: controlled };
  const version = code
    ? (soleLine(doc, DATED_REVISION_LINE) ?? soleLine(doc, BARE_REVISION_LINE))
    : undefined;
  return code && version ? { [TITLE_CODE_SAID]: code, [TITLE_VERSION_SAID]: version } : {};
}

// What the one line among a document's first that gives a label and a value and nothing else says ("Policy:
// HR-08", "Version:   2"); none when no line or two do.
function soleLine(doc: LoadedDocument, pattern: RegExp): string | undefined {
  const lines = openingOf(doc, CODE_OPENING).split('\n').slice(0, CODE_LINES);
  const found = lines.map((l) => plainLine(l).match(pattern)?.[1]).filter((v) => v !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

// A line without its Markdown emphasis ("**ACT-03, Issue 3** · Dive & Activities"): the control line it writes.
const plainLine = (line: string) => line.trim().replace(/\*\*|__/g, '');

// The code a title ends with, in brackets or after a dash ("GUEST TIPS … STAFF INFORMATION (HR-09)", "Staff
// Christmas Fund and Tips Policy - HR-09"): the document's own.
function titleCode(title: string | undefined): string | undefined {
  const m = title?.trim().match(TITLE_CODE);
  return m ? (m[1] ?? m[2]) : undefined;
}

// The first heading a document's opening blocks stand under, when its title was read from a letterhead above it
// ("NORMAS DE ACCESO DEL PERSONAL (SP-02)" under "HOTEL SOTAVENTO VARADERO"): the document's own name.
const topHeading = (doc: LoadedDocument): string | undefined =>
  doc.blocks.slice(0, OPENING_BLOCKS).find((b) => b.headings.length)?.headings[0];
const OPENING_BLOCKS = 3;

const CODE_LINES = 12;

// The document-control line among a document's first lines: its code first (after a label or none), then its
// version ("Document HSE-PROC-007      Version 1.3      March 2023", "HSE-PROC-007 · Version 3.0 · Effective…",
// "Document control: GFC-FS-SOP-07 · Rev 4 · Issued 03/03/2024", "Te Awa Wai Limited · Procedure WQ-02 · Version 5.0").
// One such line only: a revision history ("Rev 1.0 … Rev 3.0") or a register's lines say no one version.
function controlLine(doc: LoadedDocument): [string, string] | undefined {
  const lines = openingOf(doc, CODE_OPENING).split('\n').slice(0, CONTROL_LINES);
  const found = lines.map((l) => plainLine(l).match(CONTROL_LINE)).filter((m) => m !== null);
  return found.length === 1 ? [found[0]![1]!, found[0]![2]!] : undefined;
}

// Where a document says what it is: its first lines.
const CODE_OPENING = 400;
const CONTROL_LINES = 6;
// A document code: capitals and figures in two to four parts joined by hyphens, a letter and a figure among them
// ("HSE-PROC-007", "OPS-115", "ICT-POL-03"); not a wording such as "CA-EBS" or "COVID-19", nor a code with more
// after it ("HSE-PROC-007/F1" numbers a form under the procedure). Its first part may join capitals with an
// ampersand ("H&S-02", Health and Safety); a circular's number joins three or four parts by slashes ("HR/C/2025/03").
/** A document code's pattern ("HSE-PROC-007", "HR-08"), as registers and openings write it. */
export const CODE =
  '(?=[A-Z0-9&/-]*\\d)(?=[A-Z0-9&/-]*[A-Z]&?[A-Z])[A-Z](?:[A-Z0-9]|&[A-Z]){1,7}(?:(?:-[A-Z0-9]{1,7}){1,3}|(?:\\/[A-Z0-9]{1,7}){2,3}(?![\\/\\w]))';
const CODE_VALUE = new RegExp(`^${CODE}$`);
const VERSION = '\\d{1,3}(?:\\.\\d{1,3}){0,2}|[A-Z]';
const VERSION_VALUE = new RegExp(`^v?(?:${VERSION})$`, 'i');
// The words a control line names a code and a version by, in English and in the languages of the sites that
// write them ("Doc. PR-HACCP-03 | Rev. 3", "Código: CAL-PR-02 | Revisión: 05", "Doküman No: KAL-P-07 · Rev. No: 03").
const CODE_LABEL =
  '[Dd]ocument(?:\\s+[Cc]ontrol)?|DOCUMENT(?:\\s+CONTROL)?|[Dd]oc(?:ument)?\\.?\\s+[Nn]o\\.?|DOC\\.?\\s+NO\\.?|[Dd]oc\\.?|DOC\\.?|[Rr][eé]f(?:[eé]rence)?\\.?|R[EÉ]F\\.?|[Pp]olicy|POLICY|[Pp]rocedure|PROCEDURE|[Cc]ode|CODE|[Cc][oó]digo|C[OÓ]DIGO|[Dd]ocumento|DOCUMENTO|[Dd]ok[uü]man(?:\\s+[Nn]o\\.?)?|DOK[UÜ]MAN(?:\\s+NO\\.?)?|[Cc]odice|CODICE|[Kk]od(?:e|as)?|KOD(?:E|AS)?|[Šš]ifra|ŠIFRA|[Oo]znaka|OZNAKA|[Ss]mernica|SMERNICA|[Ss]měrnice|[Pp]redpis|[Pp]rocedimiento|[Pp]rocedimento|[Pp]roc[ée]dure|[Pp]rocedura|[Rr]ichtlinie|[Ii]nstrukcja|[Pp]ravilnik|[Pp]ol[íi]tica|[Pp]olitique|[Pp]olitika|[Pp]olityka|[Nn]avodilo|NAVODILO|[Ii]nstruks|INSTRUKS';
const VERSION_WORD =
  '[Vv]ersion|VERSION|[Vv]er\\.|VER\\.|[Vv]ersjon|VERSJON|[Vv]erzija|VERZIJA|[Vv]ersione|VERSIONE|[Vv]ersie|VERSIE|[Rr][eé]v\\.?(?:\\s*[Nn]o\\.?(?=\\s*:))?|R[EÉ]V\\.?(?:\\s*NO\\.?(?=\\s*:))?|[Rr][eé]visi[oó]n|R[EÉ]VISI[OÓ]N|[Ii]ssue|ISSUE|[Rr]evis[ãa]o|REVIS[ÃA]O|[Vv]ersi[oó]n|VERSI[OÓ]N|[Vv]ers[ãa]o|VERS[ÃA]O|[Ee]di[çc][ãa]o|EDI[ÇC][ÃA]O|[Ee]dici[oó]n|EDICI[OÓ]N|[Rr]evizyon(?:\\s*[Nn]o\\.?(?=\\s*:))?|REV[İI]ZYON(?:\\s*NO\\.?(?=\\s*:))?|[Rr]evisione|REVISIONE|[Rr]evisie|REVISIE|[Rr]evizija|REVIZIJA|[Ww]ersja|WERSJA|[Vv]ersija|VERSIJA|[Rr]edakcija|REDAKCIJA|[Rr]ev[íi]zia|REV[ÍI]ZIA|[Rr]evize|REVIZE|[Vv]erzia|VERZIA|[Vv]erze|VERZE|[EeÉé]dition|[EÉ]DITION|[Рр]едакция|РЕДАКЦИЯ|[Вв]ерсия|ВЕРСИЯ|[Ии]здание|ИЗДАНИЕ|[Ee]di[țţt]ia|EDI[ȚŢT]IA|[Ii]zdaja|IZDAJA|[Uu]dgave|UDGAVE|[Uu]tgave|UTGAVE|[Uu]tg[åa]va|UTG[ÅA]VA';
const CODE_AND_VERSION_VALUE = new RegExp(
  `^(${CODE})\\s*[,·|–—-]?\\s*(?:${VERSION_WORD}|[Vv])\\s*:?\\s*(${VERSION})$`,
);
// Case matters: a code is written in capitals ("covid-19 version 2" is none).
// The line may open with the organisation's or the department's name, set off by a middle dot, a bar or a comma
// ("Te Awa Wai Limited · Water Quality · Procedure WQ-02 · Version 5.0", a table row's "Doc. No.: EHS-03 · Version:
// Ver. 2.1", "Fleet & Fuel Cell, FIN-04 version 3,
// in force from 1 December 2025."), a name set off by a dot or a bar with a comma of its own ("VIPE bottling
// plant, Heraklion · QP-07 · Revision C").
const CONTROL_LINE = new RegExp(
  `^(?:[^·|\\n]{1,60}[·|]\\s*|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|&|and|of))*,\\s*){0,3}?(?:(?:${CODE_LABEL})\\s*:?\\s*)?(${CODE})(?:\\s*[·|,–—]\\s*|\\s+-\\s+|\\s+)(?:${VERSION_WORD})\\s*:?\\s*(?:(?:${VERSION_WORD})\\s*)?(${VERSION})(?![\\w.])`,
  'u',
);
// "Policy: HR-08", and "Policy HR-09" on a line of its own, after the site's name if any ("Kokand Dyeing Plant ·
// Procedure KB-05"); not a line that names what this one replaces or where to look ("See also | Policy HR-08").
const CODE_ONLY_LINE = new RegExp(
  `^(?![^\\n]*\\b(?:[Rr]eplaces?|[Ss]upersedes?|[Ss]ee|[Ss]ustituye|[Rr]eemplaza|[Rr]emplace|[Ee]rsetzt|[Vv]ervangt|[Ee]rstatter)\\b)(?:[^·|\\n]{1,60}(?:[·|]|\\s[-–—])\\s*){0,3}?(?:[Dd]ocument(?:\\s+[Nn]o\\.?)?|DOCUMENT|[Dd]oc\\s+[Nn]o\\.?|[Rr][ée]f(?:[ée]rence)?\\.?|R[ÉE]F(?:[ÉE]RENCE)?\\.?|[Rr]eferencia|REFERENCIA|[Rr]efer[êe]ncia|REFER[ÊE]NCIA|[Cc][óo]digo|C[ÓO]DIGO|[Pp]olicy(?:\\s+[Nn]o\\.?)?|POLICY|[Pp]rocedure|PROCEDURE|[Cc]ode|[Cc]ircular(?:\\s+[Nn]o\\.?)?|CIRCULAR)(?:\\s*:\\s*|\\s+)(${CODE})$`,
);
// Words of a line that names another document's code: what it replaces, where to look, what it comes under.
const NOT_OWN_CODE =
  '[Rr]eplaces?|[Ss]upersedes?|[Ss]ee|[Rr]elated|[Rr]eferences?|[Uu]nder|[Zz]amjenjuje|[Zz]amenjuje|[Nn]adomešča|[Ee]rsetzt|[Rr]emplace|[Ss]ustituye|[Rr]eemplaza|[Ss]ubstitui|[Ss]ostituisce|[Vv]ervangt|[Ee]rstatter|[Ee]rsätter|[Αα]ντικαθιστά|[Зз]амењује|[Зз]аменяет';
// The code as the last field of a line set off by middle dots or bars, after the organisation's or the site's
// name ("Belvidere Spice Co-operative Society Ltd · Grenville processing plant · GV-DS-01").
const CODE_LAST_FIELD_LINE = new RegExp(
  `^(?![^\\n]*(?<![\\p{L}])(?:${NOT_OWN_CODE})(?![\\p{L}]))(?:[^·|\\n]{1,60}[·|]\\s*){1,3}(${CODE})$`,
  'u',
);
// A version on a line of its own, named ("Version: 2") or with the day it took effect ("Version 2, effective 1
// March 2029.").
const versionLine = (doc: LoadedDocument) =>
  soleLine(doc, VERSION_ONLY_LINE) ?? soleLine(doc, DATED_REVISION_LINE);
// A title's code opens with a department's two to four letters ("HR-09", "ACT-03", "HSE-PROC-007"): "COVID-19"
// ends a title as a wording.
const TITLE_CODE_PART = `(?=[A-Z](?:&?[A-Z]){1,3}-)${CODE}`;
const TITLE_CODE = new RegExp(`(?:\\s[-–—]\\s+(${TITLE_CODE_PART})|\\s\\((${TITLE_CODE_PART})\\))$`);
// The title, or its part after the organisation's name and a dash, is the code and words in capitals only.
const TITLE_OPENING_CODE = new RegExp(
  `(?:^|\\s[–—-]\\s+)(${TITLE_CODE_PART})\\s+[A-Z][A-Z'’&/-]*(?:\\s+[A-Z][A-Z'’&/-]*)+$`,
);
// A title that opens with its code and goes on in words ("SOP-KC-04 Personal hygiene and gowning").
const TITLE_LEADING_CODE = new RegExp(`^(${TITLE_CODE_PART})\\s+(?=\\p{Lu}\\p{Ll})`, 'u');
const NOT_RULES = /\b(?:forms?|checklists?|records?|logs?|registers?|sheets?|templates?)\b/i;
// A version set off by middle dots or bars among a line's other fields ("… · Version 6 · Effective …").
const FIELDED_VERSION = new RegExp(`(?:^|[·|])\\s*(?:${VERSION_WORD})\\s*:?\\s*v?(${VERSION})\\s*(?=[·|]|$)`);
// The day it took effect is a date: figures after the word ("Issue 2 - issued to all drivers" says none).
const DATED_REVISION_LINE =
  /^(?:[Rr]evision|REVISION|[Rr]ev\.|REV\.|[Vv]ersion|VERSION|[Ii]ssue|ISSUE)\s+(\d{1,3}(?:\.\d{1,3})?)\s*[-–—,·|]\s*(?:[Ee]ffective|EFFECTIVE|[Ii]ssued|ISSUED)(?:\s+(?:from|on))?\s*:?\s*\d/;
// A capitals title line among the first that gives the code after the kind of document ("PROCEDURE HG-PR-07:
// SPRAYING AND BIOLOGICAL CONTROL").
const CODE_TITLE_LINE = new RegExp(
  `^(?:(?:PROCEDURE|POLICY|WORK INSTRUCTION|INSTRUCTION|STANDARD|SOP)\\s+)?(${TITLE_CODE_PART})(?::\\s*|\\s+)[A-Z][A-Z'’&/-]*(?:\\s+[A-Z][A-Z'’&/-]*)+$`,
);
// A revision or an edition on a line of its own, or with the month it was issued ("Revision 3", "Revision 2 - March
// 2027", "Edicion 2").
const BARE_REVISION_LINE = new RegExp(
  `^(?:[Rr]evision|REVISION|[Rr]ev\\.|REV\\.|[Ee]dition|EDITION|[Ee]dici[oó]n|EDICI[OÓ]N|[Ee]di[çc][ãa]o|EDI[ÇC][ÃA]O)\\s+(\\d{1,3})(?:\\s*[-–—,·|]\\s*(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN})\\s+\\d{4})?$`,
  'i',
);
// A code's title line that names a procedure, a policy or rules, and not a form, a checklist or a record.
const RULES_TITLE_LINE = new RegExp(
  `^(?!.*\\b(?:FORM|CHECKLIST|RECORD|LOG|REGISTER|SHEET|TEMPLATE)\\b)(?=.*\\b(?:PROCEDURE|POLICY|RULES|INSTRUCTION|STANDARD|SOP|MANUAL)\\b)${CODE_TITLE_LINE.source.slice(1)}`,
);
// A revision followed by the document's other control fields, set off by bars or middle dots.
const REVISION_CONTROL_LINE = new RegExp(
  `^(?:${VERSION_WORD})\\s*:?\\s*v?(${VERSION})\\s*[|·]\\s*(?:[Dd]ate|DATE|[Ii]ssued|ISSUED|[Ee]ffective|EFFECTIVE|[Oo]wner|OWNER|[Aa]pproved|APPROVED)\\b`,
);
// A history table's row as rows are written out ("Controlo de versões · Revisão: 2 · Data: 2025-04-01 · …"): its
// first cell a revision or a version (not an "Issue" of a log, nor a software's version after its name), and a date
// in the row.
const HISTORY_WORD =
  '[Rr]evision|[Rr]ev\\.?|[Vv]ersion|[Rr]evis[ãa]o|[Rr]evisi[oó]n|[Vv]ersi[oó]n|[Vv]ers[ãa]o|[Rr]evisione|[Vv]ersione|[Vv]ersie|[Rr]evisie|[Vv]ersjon|[Vv]erzija|[Rr]evizija|[Rr]ev[íi]zia|[Vv]erzia|[Ww]ersja|[Vv]ersija|[Ee]di[çc][ãa]o|[Ee]dici[oó]n|[EeÉé]dition|[Рр]едакция|[Вв]ерсия|[Ии]здание';
const HISTORY_ROW = new RegExp(
  `^(?:[^·\\n]*·\\s*)?(?:${HISTORY_WORD})\\s*:\\s*v?(\\d{1,3}(?:\\.\\d{1,3})?)\\s*·(?=.*(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}))`,
);
const CODE_ANYWHERE = new RegExp(`(?<![\\w-])${CODE}(?![\\w-])`);
const VERSION_ONLY_LINE = new RegExp(`^(?:${VERSION_WORD})\\s*:\\s*v?(${VERSION})$`);
const CODE_FIELDS = [
  'doc_code',
  'document_code',
  'doc_id',
  'document_id',
  'doc_no',
  'document_no',
  'doc_ref',
  'ref',
  'reference',
  'code',
  'doc',
];
const VERSION_FIELDS = ['version', 'revision', 'rev'];

// A code field that gives the revision too ("code: FER-02 Rev. 4", "ref: HR-03 v2"): both, read when no field
// gives the code alone (a version field of its own still says the version).
function codeFieldWithVersion(doc: LoadedDocument): [string, string] | undefined {
  for (const field of CODE_FIELDS) {
    const value = doc.metadata[field];
    const m = typeof value === 'string' ? value.trim().match(CODE_AND_VERSION_VALUE) : null;
    if (m) return [m[1]!, m[2]!];
  }
  return undefined;
}

// The first of the fields that holds a value of the pattern asked for. A version read by YAML as a number with
// a fraction ("version: 2.10" is 2.1) is no version to compare: it is left out.
function fieldOf(doc: LoadedDocument, fields: string[], pattern: RegExp): string | undefined {
  for (const field of fields) {
    const value = doc.metadata[field];
    const text = Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
    // A version's "v" goes ("v2" is 2); a code keeps its letters ("VD-07" is no "D-07").
    if (text && pattern.test(text)) return pattern === VERSION_VALUE ? text.replace(/^v/i, '') : text;
  }
  return undefined;
}

/**
 * The documents a higher version of the same code replaces, with the source of the one that replaces each: the
 * highest version among those that apply (one document only; two of one version replace nothing) replaces every
 * lower one that says nothing of its own status.
 */
export function olderVersions(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Map<string, string> {
  const byCode = groupBy(docs, (d) => {
    const code = d.metadata[CODE_SAID];
    return typeof code === 'string' && typeof d.metadata[VERSION_SAID] === 'string' ? code : undefined;
  });
  const older = new Map<string, string>();
  for (const group of byCode.values()) {
    const latest = highest(group.filter(applies));
    if (!latest) continue;
    for (const d of group)
      if (!saysOwnStatus(d) && compareVersions(versionOf(d), versionOf(latest)) < 0)
        older.set(d.id, latest.source);
  }
  return older;
}

const versionOf = (d: IndexedDocument) => d.metadata[VERSION_SAID] as string;

// The one document of the highest version; none when two share it or versions cannot be compared.
function highest(group: IndexedDocument[]): IndexedDocument | undefined {
  let best: IndexedDocument | undefined;
  let tied = false;
  for (const d of group) {
    const order = best ? compareVersions(versionOf(d), versionOf(best)) : 1;
    if (Number.isNaN(order)) return undefined;
    if (order > 0) [best, tied] = [d, false];
    else if (order === 0 && d.source !== best!.source) tied = true;
  }
  return tied ? undefined : best;
}

/** Compares "1.3" with "3.0" (or "E" with "F"): negative when the first is lower; NaN when one is a letter only. */
export function compareVersions(a: string, b: string): number {
  const letter = (v: string) => /^[A-Z]$/i.test(v);
  if (letter(a) || letter(b))
    return letter(a) && letter(b) ? a.toUpperCase().localeCompare(b.toUpperCase()) : Number.NaN;
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}
