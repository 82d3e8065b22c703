/**
 * @module What a question asks for: its content words (the words that say what it is about, not how it is
 * asked), the kind of answer it expects (an amount, a duration, a date, a person, steps…), and its parts
 * when it asks two things at once.
 */
import { escapeRegExp, tokenize, withoutPlaceholders } from '../../core/index.js';
import { inOwnStems } from '../crosslingual/index.js';
import { withoutChatFillers } from './chat-words.js';
import { FRAMING, withoutCasualTalk } from './framing.js';
import { ASKS, MIN_ASKED, splitContext } from './question-context.js';

/** The kind of fact a question expects as its answer. */
export type AnswerType =
  | 'amount'
  | 'duration'
  | 'date'
  | 'time'
  | 'count'
  | 'person'
  | 'contact'
  | 'place'
  | 'steps'
  | 'reason'
  | 'yes-no'
  | 'other';

/**
 * The question's content words, stemmed, in order, without repeats or framing words; the word after "how"
 * ("how early", "how far") says what kind of answer is wanted, not what the question is about.
 */
export function contentTerms(question: string): string[] {
  const text = withoutChatFillers(withoutPlaceholders(question)).replace(/\bhow\s+[\p{L}]+/giu, ' ');
  return [...new Set(tokenize(inOwnStems(withoutCasualTalk(text))))].filter((t) => !FRAMING.has(t));
}

// Words that name the kind of answer rather than the topic: a passage holding a time of day answers "in the
// morning"; one holding a date answers "which day".
const UNIT_WORDS: Partial<Record<AnswerType, Set<string>>> = {
  time: new Set(
    ['morning', 'afternoon', 'evening', 'night', 'time', 'hour', 'clock'].flatMap((w) => tokenize(w)),
  ),
  date: new Set(
    ['day', 'date', 'month', 'year', 'week', 'time', 'morning', 'afternoon', 'evening'].flatMap((w) =>
      tokenize(w),
    ),
  ),
  // "How long is the link valid?": the length asked for, not the topic.
  // "How long does the certificate last?": how long it is valid.
  duration: new Set(
    ['period', 'time', 'length', 'ahead', 'advance', 'valid', 'last', 'lasts'].flatMap((w) => tokenize(w)),
  ),
  amount: new Set(['amount', 'sum', 'figure'].flatMap((w) => tokenize(w))),
  // "What's the reason for that?": a passage gives the reason in words of cause, not the word.
  reason: new Set(['reason', 'why'].flatMap((w) => tokenize(w))),
  // "How many pairs of gloves?": the pieces counted in, not the topic.
  count: new Set(['number', 'total', 'pair', 'pairs', 'piece', 'pieces'].flatMap((w) => tokenize(w))),
  contact: new Set(
    ['number', 'extension', 'email', 'mail', 'address', 'phone', 'telephone', 'ring', 'call', 'dial'].flatMap(
      (w) => tokenize(w),
    ),
  ),
};

/**
 * The content words of a question that say what it is about, without the words naming the kind of answer and
 * without numbers in words ("half past nine" is how people talk; documents write "21:00").
 */
export function topicTerms(question: string, type: AnswerType = expectedAnswerType(question)): string[] {
  return askedTerms(question, type).filter((t) => !(NUMBER_WORDS.has(t) && !/\d/.test(t)));
}

/**
 * The content words of a question without the words naming the kind of answer ("ahead" in "how far ahead",
 * "number" in "what number do I ring"): what a sentence answering it is about.
 */
export function askedTerms(question: string, type: AnswerType = expectedAnswerType(question)): string[] {
  const units = UNIT_WORDS[type];
  const naming = new Set([...question.matchAll(NAMES_A_THING)].flatMap((m) => tokenize(m[1]!)));
  return contentTerms(question).filter((t) => !units?.has(t) || naming.has(t));
}

// A time of day that names a thing ("the afternoon shift", "the night bus") says which one is asked about, not
// the kind of answer: "the bus for the afternoon shift leaves what time?" is answered by that shift's row.
const NAMES_A_THING =
  /\b(morning|afternoon|evening|night|day)\s+(?:shifts?|sessions?|watch(?:es)?|class(?:es)?|bus(?:es)?|trains?|ferry|ferries|breaks?|rotas?|rosters?|teams?|crews?|duty|duties|patrols?|services?|allowances?|premiums?|rates?)\b/gi;

