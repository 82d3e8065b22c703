/**
 * @module A question about a version that no longer applies ("What was the mileage rate under the old policy?",
 * "What did the 2024 policy give?", "What was the rate in 2025?"): its answer is in the superseded document,
 * which retrieval then ranks as it scores and the offline answerer quotes, saying it no longer applies. Without
 * this, the current figure came back as if it were the old one.
 */

import { tokenize } from '../../core/index.js';

/** Whether a question asks what an earlier, superseded version said rather than what applies now. */
export function asksAboutEarlierVersion(question: string): boolean {
  return EARLIER_VERSION.test(question) || (PAST_ASKING.test(question) && NAMED_PAST.test(question));
}

// Said outright: "the old policy", "the previous rates", "the former scheme", "before the change", "used to be".
const EARLIER_VERSION =
  /\b(?:old|previous|former|earlier|superseded|outdated|prior|last)\s+(?:policy|policies|version|rules|rates?|scheme|notice|handbook|procedure|edition|agreement|arrangements?|allowances?|guidelines)\b|\bbefore\s+the\s+(?:change|changes|new\s+(?:policy|rules|rates|scheme|version)|update)\b|\bused\s+to\s+(?:be|get|pay|give)\b/i;
// Asked in the past tense ("what was…", "how much did…")…
const PAST_ASKING = /\b(?:what|how\s+much|how\s+many|how\s+long|when|which|who)\s+(?:was|were|did)\b/i;
// …of a year named as a version's ("in 2025", "the 2024 policy", "for 2025/26"), or of last year.
const NAMED_PAST =
  /\b(?:in|for|during|under|the)\s+(?:(?:19|20)\d\d(?:[/-]\d\d)?)\b|\blast\s+year(?:['’]s)?\s+(?:policy|rates?|rules|scheme|allowances?)\b/i;

/**
 * The stemmed words that only name the earlier version ("old", "policy" in "under the old policy"): no topic a
 * passage must say (the superseded document does not call itself "old").
 */
export function earlierVersionWords(question: string): Set<string> {
  const said = question.match(EARLIER_VERSION)?.[0] ?? '';
  return new Set(tokenize(said));
}
