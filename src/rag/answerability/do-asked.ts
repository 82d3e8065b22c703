/**
 * @module English's "do" in a question read from a language that asks without it: "when we start line?" (Samoan's
 * "o afea matou amata…") is "when do we start line?", "where I see my payslip?" (Kabuverdianu's) "where do I see my
 * payslip?", "how much he earn?" "how much does he earn?". Shared by the readers whose questions put a pronoun and a
 * verb straight after the word of asking.
 */

// A word of asking at a sentence's start or after "and", then a pronoun and the word after it.
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where|when|how much|how many \p{L}+|how long|how|why|which \p{L}+|who) (I|you|we|they|he) (\p{L}+)/gu;

/** A reading that puts "do" ("does" for "he") before a pronoun doing one of `doing` after a word of asking. */
export const doAskedReader =
  (doing: ReadonlySet<string>) =>
  (read: string): string =>
    read.replace(ASKED_OF, (all, before: string, asked: string, who: string, verb: string) =>
      doing.has(verb) ? `${before}${asked} ${who === 'he' ? 'does' : 'do'} ${who} ${verb}` : all,
    );
