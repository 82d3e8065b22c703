/**
 * @module Whether a document still applies: what it says of itself (front-matter `status:`, `superseded_by:`),
 * or the signals people leave in titles, file names and opening lines ("(old)", "archived", "Superseded by
 * …", "ANCIENNE VERSION"). Retrieval prefers current documents, and prompts and citations say which
 * passages come from a superseded one.
 */

import { LABELLED_STAMP, REPLACED_BY_LOCAL_LINE, saysOldAtEnd } from './currency-closing.js';
import { codeAndVersion } from './currency-codes.js';
import { OLD_OPENING_ELSEWHERE, oldInGerman } from './currency-openings.js';
import { codeLine, registerRow } from './currency-register.js';
import { EXTENSION_PATTERN, type LoadedDocument } from './document.js';
import { editionFrom, editionSaid, isRecords } from './edition-said.js';
import { IN_FORCE_UNTIL, inForceUntil } from './in-force-until.js';
import { LOCAL_LIFECYCLE_WORDS, STATUS_NOTE, STATUS_WORDS, statusWordOf } from './status-words.js';

/** What a document says about whether it applies. */
export type DocumentStatus = 'current' | 'superseded' | 'draft';

/** The words a `status:` field may say (current, superseded, draft, and their other names). */
export const STATUS_NAMES: readonly string[] = Object.keys(STATUS_WORDS);

/**
 * What a `status:` value means: its word ("Archived"), or the words it opens with before a date or a note
 * ("Revoked 2027-06-30 - replaced by the 2027 edition", "Superseded (see HR-12)"), or a word of a document's life
 * before what replaced it or since when ("Superseded by HR-12", "In force from April"). Undefined for a word
 * tandem does not know ("closed") and for words said of orders and accounts ("Cancelled by customer").
 */
export function statusMeant(value: unknown): DocumentStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const said = value.trim().toLowerCase();
  const head = said.split(STATUS_NOTE, 1)[0]!.trim();
  const word = statusWordOf(said);
  // "Superseded by HR-HYB-02 v2.0", "Obsolete as of 2025", "In force from April": a word of a document's life, or
  // one that says it applies, before what replaced it or since when. Not "Cancelled by customer" or "Inactive since
  // January", said of an order or an account.
  const meant = STATUS_WORDS[word];
  const documents = LIFECYCLE_WORDS.has(word) || LOCAL_LIFECYCLE_WORDS.has(word) || meant === 'current';
  return STATUS_WORDS[said] ?? STATUS_WORDS[head] ?? (documents ? meant : undefined);
}

// The fields a status is written in: `status:`, and the names document-control systems give it
// ("doc_state: Obsolete", "document_status: Withdrawn"). Only a status word counts ("state: NSW" says nothing).
const STATUS_FIELDS = [
  'status',
  'statut',
  'estado',
  'estat',
  'stato',
  'doc_status',
  'docStatus',
  'record_status',
  'recordStatus',
  'document_status',
  'documentStatus',
  'doc_state',
  'docState',
  'document_state',
  'documentState',
  'lifecycle_state',
  'state',
];

// Fields that name what replaced the document ("superseded_by: HR-12", "replaced_by: leave.md"), and fields that
// say whether it is in force ("in_force: false").
const REPLACED_BY_FIELDS = ['superseded_by', 'supersededBy', 'replaced_by', 'replacedBy'];
// Only fields that can mean nothing else: `active: false` may be a paused scheme, `valid: no` a form's state.
const IN_FORCE_FIELDS = ['in_force', 'inForce', 'is_current', 'isCurrent'];
const NOT_IN_FORCE = new Set<unknown>([false, 'false', 'no', 'n']);

// What the document's own fields declare: a status word, a replacement, or that it is not in force.
function declaredStatus(metadata: Record<string, unknown>): DocumentStatus | undefined {
  const meant = STATUS_FIELDS.map((key) => statusMeant(metadata[key])).find(Boolean);
  if (meant) return meant;
  if (REPLACED_BY_FIELDS.some((key) => namesReplacement(metadata[key]))) return 'superseded';
  const notInForce = (v: unknown) => NOT_IN_FORCE.has(typeof v === 'string' ? v.trim().toLowerCase() : v);
  return IN_FORCE_FIELDS.some((key) => notInForce(metadata[key])) ? 'superseded' : undefined;
}

// File names: the word ends the name, perhaps before a year or version ("travel-policy-2022-archived.md",
// "notes-ancien.txt", "policy-old-v2"), so "old-age-pension" and "archived-records-guide" are not old.
const OLD_FILE =
  /(?:^|[-_. (])(?:archived?|superseded|obsolete|old|ancien(?:ne)?|veraltet|oud|vecchio|antiguo|antigo)(?:[-_. )]+(?:v?\d+[-_.]?)*)?$/i;
// The site's language's "old version" ending a file name after what the document is ("consignes-usine-ancienne-
// version.txt", "regras-versao-antiga.md"): not a how-to's "restaurer-une-ancienne-version" or "recuperar-version-
// anterior", whose word before is an article or a verb.
const OLD_VERSION_FILE =
  /(?:^|[-_. ])(\p{L}+)[-_ ](?:ancienne[-_ ]version|version[-_ ](?:ancienne|anterior|antigua)|versi[oó]n[-_ ](?:anterior|antigua)|vers[aã]o[-_ ]antiga|vecchia[-_ ]versione|oude[-_ ]versie|alte[-_ ]fassung)(?:[-_. ]+(?:v?\d+[-_.]?)*)?$/iu;
