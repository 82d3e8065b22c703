/**
 * @module The greeting before a question and the thanks after it ("Hi team, quick question: … Thanks!"), the
 * frame a question is asked in ("Does anyone know how…", "Could you tell me whether…") and the stock remarks
 * after it ("I'm new here, sorry if this is obvious."): chat's courtesy, never what is asked. Read without them,
 * a question is judged by its own words.
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

// The frame a question is asked in: "Does anyone know how much…", "Can someone tell me if…", "I was just
// wondering whether…"; the question is what follows it ("if" and "whether" go with the frame).
const FRAME =
  /^(?:(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|u)\s+(?:here\s+)?know|(?:can|could|would)\s+(?:someone|somebody|anyone|anybody|you|u)\s+(?:please\s+)?(?:tell|remind|let)\s+me(?:\s+know)?|(?:i|we)\s*(?:was|were|am|are|['’]m)\s+(?:just\s+)?wondering|i\s*(?:['’]d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|please\s+(?:tell|let)\s+me(?:\s+know)?|just\s+wondering|any\s?(?:one|body)\s+know)\s*[,:–—-]?\s+(?:(?:if|whether)\s+)?(?=\p{L})/iu;

// Remarks after a question that say nothing of it: "I'm new here", "sorry if this is obvious", "just curious".
const STOCK_REMARK =
  /(?:(?:i['’]?m|i\s+am)\s+(?:(?:quite|pretty|very|still)\s+)?new(?:\s+(?:here|to\s+(?:the\s+)?(?:company|job|team|this)))?|sorry\s+if\s+(?:this|that|it)\s+is\s+(?:a\s+)?(?:(?:really|very|a\s+bit)\s+)?(?:obvious|silly|stupid|dumb|basic)(?:\s+question)?|sorry\s+for\s+the\s+(?:silly|stupid|dumb|basic)\s+question|just\s+curious|asking\s+for\s+a\s+friend|no\s+rush|any\s+help\s+(?:is\s+|would\s+be\s+)?(?:much\s+|greatly\s+)?appreciated)/iu;
const STOCK_REMARKS = new RegExp(
  `(?<=[?!.]|\\s)(?:\\s*(?:[,.!;–—-]\\s*)?${STOCK_REMARK.source})+\\s*[.!]*\\s*$`,
  'iu',
);

/** The question without its greeting, frame, stock remarks and thanks; as typed when nothing else is left. */
export function withoutPleasantries(question: string): string {
  let read = question;
  const greeted = GREETING.exec(read);
  if (greeted?.[0].trim()) read = read.slice(greeted[0].length);
  for (let lead = LEAD_IN.exec(read); lead; lead = LEAD_IN.exec(read)) read = read.slice(lead[0].length);
  read = read.replace(THANKS, '').replace(STOCK_REMARKS, '').replace(THANKS, '');
  const framed = FRAME.exec(read);
  // What follows the frame is the question, asked as one ("…whether we get paid" asks "we get paid?").
  if (framed && /\p{L}+\s+\p{L}+/u.test(read.slice(framed[0].length)))
    read = read.slice(framed[0].length).replace(/(?<![?.!])\s*$/, '?');
  return /\p{L}{2,}/u.test(read) ? capitalFirst(read, question) : question;
}

// A question read from its middle starts as a sentence does, when the asker started theirs with a capital.
function capitalFirst(read: string, typed: string): string {
  const trimmed = read.trim();
  return /^\s*\p{Lu}/u.test(typed) ? `${trimmed[0]!.toUpperCase()}${trimmed.slice(1)}` : trimmed;
}
