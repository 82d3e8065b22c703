/**
 * @module The greeting before a question and the thanks after it ("Hi team, quick question: … Thanks!"), the
 * frame a question is asked in ("Does anyone know how…", "Could you tell me whether…") and the stock remarks
 * after it ("I'm new here, sorry if this is obvious."): chat's courtesy, never what is asked. Read without them,
 * a question is judged by its own words.
 */

// "Hi", "Hello team,", "Hey all -", "Good morning everyone,", "Morning!": a greeting and whom it greets, then a
// space (not "Hi-vis vests", "Morning-shift allowance"). "Morning" and the other times of day, and "Greetings",
// only with a mark after them ("Morning shift starts when?" asks about the shift; "Greetings cards" are cards).
// So are the greetings of chat in Nigeria ("How far, when is…"), South Africa ("Howzit,"), Jamaica ("Wagwan,") and
// Zambia ("Mwapoleni,", "Shani.", "Mukwai,": Bemba and Nyanja greetings and the respectful address);
// "how far" only before a word that opens a question or "!" ("How far, roughly, is the depot?" asks a distance).
const GREETING =
  /^\s*(?:(?:hi|hello|hey|hiya|heya)\b(?:\s+(?:team|all|everyone|everybody|there|folks|guys|people|y['’]?all|allyuh|all\s+yuh|hr))?(?:\s*[,!.:;]+|\s+[–—-]+)?|(?:(?:good\s+)?(?:morning|afternoon|evening)(?:\s+(?:team|all|everyone|everybody|folks|guys|allyuh|all\s+yuh))?|greetings|howdy|howzit|wagwan|wah\s+gwaan|mwapoleni|mwashibukeni|muli\s+shani|shani|mulibwanji|bwanji|mukwai|allyuh|all\s+yuh)(?:\s*[,!.:;]+|\s+[–—-]+)|how\s+far(?:\s*!+|\s*[,.:;]+(?=\s*(?:when|what|whats|what['’]s|where|who|which|how|do|does|did|can|could|pls|please|abeg|i|i['’]m|im|my|we|oga|sir|ma|boss)\b))|dear\s+(?:team|all|hr|colleagues|sir|madam|sir or madam)(?:\s*[,!.:;]+|\s+[–—-]+)?)\s+/iu;

// What may follow a greeting before the question: "quick question:", "hope you're well,", "sorry to bother you,".
const LEAD_IN =
  /^(?:(?:just\s+)?(?:a\s+)?(?:quick|simple|small|silly|random|stupid|dumb)\s+(?:question|one|q)\s*[:,.!–—-]+|(?:i\s+)?hope\s+(?:you(?:['’]re|\s+are)|all(?:['’]s|\s+is))\s+(?:well|good|ok|okay)\s*[,.!–—-]+|sorry\s+to\s+(?:bother|trouble)\s+you\s*[,.!–—-]+)\s*/iu;

// The thanks that closes a message, after a mark that ends what came before ("…? Thanks!", "…, cheers"): not "how
// do I send a thank you" or "how do I claim TA".
const THANKS =
  /(?<=[?!.,;:)–—-])\s*(?:(?:many\s+)?(?:thanks|thank\s+you|thankyou|thx|ty|ta|cheers|much\s+appreciated|appreciate\s+it|appreciate\s+the\s+help)(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+million|in\s+advance|again|heaps|all|team|guys))*)\s*[.!,:)(xX]*\s*$/iu;

// The frame a question is asked in: "Does anyone know how much…", "Can someone tell me if…", "I was just
// wondering whether…"; the question is what follows it, a word of asking or "if" and "whether" (which go with
// the frame; "whether or not" too). Not "Can you remind me of the deadline?".
const FRAME =
  /^(?:(?:does|do)\s+(?:anyone|anybody|someone|somebody|you|u)\s+(?:here\s+)?know|(?:can|could|would)\s+(?:someone|somebody|anyone|anybody|you|u)\s+(?:please\s+)?(?:tell|remind|let)\s+me(?:\s+know)?|(?:i|we)\s*(?:was|were|am|are|['’]m)\s+(?:just\s+)?wondering|i\s*(?:['’]d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|please\s+(?:tell|let)\s+me(?:\s+know)?|just\s+wondering|any\s?(?:one|body)\s+know)\s*[,:–—-]?\s+(?:(?:if|whether)(?:\s+or\s+not)?\s+(?=\p{L})|(?=(?:who|whom|whose|what|whats|what['’]s|when|where|why|which|how|is|are|was|were|do|does|did|can|could|should|will|would|am|has|have|may|must)\b))/iu;

// Remarks after a question that say nothing of it: "I'm new here", "sorry if this is obvious", "just curious".
// After a mark that ends the question, or after a word that ends a clause: not after "if", "since", "because"
// ("what happens if I'm new to the team" asks about being new).
const STOCK_REMARK =
  /(?:(?:i['’]?m|i\s+am)\s+(?:(?:quite|pretty|very|still)\s+)?new(?:\s+(?:here|to\s+(?:the\s+)?(?:company|job|team|this)))?|sorry\s+if\s+(?:this|that|it)\s+is\s+(?:a\s+)?(?:(?:really|very|a\s+bit)\s+)?(?:obvious|silly|stupid|dumb|basic)(?:\s+question)?|sorry\s+for\s+the\s+(?:silly|stupid|dumb|basic)\s+question|just\s+curious|asking\s+for\s+a\s+friend|no\s+rush|any\s+help\s+(?:is\s+|would\s+be\s+)?(?:much\s+|greatly\s+)?appreciated)/iu;
const STOCK_REMARKS = new RegExp(
  `(?:^|(?<=[?!.])|(?<!\\b(?:if|since|because|as|when|whether|that|while|though|although|unless|once|and|or|but|so|cause|cos)[,\\s]*)(?<=\\s))(?:\\s*(?:[,.!;–—-]\\s*)?${STOCK_REMARK.source})+\\s*[.!,;]*\\s*$`,
  'iu',
);

// Only a message's last few hundred characters can hold its thanks and remarks: the rest is never searched for
// them, so a pasted text costs no more than a question.
const TAIL = 300;

/** The question without its greeting, frame, stock remarks and thanks; as typed when nothing else is left. */
export function withoutPleasantries(question: string): string {
  let read = question;
  const greeted = GREETING.exec(read);
  if (greeted) read = read.slice(greeted[0].length);
  for (let lead = LEAD_IN.exec(read); lead; lead = LEAD_IN.exec(read)) read = read.slice(lead[0].length);
  const cut = Math.max(0, read.length - TAIL);
  const tail = read.slice(cut).replace(THANKS, '').replace(STOCK_REMARKS, '').replace(THANKS, '');
  read = read.slice(0, cut) + tail;
  const framed = FRAME.exec(read);
  // What follows the frame is the question, asked as one ("…whether we get paid" asks "we get paid?").
  if (framed && /\p{L}+\s+\p{L}+/u.test(read.slice(framed[0].length)))
    read = read.slice(framed[0].length).replace(/(?<![?.!])\s*$/, '?');
  return read !== question && /\p{L}{2,}/u.test(read) ? capitalFirst(read, question) : question;
}

// A question read from its middle starts as a sentence does, when the asker started theirs with a capital and
// its first word is written in lower case ("iPhone" stays).
function capitalFirst(read: string, typed: string): string {
  const trimmed = read.trim();
  const firstWord = /^\p{L}+/u.exec(trimmed)?.[0] ?? '';
  const lower = firstWord !== '' && firstWord === firstWord.toLowerCase();
  return /^\s*\p{Lu}/u.test(typed) && lower ? `${trimmed[0]!.toUpperCase()}${trimmed.slice(1)}` : trimmed;
}