const NOT_A_SUBJECT =
  /^(?:une?|la|le|les|the|an?|una?|uma?|el|de|des|du|ein|eine|een|het|\p{L}*(?:er|ar|ir))$/iu;
const oldVersionFile = (name: string) => {
  const word = name.match(OLD_VERSION_FILE)?.[1];
  return word !== undefined && !NOT_A_SUBJECT.test(word);
};
// Folders that hold old copies, by their whole name.
// In the site's language too: "archives", "archivo", "archief", "arkiv", "arhiva", "archiwum", "archyvas", "arsip", "архив".
const OLD_FOLDER =
  /^(?:old|archives?|archived|superseded|obsolete|retired|previous(?:[-_ ]versions?)?|anciens?|archiv|archivos?|arquivos?|archivio|archivi|archief|arkiv|arkivet|arhiva|arhiv|archiwum|archyvas|ar[sş]iv|arsip|arkisto|arhiiv|archívum|архив|архів)$/iu;
// The words a bracket marks an old document with: "(old)", "(superseded)", "(no longer in force)".
// Those that only say a document is old, not what a list holds ("Forklift fleet (retired)"), in its language too.
const OLD_DOCUMENT_MARKS =
  'old|archived|superseded|obsolete|outdated|out of date|previous version|no longer in (?:force|effect)|ancienne version|version ancienne|vers[ãa]o antiga|versi[óo]n (?:anterior|antigua)|vecchia versione|oude versie|alte (?:fassung|version)|arxiu|arxivat|arxivada|versi[óo] (?:anterior|antiga)|старая (?:версия|редакция)';
// "(veraltet)" only in a title, as "(expired)" is: a heading's may say what a list holds.
const OLD_MARKS = `${OLD_DOCUMENT_MARKS}|expired|withdrawn|retired|replaced|veraltet|ancien(?:ne)?`;
// Titles: "Parental leave policy (old)", "[ARCHIVÉ] Cantine : horaires et tarifs", "Training budget 2023 — Superseded by …" (not "How archived records are kept").
// "Parental Leave Policy — Version 2 (no longer in force)", "Sick leave (out of date)".
// "No longer …" only in brackets or after a dash: "Retiring laptops that are no longer in use" is a topic.
const OLD_TITLE = new RegExp(
  `[([](?:${OLD_MARKS}|archivée?|archivad[oa]|arquivad[oa]|archiviat[oa]|archiviert|gearchiveerd)[)\\]]|\\bsuperseded\\b|[—–-]\\s*(?:\\(\\s*)?no longer (?:in force|in effect|applies|valid|current)\\b|^\\W*(?:archived|obsolete)\\W*[:—–-]`,
  'i',
);
// A text's first line when it is words in capitals before a bracketed remark; '' otherwise.
function capitalsTitle(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  return /^[^\p{Ll}()]*\p{Lu}[^\p{Ll}()]*\([^)]*\)\s*$/u.test(line) ? line : '';
}
// The bracketed mark alone, ending a heading, of the words that can only say the document is old: "(superseded)",
// not a heading about superseded documents, nor what a list holds ("Forklift fleet (retired)", "Batches (withdrawn)").
const OLD_MARK_AT_END = new RegExp(`\\((?:${OLD_DOCUMENT_MARKS})\\)\\s*$`, 'i');
// Opening lines: a banner in capitals ("*** SUPERSEDED ***", "ANCIENNE VERSION", "ANULADA", "INGETROKKEN", "DITARIK
// BALIK", "ОТМЕНЁН", Haitian Kreyòl's "ANSYEN ORÈ"; with the document's kind before it, KIND_BANNER), a line opening
// with "Superseded by", "Archived:" or "Archived page.", or this document saying it no longer applies, is no longer
// maintained or is kept only for reference ("This page is kept for reference and is no longer maintained"; not
// "This page is kept for reference when you file a claim"), or this document of a named kind replaced or withdrawn
// ("This wage schedule was replaced by the Pay & Overtime page", "This circular stands withdrawn"; not "This
// timetable is withdrawn on Christmas Day" or "This completed form is archived by HSE"). Another policy being
// replaced ("the 2022 policy is superseded by this document") says nothing about this one.
const OLD_BANNER =
  /(?:^|\n)[^\p{L}\n]*(?:\p{Lu}[\p{Lu} ]{0,20}\/\s*)?(?:SUPERSEDED|ARCHIVED|ARCHIVE COPY|OBSOLETE|WITHDRAWN|NO LONGER IN FORCE|NOT MAINTAINED|ANCIENNE VERSION|VERSION ARCHIV[EÉ]E|ARCHIV(?:É|ÉE|EE)|REMPLAC[EÉ]E?|ARCHIVIERT|VERALTET|NICHT MEHR G[ÜU]LTIG|ARCHIVADO|ARQUIVADO|ARCHIVIATO|GEARCHIVEERD|(?:VERSI[ÓO]N |VERS[ÃA]O )?N[OÃ]O? VIGENTE|SIN VIGENCIA|ANULAD[AO]|DEROGAD[AO]|REVOCAD[AO]|REEMPLAZAD[AO]|SUSTITUID[AO]|ANNUL[ÉE]E?|RETIR[ÉE]E?|ABROG[ÉE]E?|INGETROKKEN|VERVALLEN|DITARIK BALIK|DIBATALKAN|DIGANTIKAN|DIARKIBKAN|TIDAK LAGI BERKUAT KUASA|ОТМЕН[ЁЕ]Н[АО]?|ANSYEN (?:OR[ÈE]|V[ÈE]SYON|DOKIMAN)|ARKIVERT(?: SIDE| DOKUMENT| VERSJON)?|ARKIVERAD|ARKIVERET|UTG[ÅA]TT|NE VRIJEDI|NEVAŽEĆE|ZAMENJENO|ZAMIJENJENO|ЗАМЕЊЕНО|ЗАМИЈЕЊЕНО|НЕВАЖЕЋЕ|ARHIVIRANO|АРХИВИРАНО|Z[ËE]VEND[ËE]SUAR|SHFUQIZUAR|ARKIVUAR|ARCH[ÍI]V OLDAL|ARCH[ÍI]V DOKUMENTUM|HAT[ÁA]LYON K[ÍI]V[ÜU]L|[ÉE]RV[ÉE]NYTELEN|АРХИВНАЯ ВЕРСИЯ|УТРАТИЛ[АОИ]? СИЛУ|(?:ARCHIVE|ARHIVA)(?=[^\S\n]*[–—-][^\n]*?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:[Aa]ncienne|[Oo]ld|[Pp]revious|[Ff]ormer|[Nn]o longer|[Nn]e plus|[Nn]e vrijedi|[Ss]tara)\b)))(?![\p{L}])/u;
