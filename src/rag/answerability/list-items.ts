/**
 * @module A topic named as one item of a list ("Not counted: work injuries, medical leave of more than 5 days,
 * bereavement leave, jury duty, …") is not given the value another item carries: the sentence holds a number,
 * but not one for the topic. Read before a sentence is taken as holding the kind of fact asked for.
 */

// A list has at least four items of a few words each; fewer may be clauses of one sentence ("Bereavement,
// jury duty and compassionate leave are paid for up to 5 days").
const MIN_ITEMS = 4;
const MAX_ITEM_WORDS = 10;
// A comma followed by a space: "1,500" is one figure, not two items.
const ITEM_BREAK = /[,;]\s+/;
// A list closes with "and" or "or" before its last item; commas round an aside ("our provider, Ardent OH, for
// advice …") do not make one.
const CLOSES_LIST = /(?:^|\s)(?:and|or)\s/i;

/**
 * The part of `sentence` that speaks for the item a topic is named in: its head (before its colon), the item that
 * `topicScore` rates best, and the last item, which may carry what the whole list shares ("…, and jury duty are
 * paid for 5 days"). A sentence that is no list is read whole.
 */
export function readForItem(sentence: string, topicScore: (text: string) => number): string {
  // Only a list under a head ("Not counted: …"): commas round asides ("Overtime, when approved in advance, is
  // paid at 1.5 times…") make no list.
  const colon = sentence.indexOf(': ');
  if (colon < 0) return sentence;
  const head = sentence.slice(0, colon + 1);
  const items = sentence.slice(colon + 1).split(ITEM_BREAK);
  const isList =
    items.length >= MIN_ITEMS &&
    items.every((i) => i.trim().split(/\s+/).length <= MAX_ITEM_WORDS) &&
    CLOSES_LIST.test(items.at(-1)!);
  if (!isList) return sentence;
  const scores = items.map(topicScore);
  const best = scores.indexOf(Math.max(...scores));
  const last = items.length - 1;
  return [head, items[best], best === last ? '' : items[last]].filter(Boolean).join(' ');
}
