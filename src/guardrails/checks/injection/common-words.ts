/**
 * @module The most frequent words of the Latin-script languages the injection check reads (en fr de es it pt
 * nl), plus the everyday verbs and nouns of requests to an assistant. Their share in a text tells natural
 * language from ROT13 or reversed text cheaply.
 */

const WORDS = [
  // English
  'the a an and or but of to in on at for with from by as is are was were be been it its this that these',
  'those you your yours i me my we our us he she they them his her not no do does did have has had can',
  'will would should could must may please all any every what which who when where how why if then than',
  'so up out about into over after before now just only also more most some there here tell show give',
  'print reveal repeat write say send make take use follow ignore forget previous above below prior new',
  'instructions instruction rules rule system prompt message text order help know want need like get',
  // French
  'le la les un une des du de et ou mais est sont je tu il elle nous vous ils mon ton son ma ta sa mes',
  'tes ses votre vos pour dans sur avec pas ne que qui quoi ce cette ces au aux tout tous toutes',
  // German
  'der die das ein eine und oder aber ist sind ich du er sie es wir ihr mein dein sein nicht kein zu',
  'mit von für auf im in den dem des was wer wie alle bitte deine ihre',
  // Spanish, Italian, Portuguese
  'el los las unos y o pero es son yo tú él usted mi tu su por para con sin no que qué todo todas',
  'il lo gli una e di da è sono io lui lei per non che tutto tutte le mio tuo suo',
  'os um uma e ou mas é são eu você ele ela meu teu seu por para com sem não que todo todas as',
  // Dutch
  'de het een en of maar is zijn ik jij je hij zij wij mijn jouw uw niet geen te met van voor op alle',
];

/** Frequent words of the Latin-script languages, lower-case. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '));

// Tokens with digits (`4ll`, `r3v34l`) are words too, and never common ones.
const WORD = /[a-z0-9'\u00C0-\u1FFF]+/g;

/** The lower-cased words of `text`. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Share of the words in `text` that are common words (0..1), how many there were and how many were common. */
export function commonWordShare(text: string | string[]): { share: number; words: number; hits: number } {
  const words = typeof text === 'string' ? wordsOf(text) : text;
  if (!words.length) return { share: 0, words: 0, hits: 0 };
  let hits = 0;
  for (const w of words) if (COMMON_WORDS.has(w)) hits++;
  return { share: hits / words.length, words: words.length, hits };
}
