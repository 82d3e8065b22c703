/**
 * @module The greeting before a question and the thanks after it ("Hi team, quick question: … Thanks!"): chat's
 * courtesy, never what is asked. Read without them, a question is judged by its own words.
 */

// "Hi", "Hello team,", "Hey all -", "Good morning everyone,", "Morning!": a greeting and whom it greets. "Morning"
// and the other times of day only with a mark after them ("Morning shift starts when?" asks about the shift).
const GREETING = new RegExp(
  `^\\s*(?:(?:hi|hello|hey|hiya|heya|howdy|greetings)\\b(?:\\s+${"(?:team|all|everyone|everybody|there|folks|guys|people|y['’]?all|hr)"})?\\s*[,!.:;–—-]*|(?:good\\s+)?(?:morning|afternoon|evening)(?:\\s+(?:team|all|everyone|everybody|folks|guys))?\\s*[,!.:;–—-]+|dear\\s+(?:team|all|hr|colleagues|sir|madam|sir or madam)\\s*[,!.:;–—-]*)\\s*`,
  'iu',
);

// What may follow a greeting before the question: "quick question:", "hope you're well,", "sorry to bother you,".
const LEAD_IN =
  /^(?:(?:just\s+)?(?:a\s+)?(?:quick|simple|small|silly|random|stupid|dumb)\s+(?:question|one|q)\s*[:,.!–—-]+|(?:i\s+)?hope\s+(?:you(?:['’]re|\s+are)|all(?:['’]s|\s+is))\s+(?:well|good|ok|okay)\s*[,.!–—-]+|sorry\s+to\s+(?:bother|trouble)\s+you\s*[,.!–—-]+)\s*/iu;

// The thanks that closes a message: "Thanks!", "thank you so much", "cheers", "Many thanks in advance :)".
const THANKS =
  /[\s,.!–—-]*(?:(?:many\s+)?(?:thanks|thank\s+you|thankyou|thx|ty|ta|cheers|much\s+appreciated|appreciate\s+it|appreciate\s+the\s+help)(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+million|in\s+advance|again|heaps|all|team|guys))*)\s*[.!:)(xX]*\s*$/iu;

/** The question without the greeting before it and the thanks after it; as typed when nothing else is left. */
export function withoutPleasantries(question: string): string {
  let read = question;
  const greeted = GREETING.exec(read);
  if (greeted?.[0].trim()) read = read.slice(greeted[0].length);
  for (let lead = LEAD_IN.exec(read); lead; lead = LEAD_IN.exec(read)) read = read.slice(lead[0].length);
  read = read.replace(THANKS, '');
  return /\p{L}{2,}/u.test(read) ? capitalFirst(read, question) : question;
}

// A question read from its middle starts as a sentence does, when the asker started theirs with a capital.
function capitalFirst(read: string, typed: string): string {
  const trimmed = read.trim();
  return /^\s*\p{Lu}/u.test(typed) ? `${trimmed[0]!.toUpperCase()}${trimmed.slice(1)}` : trimmed;
}