// A banner naming the document's kind, then its status, alone or before what replaced it or since when ("CIRCULAR
// ANULADA - REEMPLAZADA POR …", "AVIS RETIRÉ LE 30/09/2029", "NOTE ANNULÉE ET REMPLACÉE"): not a title that goes on
// ("PROCEDURE OBSOLETE STOCK DISPOSAL", "NOTICE WITHDRAWN SERVICES FROM 1 MAY").
const KIND_BANNER =
  /(?:^|\n)[^\p{L}\n]*(?:CIRCULAR|CIRCULAIRE|MEMO|NOTICE|POLICY|DOCUMENT|DOCUMENTO|POL[ÍI]TICA|AVISO|AVIS|NOTE|NOTA|NOTIS|MEDEDELING|PROCEDIMIENTO|PROCEDURE|VERSI[ÓO]N|EDICI[ÓO]N|ПРИКАЗ|ПОЛОЖЕНИЕ)[^\S\n]+(?:SUPERSEDED|WITHDRAWN|CANCELL?ED|ARCHIVED|OBSOLETE|ANULAD[AO]|DEROGAD[AO]|REVOCAD[AO]|REEMPLAZAD[AO]|SUSTITUID[AO]|ANNUL[ÉE]E?|RETIR[ÉE]E?|ABROG[ÉE]E?|REMPLAC[ÉE]E?|INGETROKKEN|VERVALLEN|ОТМЕН[ЁЕ]Н[АО]?)(?=[^\S\n]*(?:$|\n|[-–—:*().,/]|(?:BY|POR|PAR|PER|LE|EL|ET|DU|DEL|W\.?E\.?F\.?)(?![\p{L}])|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))/u;
// A stamp that cancels the document ("*** CANCELLED - REFER TO REVISION 4 ***", "REVOKED."): the word alone on its
// line or before punctuation, so a title such as "CANCELLED TRAINS – WHAT TO DO" is no stamp.
// Alone on its line (stars and brackets around it) or telling where to go instead, so a title "CANCELLED TRAINS",
// a code list's "CANCELLED - the shift was removed" or a list item "- CANCELLED: you withdrew it" is no stamp.
const CANCELLED_STAMP =
  /(?:^|\n)[^\p{L}\n-]*(?:CANCELL?ED|RESCINDED|REVOKED)(?:[^\p{L}\n]*(?:\n|$)|[^\S\n]*[-–—:][^\S\n]*(?:REFER|SEE|USE|REPLACED|SUPERSEDED)\b)/u;
// A line of its own opening with "Superseded by" or "Replaced by", capitalised ("…\nreplaced by the next working day"
// wraps a sentence); a list's item or cell ("- Replaced by the following Monday") is of something else; bold is no list.
const REPLACED_BY_LINE =
  /(?:^|\n)(?:\*\*|[^\p{L}\n\-*•|])*(?:Superseded|SUPERSEDED|Replaced|REPLACED) (?:by|BY)(?![\p{L}])/u;
const OLD_OPENING =
  /(?:^|\n)\W*(?:archived:|obsolete:|(?:archived|retired|obsolete) (?:page|document|copy|version|content)\b)|\bthis (?:document|page|version|guide|notice|policy|memo|timetable|schedule|table|rota|list)\b[^.\n]{0,60}?\b(?:is|has been) (?:kept|retained)(?: here)? (?:only for (?:reference|the record|audit)|for (?:reference|the record|audit) only)\b|\bthis (?:document|page|version|guide|notice|policy|memo) (?:is|has been)\b[^.\n]{0,40}?\bno longer (?:maintained|updated|reviewed|kept up to date)\b|\bthis (?:document|policy|procedure|page|version|guide|notice|note|manual|handbook|edition|memo|memorandum|circular|bulletin|instruction|form)(?: [\w-]+){0,2} (?:has been|is|was|stands|shall stand) (?:superseded|replaced|withdrawn|archived|retired|cancell?ed)\b|\bthis(?: [\w-]+)? (?:document|policy|procedure|page|guide|notice|manual|handbook|circular|form|schedule|table|list|sheet|tariff|timetable|rota|roster|chart|rate card) (?:has been|was) (?:superseded|replaced) by\b|(?<!\b(?:if|when|whether|once|until)\b[^.\n]{0,40})\bthis (?:document|policy|procedure|page|version|guide|notice|note|manual|handbook|memo|memorandum|circular|bulletin) (?:is )?no longer (?:in force|applies|valid|current|up to date)\b|(?:^|\n)(?![^\n]*\b(?:if|when|whether)\b)[^\n]{0,60}?\bno longer in (?:force|effect)\W*(?:\n|$)/i;

