/**
 * @module Bengali as typed in Latin letters ("Banglish") by people in Bangladesh and West Bengal who mix it with
 * English at work: the words of asking, the small words of grammar and everyday workplace words, in their common
 * spellings, with what each says in English. Written from general knowledge of the language; a few entries were
 * added after reading Meghna Ridge's development questions ("nasta", "dhukar", "khawanor", "koyta porjonto",
 * "chere dite").
 */

/** Words of asking, each with what it asks in English. */
export const ASKING: ReadonlyMap<string, string> = new Map([
  ['koto', 'how much'],
  ['kotota', 'how much'],
  ['koyta', 'how many'],
  ['koita', 'how many'],
  ['kotogula', 'how many'],
  ['koydin', 'how many days'],
  ['kotodin', 'how many days'],
  ['kotokhon', 'how long'],
  ['kotokkhon', 'how long'],
  ['kobe', 'when'],
  ['kokhon', 'when'],
  ['kothay', 'where'],
  ['kon', 'which'],
  ['konta', 'which'],
  ['kivabe', 'how'],
  ['kemne', 'how'],
  ['keno', 'why'],
  ['kar', 'whose'],
  ['ki', 'what'],
  ['naki', 'is'],
]);

/**
 * Phrases of several words, read before single words: what they ask ("koto din": "how many days") or say. The
 * longest first.
 */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['koyta theke koyta', 'what time'],
  ['koto din por por', 'how often'],
  ['koto din age', 'how many days before'],
  ['ki korte hobe', 'what should I do'],
  ['step by step', 'steps'],
  ['koto din', 'how many days'],
  ['koto mash', 'how many months'],
  ['koto bochor', 'how many years'],
  ['koto week', 'how many weeks'],
  ['koto ghonta', 'how many hours'],
  ['koto minute', 'how many minutes'],
  ['koto second', 'how many seconds'],
  ['koto taka', 'how much money'],
  ['koto percent', 'what percent'],
  ['koto khon', 'how long'],
  ['koto shomoy', 'how long'],
  ['koto time', 'how long'],
  ['koto dhore', 'how long'],
  ['koyta porjonto', 'until what time'],
  ['koyta baje', 'what time'],
  ['koyta y', 'what time'],
  ['koyta te', 'what time'],
  ['kon din', 'which day'],
  ['kon tarikh', 'which date'],
  ['kon mash', 'which month'],
  ['kon shomoy', 'what time'],
  ['kobe porjonto', 'by when'],
  ['kobe er moddhe', 'by when'],
  ['er moddhe', 'within'],
  ['ei mash', 'this month'],
  ['ei bochor', 'this year'],
  ['ei shoptah', 'this week'],
  ['chere dite', 'resign'],
  ['chere dibo', 'resign'],
  ['kono alada', 'separate'],
];

// The English the phrases and words of asking put first in a clause.
export const ASKED_PHRASES = [
  ...new Set([...PHRASES.map(([, english]) => english), ...ASKING.values()]),
].filter((english) => /^(?:how|what|which|when|where|why|whose|until|by when|is)\b/.test(english));

// The small words of grammar that say nothing English needs: case endings typed apart ("depot er", "plant e"),
// classifiers ("bonus ta"), "is", "will be", "there is", particles and pronouns.
const GRAMMAR =
  'er r e te ta ti to toh kora dhore gulo guli der ra o je na ke ar ba hoy hoi hobe hbe hoise hoyeche hocche hoccha korchi chilen chilo ache achhe thake thakbe asa jay jabe kore kori korbo korte korle korben koren dey dei dibe dite debe diye nibo nite niye pai pabo paben pabe parbe parbo pari lage lagbe ami amra apni tumi uni oni se eta ota oi ei kono ekta ekti shob jonno moddhe modhe porjonto theke shathe sathe kache upore niche ekhane okhane tahole jodi hole tobe kintu mane ektu';
// Words of courtesy and address: no topic.
const COURTESY =
  'apa bhai bhaiya vai sir madam dada didi pls plz please dhonnobad bolben bolen janaben jante chai';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

