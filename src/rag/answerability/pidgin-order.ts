/**
 * @module A Pacific pidgin's reading (Bislama's, Solomons Pijin's) put in English's order: "do" before who does a
 * verb after a word of asking ("when they pay" is "when do they pay"), the modal before who ("when I can get" is "when
 * can I get"), "do" before who does not ("why they not pay"), and their word for food ("kakae", "kaikai") as eating
 * where it is done.
 */

/** The reading in English's order, for a pidgin whose verbs' English are `verbs`' values. */
export function pidginEnglishOrder(verbs: ReadonlyMap<string, string>): (read: string) => string {
  // The English of the verbs, which a pronoun after a word of asking does: "do" goes before it ("when do they pay").
  const doing = new Set(
    [...verbs.values()]
      .map((english) => english.split(' ')[0]!)
      .filter((e) => !['can', 'cannot', 'must', 'will', 'died', 'married'].includes(e)),
  );
  return (read) => withModalFirst(withDoNot(withDoAsked(withEating(read), doing), doing));
}

// Words that already say how a question is asked, or who does it, between a word of asking and a pronoun.
const NO_DO = new Set(
  'can cannot must will not do does did is are was there I you we they he me need want know tell ask'.split(
    ' ',
  ),
);
// A word of asking at a sentence's or a clause's start, up to three words of what it asks of, a pronoun and the word
// after it ("how many days holiday we have").
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|when|how much|how many|how long|how|why|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they|he) (\p{L}+)/gu;
// "do" ("does" for "he") before a pronoun doing one of the verbs after a word of asking: "when do they pay", "how
// many days holiday do we have".
const withDoAsked = (read: string, doing: ReadonlySet<string>) =>
  read.replace(ASKED_OF, (all, before: string, asked: string, between: string, who: string, verb: string) => {
    if (!doing.has(verb) || between.split(' ').some((w) => NO_DO.has(w))) return all;
    return `${before}${asked}${between} ${who === 'he' ? 'does' : 'do'} ${who} ${verb}`;
  });

// A word of asking and up to three words of what it asks of, then who, then "can", "will" or "must": English puts
// the modal before who ("when can I get", "how many days sick leave can I take").
const MODAL_AFTER =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|when|how much|how many|how long|how|why|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they|he) (can|cannot|will|must)(?= )/gu;
const withModalFirst = (read: string) => read.replace(MODAL_AFTER, '$1$2$3 $5 $4');

// A word of asking, who, "not" and a verb: English's "do" goes before who ("why do they not pay").
const NOT_AFTER = /(^|[.?!]\s+|,\s+and\s+)(what|where|when|why|how) (I|you|we|they|he) not (\p{L}+)/gu;
const withDoNot = (read: string, doing: ReadonlySet<string>) =>
  read.replace(NOT_AFTER, (all, before: string, asked: string, who: string, verb: string) =>
    doing.has(verb) ? `${before}${asked} ${who === 'he' ? 'does' : 'do'} ${who} not ${verb}` : all,
  );

// Food, as the lists read "kakae" or "kaikai", is eating after who eats, a modal or "to" ("mi save kakae": I can eat).
const withEating = (read: string) =>
  read.replace(
    /(?<![\p{L}'])(I|you|we|they|he|can|cannot|must|want|will|not|to|go|come) food(?![\p{L}'])/gu,
    '$1 eat',
  );
