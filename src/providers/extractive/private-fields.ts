/**
 * @module A record about a person (a staff list's row: "name: Sarah Okafor", "salary: 44500", "home_address: …")
 * is quoted without its private fields: a question about who manages the Leeds shop is answered with the
 * manager's name and role, never with her home address, pay or own mobile, whatever the question asked.
 */

/** `text` without the private fields of a person's record (one "field: value" per line, or "Field: value" cells). */
export function withoutPrivateFields(text: string): string {
  const lines = text.split('\n');
  if (lines.length > 1 && lines.every((l) => FIELD.test(l) || !l.trim())) {
    return isPerson(lines) ? lines.filter((l) => !isPrivate(l)).join('\n') : text;
  }
  // A table's rows, one per line: each row on its own; prose without a sentence telling a person's own details.
  return lines.map((l) => withoutPrivateSentences(withoutPrivateCells(l))).join('\n');
}

// "Her home address is 14 Elm Road and her personal mobile is 07700 900123.", "Priya's date of birth is …":
// a sentence of prose that tells someone's own details is left out whole.
function withoutPrivateSentences(line: string): string {
  const told = (s: string) => PRIVATE_TOLD.test(s) || HOME_AT.test(s);
  if (!told(line)) return line;
  return line
    .split(SENTENCE_END)
    .filter((s) => !told(s))
    .join(' ')
    .trim();
}

// "…hosted by Tom Becker at his home, 12 Larch Close.": where someone lives, by its street number, said in passing.
const HOME_AT =
  /\b(?:at|to|from)\s+(?:his|her|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:own\s+)?(?:home|house|flat|apartment)\b[,:]?\s+(?:at\s+)?\d/iu;

const PRIVATE_TOLD =
  /\b(?:his|her|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:(?:home|personal|private|own)\s+(?:address|phone(?: number)?|number|mobile(?: number)?|landline|e-?mail|cell(?: ?phone)?)|mobile number|date of birth|birthday|salary|pay|national insurance number|bank details|next of kin)\s+(?:is|are|was|were|:)/iu;
const SENTENCE_END = /(?<=[.!?])\s+/;

function withoutPrivateCells(row: string): string {
  const cells = row.split(CELL_BREAK);
  return cells.length > 1 && isPerson(cells) ? cells.filter((c) => !isPrivate(c)).join(' · ') : row;
}

// "field: value" or "Field name: value", the field a few words at most.
const FIELD = /^\s*[\p{L}][\p{L}\d _()/-]{0,40}:\s/u;
const CELL_BREAK = /\s·\s/;

// A record is about a person when it names one in a field for names: two capitalised words or more.
const NAME_FIELD =
  /^\s*(?:name|full[ _]?name|employee(?:[ _]name)?|colleague|person|staff[ _]?name|member)\s*:\s*(.+)$/iu;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|von|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+)+\s*$/u;
const isPerson = (fields: string[]) =>
  fields.some((f) => PERSON_NAME.test(f.match(NAME_FIELD)?.[1]?.trim() ?? ''));

// Fields that are a person's own: where they live, what they are paid, how to reach them privately, their
// birth, identity numbers, bank, family and health. A work phone, extension or work e-mail is not.
const PRIVATE_FIELD =
  /^\s*(?:(?:home|personal|private|own)[ _-]?(?:address|phone|number|mobile|e-?mail|landline|contact)|address|(?:annual[ _-]?|base[ _-]?|gross[ _-]?)?(?:salary|wages?|pay|earnings|income)(?:[ _-][\p{L}_]+)?|mobile(?:[ _-](?:phone|number))?|cell(?:[ _-]?phone)?|date[ _-]of[ _-]birth|dob|birth[ _-]?date|birthday|age|national[ _-]insurance(?:[ _-]number)?|ni[ _-]number|ssn|social[ _-](?:security|insurance)(?:[ _-]number)?|nric|fin[ _-]number|ic[ _-]number|mykad|national[ _-]id(?:[ _-]number)?|passport(?:[ _-]number)?|bank(?:[ _-][\p{L}_]+)?|sort[ _-]code|account[ _-]number|iban|next[ _-]of[ _-]kin|emergency[ _-]contact(?:[ _-][\p{L}_]+)?|medical(?:[ _-][\p{L}_]+)?|health(?:[ _-][\p{L}_]+)?|religion|marital[ _-]status|sexual[ _-]orientation)\s*:/iu;
const isPrivate = (field: string) => PRIVATE_FIELD.test(field);
