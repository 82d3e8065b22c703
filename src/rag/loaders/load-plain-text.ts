/**
 * @module Plain text has no markup, but its layout says where sections start: a line in capitals, a line
 * underlined with `===` or `---`, or a short numbered line ("3.2 Travel"), each standing alone between blank
 * lines. Those become headings, so a plain-text handbook is chunked and cited by section like Markdown. A
 * line of dot leaders ("Bar ........ 150 pounds") becomes a list item ("Bar: 150 pounds"), and a table laid out
 * in columns over a rule of dashes becomes rows that keep their column headers.
 */

import type { DocumentBlock } from '../document.js';
import { withPipeTables } from './fixed-width-table.js';
import { ENDS_WITH_LEGAL_FORM } from './legal-form.js';
import { parseMarkdown } from './load-markdown.js';

const UNDERLINE = /^\s*(={3,}|-{3,})\s*$/;
const PIPE_ROW = /^\|.*\|$/;
const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.{0,70})$/;
const ENDS_SENTENCE = /[.!?:;,]$/;
// "Bar ............ 150 pounds": a label, dot leaders, a value. Read as one item ("Bar: 150 pounds"), not as
// sentences ended by its dots.
const DOT_LEADER = /^\s*(\S.*?)\s*(?:\.\s?){4,}\s*(\S.*?)\s*$/;
const MAX_LEADER_LINE = 300;

/** Plain text as blocks under the headings its layout shows. */
export function parsePlainText(text: string): {
  blocks: DocumentBlock[];
  title?: string;
  metadata: Record<string, unknown>;
} {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = withPipeTables(raw);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text: written, consumed } = markdownLine(lines, i);
    out.push(written);
    i += consumed - 1;
  }
  const parsed = parseMarkdown(out.join('\n'));
  const memo = memoSubject(raw);
  const subject = memo?.subject;
  const title = memo ? titleOfMemo(raw, memo) : topTitle(raw);
  const metadata = subject ? { ...parsed.metadata, subject } : parsed.metadata;
  return title ? { ...parsed, title, metadata } : parsed;
}