// The same banner saying the document expired, only with what to do instead or since when ("DOCUMENT PÉRIMÉ - NE
// PLUS APPLIQUER DEPUIS LE 01/07/2031", "PROCEDIMIENTO OBSOLETO - VER PO-07"): "DOCUMENTO CADUCADO - QUÉ HACER" heads
// a page about an expired identity card, and "PRODUITS PÉRIMÉS" are expired stock.
const EXPIRED_BANNER =
  /(?:^|\n)[^\p{L}\n]*(?:DOCUMENT|DOCUMENTO|NOTE|NOTA|PROC[ÉE]DURE|PROCEDIMIENTO|PROCEDIMENTO|VERSION|VERSI[ÓO]N|VERS[ÃA]O|CIRCULAIRE|CIRCULAR)[^\S\n]+(?:P[ÉE]RIM[ÉE]E?|OBSOL[ÈE]TE|CADUQUE|CADUCAD[AO]|OBSOLET[AO])[^\S\n]*[-–—:,]?[^\S\n]*(?:NE PLUS|NO (?:APLICAR|USAR|UTILIZAR)|N[ÃA]O (?:APLICAR|USAR|UTILIZAR)|REMPLAC[ÉE]E? PAR|SUSTITUID[AO] POR|REEMPLAZAD[AO] POR|SUBSTITU[ÍI]D[AO] POR|VOIR|VER|DEPUIS|DESDE|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\p{L}])/u;

// "Rev. 3 – obsolete", "Version 2: superseded", "Issue 4 — withdrawn (see Issue 5)", "Issue 2 :: 1 August 2023 ::
// rescinded" (a field or two, such as its date, between): the document's own revision line says it, the word
// ending the line or a clause ("Issue 12 - withdrawn permits are…" is about permits).
const OLD_REVISION =
  /(?:^|\n)[^\S\n]*(?:rev(?:ision)?|version|ver|edition|issue)\.?[^\S\n]*(\d{1,3}(?:\.\d{1,3})?)(?:[^\S\n]*(?:[—–:|·]+|-+)[^\S\n]*[^\n—–:|·-]{1,40}?){0,2}[^\S\n]*(?:[—–:|·]+|-+)[^\S\n]*(?:obsolete|superseded|withdrawn|archived|cancell?ed|retired|expired|rescinded|revoked|repealed|no longer in (?:force|effect))(?=[^\S\n]*(?:\n|$|[.;,()—–-]|(?:by|see|refer|use)\b))[^\n]*/i;
const REVISION_NUMBER = /\b(?:rev(?:ision)?|version|ver|edition|issue)\.?[^\S\n]*(\d{1,3}(?:\.\d{1,3})?)\b/gi;

// Whether the opening's revision line says this document is old: not a history of revisions that names a later
// one on another line ("Version 1 - withdrawn / Version 2 - in force"); that line's own pointer ("Rev. 3 –
// obsolete, see Rev. 4") is part of the stamp.
function oldRevision(opening: string): boolean {
  const stamp = OLD_REVISION.exec(opening);
  if (!stamp) return false;
  const rest = opening.slice(0, stamp.index) + opening.slice(stamp.index + stamp[0].length);
  return ![...rest.matchAll(REVISION_NUMBER)].some((m) => Number(m[1]) > Number(stamp[1]));
}

// A notice in brackets or stars that opens the document and says the document itself was replaced, pointing
// elsewhere: "[RECORD COPY - figures replaced, see the Uniform and PPE page on GroundNet]", "[Superseded - see the
// 2026 policy]". A note about something inside it ("(Updated March 2026: the paper claim form has been replaced
// by an online form, see the HR portal.)") or without a pointer says nothing of the document.
const OLD_NOTICE =
  /^[^\S\n]*[[(*]+([^\])*\n]{0,80}?\b(?:replaced|superseded|withdrawn|obsolete|out of date|outdated|no longer (?:in force|valid|current|applies))\b[^\])*\n]{0,40}?\b(?:see|refer to|use|go to)\b[^\])*\n]{0,120})[\])*]/i;
const NOTICE_OF_DOCUMENT =
  /^\W*(?:replaced|superseded|withdrawn|obsolete|out of date|outdated)\b|\b(?:record|archive|archived|file|reference|old) copy\b|\bthis (?:document|page|memo|policy|version|edition|notice|copy|file|procedure|guide)\b/i;
const oldNotice = (opening: string) => {
  const inner = OLD_NOTICE.exec(opening)?.[1];
  return inner !== undefined && NOTICE_OF_DOCUMENT.test(inner);
};

