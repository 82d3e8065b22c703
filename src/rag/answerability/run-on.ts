/**
 * @module A message typed without a question mark anywhere runs its sentences together ("My friend is applying
 * here If she gets hired do I get a referral bonus", "…for my truck Can I just use any services"): read as one
 * sentence, the story around the question is taken for part of what is asked. Where a capitalised word that opens
 * sentences follows a word in lower case, a sentence ends: with a question mark when it opened by asking, else a
 * full stop. Not before "I'm" or "I am", which as often open a clause inside the sentence ("the ute I'm taking
 * home", "the minimum time I am paid").
 */

/** The question with its run-on sentences ended, when it has no question mark at all; as typed otherwise. */
export function withSentencesEnded(question: string): string {
  if (question.includes('?')) return question;
  const parts = question.split(BREAK);
  if (parts.length < 2) return question;
  return parts
    .map((part, i) => (i === parts.length - 1 ? part : `${part.trimEnd()}${ending(part)}`))
    .join(' ');
}

// A question mark for a sentence that asks in any of its clauses ("Hi team, do they…", "If I'm hired, do I…").
const ending = (sentence: string) =>
  lastSentence(sentence)
    .split(/[,:;]\s*/)
    .some((clause) => OPENS_ASKING.test(clause.trim()))
    ? '?'
    : '.';
const lastSentence = (text: string) => text.split(/[.!]\s+/).at(-1)!;

// Words a sentence opens with that are no names: not "Will", "May", "Mark" or "Grace".
const OPENER =
  "(?:If|When|What|Where|Who|Why|How|Which|Do|Does|Did|Can|Could|Is|Are|Was|Were|Would|Should|Shall|Have|Has|My|Our|We|We're|It's|Its|Need|Want|Also|Just|Thanks|Please|Not|Any|Anyone)(?![\\p{L}'’])";
// After a whole word in lower case that can end a sentence (not "the", "from", "via", "with": "from Our Lady
// hospital", "via My HR portal"), before an opener not followed by another capitalised word but "I" ("the Just Eat
// discount", "Any Time Fitness", "Do Not Disturb" are names).
const ENDS_NOTHING =
  'a|an|the|to|for|from|with|via|on|in|of|at|by|into|onto|is|are|was|were|be|do|does|did|my|our|your|their|his|her|its|and|or|but|can|could|will|would|should|please|about|like|than|as|i|you|we|they|he|she|it|me|us|them';
// After a name ("…be up on PeopleHub Need it for a mortgage"), only an opener that starts a clause of its own: a
// name is often followed by its verb ("what does PeopleHub Do for payroll", "is Pride Month Also a holiday").
const OPENER_AFTER_NAME = "(?:If|When|Need|Want|Thanks|Trying|Thinking)(?![\\p{L}'’])";
const NOT_CAPITALISED_AFTER = "(?!\\s+(?!I(?![\\p{L}'’]))\\p{Lu})";
const BREAK = new RegExp(
  `(?<=(?<![\\p{L}'’-])(?!(?:${ENDS_NOTHING})\\s)[\\p{Ll}\\p{N}]+)\\s+(?=${OPENER}${NOT_CAPITALISED_AFTER})|(?<=(?<![\\p{L}'’-])(?!I\\s)\\p{Lu}[\\p{L}\\p{N}]*[\\p{Ll}\\p{N}])\\s+(?=${OPENER_AFTER_NAME}${NOT_CAPITALISED_AFTER})`,
  'u',
);
const OPENS_ASKING =
  /^(?:who|what|when|where|why|which|how|is|are|was|were|do|does|did|can|could|should|will|would|has|have|may|must|shall|any|anyone)\b/i;
