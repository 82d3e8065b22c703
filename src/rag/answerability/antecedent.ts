/**
 * @module What a part of a question points back at: "…, and how far ahead should trips be booked through it?"
 * is about what the part before it asked about.
 */
import { placesAsked } from './places.js';
import { contentTerms } from './question.js';

/**
 * A part that refers back ("…, and how far ahead should trips be booked through it?") with the words of the part
 * before it: "it" is what that part was about. Only its words, not its asking ("how much…") nor the context both
 * parts keep: the part still asks what it asks. "There" as a place points at nothing in the part before when the
 * part names its place itself ("I'm at Bellshill. … how much is the night premium there?"); "is there a limit at
 * Bellshill?" still asks about what the part before did.
 */
export function withAntecedent(part: string, before: string | undefined): string {
  const pointing = part.replace(TIME_DEICTIC, ' ');
  if (!before || !(POINTS_BACK.test(pointing) || addsNoTopic(part, before))) return part;
  if (!OTHER_POINTERS.test(pointing) && PLACE_THERE.test(pointing) && placesAsked(part).length) return part;
  return withTopicBefore(part, before);
}

/** A part with the words the part before it asked about ("…? what is the max?" of banking overtime), whatever it says. */
export function withTopicBefore(part: string, before: string): string {
  const topic = before.slice(sharedContext(part, before).length).replace(ASKING_OPENER, '').trim();
  return topic ? `${part} ${topic}` : part;
}

/**
 * Whether a part asks of nothing the part before it does not name ("how far in advance do I apply for annual leave
 * and where do I apply?"): its words are all the other part's, so it asks about the same thing.
 */
export function addsNoTopic(part: string, before: string): boolean {
  // The context both parts open with ("I'm a demi chef on the hot line. …") is no topic of either.
  const own = contentTerms(part.slice(sharedContext(part, before).length));
  if (!own.length) return false;
  const said = new Set(contentTerms(before));
  return own.every((t) => said.has(t));
}

// "This year", "that week", "these days": a time the asker names, not a thing said before.
const TIME_DEICTIC =
  /\b(?:this|that|these|those)\s+(?:year|years|month|months|week|weeks|weekend|weekends|day|days|time|morning|afternoon|evening|night|summer|winter|spring|autumn|fall|season|quarter|term|semester|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)\b/gi;

const POINTS_BACK = /\b(?:it|its|them|they|their|there|this|that|these|those)\b/i;
const OTHER_POINTERS = /\b(?:it|its|them|they|their|this|that|these|those)\b/i;

/** Whether a part points at a thing said before ("how long is it valid?", "do they pay for that?"), not a place. */
export const pointsAtThing = (part: string) => OTHER_POINTERS.test(part);
// "there" as a place ("the night premium there"), not as in "is there a limit" or "there's a cap".
const PLACE_THERE =
  /(?<!\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|be|been)\s+)\bthere\b(?!\s*(?:is|are|['’]s|was|were|will|has|have|might|may|must|should|could|would)\b)/i;

const ASKING_OPENER =
  /^\s*(?:who|what|whats|which|when|where|how(?:\s+(?:much|many|long|often|soon|far|quickly))?)\b(?:['’]s\b)?[^\p{L}]*/iu;

// The context two parts of one question both open with: up to the last whole word they share.
function sharedContext(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const shared = a.slice(0, i);
  return /\s$/.test(shared) ? shared : shared.replace(/\S*$/, '');
}