// One line of plain text as Markdown, and how many lines it took: a heading (with its underline), a dot-leader
// item, a pipe table's row as it is, or the line itself.
function markdownLine(lines: string[], i: number): { text: string; consumed: number } {
  const line = lines[i]!;
  // A table laid out in columns, now a pipe table: the Markdown reader makes its rows.
  if (PIPE_ROW.test(line)) return { text: line, consumed: 1 };
  const next = lines[i + 1] ?? '';
  const alone = !(lines[i - 1] ?? '').trim();
  const underline = line.trim() && next.match(UNDERLINE);
  if (underline && alone)
    return { text: `${underline[1]!.startsWith('=') ? '#' : '##'} ${line.trim()}`, consumed: 2 };
  // A dot leader is a short line; a line of thousands of characters is never read as one (the pattern backtracks).
  const leader = line.length <= MAX_LEADER_LINE ? line.match(DOT_LEADER) : null;
  if (leader) return { text: `- ${leader[1]}: ${leader[2]}`, consumed: 1 };
  // A heading in two languages, one line each ("ANNUAL FIRE ALARM SERVICE" over "GWASANAETH BLYNYDDOL Y LARWM
  // TÂN"), standing alone: one heading.
  if (alone && isTwoLineHeading(lines, i)) return { text: `# ${line.trim()} / ${next.trim()}`, consumed: 2 };
  const level = alone ? headingOf(lines, i) : 0;
  return {
    text: level ? `${'#'.repeat(level)} ${line.trim()}` : line.replace(/^(\s*)#/, '$1\\#'),
    consumed: 1,
  };
}

// A memo's or notice's header names its subject ("Subject:  Standby and callout arrangements"): that is what it
// is called, not the "MEMO" over it, and what another document that withdraws it names it by. Kept as
// `metadata.subject` too: a subject says what the memo is about ("Return of superseded laptops"), not its state.
// A letter or notice with a header of its own ("Date: …", "To: …", "Correggio, 08/09/2037") is called by its
// subject too, whatever the letterhead over it says ("… - NOTICE TO ALL STAFF", a supplier's address), when the
// subject names one thing ("Bonenkai 2035"): one that lists several ("March salary, the weekly allowance and your
// FS3") would make every section of the notice about each of them.
function memoSubject(lines: string[]): { subject: string; letter: boolean } | undefined {
  const head = lines.slice(0, MEMO_HEADER_LINES);
  const memo = head.some((l) => MEMO_KIND.test(l));
  if (!memo && !head.some((l) => MEMO_FIELD.test(l) || LETTER_DATE.test(l))) return undefined;
  const at = head.findIndex((l) => SUBJECT_LINE.test(l));
  const subject = (head[at]?.match(SUBJECT_LINE)?.[1]?.trim() ?? '')
    .concat(subjectGoesOn(lines[at + 1]))
    // A reply's or a forward's mark ("RE: Pay dates…", "FW: …") is not what it is about.
    .replace(/^(?:(?:re|fw|fwd|tr|aw|wg|rv)\s*:\s*)+/i, '');
  // A form's blank ("Subject: ________") names nothing.
  if (!/\p{L}{2}/u.test(subject) || (!memo && LISTS_TOPICS.test(subject))) return undefined;
  return { subject, letter: !memo };
}

// A subject too long for its line goes on in the next, indented ("Subject: Annual service of the roasters,\n
//          17-19 November 2031"); the next field of an indented header ("  Date:  12/03/2031") does not.
const subjectGoesOn = (next: string | undefined) =>
  next && /^\s+\S/.test(next) && !FIELD_LABEL.test(next) ? ` ${next.trim()}` : '';
const FIELD_LABEL = /^\s*[\p{L}.' ]{1,30}:\s/u;

// A memo is called by its subject; a letter by whom it is from and its subject ("BARILS DUFRESNE INC. — Collection
// of empty barils"): what staff call it by ("the Dufresne letter"). Whom it is from is its title over the header
// (which may say its state: "PRICE LIST 2030 - SUPERSEDED BY PRICE LIST 2031"), else its letterhead's first line.
function titleOfMemo(lines: string[], memo: { subject: string; letter: boolean }): string {
  if (!memo.letter) return memo.subject;
  const top = topTitle(lines);
  const named = top && !FIELD_LABEL.test(top) && !NOT_LETTERHEAD.test(top);
  const from = named ? top : letterheadOf(lines.slice(0, MEMO_HEADER_LINES));
  return from ? `${from} — ${memo.subject}` : memo.subject;
}

// The letterhead's first line that names whom it is from: not a banner, a rule, a marking ("URGENT"), a greeting
// ("Dear colleagues,"), a date or a labelled line ("Reference: HR/2031/04"); none once the header's fields begin.
function letterheadOf(head: string[]): string | undefined {
  for (const raw of head) {
    const line = raw.trim();
    if (!line || RULE_LINE.test(line) || BANNER.test(line) || NOT_LETTERHEAD.test(line)) continue;
    if (MEMO_FIELD.test(line) || SUBJECT_LINE.test(line) || FIELD_LABEL.test(line) || LETTER_DATE.test(line))
      return undefined;
    return line.length <= MAX_LETTERHEAD ? line : undefined;
  }
  return undefined;
}

const MAX_LETTERHEAD = 90;
const NOT_LETTERHEAD =
  /^(?:(?:strictly |private and )?confidential|urgent|private|personal|draft|dear|hello|hi|good (?:morning|afternoon)|bonjour|estimad[oa]s?|caro|cara|cari|gentil[ei]|sehr geehrte|geachte|mesdames|madame|monsieur|se[ñn]or(?:es|as)?)\b|^\d{1,2}[./ -]|^\p{L}+\.? \d{1,2},? \d{4}$/iu;

// "A, B and C" in the languages memos are written in ("Health & Safety induction" and "Overtime, a reminder" are one).
const LISTS_TOPICS = /,[^,]*\s(?:and|et|y|e|und|en|og|och|és|ja)\s|,[^,]*,/iu;

const MEMO_HEADER_LINES = 15;
// A notice's kind and number ("HR NOTICE HR-N-2027-06", "KITCHEN NOTICE KN-07/2027", "PAYROLL CIRCULAR PC-2025-01"):
// which notice it is, not what it is about.
const NOTICE_NUMBER = String.raw`(?:[\p{L}&]+\s+){0,2}(?:memo|memorandum|notice|circular|bulletin)\s+(?:no\.?\s*)?(?=[\w/.-]*\d)[\w/.-]+`;
const NUMBERED_NOTICE = new RegExp(`^${NOTICE_NUMBER}$`, 'iu');
// "MEMO", "Internal memorandum", or a numbered notice; not a document named a notice ("Privacy notice").
const MEMO_KIND = new RegExp(
  `^\\W*(?:(?:internal\\s+)?(?:memo|memorandum|notice|circular|bulletin)|${NOTICE_NUMBER})\\W*$`,
  'iu',
);
// "Subject:" in the languages memos are written in: French "Objet", Spanish "Asunto", Portuguese "Assunto",
// Italian "Oggetto", German "Betreff", Dutch "Onderwerp", Slavic "Predmet"/"Temat", Hungarian "Tárgy", Finnish
// "Aihe", Scandinavian "Emne"/"Ämne", Turkish "Konu".
const SUBJECT_LINE =
  /^\s*(?:subject|subj|re|regarding|objet|asunto|assunto|oggetto|betreff|onderwerp|predmet|temat|tárgy|aihe|emne|ämne|konu)\s*:\s*(\S[^\n]{2,120})$/iu;
// A letter's place and date ("Correggio, 08/09/2037", "Nouméa, le 11 septembre 2029", "Arequipa, 5 de marzo de 2029").
const LETTER_DATE =
  /^\s*\p{Lu}[\p{L} .'-]{1,30},\s+(?:le\s+|il\s+|den\s+)?\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4})\s*$/u;
// A memo header's other fields: whom it is to and from, its date and reference, in those languages.
const MEMO_FIELD =
  /^\s*(?:to|from|date|cc|copy|copie|copia|cópia|kopie|attn\.?|(?:(?:à|a) l'|a la |all')?(?:attention|atención|atenção|attenzione)(?: de| di)?|c\.a\.|destinataire|destinatario|(?:our |your )?ref\.?|de|para|à|a|pour|fecha|data|datum|dátum|dato|aan|van|an|von|fra|til|od|do|réf\.?)\s*:\s*\S/iu;

/**
 * The title a plain-text document opens with: its first lines in capitals ("HALDEN ROWE ENGINEERING LTD",
 * "EXPENSES PROCEDURE"), in the first or second paragraph (after a banner such as "*** SUPERSEDED ***"),
 * even with a subtitle line under them; the first section's heading is not the document's title.
 */
function topTitle(lines: string[]): string | undefined {
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    // A rule drawn above or below a banner ("=====") is no line of it.
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => !RULE_LINE.test(l)),
    )
    .filter((p) => p.some(Boolean))
    .slice(0, 2);
  const capitalsOf = (paragraph: string[]) => {
    const end = paragraph.findIndex((l) => !isCapitalsTitle(l));
    const capitals = end < 0 ? paragraph : paragraph.slice(0, end);
    return capitals.length && !NUMBERED.test(capitals[0]!) ? capitals : [];
  };
  // "TORRAN FERRIES LTD", a blank line, then "WEATHER CANCELLATION PROCEDURE": the organisation's name alone
  // over the document's own title; both are its title, as on one line.
  const [first, second] = paragraphs.map(capitalsOf);
  const titled = second?.length && second[0]!.split(/\s+/).length > 1 && !MARKING.test(second[0]!);
  // Lines under the name that say who sends it or whom it is for ("FINANCE OFFICE", "NOTICE TO ALL PLANT
  // STAFF") are not its title either.
  const fromOrganisation =
    first?.length &&
    paragraphs[0]!.length === first.length &&
    (ORGANISATION.test(first[0]!) || FROM_DEPARTMENT.test(first[0]!)) &&
    first.slice(1).every((l) => SENDER_OR_READERS.test(l) || NUMBERED_NOTICE.test(l));
  // A notice's kind and number over its title ("TRANSPORT NOTICE TN-11/2023") says which notice, not what about.
  const own = second?.filter((l, i) => i === second.length - 1 || !NUMBERED_NOTICE.test(l));
  // "PAYROLL CIRCULAR PC-2025-01" over "ALLOWANCES AND DEDUCTIONS 2025": a notice's own title under its number,
  // whatever lines of letterhead the organisation's name has over it ("FINANCE AND PAYROLL").
  if (fromOrganisation && titled) return [first![0]!, ...own!].join(' — ');
  const subject = noticeSubject(first, second);
  if (subject) return `${first![0]} — ${subject}`;
  for (const paragraph of paragraphs) {
    const capitals = capitalsOf(paragraph);
    if (capitals.length) return capitals.join(' — ');
    // "Grievance Procedure" over a line of who issued it: a title in title case opening the document.
    if (paragraph === paragraphs[0] && paragraph.length > 1 && isTitleCase(paragraph[0]!))
      return paragraph[0];
  }
  return undefined;
}

// The name of an organisation by its legal form ("… LTD", "… PLC", "… SDN. BHD.").
const ORGANISATION = ENDS_WITH_LEGAL_FORM;
// A department's name: a few words in capitals before one of these.
const DEPARTMENT = String.raw`(?:[\p{Lu}&-]+\s+){0,3}(?:OFFICE|DEPARTMENT|DEPT|TEAM|DIVISION|DIRECTORATE|SECTION|UNIT)`;
// Words that make a line a title, not a department's name ("A GUIDE TO THE PENSIONS OFFICE").
const TITLE_WORDS = String.raw`(?!.*\b(?:A|AN|THE|OF|TO|FOR|GUIDE|POLICY|PROCEDURE|HANDBOOK|RULES|NOTES|CHAPTER|PART)\b)`;
// A letterhead of the organisation and a department ("GHAF FLIGHT CATERING - TRANSPORT DEPARTMENT").
const FROM_DEPARTMENT = new RegExp(`^${TITLE_WORDS}[\\p{Lu}\\p{N}&.,' ]+\\s[-–—]\\s+${DEPARTMENT}$`, 'u');

// "PAYROLL CIRCULAR PC-2025-01" over "ALLOWANCES AND DEDUCTIONS 2025", under the organisation's name and any
// letterhead ("FINANCE AND PAYROLL"): the line under the notice's number is its title, when it is one (not
// "TO ALL STAFF", "CONFIDENTIAL", "REF: FIN/2025/01" or "DATE: 12/12/2024").
function noticeSubject(first: string[] | undefined, second: string[] | undefined): string | undefined {
  if (!first?.length || !ORGANISATION.test(first[0]!) || !second || second.length < 2) return undefined;
  const [number, line] = second as [string, string];
  if (!NUMBERED_NOTICE.test(number) || line.split(/\s+/).length < 2) return undefined;
  return MARKING.test(line) || SENDER_OR_READERS.test(line) || NOT_A_TITLE.test(line) ? undefined : line;
}

const NOT_A_TITLE = /^(?:TO|REF|DATE|FROM|RE|SUBJECT|ATTN|CC)\b|^[^\s:]+:/;

const RULE_LINE = /^[=\-*_~#+.]{3,}$/;

// A line naming who sends a document ("FINANCE OFFICE", "HUMAN RESOURCES DEPARTMENT") or whom it is for ("NOTICE TO
// ALL PLANT, LABORATORY AND TRANSPORT STAFF", "TO: ALL STAFF"). A department's name is short and says no more.
const SENDER_OR_READERS = new RegExp(
  `^${TITLE_WORDS}${DEPARTMENT}$|^(?:(?:NOTICE|MEMO|MEMORANDUM|CIRCULAR)\\s+)?(?:TO|FOR)\\s*:?\\s+ALL\\b|^FROM\\s*:`,
  'u',
);

// A marking or a section's heading under the organisation's name is no title ("CONFIDENTIAL", "PURPOSE AND SCOPE").
const MARKING =
  /^(?:(?:STRICTLY\s+)?CONFIDENTIAL|INTERNAL(?:\s+USE\s+ONLY)?|DRAFT|PURPOSE|SCOPE|PURPOSE AND SCOPE|INTRODUCTION|CONTENTS|TABLE OF CONTENTS|OVERVIEW|BACKGROUND)\b/;

// The organisation's name in capitals is a title's line, with its commas and its legal form's full stop
// ("TANGLAW CONTACT SOLUTIONS, INC.").
const isCapitalsTitle = (line: string) =>
  /^\p{L}/u.test(line) &&
  (headingLevel(line) === 1 || (ORGANISATION.test(line) && line === line.toUpperCase()));

// Short, no sentence end, and every word of four letters or more capitalised.
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/);
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return (
    words.length <= 10 &&
    !ENDS_SENTENCE.test(line) &&
    long.length > 0 &&
    long.every((w) => /^\p{Lu}/u.test(w))
  );
}