// A status line of the document's own, where document control writes it, at its start or among its last lines:
// "Document status: **Withdrawn** with effect from 1 January 2027. Replaced by …", "Status: Superseded by HR-12".
// Only a line that opens with it (not a list item "- Status: Withdrawn means you withdrew the request"). A bare
// "Status:" counts only with a word of a document's life (a product page's "Status: Discontinued", an event's
// "Status: Cancelled" say nothing of the page); "Document status:" with any word that says it no longer applies.
// Several status lines that disagree are a history of versions, not this one's state.
// A date may follow the word too ("STATUS: WITHDRAWN 31/08/2027 - REPLACED BY …").
const STATUS_LINE =
  /(?:^|\n)[^\S\n]*[*_]*(document |doc )?status[*_]*[^\S\n]*:[^\S\n]*[*_]*(\p{L}[\p{L} ]{2,29}?)[*_]*(?=[^\S\n]*(?:$|\n|[.,;(—–-]|(?:with|from|since|as of|on|by|see|refer|use|effective|w\.?e\.?f)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{4}-\d\d-\d\d\b|\d{1,2}\s+\p{L}{3,9}\s+\d{4}\b))/giu;
const LIFECYCLE_WORDS = new Set([
  'draft',
  'superseded',
  'superceded',
  'withdrawn',
  'obsolete',
  'archived',
  'retired',
  'replaced',
  'rescinded',
  'revoked',
  'repealed',
  'no longer in force',
]);
// What a document's own status lines agree on, when one counts ("Status: Draft" too: a draft is a document's life).
function statusLineSays(text: string): DocumentStatus | undefined {
  const said = [...text.matchAll(STATUS_LINE)].map((m) => ({
    meant: statusMeant(m[2]),
    counts: Boolean(m[1]) || LIFECYCLE_WORDS.has(m[2]!.trim().toLowerCase()),
  }));
  if (new Set(said.map((s) => s.meant)).size !== 1) return undefined;
  return said.find((s) => s.counts && s.meant !== 'current')?.meant;
}
const saysOldStatus = (text: string) => statusLineSays(text) === 'superseded';
// A title that is a status line saying the document is withdrawn, with when or by what.
const STATUS_TITLE =
  /^\W*(?:document\s+)?status\s*:\s*(?:withdrawn|superseded|superceded|obsolete|archived|retired|replaced|rescinded|revoked)\b.*?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d|\b(?:replaced|superseded) by\b)/i;
