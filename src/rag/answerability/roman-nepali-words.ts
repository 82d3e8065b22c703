/**
 * @module Nepali as typed in Latin letters by people in Nepal who mix it with English at work: the words of asking,
 * the small words of grammar and everyday workplace words, in their common spellings, with what each says in
 * English. Written from general knowledge of the language; a few entries were added after reading Himal Sanchar's
 * development questions ("pugisaknu", "basna", "halcha", "rahanchha").
 */

/** Words of asking, each with what it asks in English. */
export const ASKING: ReadonlyMap<string, string> = new Map([
  ['kati', 'how much'],
  ['kahile', 'when'],
  ['kaha', 'where'],
  ['kahaa', 'where'],
  ['ke', 'what'],
  ['kun', 'which'],
  ['kasari', 'how'],
  ['kina', 'why'],
  ['kasko', 'whose'],
  ['kasle', 'who'],
]);

/** Phrases of several words, read before single words: what they ask ("kati baje": "what time") or say. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['kati baje samma', 'by what time'],
  ['kati baje', 'what time'],
  ['kati samma', 'how long'],
  ['kati din', 'how many days'],
  ['kati raat', 'how many nights'],
  ['kati hapta', 'how many weeks'],
  ['kati mahina', 'how many months'],
  ['kati barsa', 'how many years'],
  ['kati ghanta', 'how many hours'],
  ['kati percent', 'what percent'],
  ['kati ota', 'how many'],
  ['kati wota', 'how many'],
  ['kati paisa', 'how much money'],
  ['kun din', 'which day'],
  ['kun date', 'which date'],
  ['kun mahina', 'which month'],
  ['kahile samma', 'by when'],
  ['ke garne', 'what should I do'],
  ['ke garnu parcha', 'what should I do'],
  ['kaha ho', 'where is'],
  ['ke ho', 'what is'],
  ['kun ho', 'which is'],
  ['ko lagi', 'for'],
  ['garnu parcha', 'must'],
  ['garnu parchha', 'must'],
];

// The small words of grammar that say nothing English needs: postpositions typed apart ("hostel ma", "salary
// bata"), "is", "must", particles and pronouns.
const GRAMMAR =
  'ma ko ki ka lai le ni ta po re nai ani ra cha chha chaina chhaina ho hola haina hunchha huncha hunxa parcha parchha garne garnu garna garda gareko garera garchha garcha bhayo bhane bhaye bhanda bhanera yo tyo yeti teti aba timi pani chai chahi';
// Words of courtesy and address: no topic.
const COURTESY = 'dai didi bhai hajur sir sahuji please pls plz dhanyabad';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

/** Workplace and everyday words with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  // time
  ['din', 'days'],
  ['raat', 'night'],
  ['hapta', 'week'],
  ['mahina', 'month'],
  ['barsa', 'year'],
  ['barsha', 'year'],
  ['ghanta', 'hours'],
  ['ahile', 'now'],
  ['pachi', 'after'],
  ['pahile', 'before'],
  ['aghi', 'before'],
  ['bihana', 'morning'],
  ['beluka', 'evening'],
  ['aaja', 'today'],
  ['bholi', 'tomorrow'],
  // money, leave and people
  ['paisa', 'money'],
  ['rupiya', 'rupees'],
  ['tolob', 'salary'],
  ['bida', 'leave'],
  ['kaam', 'work'],
  ['mero', 'my'],
  ['hamro', 'our'],
  ['tapai', 'you'],
  ['tapaiko', 'your'],
  ['usko', 'his'],
  ['srimati', 'wife'],
  ['sriman', 'husband'],
  ['chhora', 'son'],
  ['chhori', 'daughter'],
  ['bachcha', 'child'],
  ['ghar', 'home'],
  ['birami', 'sick'],
  ['ausadhi', 'medicine'],
  ['naya', 'new'],
  ['purano', 'old'],
  ['khana', 'food'],
  // things done
  ['basna', 'stay'],
  ['basne', 'stay'],
  ['lagcha', 'takes'],
  ['lagchha', 'takes'],
  ['bata', 'from'],
  ['dekhi', 'from'],
  ['samma', 'until'],
  ['jana', 'people'],
  ['chahincha', 'needed'],
  ['chahinchha', 'needed'],
  ['katcha', 'deducted'],
  ['katincha', 'deducted'],
  ['paincha', 'get'],
  ['pauncha', 'get'],
  ['milcha', 'get'],
  ['aaucha', 'comes'],
  ['aauchha', 'comes'],
  ['aaudaina', 'not coming'],
  ['dincha', 'gives'],
  ['halcha', 'puts'],
  ['pugnu', 'reach'],
  ['pugisaknu', 'reach'],
  ['rahanchha', 'stays'],
  ['rahancha', 'stays'],
]);

/** Words only Nepali has (no English word is spelt so, and none Hindi or Urdu types alike). */
export const MARKERS: ReadonlySet<string> = new Set(
  'kati kahile kasari kina kun cha chha chaina chhaina hunchha huncha hunxa parcha parchha paincha pauncha milcha lagcha katcha aaucha garne garnu garda bhayo bhane ani pani samma bata lai mero hamro tapai tapaiko hajur basna pachi ahile'.split(
    ' ',
  ),
);

/** Other spellings of the words above, as typed in a hurry ("kt" for "kati", "xa" for "cha"). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['kt', 'kati'],
  ['kaile', 'kahile'],
  ['xa', 'cha'],
  ['xaina', 'chaina'],
  ['parxa', 'parcha'],
  ['paunxa', 'pauncha'],
  ['painxa', 'paincha'],
  ['milxa', 'milcha'],
  ['lagxa', 'lagcha'],
  ['hunxa', 'hunchha'],
  ['huncha', 'hunchha'],
]);