/** Workplace and everyday words with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  // time
  ['din', 'days'],
  ['dine', 'days'],
  ['mash', 'month'],
  ['mashe', 'month'],
  ['bochor', 'year'],
  ['bochore', 'year'],
  ['protibochor', 'every year'],
  ['protidin', 'every day'],
  ['protimash', 'every month'],
  ['shoptah', 'week'],
  ['ghonta', 'hours'],
  ['shomoy', 'time'],
  ['tarikh', 'date'],
  ['raat', 'night'],
  ['shokal', 'morning'],
  ['dupur', 'noon'],
  ['bikel', 'afternoon'],
  ['shondha', 'evening'],
  ['ekhon', 'now'],
  ['agey', 'before'],
  ['porer', 'next'],
  ['pore', 'after'],
  ['sal', 'year'],
  ['onek', 'many'],
  ['ajke', 'today'],
  ['kal', 'tomorrow'],
  // money and pay
  ['taka', 'taka'],
  ['beton', 'salary'],
  ['kate', 'deducted'],
  ['katbe', 'deducted'],
  ['kata', 'deducted'],
  ['bare', 'increases'],
  ['barbe', 'increases'],
  ['dam', 'price'],
  ['kinle', 'buy'],
  ['pabo', 'get'],
  ['pai', 'get'],
  ['paben', 'get'],
  ['pabe', 'get'],
  ['kine', 'buy'],
  ['khoroch', 'cost'],
  // leave, work and people
  ['chuti', 'leave'],
  ['chutti', 'leave'],
  ['kaj', 'work'],
  ['chakri', 'job'],
  ['baccha', 'baby'],
  ['bachcha', 'baby'],
  ['ma', 'mother'],
  ['baba', 'father'],
  ['shami', 'husband'],
  ['bou', 'wife'],
  ['stri', 'wife'],
  ['chele', 'son'],
  ['meye', 'daughter'],
  ['biye', 'married'],
  ['bari', 'home'],
  ['basha', 'home'],
  ['thikana', 'address'],
  ['nombor', 'number'],
  ['oshukh', 'illness'],
  ['daktar', 'doctor'],
  ['oshudh', 'medicine'],
  ['ousudh', 'medicine'],
  ['nijer', 'own'],
  ['amar', 'my'],
  ['amader', 'our'],
  ['apnar', 'your'],
  ['apnader', 'your'],
  ['tomar', 'your'],
  ['unar', 'his'],
  ['onar', 'his'],
  ['tar', 'his'],
  ['tader', 'their'],
  ['notun', 'new'],
  ['purono', 'old'],
  ['alada', 'separate'],
  ['beshi', 'more'],
  ['kom', 'less'],
  ['shorboccho', 'maximum'],
  ['shorbonimno', 'minimum'],
  // things done
  ['khola', 'open'],
  ['khole', 'open'],
  ['bondho', 'closed'],
  ['dudh', 'milk'],
  ['khawano', 'feeding'],
  ['khawanor', 'feeding'],
  ['khabar', 'food'],
  ['nasta', 'tiffin'],
  ['haat', 'hands'],
  ['dhute', 'wash'],
  ['dhoa', 'wash'],
  ['dhukar', 'entry'],
  ['dhukte', 'enter'],
  ['bodli', 'transfer'],
  ['chalai', 'ride'],
  ['gari', 'vehicle'],
  ['janate', 'notice'],
  ['janabo', 'notice'],
  ['thakle', 'stay'],
  ['phire', 'return'],
  ['shuru', 'start'],
  ['shesh', 'end'],
]);

/**
 * Words only Bengali has (no English word is spelt so, and none Hindi or Urdu types alike): two of them say a
 * question is typed in it.
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'koto kotota koyta koita kotogula koydin kobe kokhon kothay kivabe kemne keno naki ache achhe hobe hoise hoyeche hocche lagbe lage korbo korte korle korchi korben kore nijer dibe dite dile pabo paben pele parbe thakbe thakle jabe kinle bolben jante mane ekhon ami amar amra amader apnar apnader unar onar kono jonno theke porjonto moddhe shathe gulo chuti beton mash bochor protibochor tarikh shomoy'.split(
    ' ',
  ),
);

/** Other spellings of the words above, as typed in a hurry ("kto" for "koto", "kbe" for "kobe"). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['kto', 'koto'],
  ['koito', 'koto'],
  ['kbe', 'kobe'],
  ['kokhn', 'kokhon'],
  ['kkhon', 'kokhon'],
  ['kothai', 'kothay'],
  ['kothae', 'kothay'],
  ['kibhabe', 'kivabe'],
  ['kii', 'ki'],
  ['koyto', 'koyta'],
  ['kkhn', 'kokhon'],
  ['ase', 'ache'],
  ['asey', 'ache'],
  ['hbe', 'hobe'],
  ['hoyse', 'hoise'],
  ['krbo', 'korbo'],
  ['lgbe', 'lagbe'],
  ['amr', 'amar'],
  ['amder', 'amader'],
  ['apnr', 'apnar'],
  ['jnno', 'jonno'],
  ['jonne', 'jonno'],
  ['thk', 'theke'],
  ['porjnto', 'porjonto'],
  ['projonto', 'porjonto'],
  ['moddhy', 'moddhe'],
  ['sathe', 'shathe'],
  ['somoy', 'shomoy'],
  ['shomoi', 'shomoy'],
  ['tarik', 'tarikh'],
  ['mas', 'mash'],
  ['bochhor', 'bochor'],
  ['bocor', 'bochor'],
  ['chhuti', 'chuti'],
]);
