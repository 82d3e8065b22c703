/**
 * @module A question typed in Albanian chat, mixed with English, mostly without "ë" and "ç" ("sa dite pushim vjetor
 * kam?", "ne cfare ore hapet mensa?", "kur del rroga e dhjetorit?"), read as the English question it asks ("how many
 * days annual leave?"). The reading is roman-reading.ts's; Albanian's own rules are here: no case endings typed
 * apart, "sa" of what is counted asks how many, a question's opening "a" asks whether, and the owner follows the
 * linking article ("rroga e Arben Krasniqit": the salary of Arben Krasniqi). The word lists were written from
 * general knowledge of the language, without reading any organisation's documents or questions.
 */
import type { TermStats } from './assess.js';
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-albanian-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// Albanian's word lists and rules.
const ALBANIAN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  // "is", "has", "can", "must" and the verbs of pay and hours: none an English word.
  verbs: new Set(
    'eshte jane ka kam kemi keni kane mund mundem mundet duhet duhen nevojitet merr marr merret merren jep jepet jepen paguhet paguhen paguaj hapet hapen mbyllet mbyllen fillon mbaron perfundon vjen bie bjen zbritet zbriten hiqet mbahet lejohet lejohen llogaritet perfshihet perfshihen mbulohet rimbursohet rimbursohen kalon takon miraton kerkoj aplikoj dorezoj punoj shkoj'.split(
      ' ',
    ),
  ),
  spellings: SPELLINGS,
  // Words Hindi's and Urdu's chat types too ("ka", "kam", "hua", "do"), and Italian's and Spanish's ("mensa",
  // "festa", "dieta", "paga", "para"): no sign of Albanian on their own.
  shared: new Set([
    'ka',
    'kam',
    'ke',
    'ki',
    'hua',
    'do',
    'mensa',
    'festa',
    'dieta',
    'paga',
    'para',
    'forma',
    'banka',
    'data',
    'mision',
  ]),
  // "sa", which the dictionary has as an acronym ("SA"): plainly Albanian typed in lower case in a question.
  plainly: new Set(['sa']),
  // Albanian's case endings are the word's own ("rrogës", "Arbenit"): none typed apart.
  genitive: new Set(),
  locative: new Set(),
  // The owner follows the linking article ("rroga e Arben Krasniqit", "numri i Zonjës Hoxha"), or the thing itself.
  owned: new Set('e i te se rroga paga numri nr telefoni adresa'.split(' ')),
  // (A title with a full stop, "Znj.", ends a sentence for the reading; only those without one are read.)
  titles: new Set('Z Znj Zoti Zotit Zonja Zonjes Zonjës Dr Dr.'.split(' ')),
  joins: /\s*,\s*|\s+(?:dhe|edhe|and)\s+/i,
  // "dhe …", "po …" (and …), a greeting and "a mund te me thoni …" (could you tell me …) opening a sentence say
  // nothing.
  leadingJoin:
    /^(?:\s*(?:dhe|edhe|po|pra|and|p[eë]rsh[eë]ndetje|tung|ckemi|mir[eë]dita|flm|faleminderit|(?:a\s+)?mund\s+t[eë]\s+m[eë]\s+(?:thoni|tregoni|thuani|thuash|tregosh)|m[eë]\s+(?:thoni|tregoni|thuaj|trego))[\s,]+)+/i,
  askingAt: (word, tokens, at, spelled) => {
    const next = spelled(tokens[at + 1] ?? '');
    // "sa" of what is counted asks how many ("sa ore shtese", "sa femije"), and before "%" what percent.
    if (word === 'sa' && COUNTED.test(WORDS.get(next) ?? next)) return 'how many';
    if (word === 'sa' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
    return undefined;
  },
  // The endings of Albanian verbs' forms: present ("aplikoj", "punon", "dergojme"), passive ("njoftohet",
  // "regjistrohem", "llogaritet"), past ("aplikova", "paguan") and participle ("paguar", "hapur").
  verbForm: /(?:oj|on|ojme|oni|ojne|ohet|ohen|ohem|ohemi|het|hen|hem|et|en|ova|ove|oi|uam|uan|uar|ur|osh)$/,
  verbStems: new Set(
    'pagu pun aplik kerk dorez plotes regjistr llogarit llogari mirat rimburs transfer konfirm ndrysh anul shty nderr lej hap mbyll fill mbar perfund mbush kthe kal zbrit hiq mba derg shkru firmos njoft paraqit sigur fit nis lar perfshi mbul rrit zgjat'.split(
      ' ',
    ),
  ),
};

const COUNTED =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|employees|child(?:ren)?|pieces?)$/;

const albanian = romanReading(ALBANIAN);

// A sentence's first word as a phone capitalises it ("A mund te marr leje?", "Në çfarë ore …"), in lower case when
// the lists know it and a word in lower case follows: the reading's own lowering misses the "a" of asking, one
// letter, and a word ending in "ë".
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,]+\p{Ll})/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return lower === 'a' || albanian.isListed(SPELLINGS.get(lower) ?? lower) ? `${before}${lower}` : all;
  });

// "a" asks whether only where a clause opens; inside one it is Albanian's "or", or English's article ("per a new
// employee"): left out.
const withInnerAOut = (question: string) => question.replace(/(?<=[\p{L}\d]\s+)a(?=\s+\p{L})/gu, '');

/** Whether a question is typed in Albanian (two words the lists know, one plainly Albanian). */
export const typedInAlbanian = (question: string): boolean => albanian.typedIn(withOpenersLowered(question));
/** The question read in English when it is typed in Albanian; else the question as it is. */
export const readAlbanian = (question: string): string => {
  const typed = withInnerAOut(withOpenersLowered(question));
  const read = albanian.read(typed);
  return read === typed ? question : withEarnerNamed(read);
};

// "sa rrogë merr Gentian Prifti?" (how much salary does Gentian Prifti get): the pay a person gets is that
// person's, read as English says it, so the private check sees whose pay is asked.
const withEarnerNamed = (read: string) => read.replace(/\b(salary|pay|wages?) get\b/g, '$1 of');
/** The reading without the forms of Albanian verbs that neither English nor the knowledge base knows. */
export const withoutUnknownAlbanian = (read: string, written: string, stats: TermStats): string =>
  albanian.withoutUnknown(read, withOpenersLowered(written), stats);