// 1 for a line in capitals, the depth of its number for a numbered heading ("3.2" is 2), else 0.
function headingLevel(line: string): number {
  if (!line || line.length > 80 || ENDS_SENTENCE.test(line)) return 0;
  // A banner set off by stars or brackets ("*** CANCELLED - REFER TO REVISION 4 ***") is text to read, not a heading.
  if (BANNER.test(line)) return 0;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 1;
  const n = line.match(NUMBERED);
  if (!n || n[2]!.split(/\s+/).length > 8) return 0;
  return Math.min(6, n[1]!.split('.').length);
}

const BANNER = /^\s*(?:\*{2,}|#{3,}|!{2,}|\[|={3,}\s*\p{L})/u;
const NUMBERED_LINE = /^\s*\d{1,2}[.)]?\s/;

// The heading level of a line that opens a block (a blank line before it), or 0: standing alone, a line in
// capitals or a numbered heading; right above its paragraph, a short label.
function headingOf(lines: string[], i: number): number {
  const line = lines[i]!;
  const next = lines[i + 1] ?? '';
  if (!next.trim()) return inNumberedList(lines, i) ? 0 : headingLevel(line.trim());
  return isLabelOverText(line, next) ? LABEL_LEVEL : 0;
}

// Each line a title of three words or more (not a name over a role, "JOHN SMITH" over "EXT 4410"), with text
// below it, not another line in capitals (a notice's warning in capitals is text to read).
function isTwoLineHeading(lines: string[], i: number): boolean {
  const [first, second, after] = [lines[i]!, lines[i + 1] ?? '', lines[i + 2] ?? ''];
  const title = (line: string) => headingLevel(line.trim()) === 1 && line.trim().split(/\s+/).length >= 3;
  const next = lines.slice(i + 3, i + 40).find((l) => l.trim()) ?? '';
  return (
    !after.trim() &&
    title(first) &&
    title(second) &&
    !UNDERLINE.test(second) &&
    next !== '' &&
    headingLevel(next.trim()) === 0
  );
}

// A short label in its own line right above a paragraph ("Parken" over "Parkplätze in der Tiefgarage…") heads
// it: read as one paragraph, the label would open every sentence quoted from it.
const LABEL_LEVEL = 2;
const HEADER_FIELD = /^\s*\p{L}[\p{L} .'-]{0,24}:\s+\S/u;
function isLabelOverText(line: string, next: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length <= 3 &&
    // A memo's header field ("Date:    01/11/2027" over "To:  Scheme Managers…") labels nothing below it.
    !HEADER_FIELD.test(line) &&
    /^\p{Lu}/u.test(line.trim()) &&
    !ENDS_SENTENCE.test(line.trim()) &&
    !NUMBERED_LINE.test(line) &&
    next.trim().length >= 40 &&
    /^\p{Lu}/u.test(next.trim())
  );
}

// A numbered line next to another numbered line (blank lines between allowed) is a step, not a heading.
function inNumberedList(lines: string[], i: number): boolean {
  if (!NUMBERED_LINE.test(lines[i]!)) return false;
  const neighbour = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim()) return lines[j]!;
    return '';
  };
  return NUMBERED_LINE.test(neighbour(-1)) || NUMBERED_LINE.test(neighbour(1));
}
