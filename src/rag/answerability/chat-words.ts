/**
 * @module How people write in a chat: the fillers and laughter that say nothing of what is asked, and the
 * shorthand that stands for a word. One place for the words the question readers share.
 */

// Fillers, shrugs and laughter ("lol", "ngl", "thx", "kinda"): never what a message is about.
const CHAT_FILLERS = [
  'ok',
  'lol',
  'lmao',
  'rofl',
  'haha',
  'hahaha',
  'hehe',
  'omg',
  'ngl',
  'imho',
  'idk',
  'dunno',
  'thx',
  'thnx',
  'plz',
  'abeg',
  'mukwai',
  'bwana',
  'ugh',
  'hmm',
  'yeah',
  'yep',
  'yup',
  'nah',
  'nope',
  'kk',
  'btw',
  'tho',
  'rn',
  'smth',
  'sth',
  'gonna',
  'wanna',
  'gotta',
  'kinda',
  'sorta',
  'literally',
  'basically',
  'tbf',
  'fyi',
];

// Lower case only, as chat writes them: "RN" is a nurse, "OK" may be a code.
const CHAT_FILLER = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?:${CHAT_FILLERS.join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** Whether a lower-case word is chat's own: a filler, a shrug or a shorthand ("thx", "gonna", "shud"). */
export const isChatWord = (word: string) => CHAT_FILLER_SET.has(word) || Object.hasOwn(CHAT_SPELLINGS, word);
const CHAT_FILLER_SET = new Set(CHAT_FILLERS);

/** The text without chat fillers and laughter written in lower case ("is that ok lol" as "is that"). */
export const withoutChatFillers = (text: string) =>
  text.replace(CHAT_FILLER, ' ').replace(END_PARTICLE, ' ').replace(DIMINUTIVE_KA, '$1');

// East and Central Africa's "ka" before a noun makes it small ("my ka young brother", "the ka allowance"): after a
// determiner only, where Hindi and Urdu's "ka" (of) never stands ("Ayesha Khan ka number").
// Only "ka" in lower case: "Ka Wai Chuen" and "the KA form" name things.
const DIMINUTIVE_KA =
  /\b((?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ss]ome|[Oo]ne|[Aa]ny)\s+)ka\s+(?=\p{L})/gu;

// Singapore, Malaysia and Hong Kong's particles end a clause ("salary come which day har?", "can claim or not
// lah", "how many days ar?", "password again la."); inside one they are words ("my ah ma's funeral", "hor fun",
// Hindi "har"). Not "liao" nor "sia": a surname, a licence.
const END_PARTICLE =
  /(?<![\p{L}\p{N}'’.-])(?:ah|lah|leh|lor|meh|hor|har|mah|ar|la|wor|ga|lo)(?=\s*(?:[?!.,;]|$))/gu;

/** Laughter and shrugs that end a remark said beside a question ("…timing kinda matters lol"). */
export const LAUGHTER = '(?:lol|lmao|rofl|haha\\w*|hehe|ngl|tbh|smh)';

/**
 * Shorthand and the word it stands for. Some are abbreviations too ("hrs", "pic", "pw"): the question readers keep
 * one as written when the knowledge base uses it, and the topic check reads a message both ways.
 */
export const CHAT_SPELLINGS: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  wat: 'what',
  wut: 'what',
  // Not "wen" nor "lil": parts of names ("Wen Jie", "Lil Wayne") that a question typed in lower case must keep.
  wot: 'what',
  wats: "what's",
  // Slips too short for the spelling check (it reads words of five letters or more).
  wich: 'which',
  whcih: 'which',
  hw: 'how',
  fr: 'for',
  shud: 'should',
  wud: 'would',
  coz: 'because',
  cuz: 'because',
  b4: 'before',
  evry: 'every',
  thru: 'through',
  tmrw: 'tomorrow',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  tommorrow: 'tomorrow',
  tmr: 'tomorrow',
  ppl: 'people',
  abt: 'about',
  pls: 'please',
  plz: 'please',
  msgs: 'messages',
  yrs: 'years',
  hrs: 'hours',
  mins: 'minutes',
  wks: 'weeks',
  bday: 'birthday',
  rly: 'really',
  pw: 'password',
  pic: 'photo',
  pics: 'photos',
  ack: 'acknowledge',
  acked: 'acknowledged',
  approx: 'approximately',
  info: 'information',
  appt: 'appointment',
  mgr: 'manager',
  // Caribbean English as typed ("how much dey paying", "wha is de password", "yuh get paid").
  dey: 'they',
  wha: 'what',
  yuh: 'you',
  // Barbados and the Eastern Caribbean ("how much de allowance is fuh a long duty", "wuh steps", "tek a rest"); not
  // "pon" (a passive optical network, a code) nor "wunna" (a Burmese name).
  fuh: 'for',
  wuh: 'what',
  tek: 'take',
  // The Bahamas and the American South ("how much money y'all ga give me").
  "y'all": 'you',
  'y’all': 'you',
  yall: 'you',
  nite: 'night',
  nites: 'nights',
  tonite: 'tonight',
  // West African Pidgin as typed ("abeg wetin be the maximum", "who be the oga for P7"); not "massa" (dough in
  // Portuguese and Italian) nor "abi" (a name).
  wetin: 'what',
  oga: 'boss',
  pikin: 'child',
  pikins: 'children',
  wahala: 'problem',
  sabi: 'know',
};
