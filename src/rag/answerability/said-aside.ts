/**
 * @module What a question says beside what it asks: words the knowledge base need not use for the question to be
 * answered from it.
 */
import { tokenize } from '../../core/index.js';

/**
 * Words said beside what is asked: a length of time ("can i pause my box for a month" is answered by "up to eight
 * weeks"), someone of the asker's own family or circle ("for my mum", "my coworker says…", "my son's nut allergy",
 * "a friend gave me…", not "refer a friend"), whom the asker speaks of, and a measure that points back ("a cash-in
 * of that size"): not topics the knowledge base lacks. Read once per question.
 */
export function saidAside(question: string): Set<string> {
  const words = [LENGTH_OF_TIME, ASKERS_OWN, OF_THAT_MEASURE].flatMap((re) =>
    [...question.matchAll(re)].map((m) => m[1]!),
  );
  return new Set([...words.flatMap((w) => tokenize(w)), ...guessedAlternative(question)]);
}

const LENGTH_OF_TIME =
  /\b(?:for|up to|within|over|in|after|about|around|per|every|each)\s+(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of|several)\s+(minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b/giu;
// The asker's guess at the other answer, after a whole question ("…do I get a heads up, or do I have to sit at
// home all day like an idiot?", "Is the first box full price, or is there some deal for newcomers?", "…, or the
// whole official list?", "…, or some kind of deal?"): what it says is theirs, not a topic the answer must find, since the answer to the first
// settles it. Only the words the question itself does not say: "Can I claim the ferry fare, or do I have to pay
// for the ferry myself?" still asks about the ferry. Two things named side by side ("to Germany or Austria", "a
// train ticket, or a taxi?") are not a guess: each is asked about.
function guessedAlternative(question: string): string[] {
  const guesses = [...question.matchAll(GUESSED_ALTERNATIVE)];
  if (!guesses.length) return [];
  // What the question says outside its guesses, read once (a pasted question of 100,000 characters too).
  const asked = new Set(tokenize(question.replace(GUESSED_ALTERNATIVE, ' ')));
  return guesses.flatMap((m) => tokenize(m[1] ?? m[2]!)).filter((t) => !asked.has(t));
}

// Checked from a word's last letter only (a lookbehind), so a long question is read in one pass. After "or", a
// clause of its own (a verb of asking opens it), or after ", or" a phrase that offers the other answer.
const GUESSED_ALTERNATIVE =
  /(?<=[^\s.?!]),?\s+or\s+((?:is|are|was|were|do|does|did|will|would|should|must|can|could|shall|may|might|has|have|had|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|shouldn['’]t)\b[^.?!]+)|(?<=[^\s.?!]),\s*or\s+((?:the whole|just|only|maybe|perhaps|something|somewhere|anything|someone|somebody|some kind of|some sort of)\b[^.?!]+)/giu;
const ASKERS_OWN =
  /\b(?:a\s+(?=(?:friend|mate|colleague|co-?worker|neighbou?r|flatmate|housemate|roommate)\s+(?:of mine\s+)?(?:gave|gives|told|tells|said|says|mentioned|recommended|sent|showed|suggested|swears|passed|got|has|had|uses|used)\b)|(?:my|our)\s+(?:little\s+|older\s+|younger\s+|elderly\s+|new\s+)?)(mum|mom|mother|dad|father|parents?|sons?|daughters?|kids?|child|children|husband|wife|partner|spouse|boyfriend|girlfriend|gf|bf|brothers?|sisters?|aunt|uncle|cousins?|grandma|grandmother|grandpa|grandfather|nan|gran|family|friends?|mates?|neighbou?rs?|co-?workers?|colleagues?|flatmates?|roommates?|housemates?|fianc[eé]e?|baby|niece|nephew|in-laws)(?:['’]s)?\b/giu;

// "of that size", "of this amount", "of the same kind": a measure of something said before, not a thing asked about.
const OF_THAT_MEASURE =
  /\bof\s+(?:that|this|such|the same|a similar)\s+(size|amount|kind|sort|type|length|value|level|scale|magnitude)\b/giu;