// A length asked for by its name: "what is the notice period", "the standard lead time", "what's the probation period
// for new staff" (not a notice period's pay or its form).
const LENGTH_NAMES =
  'lead times?|notice periods?|probation(?:ary)? periods?|trial periods?|waiting periods?|qualifying periods?|retention periods?|grace periods?|cooling[- ]off periods?|turnaround(?: times?)?|response times?|shelf[- ]life';
// The length itself, after "the" and a word or two that say which ("the new standard lead time"): not a thing of it
// ("the rules for the probation period", "the probation period salary", "the notice period's pay"), nor what one is
// ("what is a grace period?").
const NAMED_LENGTH = new RegExp(
  `\\b(?:what(?:'s| is| are| was| will be)|how long (?:is|are|was|will be))\\s+(?:(?:the|my|our|your)\\s+)?(?:(?!(?:for|of|during|in|on|at|to|with|about|the|a|an|and|or)\\b)[\\w-]+\\s+){0,2}?(${LENGTH_NAMES})\\b(?=\\s*[?.!,;:]|\\s*$|\\s+(?:for|of|in|at|on|when|if|after|before|from|with|under|during|to|now|this|next|here|there|again|please|today|is|are|be|i|we|you|they|he|she|do|does|should|must|have|has|that|which|required|needed|once|until|while|as)\\b)`,
  'i',
);

/** The stems of the length a question asks for by its name ("lead time" of "what is the standard lead time for…"). */
export function namedLength(question: string): string[] | undefined {
  const name = lengthNameAsked(question);
  return name ? tokenize(name) : undefined;
}

const lengthNameAsked = (question: string) =>
  question
    .replace(/[’‘]/g, "'")
    .replace(/\bwhats\b/gi, "what's")
    .match(NAMED_LENGTH)?.[1];

/**
 * Whether a sentence names the length a question asks for by its name, and not that of something the question
 * does not ask about ("our standard lead time is 7 weeks"; not "our lead time for carpet tiles is 7 weeks" when
 * the fabric is asked about).
 */
export function namesLengthAsked(sentence: string, question: string): boolean {
  const name = lengthNameAsked(question);
  if (!name) return false;
  const words = new Set(tokenize(sentence));
  if (!tokenize(name).every((w) => words.has(w))) return false;
  const asked = new Set(contentTerms(question));
  // The name as written, its last word singular or plural ("lead time", "lead times"), then what it is of: a
  // thing ("for carpet tiles"), not its length ("a notice period of three months").
  const written = escapeRegExp(name.replace(/s$/i, '')).replace(/[\s-]+/g, '[\\s-]+');
  const of = new RegExp(
    `\\b${written}s?\\s+(?:for|of|on)\\s+(?:the\\s+|our\\s+|your\\s+|all\\s+)?([\\p{L}\\d-]+)`,
    'giu',
  );
  return [...sentence.matchAll(of)].every(
    (m) => isNumberTerm(m[1]!.toLowerCase()) || tokenize(m[1]!).every((t) => asked.has(t)),
  );
}

