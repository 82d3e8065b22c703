/**
 * @module "IT" the department, not the pronoun "it": a stop word to lexical matching, so "How do I contact IT?"
 * asked only for "contact" and every passage about contacts answered it. Written in capitals in a line that is
 * not ("Call the IT Service Desk", "IT's portal"), or in a line in capitals beside a word that names the
 * department ("IT SERVICE DESK", "HR AND IT"), and "information technology" in words, it is read as one term of
 * its own, `IT_TERM`, in documents and questions alike.
 */

/** The term "IT" the department (and "information technology") stands for in lexical matching. */
export const IT_TERM = 'itdept';

/** `text` with the term `IT_TERM` after each "IT" that names the department, and after "information technology". */
export function withDepartmentIT(text: string): string {
  if (!text.includes('IT') && !/information technology/i.test(text)) return text;
  return text.replace(IT_OR_SPELT, (match, offset: number) =>
    match.length > 4 || isDepartment(text, offset) ? `${match} ${IT_TERM}` : match,
  );
}

// Not one already marked: a text is marked once however often it is read (an index's text, then its words).
const IT_OR_SPELT = new RegExp(
  `(?<![\\p{L}\\p{N}'’])IT(?:['’]s)?(?![\\p{L}\\p{N}'’])(?! ${IT_TERM})|\\binformation technology\\b(?! ${IT_TERM})`,
  'giu',
);

// In a line with small letters, "IT" in capitals is the department ("Call the IT Service Desk"). In a line in
// capitals it is the pronoun ("DO NOT OPEN IT", "IT APPLIES TO ALL STAFF") unless a word beside it names the
// department ("IT SERVICE DESK", "IT SUPPORT") or it stands beside another department's letters ("HR AND IT"),
// or alone on its line (a heading). "It" and "it" never reach here: only "information technology" is read in any case.
function isDepartment(text: string, offset: number): boolean {
  if (text.slice(offset, offset + 2) !== 'IT') return false;
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (/\p{Ll}/u.test(line.replace(/['’]s\b/g, ''))) return true;
  const before = wordsOf(line.slice(0, offset - lineStart)).slice(-2);
  const after = wordsOf(line.slice(offset - lineStart + 2)).slice(0, 2);
  if (!before.length && !after.length) return true;
  if (DEPARTMENT_WORDS.has(after[0] ?? '')) return true;
  const besideAcronym = (joiner?: string, other?: string) =>
    JOINERS.has(joiner ?? '') && /^[A-Z]{2,4}$/.test(other ?? '') && !JOINERS.has(other ?? '');
  return besideAcronym(before[1], before[0]) || besideAcronym(after[0], after[1]);
}

const wordsOf = (text: string) => text.match(/[\p{L}&]+/gu) ?? [];

// Words that follow "IT" as the department in a heading in capitals.
const DEPARTMENT_WORDS = new Set(
  'SERVICE SERVICES DESK HELPDESK HELP SUPPORT DEPARTMENT DEPT TEAM SECURITY SYSTEMS EQUIPMENT MANAGER POLICY CONTACTS'.split(
    ' ',
  ),
);
const JOINERS = new Set(['AND', '&', 'OR']);