// The lines at a document's end that document control writes there.
const CLOSING_LINES = 3;
const RULE_LINE = /^[^\S\n]*[-=_*~#]{3,}[^\S\n]*$/;
/** What says a document is superseded of itself, for a person to read: its file name, its folder, or its own words. */
export function ownSignal(source: string): string {
  const path = source.replace(/#.*$/, '').split('/');
  const name = (path.at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
  if (OLD_FILE.test(name) || oldVersionFile(name)) return 'its file name';
  if (path.slice(0, -1).some((folder) => OLD_FOLDER.test(folder))) return 'its folder';
  // Front matter, a title, a banner at its start or a successor named in its last lines: its own text.
  return 'its own text';
}

// A title that marks the document old ("Parental leave policy (old)", German "… (alt)"); its subject line never does.
const oldByTitle = (doc: LoadedDocument) => OLD_TITLE.test(titleWithoutSubject(doc)) || oldInGerman(doc);
const titleWithoutSubject = ({ title = '', metadata: { subject } }: LoadedDocument) =>
  typeof subject === 'string' ? title.replace(subject, '') : title;

/** The status a document declares or signals, if any. */
export function documentStatus(doc: LoadedDocument): DocumentStatus | undefined {
  const declared = declaredStatus(doc.metadata);
  if (declared) return declared;
  const path = doc.source.replace(/#.*$/, '').split('/');
  const file = path.at(-1) ?? '';
  const name = file.replace(/\.[a-z0-9]+$/i, '');
  if (OLD_FILE.test(name) || oldVersionFile(name)) return 'superseded';
  // A folder of old copies: "policies/old/travel-2024.txt", "handbook/archive/leave.md".
  if (path.slice(0, -1).some((folder) => OLD_FOLDER.test(folder))) return 'superseded';
  if (oldByTitle(doc)) return 'superseded';
  // A first heading that marks the document old in brackets where its front matter's title does not ("# Campaign
  // pay 2030 (superseded)" under "title: Campaign pay 2030").
  if (OLD_MARK_AT_END.test(doc.blocks[0]?.headings?.[0] ?? '')) return 'superseded';
  // So does a plain text's first line when it is a title in capitals, which the loader did not take for its title
  // ("VEHICLE AND MOTORBIKE RULES (superseded)" over "1. WHO MAY DRIVE"); not a line that marks what it replaces
  // ("… · Replaces the 2022 travel policy (archived)").
  if (OLD_MARK_AT_END.test(capitalsTitle(doc.blocks[0]?.text ?? ''))) return 'superseded';
  const opening = doc.blocks
    .slice(0, 2)
    .map((b) => b.text)
    .join('\n')
    .slice(0, 400);
  const closing = doc.blocks
    .slice(-2)
    .map((b) => b.text)
    .join('\n')
    .split('\n')
    // A rule of dashes or equals signs under a note is no line of it.
    .filter((line) => !RULE_LINE.test(line))
    .slice(-CLOSING_LINES)
    .join('\n')
    .slice(-400);
  const old =
    [
      OLD_BANNER,
      KIND_BANNER,
      EXPIRED_BANNER,
      REPLACED_BY_LINE,
      REPLACED_BY_LOCAL_LINE,
      CANCELLED_STAMP,
      LABELLED_STAMP,
      OLD_OPENING,
      OLD_OPENING_ELSEWHERE,
    ].some((re) => re.test(opening)) ||
    oldRevision(opening) ||
    oldNotice(opening) ||
    (!isRecords(doc) &&
      (saysOldStatus(opening) || saysOldStatus(closing) || saysOldAtEnd(closing, doc.blocks.slice(-2))));
  // A stamp a loader took for the title or the first heading ("REVOKED" over the text) still stamps it; so does
  // a status line with the date or the successor it names ("STATUS: WITHDRAWN 31/08/2027 - REPLACED BY …"), not a
  // heading that only names a status ("Status: Withdrawn", a section of a guide to statuses).
  const headings = [doc.title ?? '', ...(doc.blocks[0]?.headings ?? []).slice(0, 1)];
  const stamped = headings.some((h) => CANCELLED_STAMP.test(h) || (!isRecords(doc) && STATUS_TITLE.test(h)));
  if (old || stamped) return 'superseded';
  // "Status: Draft" at its start: not yet what applies, and it claims to replace nothing.
  return !isRecords(doc) && statusLineSays(opening) === 'draft' ? 'draft' : undefined;
}

/** Whether a `superseded_by:` value says the document was replaced: a file or title, a list of them, or `true`. */
export function namesReplacement(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() !== '');
}

/**
 * `doc` with `metadata.status` set to what it declares or signals (left out when nothing says), and with
 * `metadata.replacesSaid` set to what its own words say it replaces ("This policy replaces the 2023
 * version"): ingest then judges that document superseded (`currency-across.ts`). A draft or a superseded
 * document claims nothing: it is not what applies.
 */
export function withStatus(doc: LoadedDocument): LoadedDocument {
  const status = documentStatus(doc);
  const applies = status !== 'superseded' && status !== 'draft';
  const replaces = applies ? [...replacesSaid(doc), ...registerSays(doc)] : [];
  const edition = applies ? editionSaid(doc) : undefined;
  const from = applies ? editionFrom(doc, edition) : undefined;
  const until = applies ? inForceUntil(doc) : undefined;
  const code = {
    ...codeAndVersion(doc),
    ...(isRecords(doc) ? registerRow(doc, recordStatuses(doc).map(statusMeant)) : codeLine(doc)),
  };
  if (!status && !replaces.length && !edition && !from && !until && !Object.keys(code).length) return doc;
  return {
    ...doc,
    metadata: {
      ...doc.metadata,
      ...code,
      ...(status ? { status } : {}),
      ...(replaces.length ? { [REPLACES_SAID]: replaces } : {}),
      ...(edition ? { [EDITION_SAID]: edition } : {}),
      ...(from ? { [EDITION_FROM]: from } : {}),
      ...(until ? { [IN_FORCE_UNTIL]: until } : {}),
    },
  };
}

/** Where a document keeps what its own words say it replaces (read by the judgement across documents). */
export const REPLACES_SAID = 'replacesSaid';
/** Where a document keeps the year of the edition its opening says it is ("HR-HW-01 · 2026 edition"). */
export const EDITION_SAID = 'editionSaid';
/** Where a document keeps the day its edition takes effect, when its opening says the month (an ISO date). */
export const EDITION_FROM = 'editionFrom';

// A document register's record ("doc_no: HR-WFH-01 · title: Work From Home Guidelines · status: Superseded by
// HR-HYB-02 v2.0") says the document it lists by its title no longer applies: that document is then judged
// superseded, as one a current document says it replaces. Only a record of a data file that lists documents (a
// document number, version or revision field, or a title that names a kind of document), and only a word of a
// document's life (not an order's "Cancelled" nor a product's "Discontinued").
function registerSays(doc: LoadedDocument): string[] {
  if (!isRecords(doc)) return [];
  // A row that names the document's file ("file: hr/salary-advances-and-loans.txt") names it more surely than a
  // title another version shares.
  const file = recordText(doc).match(FILE_FIELD)?.[1];
  const named = file ?? recordTitle(doc);
  if (!named || (!file && !DOCUMENT_FIELD.test(recordText(doc)) && !namesDocument(named))) return [];
  const said = recordStatuses(doc);
  // A word of a document's life in the site's language too ("estado: Sustituida", "statut: Remplacée").
  const lifecycle = (w: string) => LIFECYCLE_WORDS.has(w) || LOCAL_LIFECYCLE_WORDS.has(w);
  return said.some((v) => statusMeant(v) === 'superseded' && lifecycle(statusWordOf(v))) ? [named] : [];
}

// A row's field naming a document's file by its path or name, with one of the extensions documents are read from.
const FILE_FIELD =
  /(?:^|\n|·)[^\S\n]*(?:file|file[_ ]?name|path|file[_ ]?path|location)[^\S\n]*:[^\S\n]*([\w./-]+\.(?:md|markdown|txt|html?|pdf|docx|csv|json))(?=[^\S\n]*(?:\n|·|$))/i;

const recordText = (doc: LoadedDocument) => doc.blocks.map((b) => b.text).join('\n');
// A record's title: the document's, or a title field in the site's language ("titulo: Seguridad en el patio",
// "titre: …"), which the loader does not take for the record's title (a register's rows would then compete, by
// their titles, with the documents they list).
const recordTitle = (doc: LoadedDocument) => doc.title ?? recordText(doc).match(TITLE_FIELD)?.[1]?.trim();
const TITLE_FIELD =
  /(?:^|\n|·)[^\S\n]*(?:titulo|título|titre|titolo|titel|tittel|naziv|naslov|τίτλος)[^\S\n]*:[^\S\n]*([^\n·]{3,120})/i;
// The values of a record's status fields, lower case.
const recordStatuses = (doc: LoadedDocument) =>
  [...recordText(doc).matchAll(RECORD_STATUS)].map((m) => m[1]!.trim().toLowerCase());

const RECORD_STATUS = new RegExp(
  `(?:^|\\n|·)[^\\S\\n]*(?:${STATUS_FIELDS.join('|')})[^\\S\\n]*:[^\\S\\n]*([^\\n·]{2,80})`,
  'gi',
);
// A register's fields that say its rows are documents.
const DOCUMENT_FIELD =
  /(?:^|\n|·)[^\S\n]*(?:doc(?:ument)?[_ ]?(?:no|number|id|ref|code)|version|revision|rev|issue|edition|izdanje|izdaja|verzija|έκδοση|εκδοση)[^\S\n]*:/i;

/**
 * The documents of one file with what its register rows say, as a whole: a title or a file that another row of
 * the same file lists as in force (a register with one row per version, each naming one location) is no claim
 * that the document is superseded.
 */
export function withRegisterClaims(docs: LoadedDocument[]): LoadedDocument[] {
  const named = (d: LoadedDocument) => [recordTitle(d), recordText(d).match(FILE_FIELD)?.[1]];
  const current = new Set(
    docs
      .filter(listedInForce)
      .flatMap(named)
      .filter((n): n is string => n !== undefined)
      .map((n) => n.toLowerCase()),
  );
  if (!current.size) return docs;
  return docs.map((d) => withoutClaims(d, current));
}

function listedInForce(doc: LoadedDocument): boolean {
  if (!isRecords(doc)) return false;
  return recordStatuses(doc).some((v) => statusMeant(v) === 'current');
}

function withoutClaims(doc: LoadedDocument, current: Set<string>): LoadedDocument {
  const said = doc.metadata[REPLACES_SAID];
  if (!Array.isArray(said) || !said.some((t) => typeof t === 'string' && current.has(t.toLowerCase())))
    return doc;
  const kept = said.filter((t) => !(typeof t === 'string' && current.has(t.toLowerCase())));
  const { [REPLACES_SAID]: _said, ...rest } = doc.metadata;
  return { ...doc, metadata: kept.length ? { ...rest, [REPLACES_SAID]: kept } : rest };
}

// "This policy replaces the 2023 version.", "The 2023 guide is superseded by this page.", "Cette édition
// remplace l'édition 2025.": what the document itself replaces, in its words.
// Only a sentence (or a "·"-separated item) that opens with the claim: "Nothing in this policy replaces the
// Code of Conduct" claims nothing. A claim ends at a comma ("…replaces version 3, and the new scheme replaces…" is two).
const REPLACES_THIS =
  /(?:^|[.!?·•|—–-]\s+|\n)(?:this|the present|the new|our new)\s+(?:[\w-]+\s+){0,3}?(?:policy|document|page|guide|version|revision|procedure|handbook|edition|notes?|scheme|standard|rules|guidance|manual|process|circular|memo|memorandum|notice|bulletin)\s+(?:(?:cancels and |revokes and )?(?:replaces|supersedes)|takes the place of|takes over from|is replacing)\s+([^.;:,\n]{3,80})/gi;
// Its start is one character that ends a sentence, then no space: a run of spaces cannot be tried over and over.
const REPLACED_BY_THIS =
  /(?:^|[.;:\n])[^\S\n]*([^\s.;:][^.;:\n]{2,59}?)\s+(?:is|was|has been)\s+(?:replaced|superseded)\s+by\s+this\s+(?:policy|document|page|guide|version|revision|procedure|handbook|edition|notes?|circular|memo|memorandum|notice|bulletin)\b/gi;
// A document-control field: "Replaces: ABS-02 "Absence Reporting"", "Supersedes: travel-policy-2022.md", on a line
// of its own or after other fields on the line ("Owner: HR    Replaces: …").
// The word is matched first and what stands before it looked at after: a run of spaces is never tried from
// each of its places.
const REPLACES_FIELD =
  /(?:replaces|supersedes)(?<=(?:^|\n)[ \t]{0,8}(?:replaces|supersedes)|[ \t]{2}(?:replaces|supersedes)|·[ \t](?:replaces|supersedes))[ \t]*:[ \t]*([^\n]{2,80})/gi;
// A note that opens with the verb, as a revision history writes it: "Replaces the Operations memo "Hours of work"
// (file fatigue-memo-ops.txt)." Capital R only: "… and replaces …" inside a sentence is someone else's claim.
// It must name a document: a file, a title in quotes or a kind of document ("Replaces lost badges" names none).
// A date's comma ("the Operations memo of March 11, 2024 (notices/on-call-memo-2024.txt)") does not end it.
const REPLACES_NOTE =
  /(?:Replaces|Supersedes)(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:Replaces|Supersedes)|[.!?·|]\s(?:Replaces|Supersedes))\s+(?!:)((?:[^.;:,\n]|\.(?=[\w-])|(?<=\b\d{1,2}),(?=[ \t]?(?:19|20)\d{2}\b)){3,120})/g;
const NAMES_DOCUMENT = new RegExp(
  `["“]|\\.(?:${EXTENSION_PATTERN})\\b|\\b(?:memo|memorandum|policy|procedure|process|version|edition|guide|guidance|document|notice|page|handbook|manual|issue|revision|rev|circular|bulletin|instruction|rules|sop|standard|scheme)\\b`,
  'i',
);

/** Whether a phrase names a document: a file, a title in quotes or a kind of document ("the 2021 procedure"). */
export function namesDocument(phrase: string): boolean {
  return NAMES_DOCUMENT.test(phrase);
}
// A revision said to replace an older one: "(IT-P-05 Rev 2.0, which replaces the 2023 mobile phone allowance
// scheme)". It must name a document ("the new form, which replaces the paper timesheet" names none).
const REPLACES_WHICH = /\bwhich\s+(?:replaces|supersedes)\s+([^.;:,()\n]{3,80})/gi;
// A document said to have ended: "HR Circular 03/2024 (On-call standby allowance) lapsed on 31/12/2025", "The
// 2019 travel policy was withdrawn in May", "HR Circular No. 07/2024 (…) stands withdrawn from this date" (a
// number's "No." does not end the sentence). It must name a document ("Your permit lapsed" names none); the
// sentence opens with it.
// Not a question, a condition or a denial ("Has the 2024 policy lapsed?", "If the 2023 scheme lapsed, …", "The
// 2024 policy has not lapsed"): the sentence opens with its subject and states that it ended.
const ENDED_DOCUMENT =
  /(?:^|[.!;]\s+|\n)(?!(?:has|have|had|is|was|were|did|does|if|unless|when|whether|once|until|before|after|how|what|why|where|by)\b)([A-Z](?:[^.;:!?\n]|\b(?:No|Nos|Ref|Rev|Ver)\.(?=\s?\d)){2,119}?[^\s.;:!?])(?<!\b(?:not|never|have|has|had|will|would|may|might|could|should))\s+(?:lapsed|(?:was|has been|stands|is hereby|stands hereby) (?:withdrawn|rescinded|revoked|superseded|replaced))\b(?![^.!?\n]*\?)/gi;
// Rules said of in the plural: "These rules replace the 2026 circular", or "These rules apply from 01-03-2028 to
// every rider. They replace the COD Cash Rules issued on 12th August 2026.": "they" only in the sentence after one
// that opens with them. What they replace is named by its title ("the COD Cash Rules…", "the 2026 circular"), not
// a thing ("They replace worn tyres under the tyre policy").
const RULES =
  '(?:these|the new)\\s+(?:[\\w-]+\\s+){0,3}?(?:rules|policies|procedures|guidelines|instructions|pages|notes|terms|standards)';
const REPLACE_PLURAL = new RegExp(
  `(?:^|[.!?·•|—–-]\\s+|\\n)\\(?(?:${RULES}|${RULES}\\b[^.!?\\n]{0,160}[.!?]\\s+they)\\s+(?:replace|supersede|take the place of)\\s+((?:the|our)\\s+(?:(?:19|20)\\d\\d\\s+)?(?:\\p{Lu}|circular|memo|policy|rules|version|edition|notice)[^.;:,)\\n]{2,80})`,
  'giu',
);
// A German day's ordinal point ("die Staplerordnung vom 1. März 2027") does not end the claim.
const REPLACES_ELSEWHERE =
  /(?:^|[.!?·•|—–-]\s+|\n)(?:cette|ce|esta|este|questa|questo|diese|dieses|deze|dit|aquest|aquesta)\s+(?:[\p{L}-]+\s+){0,2}?(?:remplace|reemplaza|sustituye|sostituisce|substitui|substitueix|reemplaça|ersetzt|vervangt)\s+((?:[^.;:,\n]|(?<=\b\d{1,2})\.(?=\s?\p{L}{3,12}\s+\d{4})){3,80})/giu;

function replacesSaid(doc: LoadedDocument): string[] {
  const text = doc.blocks.map((b) => b.text).join('\n');
  const said = [
    REPLACES_THIS,
    REPLACED_BY_THIS,
    REPLACES_FIELD,
    REPLACES_NOTE,
    REPLACES_WHICH,
    ENDED_DOCUMENT,
    REPLACES_ELSEWHERE,
    REPLACE_PLURAL,
  ].flatMap((re) =>
    // Control characters out: metadata is stored as JSON, which PostgreSQL's jsonb refuses with a NUL in it.
    [...text.matchAll(re)]
      .filter((m) => !MUST_NAME_DOCUMENT.has(re) || namesDocument(m[1]!))
      .map((m) => m[1]!.replace(/\p{Cc}/gu, ' ').trim()),
  );
  return [...new Set(said)].slice(0, MAX_REPLACES);
}

const MAX_REPLACES = 5;
// The claims that count only when they name a document: their wording is also used of other things.
const MUST_NAME_DOCUMENT = new Set([REPLACES_NOTE, REPLACES_WHICH, ENDED_DOCUMENT, REPLACE_PLURAL]);