// Checked in order: the first pattern that matches names the type ("how many days" is a duration, not a count).
const TYPE_PATTERNS: Array<[AnswerType, RegExp]> = [
  [
    'steps',
    // "How do I get my fee reimbursed?" asks how to have a thing done, a procedure ("How do I get to Leeds?" does not).
    // "What do I need to do?", "what I've got to do", "what exactly am I supposed to do", "what does he have to
    // do", "what's the drill", "walk me through it", "step by step": asked in everyday words, a procedure all the
    // same ("what does she do?" asks about a role).
    /\bhow (?:do|can|should|would) (?:i|we|you|they|staff|employees?)\b(?! (?:get(?! (?:a|an|my|our|the|some|another|hold of)\b(?! (?:bus|train|tube|ferry|taxi|cab|lift|ride)\b))|have|receive))|\bhow (?:do|can|should|would) (?:i|we|you|they)\s+(?:get|have)\s+(?:(?:my|our|the|a|an|it|this|that|their)\s+)?(?:[\w-]+\s+){0,3}?(?:reimbursed|refunded|approved|signed off|changed|replaced|fixed|registered|renewed|issued|cancell?ed|updated|transferred|verified|reset|unlocked)\b|\bhow to\b|\bwhat (?:are )?the steps\b|\b(?:walk|talk)\s+(?:me|us|him|her|them)\s+(?:through|thru|thro)\b|\b(?:take|run|guide)\s+(?:me|us)\s+(?:through|thru|thro)\b|\bstep[- ]by[- ]step\b|\bwhat(?:['’]?s| is) the (?:process|procedure|drill|routine)\b|^\s*(?:the\s+)?(?:steps|process|procedure)\s+(?:to|for)\b(?![^?]*\b(?:who|when|where|why|which|how much|how many|how long)\b)|\b(?:tell|explain|describe|share|give)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:process|procedure|steps)\b(?!\s+(?:owner|owners|timeline|manager|map|id|number|document|name)\b)|\bwhat (?:exactly |actually )?(?:(?:do|should|must|shall|have|am|are) )?(?:i|we|you)(?:'ve| have)? (?:actually |really |exactly |then |now |first )?(?:(?:need|have|got|supposed|meant|expected) to )?do\b|\bwhat (?:exactly |actually )?(?:(?:does|do|is|are|has|have) )?(?:he|she|they)(?:'s| has| have)? (?:actually |really |exactly )?(?:need|needs|have|has|got|supposed|meant|expected) to do\b/i,
  ],
  // "What number do I ring?", "what's her extension?", "the e-mail address for…" (not "the number of days").
  [
    'contact',
    /\b(?:what|which)(?:'s| is| are)?\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|my\s+|your\s+)?(?:[\w'’-]+\s+){0,3}?(?:number|numbers|extension|e-?mail(?: address)?)\b(?!\s+of\b)/i,
  ],
  // "Why?", "How come?", "What's the reason…": a reason, which a passage gives in words of cause or purpose
  // (listed before amounts: "what's the reason for the deposit?" asks why). "Why don't you tell me…" and "why
  // not just pause it?" ask for something else; a "reason code" is a code.
  [
    'reason',
    /(?:^|[,;:.?!—–-]\s*|\b(?:and|or|but|so)\s+)(?:why\b(?!\s+(?:don['’]?t|do not|won['’]?t|can['’]?t|couldn['’]?t)\s+you\b|\s+not\s+(?:just|simply)\b)|how come\b)|\bwhat(?:'s| is| was) the reason\b(?!\s+(?:code|number|field|box|column)\b)|\bfor what reason\b/i,
  ],
  // "What are the help desk hours?" asks when it is open, not how many hours anything lasts; "the dinner timings"
  // (as India and the Gulf say it) when it is served.
  [
    'time',
    /\bwhat time\b|\btimings\b|\b(?:what|which) hours\b|\bhow (?:early|late)\b|\bby when in the day\b|\b(?:opening|office|business|service|desk|canteen|shop|library|branch|reception|counter|gym|cafe|café|helpdesk|support|visiting|normal|working|weekday|weekend|saturday|sunday|usual|core|shift)\s+hours\b/i,
  ],
  [
    'duration',
    new RegExp(
      `${NAMED_LENGTH.source}|\\bhow long\\b|\\bhow (?:soon|quickly)\\b|\\bhow fast\\s+(?:[\\w-]+\\s+){0,4}?(?:respond|reply|answer|fix|resolve|process|deal with|get back|pay|refund|replace|(?<!\\b(?:at|when|after|once) )(?:come on|comes on|kick in|kicks in|start up|starts up|switch on|switches on|turn on|turns on))\\b|\\bhow far (?:ahead|in advance)\\b|\\bhow many (?:working |calendar |business )?(?:minutes|hours|days|weeks|months|years)\\b|\\bwithin how\\b|\\bafter how many\\b|\\bhow often\\b|\\bhow much of (?:the|my|your|our|this|that|her|his) (?:[\\w-]+\\s+){0,2}?(?:leave|holiday|holidays|vacation|notice|notice period)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:pay|money|bonus|encashment|payment|payout|pay-out)\\b)|\\bhow much (?:advance |prior |paid |annual |sick )?(?:notice|time(?! off)|warning|lead time|leave|holiday|holidays|vacation|rest|rest time|break time|downtime)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:pay|money|allowance|bonus|encashment|payment|payout|pay-out)\\b)`,
      'i',
    ),
  ],
  // "When", "who" and "where" ask only at the start of a clause ("when I hand back my car" is not a date
  // question, "employees who work from home" not a person question).
  [
    'date',
    // "What is the last date to upload…", "what's the deadline": a date asked for by naming it.
    /(?:^|[,;:.?!—–-]\s*|\b(?:and|or|but|so|by|until|since|from)\s+)when\b|\bwhat dates?\b|\bwhich (?:day|dates?|month|year)\b|\bwhat day\b|\bwhat(?:'s| is| was| are)\s+(?:the\s+|my\s+|our\s+)?(?:(?:last|final|closing|latest|earliest|first|start|starting|end|due|cut-?off|expiry|effective)\s+)?(?:dates?|deadline)\b/i,
  ],
  [
    // "How much storage" asks for a quantity ("how much notice / leave" for a length of time, above); "how much
    // is / does / will I…", "how much a month", "how much extra" and "how much gratuity" for money.
    'count',
    // "What score do I need on the test?", "what's the pass mark": a number, whatever it counts.
    /\bwhat(?:'s| is)? (?:the )?(?:minimum |pass(?:ing)? )?(?:score|mark)\b(?!\s+(?:sheet|card|book)s?\b|\s+(?:with|on|about|regarding)\b)|\bhow many\b|\b(?:the|a) (?:(?:maximum|minimum|max|min|total|highest|lowest)\s+)?number of\b|\bhow much (?!(?:[\w-]+\s+){0,2}(?:assistance|funding|reimbursement|subsidy|bonus|tuition|refund|grant|pay|payment|encashment|payout|money|cash|gratuity|severance|commission)\b)(?!(?:[\w-]+\s+){0,3}(?:loan|loans|advance|salary|wage|wages|(?<!\b(?:holiday|data|leave|baggage|luggage|bag|annual|vacation|storage|print|printing|pto|day|days|carry-on|minutes|roaming|call|weight|time)\s)allowances?|fine|fee|fees|deposit|incentive|stipend|fare|premium|discount)(?=\s+(?:do|does|did|is|are|was|will|would|can|could|should|may|for|per|a|an|each|every|of|on|in|at|when|if|i|we|you|they)\b|\s*[?.,!]|\s*$))(?!(?:is|are|was|were|does|do|did|will|would|can|could|should|may|money|cash|it|i|we|you|they|per|of|a|an|each|every)\b|extra\b(?!\s+(?!(?:is|are|does|do|will|would|can|for|a|an|per|on|pay|money|cash)\b)\p{L}))\w+/iu,
  ],
  // Money: "how much…", or "what is the <…> rate / price / allowance…" (not "which payment methods…"); and
  // measures, which amounts' shapes hold too (°C, km/h): "what temperature…", "how cold should…", "how fast can
  // a forklift go…" (not "how hot desks are booked", "how warm should I dress"). Tuition, rent, a fare, a fine
  // or a gratuity as what is asked ("what is the rent for…", "what is the fine if…"), not a word before another
  // ("rent a car", "the tuition assistance policy", "the fine print"); a percentage asked for ("the increment %").
  [
    'amount',
    /\bhow much\b|\bwhat (?:does|do|did|will|would) (?!the\b)(?:[\w-]+\s+){1,4}?cost(?=\s*(?:[?.!]|$)|\s+(?:me|us|at|for|per|to|a|an|each|now|in)\b)|\b(?:what(?:'s| is| are| was| will| would)\s+(?:the\s+|my\s+|our\s+|a\s+)?|(?:tell|give|show|send) me (?:the|my|our|your|a|an)\s+)(?:[\w-]+\s+){0,4}?(?:rate|rates|cost|costs|price|prices|fee|fees|allowance|budget|payment|salary|amount|limit|cap|mileage|subsidy|contribution|deposit|bonus|premium|premiums|supplement|discount|wage|wages|uplift|deduction)\b|\b(?:what(?:'s| is| are| was| will| would)\s+(?:the\s+|my\s+|our\s+|a\s+)?)(?:[\w-]+\s+){0,4}?(?:tuition|stipend|levy|fare|fares|rent|tariff|toll|fine|fines|gratuity)(?=\s*(?:[?.!,;%]|$)|\s+(?:for|of|at|in|on|per|to|from|be|now|this|next|each|when|if)\b)|\bwhat (?:percentage|share|proportion)\b|\b(?:what|which) (?:temperature|speed)\b|\bhow (?:hot|cold|warm)\s+(?:is|are|should|must|does|do|will|can|may|has|have)\b(?!\s+(?:i|we|you)\s+(?:dress|wrap|layer))|\bhow fast\s+(?:[\w-]+\s+){0,4}?(?:go|drive|driven|ride|cycle|travel|run|move|reverse)\b|\bwhat\s*(?:%|per ?cent\b)|\bwhat(?:'s| is| are)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*%|\bin (?:euros|pounds|dollars)\b|\bwhat can (?:i|we) (?:spend|claim)\b|\bthe (?:most|least) (?:i|we|you) can\b|\bhow much can\b|\bcharged?\b|\breimburse\w*\b/i,
  ],
  [
    'person',
    /(?:^|[,;:.?!—–-]\s*|\b(?:and|or|but|so|to|from|with)\s+)(?:who|whom|whose)\b|\bwhich (?:person|manager|officer|colleague)\b/i,
  ],
  ['place', /(?:^|[,;:.?!—–-]\s*|\b(?:and|or|but|so)\s+)where\b/i],
  // At the start, or after a phrase that sets the scene ("On top of the weekly charge, am I …?"). Not a request
  // put politely for a thing ("Can you tell me the public holidays for 2028?" asks for them; "can you tell me if…"
  // and "do you give refunds?" are yes or no). A question closed by "or not" and asked with no question word asks
  // whether too ("if im sick 2 days i need a doctor's note or not?"; not "what decides whether I pass or not?").
  [
    'yes-no',
    /^\s*(?:[^,?.!;:]{1,60},\s*)?(?:(?:can|could|would|will)\b(?!\s+(?:you|u)\s+(?:please\s+|kindly\s+|just\s+)?(?:tell|give|show|send|list|explain|let (?:me|us) know|(?:walk|talk|take|guide|run) (?:me|us) (?:through|thru|thro))\b(?!\s+(?:me\s+|us\s+)?(?:if|whether)\b))|(?:is|are|do|does|did|may|must|should|am|was|were|has|have)\b)|^(?![^?]*\b(?:what|which|who|whom|whose|where|when|why|how)\b)[^?]*\bor not(?:\s+allowed)?(?=[\s?.!]*$)/i,
  ],
];

/**
 * The kind of answer a question expects (its first part's, when it has several): the earliest question
 * phrase decides ("how much notice … when I quit" asks for a length, not a date), ties by the order above.
 */
export function expectedAnswerType(question: string): AnswerType {
  // "What’s" typed on a phone and "whats" in a hurry ask as "what's" does.
  // The asker's story ("On top of the weekly charge, …", "I got charged £5.") does not say what is asked.
  const { context, asked: rest } = splitContext(question);
  const asked = (context && rest.trim() ? rest : question)
    .replace(/[’‘]/g, "'")
    .replace(/\bwhats\b/gi, "what's");
  // "Can you explain why…", "I want to know why…": asked for a reason, however the sentence opens.
  if (INDIRECT_REASON.test(asked)) return 'reason';
  let found: { type: AnswerType; at: number } | undefined;
  for (const [type, re] of TYPE_PATTERNS) {
    const at = asked.search(re);
    if (at >= 0 && (!found || at < found.at)) found = { type, at };
  }
  return found?.type ?? 'other';
}

const INDIRECT_REASON = /\b(?:explain|know|tell me|understand|wondering|wonder|find out)\s+why\b/i;

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand half quarter first second third fourth fifth midnight midday noon'
    .split(' ')
    .flatMap((w) => tokenize(w)),
);

/** True for a number, written in digits or words ("nine", "half", "midnight"): a value, not a topic. */
export function isNumberTerm(term: string): boolean {
  return /\d/.test(term) || NUMBER_WORDS.has(term);
}

// A second question joined by "and" / a comma: "Who leads the desk, and how soon must …"; "am", "did" and
// "will" only with a subject ("and am I…", "will they…"), or "… and will miss my shift" would be two. A
// question may open with a word that only joins it on ("? Also how often…", "? Oh and when…").
// What a second question opens with: a word of asking, perhaps after a preposition.
const ASKING_START =
  '(?:(?:on|in|at|for|from|by|to|with|of|after|before|during|under|within|until|till)\\s+)?(?:who|what|whats|which|when|where|how|is|are|do|does|can|may|must|should|am\\s+i|(?:did|will)\\s+(?:i|you|we|they|he|she|it|my|our|your|their|there|the))\\b';
// A second question that opens with its condition: ", and if I work it at the Edinburgh hotel what do I get paid?",
// ", and once I'm through it how much could I borrow?" (the condition a short clause, then a word of asking).
const CONDITION_START = `(?:if|once|when|after)\\s+(?!(?:so|not|yes|no)\\b)[^,?.!;]{2,80}?(?:,\\s*|\\s+)${ASKING_START}`;
// A second question that opens with when or where it asks of, then its word of asking: ", and on normal weeks which days
// is the doctor in?" (not a clause that narrows the question: ", and in the week when schools close?").
const SCENE_THEN_ASKING =
  '(?:on|in|at|for|during|after|before|from)\\s+(?:[^\\s,?.!;]+\\s+){1,2}(?:which|what|how|(?:who|when|where)\\s+(?:do|does|did|is|are|was|were|can|will|should|must|has|have))\\b';
const CONDITION =
  /^(?:(?:and|but|also)\s+(?:if|once|after|when(?!\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|must)\b))|if|once|when|after)\b/i;
// A condition with its question after it, unpunctuated ("if i work the evening shift what time do i finish"), in the
// first of several pieces: the condition holds for every part ("…, and how much is the allowance?"), so it is
// context, and the question after it the first part.
// A word of asking that opens a question, with its verb and who does it ("what time do i finish", "who do we call"):
// not a relative clause ("if a friend who joins…"), nor what the asker does not know ("if i don't know how much…").
const ASKED_AFTER_CONDITION =
  /^((?:if|once|after)\s+[^,?.!;]{2,80}?)(?<!\b(?:know|knows|ask|asks|asked|tell|told|check|wonder|sure|remember|forgot|forget|see))\s((?:what|whats|when|where|who|how)\s+(?:(?:much|many|long|often|far|early|late|soon|quickly|time|day|date)\s+)?(?:do|does|did|is|are|can|could|should|must|will|would|may)\s+(?:i|we|you|they|he|she|it|my|our|the)\b.*)$/isu;
// A second question asked with its question word where the answer goes, as chat and spoken English ask it ("…, and
// the night allowance in Kenya is how much?", "…, and the battery must charge how full before we send?"); not a
// condition's ("…, and if so how many days?"), which goes on asking the question before it.
// The question words asked where the answer goes.
const IN_PLACE_WORDS =
  '(?:how\\s+(?:much|many|long|far|full|often|soon|early|late)|what\\s+time|by\\s+when|until\\s+when|which\\s+(?:day|date|time))';
const ASKED_IN_PLACE = `(?!(?:if|then|so|also|roughly|about|approximately|exactly)\\b)(?:[^,?.!\\s]+\\s+){2,12}?${IN_PLACE_WORDS}\\b[^,?.!]{0,30}\\??\\s*$`;

// A question mark with another question of four words or more after it that asks with a word of asking or a verb
// before who does it ("… do I get holiday pay?"), whatever it opens with ("…when come out ah? and I want take leave
// in May, latest apply by when?"): two questions. A shorter one ("… the doctor visit? upto how much?") or one that
// only narrows the one before ("Who do I call if I am sick? My manager or HR?") goes on asking it.
const PART_BREAK = new RegExp(
  // A run of spaces is entered at its first space only ("(?<!\\s)"): tried from each, a long run costs its square.
  `(?:,\\s*(?:and\\s+)?|(?<!\\s)\\s+and\\s+|(?<!\\s)\\s+[—–-]+\\s+)(?=${ASKING_START})|,\\s*and\\s+(?=${CONDITION_START}|${SCENE_THEN_ASKING})|(?:,\\s*|(?<=\\?)\\s+)and\\s+(?=${ASKED_IN_PLACE})|[?;:]\\s+(?=(?:(?:also|and|plus|oh|ok|okay)\\b[,\\s]+)*${ASKING_START})|(?<=\\?)\\s+(?=(?:[^\\s?]+\\s+){3}[^\\s?][^?]*\\?)(?=[^?]*\\b(?:who|whom|what|whats|which|when|where|why|how|(?:do|does|did|is|are|was|were|has|have|can|could|will|would|should|must)\\s+(?:i|we|you|they|he|she|it|there|the|my|our|your|this|that|these|those|staff))\\b)`,
  'gi',
);

/**
 * The questions a question asks: "Who is the fire warden, and how soon must a near miss be reported?" is two.
 * A statement before them ("I'm an Engineer (G2) in Leeds.") is context every part keeps; a part too short to
 * stand alone ("and when?") stays with the one before.
 */
export function questionParts(question: string): string[] {
  const { context, parts } = splitQuestion(question);
  if (parts.length < 2) return [question];
  // The context ends as a sentence, so each part is still read as what is asked after it.
  const before = context && !/[.!?]$/.test(context) ? `${context}.` : context;
  return before ? parts.map((p) => `${before} ${p}`) : parts;
}

/** What each part of `questionParts` asks, without the context every part keeps (and without a trailing remark). */
export function partsAsked(question: string): string[] {
  const { parts } = splitQuestion(question);
  return parts.length < 2 ? [parts.join(' ')] : parts;
}

/** Whether a sentence opens by pointing back at the one before ("It offers up to 6 sessions", "His extension is…"). */
export function opensByPointingBack(sentence: string): boolean {
  return /^\W*(?:it|its|this|these|they|their|he|she|his|her|that|those)\b/i.test(sentence);
}

/** Whether a part points at a person by a pronoun ("what's her extension?", "do I ring them?"). */
export function pointsAtPerson(part: string): boolean {
  return /\b(?:her|him|his|she|he|them|they|their)\b/i.test(part);
}

/**
 * What a question tells about the asker before it asks ("I'm off to Paris next month for a workshop — …"):
 * context that may help find a passage, but that a passage need not repeat.
 */
export function questionContext(question: string): { context: string; asked: string } {
  const { context, parts } = splitQuestion(question);
  return { context, asked: parts.join(' ') };
}

// Examples the asker gives ("lost property, like a phone charger or a jumper, before…"): what they show, the
// question asks in general, so a passage need not name them. Never a question ("Quick one - like how many
// days…"); after a full stop only "like say", "for example" and the like ("Say I find a fire…" is the question).
const EXAMPLE =
  /(?:(?:[,(]\s*|\s[—–-]\s*)(?:like|such as|e\.g\.|for example|for instance)|(?:[.?!]\s+|[,(]\s*)(?:like say|for example|for instance|e\.g\.))\s+(?!(?:how|what|when|where|who|why|which|whats|is|are|do|does|did|can|could|should|would|will|if|i|we|you)\b)([^,.?!;()]+)/giu;

/** The examples a question gives of what it asks about, and the question without them. */
export function questionExamples(question: string): { examples: string; rest: string } {
  const examples = [...question.matchAll(EXAMPLE)].map((m) => m[1]!.trim());
  return { examples: examples.join(' '), rest: question.replace(EXAMPLE, ' ') };
}

function splitQuestion(question: string): { context: string; parts: string[] } {
  const { context, asked } = splitContext(question);
  const pieces = asked
    .split(PART_BREAK)
    .map((p) => p.trim())
    .filter(Boolean);
  // "I am moving house, how do I…": a first piece that asks nothing is context for the rest.
  const lead = pieces.length > 1 ? leadOf(pieces) : '';
  const parts: string[] = [];
  const reasons: string[] = [];
  // A condition that asks nothing ("if I want three weeks off,") opens the question after it.
  for (let i = pieces.length - 2; i >= 0; i--)
    if (CONDITION.test(pieces[i]!) && !ASKS.test(pieces[i]!))
      pieces.splice(i, 2, `${pieces[i]}, ${pieces[i + 1]}`);
  for (const piece of pieces) {
    const { asked: p, reason } = withoutReason(piece);
    if (reason) reasons.push(reason);
    if (parts.length && contentTerms(p).length < 1 && !ASKS_ANEW.test(p)) parts[parts.length - 1] += ` ${p}`;
    else parts.push(p);
  }
  // "Where and what time do we meet…": words of asking alone ask about what the next part names.
  if (parts.length > 1 && ASKING_WORD_ALONE.test(parts[0]!))
    parts.splice(0, 2, `${parts[0]} and ${parts[1]}`);
  return { context: [context, lead, ...reasons].filter(Boolean).join(' '), parts };
}

// The context the first of several pieces opens with, taken from `pieces`: all of a first piece that asks nothing
// ("I am moving house, how do I…"), or the condition before a question said without a comma.
function leadOf(pieces: string[]): string {
  const first = pieces[0]!;
  if (ASKS.test(first)) return '';
  const conditioned = ASKED_AFTER_CONDITION.exec(first);
  if (conditioned) {
    pieces[0] = conditioned[2]!;
    return conditioned[1]!;
  }
  return asksAtEnd(first) ? '' : pieces.shift()!;
}

// A piece that ends with its question word after a clause of its own ("Each machine must stay at the workshop how
// long"): it asks. Not a question word fronted by a word or two ("Until what time,"), read as before.
const ASKED_AT_END = new RegExp(
  `^\\s*\\S+(?:\\s+\\S+){1,}\\s+(?:${IN_PLACE_WORDS}(?:\\s+[^\\s?]+){0,3}|when|where)\\s*$`,
  'i',
);

// Not a question reported or not known ("My manager asked me how long", "I don't know how much"): that is the
// asker's story.
const asksAtEnd = (piece: string) => ASKED_AT_END.test(piece) && !REPORTED.test(piece);
const REPORTED =
  /\b(?:know|knows|knew|sure|asked|asks|ask|asking|wonder|wondering|wondered|tell|told|idea|remember|forgot|forget|unsure|said|says|say|mentioned|confirmed|announced|decided|explained|find|found|clear)\b/i;

const ASKING_WORD_ALONE = /^(?:where|when|what|who|why|which|how(?:\s+(?:much|many|long|often|soon))?)\W*$/i;

// A piece that asks a question of its own by its words of asking, though of the same thing ("…, and who tells
// them?", "…, and by when do I have to give it?", "…, how long does it take?"): a part, not a word of the part
// before, and one that asks where its answer goes ("must I send it when?"). Not "who is it for?",
// which asks about the thing before, nor a few words ("and when is it?").
const ASKS_ANEW =
  /^(?:(?:and|or|but)\s+)?(?:(?:do|does|did|must|should|can|could|will|would|am|is|are)\s+(?:i|we|you|they|he|she|it)\s+\p{L}+(?:\s+\p{L}+){0,3}\s+(?:when|where|how\s+(?:much|many|long|often|soon))\s*\??\s*$|(?:who|whom)\s+(?!(?:is|are|was|were)\s+(?:it|that|this|they|these|those)\b)\p{L}+\s+\p{L}+|(?:(?:by|until|till|from)\s+)?(?:when|where|how)\s+(?:do|does|did|must|should|can|could|will|would|have|has|had|am|is|are)\s+\p{L}+\s+\p{L}+\s+\p{L}+|how\s+(?:long|much|many|often|soon|far)\s+(?:do|does|did|will|would|can|could|must|should)\s+\p{L}+\s+\p{L}+)/iu;

// Why the asker asks, said at the end of a part ("…for our HR coordinator in case I can't find the door on day
// one?"): context, not what is asked; its words ("find", "door") would find other passages. Only "in case": a
// reason given by "because" or "so I can" is often the topic itself ("…paid leave because my son is ill?").
// A need of help said with nothing after it ("…who is the foreman if I have questions?") tells nothing at all:
// it goes, so a question of several parts is not searched once more without it. What the questions are about
// is asked ("…if I have questions about my payslip?").
function withoutReason(written: string): { asked: string; reason: string } {
  const piece = withoutNeedOfHelp(written);
  const m = piece.match(REASON_AT_END);
  if (!m || m.index! < MIN_ASKED) return { asked: piece, reason: '' };
  return { asked: `${piece.slice(0, m.index).trimEnd()}${m[2] ?? ''}`, reason: m[1]!.trim() };
}

// It starts after a word, so a run of spaces or commas is tried once, not from each of its places.
const REASON_AT_END = /(?<![,\s])[,\s]+((?:just\s+)?in case\b(?!\s+of\b)[^?!.]*)([?!.]?)\s*$/i;
// Only after a part that asks whom to turn to ("who is the foreman…", "who do I contact…"): "what should I do if I
// need help?" asks about the need itself.
function withoutNeedOfHelp(piece: string): string {
  const m = piece.match(NEED_OF_HELP_AT_END);
  if (!m || m.index! < MIN_ASKED || !ASKS_WHOM.test(piece.slice(0, m.index))) return piece;
  return `${piece.slice(0, m.index).trimEnd()}${m[1] ?? ''}`;
}

const NEED_OF_HELP_AT_END =
  /(?<![,\s])[,\s]+(?:just\s+)?if\s+(?:i|we)(?:\s+(?:have|get|have\s+got)|['’]ve\s+got)\s+(?:any\s+|more\s+|further\s+|other\s+|some\s+|a\s+)?(?:questions?|queries|query)(?:\s+(?:later|later on|at all))?([?!.]*)\s*$/i;
const ASKS_WHOM = /\b(?:who|whom)\b|\b(?:contact|call|ring|email|e-mail|ask|speak to|talk to)\b/i;
