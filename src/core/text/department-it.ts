/**
 * @module "IT" the department, not the pronoun "it": a stop word to lexical matching, so "How do I contact IT?"
 * asked only for "contact" and every passage about contacts answered it. Written in capitals beside words that
 * are not (or in a heading that names it: "IT SERVICE DESK"), and "information technology" in words, it is
 * read as one term of its own, `IT_TERM`, in documents and questions alike.
 */

/** The term "IT" the department (and "information technology") stands for in lexical matching. */
export const IT_TERM = 'itdept';

/** `text` with the term `IT_TERM` after each "IT" that names the department, and after "information technology". */
export function withDepartmentIT(text: string): string {
  if (!text.includes('IT') && !/information technology/i.test(text)) return text;
  return text.replace(IT_OR_SPELT, (match, offset: number) =>
    match.length > 2 || isDepartment(text, offset) ? `${match} ${IT_TERM}` : match,
  );
}

const IT_OR_SPELT = /(?<![\p{L}\p{N}'’])IT(?![\p{L}\p{N}'’])|\binformation technology\b/giu;

// "IT" in capitals is the pronoun only inside a line written in capitals, after a verb that takes it or a word
// that opens a clause ("IF IT RAINS", "KEEP IT SAFE"), or before a verb ("IT IS", "IT MUST"). Lower-case "it" and
// "It" never reach here: the pattern is matched case-insensitively only for "information technology".
function isDepartment(text: string, offset: number): boolean {
  if (text.slice(offset, offset + 2) !== 'IT') return false;
  const before = text.slice(Math.max(0, offset - 30), offset).match(/([\p{L}'’]+)\W*$/u)?.[1] ?? '';
  const after = text.slice(offset + 2, offset + 32).match(/^\W*([\p{L}'’]+)/u)?.[1] ?? '';
  if (PRONOUN_BEFORE.has(before) || VERB_AFTER.has(after)) return false;
  return true;
}

// Words in capitals that take "IT" as the pronoun after them, and verbs that follow the pronoun.
const PRONOUN_BEFORE = new Set(
  'IF THAT WHEN AS SO DO DOES DID MAKE MAKES KEEP KEEPS GET GETS PUT TAKE TAKES SEND USE USES BECAUSE WHETHER WHILE UNTIL UNLESS IS WAS'.split(
    ' ',
  ),
);
const VERB_AFTER = new Set(
  "IS ISN'T WAS WILL WON'T MUST SHOULD CAN CAN'T MAY MIGHT HAS HAD DOES DOESN'T DID WOULD COULD NEEDS GOES COMES TAKES".split(
    ' ',
  ),
);
