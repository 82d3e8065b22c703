/**
 * @module Somali as staff type it in chat in Somalia and Somaliland: in the Latin spelling ("x" and "c" for the
 * throat sounds, doubled vowels for long ones), often without the doubled vowels or apostrophes ("imisa",
 * "maalmod", "leeg"), with Somaliland's "dh" or the south's "r" ("gaadhi", "gaari"), and mixed with English
 * ("sideen u codsadaa advance?", "bus-ka shaqada meeqa saac ayuu baxaa?"): the words of asking, the small words of
 * grammar, the pronouns, and everyday words of pay, leave, family, time and work, with what each says in English,
 * and the words only Somali writes, which no neighbour's chat types. Every word is listed in its plain form, without
 * its article or owner ("mushahar", not "mushaharka" or "mushaharkayga"), and a verb by one of its stems ("hel",
 * get): the spellings read the forms its endings make. Written from general knowledge of the language, without
 * reading any organisation's documents or questions.
 */
import { dictionaryCase } from '../wordnet/index.js';
import { pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "immisa" and "meeqa" ask how much (how many before a thing
 * counted, which the phrases and the reader see), "kee" which (the reader makes "saacaddee" "kee saacad").
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'what: maxay maxaa',
    'when: goorma markee',
    'where: xagee halkee aaway meeshee',
    'how: sidee',
    'how much: immisa meeqa intee',
    'who: yaa ayo kuma',
    'which: kee tee kuwee keebaa',
    'why: waayo',
    'whether: ma miyaa miyay miyuu miyey sow',
  ]),
);

/** Things counted, each with its English: "immisa maalmood" asks how many days. */
export const COUNTED: ReadonlyMap<string, string> = new Map(
  table([
    'days: maalmood maalmo maalin; hours: saacadood saacado; weeks: toddobaadyo toddobaadood toddobaad',
    'months: bilood bilo; years: sanadood sanado sano; minutes: daqiiqadood daqiiqado daqiiqo',
    'people: qof qofood dad; workers: shaqaale; times: jeer mar; children: carruur ilmo',
    'shifts: shift shifts; days: days; hours: hours; months: months',
  ]),
);

// The days of the week, each Somali's name then English.
const DAYS = pairsOwnFirst(
  'Monday isniin Tuesday talaado Wednesday arbaco Thursday khamiis Friday jimce Saturday sabti Sunday axad',
);

// Each line: the English, then the phrases that say it, apart with ' | ', in the spelling the lists use (the
// reader has read "mushaharka" as "mushahar", "bixiyaa" as "bixi"), of four words at most. Read before single
// words, the longest first, so "fasax jirro" is sick leave and "lacag cunto" a meal allowance.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'what is: waa maxay | maxay tahay | maxay yihiin',
  'who is: waa yaa | waa ayo | waa kuma | yaa ah',
  'why: maxay loo | maxaa loo | maxay u | maxaa u | maxay sabab | sabab kee',
  'because: maxaa yeelay | sababtoo ah | sabab ah',
  'what time: kee saacad | kee waqti | kee xilli | saacad meeqa | saacad immisa | meeqa saac | immisa saac | waqti kee',
  'which day: kee maalin | maalin kee; which month: kee bil; which year: kee sanad',
  'how long: muddo intee | muddo intee leeg | intee leeg muddo | ilaa intee',
  'until when: ilaa goorma | ilaa markee',
  'how much: intee leeg | intee in leeg',
  'how much money: lacag intee | lacag immisa | immisa lacag | meeqa lacag | lacag meeqa',
  'how to: sidee la | sidee loo | sidee lagu | sidee laga',
  'where to: xagee la | xagee laga | xagee lagu | xagee loo',
  'is there: ma jir; there is no: not jir; do I have: ma leeyahay; do we have: ma leenahay',
  'I must: waa in aan',
  'must: waa in | waa qasab',
  'also: sidoo kale; again: mar kale; before: ka hor; after: ka dib; during: inta lagu jir; from: laga bilaab',
  'free: lacag laaan',
  'without pay: bilaa mushahar | aan mushahar lahayn | aan lacag lahayn',
  // time
  'today: kan maalin',
  'this week: kan toddobaad',
  'this year: kan sanad',
  'next week: toddobaad dambe | toddobaad soo socda',
  'next month: bil dambe | bil soo socota',
  'next year: sanad dambe | sanad soo socda',
  'last week: toddobaad hore; last month: bil hore; last year: sanad hore',
  'per hour: saacad kasta | saacad walba',
  'per day: maalin kasta | maalin walba',
  'per week: toddobaad kasta | toddobaad walba',
  'per month: bil kasta | bil walba',
  'per year: sanad kasta | sanad walba',
  'end of year: dhammaad sanad; end of month: dhammaad bil; in the morning: xilli subax',
  // pay
  'overtime: saacado dheeri | saacad dheeri | saacadood dheeri | waqti dheeri | shaqo dheeri',
  'overtime pay: lacag saacado dheeri | mushahar saacado dheeri | lacag overtime',
  'payslip: warqad mushahar | warqad lacag',
  'pay day: maalin mushahar | maalin lacag',
  'salary advance: amaah mushahar | horudhac mushahar | lacag horudhac | mushahar horudhac',
  'pay rise: kordhi mushahar | mushahar kordhi',
  'transport allowance: lacag gaadiid | lacag gaari | lacag bas | lacag transport | kharash gaadiid',
  'meal allowance: lacag cunto | kharash cunto | gunno cunto',
  'housing allowance: lacag guri | lacag kiro | kharash guri | kiro guri',
  'phone allowance: lacag telefoon',
  'end of year bonus: gunno dhammaad sanad',
  'end of service gratuity: gunno dhammaad shaqo',
  'bank account: akoon bangi | koonto bangi | xisaab bangi',
  'health insurance: caymis caafimaad',
  // leave
  'annual leave: fasax sanad | fasax sanadeed | fasax sanadle',
  'sick leave: fasax jirro | fasax xanuun | fasax buko | fasax bukaan | fasax caafimaad',
  'maternity leave: fasax umul | fasax umuleed | fasax dhalmo | fasax hooyo | fasax uur',
  'paternity leave: fasax aabe',
  'bereavement leave: fasax geeri | fasax tacsi | fasax aas | fasax dhimasho',
  'marriage leave: fasax guur | fasax aroos',
  'Hajj leave: fasax xaj',
  'emergency leave: fasax degdeg',
  'unpaid leave: fasax bilaa mushahar | fasax aan mushahar lahayn | fasax aan lacag lahayn',
  'paid leave: fasax mushahar leh | fasax lacag leh',
  'public holiday: fasax qaran | fasax dowlad | fasax dowladeed | maalin qaran',
  'Eid holiday: fasax ciid | ciid fasax',
  'day off: maalin fasax',
  'Eid al-Fitr: ciidul fitri | ciid fitri | ciid soon',
  'Eid al-Adha: ciidul adxa | ciid adxa | ciid carafo',
  'Independence Day: maalin xorriyad | xus xorriyad',
  'leave form: foom fasax; leave request: codsi fasax',
  "doctor's note: warqad dhakhtar | shahaado dhakhtar | warqad caafimaad | shahaado caafimaad",
  'clinic: rug caafimaad | xarun caafimaad',
  // work
  'night shift: shift habeen | wareeg habeen | shaqo habeen',
  'day shift: shift maalin | wareeg maalin; morning shift: shift subax | wareeg subax',
  'afternoon shift: shift galab | wareeg galab',
  'staff bus: bas shaqaale | bas shaqo | gaari shaqaale | gaari shaqo',
  'staff canteen: makhaayad shaqaale | makhaayad shaqo',
  'uniform: dhar shaqo | labis shaqo; safety shoes: kabo badbaado | kabo ilaalin',
  'safety equipment: qalab badbaado | qalab ilaalin',
  'helmet: koofiyad adag | koofiyad badbaado',
  'phone number: lambar telefoon | lambar mobile; home address: cinwaan guri; ID card: kaar aqoonsi',
  'employment contract: qandaraas shaqo | heshiis shaqo',
  'working hours: saacado shaqo | saacadood shaqo | waqti shaqo',
  'start work: bilaab shaqo | shaqo bilaab',
];

// The verbs, each its English and what it is when done to one ("la bixiyaa", is paid), then the word the lists
// read it as and its other stems: the spellings read a stem and any of the verb's endings as that word.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'get/available: hel hesh; pay/paid: bixi bixis bixin bixiy; give/given: siin sii siis siiy; take/taken: qaad qaat',
  'apply/applied: codso codsa codsat codsad; work/worked: shaqee shaqey shaqay shaqeey shaqeyn shaqayn shaqeys shaqays',
  'leave/left: bax baxd; start/start: bilaab bilow bilaw bilaabm bilowd; finish/finished: dhammee dhamee dhammaad dhamaad dhammays dhameys',
  'open/opened: fur furm; close/closed: xir xidh xirm xidhm; come/come: iman imaan yimaad timaad; go/gone: tag teg',
  'there is/there is: jir; can/can: kar; want/wanted: rab; want/wanted: doon; tell/told: sheeg; know/known: ogow ogaad',
  'sign/signed: saxiix; fill/filled: buuxi buuxis buuxin; submit/submitted: gudbi gudbis gudbin; call/called: wac wacd',
  'contact/contacted: xiriir xidhiidh; borrow/borrowed: amaaho amaahd amaahat amaahan; return/returned: celi celis celin',
  'deduct/deducted: jar jart; reduce/reduced: dhim; increase/increased: kordhi kordhis kordhin kordh',
  'give birth/born: dhal dhash; marry/married: guurso guursa guursad; wear/worn: gashad gasho gashat gashan',
  'change/changed: beddel bedel badal baddal; stay/stayed: joog; late/late: daah daahd; help/helped: caawi caawis caawin',
  'ask/asked: weydii weydiis weydiin; do/done: samee samey samay sameey sameyn samayn sameys; happen/happened: dhac dhacd',
  'died/died: dhiman dhimat dhint; stop/stopped: jooji joojis joojin; approve/approved: ansixi ansixis ansixin',
  'bring/brought: geey geyn geys; talk/talk: hadl hadal; buy/bought: iibso iibsa iibsad iibsat; send/sent: dir dirt; check/checked: hubi hubis hubin; dismiss/dismissed: eri erid ery; allow/allowed: ogol oggol ogolow; rest/rested: naso nasat nasad',
];

// Each verb line's entries: [English, passive, word, stems].
const VERB_ENTRIES = VERB_LINES.flatMap((line) =>
  line.split('; ').map((entry) => {
    const [meaning, forms] = entry.split(': ') as [string, string];
    const [english, passive] = meaning.split('/') as [string, string];
    const stems = forms.split(' ');
    return { english, passive, word: stems[0]!, stems };
  }),
);

/** What the verbs are when done to one ("paid", "given", "deducted"), which English says with "is" before it. */
export const PASSIVES: ReadonlySet<string> = new Set(
  VERB_ENTRIES.filter((v) => v.passive !== v.english).map((v) => v.passive),
);

/** The verbs, each the word the lists read it as, with its English. */
export const VERBS: ReadonlyMap<string, string> = new Map(VERB_ENTRIES.map((v) => [v.word, v.english]));

/** Each stem a verb's endings follow ("hesh" of "heshay"), with the word the lists read the verb as ("hel"). */
export const STEMS: ReadonlyMap<string, string> = new Map(
  VERB_ENTRIES.flatMap((v) => v.stems.map((stem): [string, string] => [stem, v.word])),
);

/**
 * The endings a verb's stem takes: who does it ("-aa", "-taa", "-naa", "-aan"), when ("-ay", "-ayaa", "-ayey"), not
 * ("-in", "-o", "-ayo"), to do it ("-i", "-in", "-an", "-asho"), done to oneself ("-ma", "-da"), and the causatives'
 * "-yaa", "-saa" and "-nayaa".
 */
export const ENDINGS: ReadonlySet<string> = new Set(
  "'' a aa ay ey aan een o i in is id ida ta taa tay tey tid to saa say sey sid so na naa nay ney nid no n nta nka ya yaa yay yey yo yeen yaan aya ayaa ayay ayey ayo ayaan ayeen aysaa eysaa aynaa eynaa ayso ayno nayaa naya nayo naysaa naynaa nayaan da daa day dey do dan dayaa dayo ma maa may mo mayaa mayo an ana anayaa anaya anayo asho ashada sho shada"
    .split(' ')
    .map((ending) => (ending === "''" ? '' : ending)),
);

/** Stems of verbs the lists do not read ("sug", wait; "qor", write): their forms are dropped when nothing knows them. */
export const UNREAD_STEMS: readonly string[] =
  'qor akhri sug raac gal fadhiis seex cun cab orod keen dhig tus iibi hagaaji kaxee diyaari nadiifi'.split(
    ' ',
  );

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  // "immisa maalmood" (how many days), "meeqa saacadood" (how many hours).
  ...[...COUNTED].flatMap(([noun, english]) =>
    ['immisa', 'meeqa'].map((asked): [string, string] => [`${asked} ${noun}`, `how many ${english}`]),
  ),
  // "la bixiyaa", "laga jaray", "loo ogol yahay": the verb done to one.
  ...VERB_ENTRIES.flatMap((v) =>
    ['la', 'loo', 'laga', 'lagu'].map((la): [string, string] => [`${la} ${v.word}`, v.passive]),
  ),
  ...DAYS.map(([day, english]): [string, string] => [`maalin ${day}`, `on ${english}`]),
];

// The small words of grammar: "ma" (the mark of a question; "not" before a verb's "not", which the reader sees),
// "waa", "baa" and "ayaa" (the marks of what is said), "la" (one, as in "la bixiyaa", it is paid), "ka", "ku", "u"
// (from, in, to), "soo" and "sii" (hither, on), "oo", "ee" and "ah" (that is), "in" (that), "wax" (a thing), "yahay"
// and its kin (is), "yaal" (is at), the owners of a verb ("i", me; "na", us) and the marks of who ("uu", "ay").
const GRAMMAR =
  'waa baa ayaa ayuu ayay ayey buu bay oo ee ah ka ku u la loo laga lagu looga loogu i ii iga igu na noo naga nagu ina inoo kaa kuu idin idiin is isku iska soo sii wax waxa in si sida yahay tahay ahay nahay yihiin ahayn ahaa yaal yaalaa taal taallaa uu ay weeye waaye waye weye aa marka markii';
// Greetings, thanks and please: no topic.
const COURTESY = 'fadlan pls plz please asc salaan salaam sxb saaxiib mahadsanid ok okay';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, owners (the reader makes "mushaharkayga" "kayga mushahar") and the small words a question needs
  'I: aan; you: aad adiga; we: aynu aanu annaga; they: iyaga; he: isaga; she: iyada',
  'my: kayga; your: kaaga kiina; his: kiisa; her: keeda; our: keena; their: kooda; this: kan; that: kaas',
  'and: iyo; or: ama mise misa; but: laakiin; if: haddii; also: sidoo; still: weli wali',
  'every: kasta walba; all: dhammaan dhan; many: badan; few: yar; new: cusub; next: dambe; previous: hore',
  'annual: sanadeed sanadle; extra: dheeri; other: kale; only: kaliya keliya; free: bilaash; half: badh; after: kadib kaddib; until: ilaa',
  'with: leh; without: lahayn laaan; have: leeyahay haysta leenahay; need: baahan; sick: jiran buko xanuunsan',
  // time
  'day: maalin; days: maalmo maalmood; week: toddobaad; weeks: toddobaadyo toddobaadood; month: bil',
  'months: bilo bilood; year: sanad sano; years: sanado sanadood; hour: saacad saac; hours: saacado saacadood',
  'minute: daqiiqo daqiiqad; minutes: daqiiqado daqiiqadood; time: waqti wakhti xilli goor; times: jeer mar',
  'today: maanta; tomorrow: berri; yesterday: shalay; now: hadda haatan; morning: subax aroor; noon: duhur',
  'afternoon: galab casar; evening: fiid; night: habeen; end: dhammaad; period: muddo; date: taariikh',
  'this month: bishan; in the morning: subaxdii subaxii; at night: habeenkii; per hour: saacaddiiba',
  'per day: maalintiiba; per month: bishiiba; per year: sanadkiiba; per week: toddobaadkiiba',
  // numbers
  'one: mid; two: laba; three: saddex sadex; four: afar; five: shan; six: lix; seven: toddoba; ten: toban',
  // money
  'money: lacag; salary: mushahar; bonus: gunno; loan: amaah deyn; advance: horudhac; tax: canshuur cashuur',
  'insurance: caymis; pension: hawlgab; bank: bangi; account: akoon koonto xisaab; price: qiimo; cost: kharash',
  'rent: kiro; allowance: alawans; percent: boqolkiiba',
  // leave, health and family
  'leave: fasax; doctor: dhakhtar; hospital: isbitaal cusbitaal; medicine: daawo; health: caafimaad',
  'illness: xanuun cudur jirro; accident: shil; injury: dhaawac; pregnancy: uur; childbirth: umul dhalmo',
  'patient: bukaan; mother: hooyo; father: aabe; wife: xaas naag; husband: nin; children: carruur',
  'child: ilmo cunug; son: wiil; daughter: gabar; brother: walaal; sister: walaasha; family: qoys ehel',
  'death: geeri dhimasho; funeral: aas; condolence: tacsi; marriage: guur; wedding: aroos; Hajj: xaj',
  'Eid: ciid; Ramadan: ramadaan; fasting: soon; prayer: salaad; mosque: masjid',
  // work and places
  'work: shaqo; jobs: shaqooyin; staff: shaqaale; company: shirkad; office: xafiis',
  'manager: maamule maareeye; boss: madax; supervisor: kormeere; director: agaasime; warehouse: bakhaar',
  'port: dekad; airport: garoon; shift: shift wareeg; training: tababar; meeting: shir; application: codsi',
  'bus: bas; car: gaari; truck: baabuur; transport: gaadiid; driver: darawal dareewal; ticket: tigidh',
  'travel: safar socdaal; road: waddo jid; plane: diyaarad; uniform: yunifoom; clothes: labis dhar; shoes: kabo',
  'helmet: koofiyad; gloves: gacmogashi; jacket: jaakad; mask: maaskaro; equipment: qalab; safety: badbaado ilaalin',
  'food: cunto; breakfast: quraac; lunch: qado; dinner: casho; canteen: makhaayad; tea: shaah; water: biyo',
  'name: magac; number: lambar nambar; phone: telefoon taleefan; address: cinwaan; ID: aqoonsi; passport: baasaboor',
  'card: kaar; letter: warqad; certificate: shahaado; form: foom; contract: qandaraas heshiis; rule: xeer sharci',
  'policy: siyaasad; question: suaal; problem: dhibaato; complaint: cabasho; house: guri; town: magaalo',
  'reason: sabab; open: furan; closed: xiran xidhan; permission: ogolaansho; personal: gaar shakhsi',
];

// Months, each English then Somali's name as chat types it.
const MONTHS = pairsOwnFirst(
  'January janaayo February febraayo March maarso April abriil May maajo June juun July luulyo August agoosto September sebtembar October oktoobar November nofembar December desembar',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...DAYS,
  ...MONTHS,
]);

/**
 * Words only Somali writes, as the lists spell them: no English, Swahili, Arabic, Indonesian, Oromo or Sesotho word
 * is spelt so ("maxay", "goorma", "immisa", "mushahar", "fasax", "waxaan"). Not "bas", "gaari", "kar", "jar",
 * "ayo", "kee" or "iman": other languages' words too. The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'maxay maxaa goorma markee xagee halkee aaway meeshee sidee immisa meeqa intee yaa kuma kuwee keebaa waayo miyaa miyay miyuu miyey waxaan waxaad waxay waxuu ayaa ayuu ayay ayey ayaan baan buu haddii laakiin weli hadda maanta berri shalay subax galab habeen mushahar lacag fasax shaqo shaqaale maalin maalmo maalmood toddobaad toddobaadyo bilood bilo bishan sanad sanadood saacad saacado saacadood daqiiqo gunno deyn amaah horudhac canshuur caymis hawlgab bangi akoon gaadiid baabuur darawal dareewal tigidh yunifoom labis kabo koofiyad qalab badbaado dhakhtar isbitaal cusbitaal daawo caafimaad xanuun cudur jirro jiran buko xanuunsan shil dhaawac umul dhalmo hooyo aabe xaas carruur ilmo cunug walaal qoys geeri dhimasho tacsi guur aroos cunto quraac qado casho makhaayad magac lambar telefoon cinwaan aqoonsi warqad shahaado foom qandaraas heshiis xafiis shirkad bakhaar maamule maareeye kormeere agaasime ciid ramadaan isniin talaado arbaco khamiis jimce sabti hel bixi siin qaad codso shaqee bax bilaab dhammee xir jir sheeg ogow saxiix buuxi gudbi amaaho celi dhim kordhi dhal guurso gashad beddel joog daah caawi samee dhac dhiman jooji ansixi hubi leeyahay lahayn kasta walba cusub dambe dheeri loo laga lagu fadlan mahadsanid subaxdii habeenkii'.split(
    ' ',
  ),
);

/** Somali's own words of asking, as the lists spell them: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'maxay maxaa goorma markee xagee halkee aaway meeshee sidee immisa meeqa intee yaa kuma waayo'.split(' '),
);

/** Forms of a verb only Somali types, whose stem other languages' words share ("karaa", can; Hindi's "kar"). */
export const OWN_FORMS: ReadonlySet<string> = new Set('karaa kartaa karnaa karaan kari'.split(' '));

/** Whether a word, as typed in lower case, is only Somali's: a form of `OWN`, a verb's own form, or a contraction. */
export const isOwnWord = (word: string): boolean =>
  OWN.has(SPELLINGS.get(word) ?? word) || OWN_FORMS.has(word) || !!CONTRACTIONS.get(word);

/** Somali's small words that other languages type too ("ma", "la", "ka", "waa"): a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set(
  'ma la ka ku u waa iyo oo ee ah aan aad baa ayaa loo laga lagu'.split(' '),
);

// Chat's spellings and short forms, each after the spelling the lists use; Somaliland's "dh" for the south's "r",
// and the forms of "come", "have" and "be sick" no ending below reads.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'immisa: imisa imesa imissa; meeqa: meqa; goorma: gorma goormaa goormee goormay; xagee: xaggee xage hagee',
  'sidee: sidey side; maxay: mxy mxa maxa maxey; waayo: wayo; halkee: halke; waxaan: wxn waxan',
  'mushahar: mushaar mushar; fasax: fasah; dhakhtar: dhaqtar dakhtar daktar; gaari: gaadi gaadhi',
  'iman: imanay imaanay yimaado timaado yimid timid yimaad imaanayaa imanaya imaanaya imaado imaan',
  'leeyahay: leedahay leeyihiin; jiran: jirran jiranahay jirranahay jirantahay jiranyahay jiranahay',
  'xanuunsan: xanuunsanahay xanuunsantahay xanuunsanyahay; buko: bukaa; furan: furantahay furanyahay',
  'xiran: xirantahay xiranyahay xidhantahay; ogow: ogahay ogtahay ogaado ogaaday ogaan; laaan: laan',
  'bil: bisha bishii bilaha; yaal: yaalla yaala yaalo taalla; jirro: jirada jiradda',
  'subaxdii: subixii; saacaddiiba: saacadiiba; gunno: guno',
  'toddobaad: todobaad; amaah: amah; aabe: aabo aabbe; ciid: ciidda; bas: bus; shift: shifti',
]);

/**
 * The marks of who said joined to the word before them ("sideen", how I; "ayaan", I), each with the words the
 * reader reads them as; "ayuu" and "ayay" (he, she, they: what is spoken of, named already) as nothing.
 */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  table([
    'sidee aan: sideen sidaan; sidee aad: sideed; sidee: siduu siday; goorma aan: goormaan; goorma aad: goormaad',
    'goorma: goormuu; maxay aan: maxaan; maxay aad: maxaad; maxay: muxuu; xagee aan: xageen xaggeen; yaa aan: yaan',
    'yaa aad: yaad; aan: ayaan ayan waan baan miyaan waxaan aniga anigu; aad: ayaad waad baad miyaad waxaad',
    'aynu: ayaynu waynu; aanu: ayaannu waannu; in aan: inaan; in aad: inaad; in: inuu inay; haddii aan: haddaan hadaan',
    'haddii aad: haddaad; haddii: hadduu hadii; marka aan: markaan; marka aad: markaad',
    '-: ayuu wuu buu ayay ayey way wey bay waxay waxuu',
  ]).map(([form, read]): [string, string] => [form, read === '-' ? '' : read]),
);

/** Who does a verb: the pronouns, and "la" and its kin (one). */
export const SUBJECTS: ReadonlySet<string> = new Set('aan aad aynu aanu iyaga la loo laga lagu'.split(' '));

/** "la" and its kin before a verb: one does it ("la heli karaa", one can get). */
export const IMPERSONAL: ReadonlySet<string> = new Set(['la', 'loo', 'laga', 'lagu']);

/** Money's words: the salary that "comes out" ("mushaharku goorma ayuu soo baxaa?") is paid. */
export const MONEY: ReadonlySet<string> = new Set(['mushahar', 'lacag', 'gunno']);

/** Every word the lists have, in the spelling they use. */
export const KNOWN: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...WORDS.keys(),
  ...OWN,
  ...COUNTED.keys(),
  ...PHRASES.flatMap(([words]) => words.split(' ')),
]);

// The short forms and chat's spellings, each with the spelling the lists use.
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(SHORT);

// A word with no letter doubled ("maalmod" as "malmod", "saacadda" as "sacada"): chat drops doubled letters.
const collapsed = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

// The listed words by their collapsed spelling, of four letters or more: shorter ones collapse into each other.
const BY_COLLAPSED = new Map<string, string>();
for (const word of [...WORDS.keys(), ...ASKING.keys(), ...OWN]) {
  const key = collapsed(word);
  if (key.length >= 4 && !BY_COLLAPSED.has(key)) BY_COLLAPSED.set(key, word);
}

// The listed word a form is: as typed, as chat spells it, or without its doubled letters.
const listedAs = (form: string, loose: boolean) =>
  KNOWN.has(form) ? form : (SHORT_FORMS.get(form) ?? (loose ? BY_COLLAPSED.get(collapsed(form)) : undefined));

// Things (no verb or small word), which an article or an owner may follow.
const NOUNS: ReadonlySet<string> = new Set([...WORDS.keys()].filter((w) => !VERBS.has(w) && !DROPPED.has(w)));

/** The consonants an article or an owner opens with after a thing ("-ka", "-ga", "-ta", "-da", "-ha", "-sha"). */
export const ARTICLE = ['k', 'g', 't', 'd', 'h', 'sh', ''];

/**
 * What follows an article's consonant: the thing ("-a"), one spoken of before ("-ii"), one doing ("-u"), this
 * ("-an"), that ("-aas"), which ("-ee"), per ("-iiba") and its owner ("-ayga" my, "-aaga" your, "-iisa" his, "-eeda"
 * her, "-eena" our, "-ooda" their), each with the word the reader puts before the thing for it.
 */
export const AFTER_ARTICLE: ReadonlyMap<string, string> = new Map(
  table([
    'kayga: ayga eyga ayda eyda aygu eygu aydu ay ey; kaaga: aaga aada aagu aadu iina iinu; kiisa: iisa iisu',
    'keeda: eeda eedu; keena: eena eenu ayaga ayada eyaga eyada; kooda: ooda oodu; kan: an; kaas: aas; kee: ee',
    '-: a ii u iiba',
  ]),
);

/** Every ending a thing may take, longest first. */
export const NOUN_ENDINGS: readonly string[] = ARTICLE.flatMap((c) =>
  [...AFTER_ARTICLE.keys()].map((v) => c + v),
)
  .filter((ending) => ending.length > 1 || ending === 'a' || ending === 'u')
  .sort((a, b) => b.length - a.length);

// The plain forms a thing's stem before an ending may have: "shaqa" of "shaqada" is "shaqo", "aaba" of "aabaha"
// "aabe", "saacad" of "saacadda" as typed, "wala" of "walaasha" "walaal" ("l" and "t" make "sh").
const stemForms = (rest: string, ending: string) => [
  rest,
  rest.replace(/a$/, 'o'),
  rest.replace(/a$/, 'e'),
  ...(ending.startsWith('sh') ? [`${rest}l`, `${rest}al`] : []),
];

/** The thing a stem before an ending is, when the lists have it ("shaqa" before "-da": "shaqo"). */
export function nounBefore(rest: string, ending: string, loose = true): string | undefined {
  if (rest.length < 2) return undefined;
  for (const form of stemForms(rest, ending)) {
    const noun = listedAs(form, loose);
    if (noun && NOUNS.has(noun)) return noun;
  }
  return undefined;
}

// A thing with an article or an owner after it ("mushaharkayga", "shaqada", "bisha"): the thing; `loose`, its
// stem also without its doubled letters ("isbitalka").
function nounOf(word: string, loose: boolean): string | undefined {
  for (const ending of NOUN_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const noun = nounBefore(word.slice(0, word.length - ending.length), ending, loose);
    if (noun) return noun;
  }
  return undefined;
}

/** A verb's stem and one of its endings ("helayaa", "hel" and "ayaa"), the longest stem first: the verb listed. */
export function verbOf(word: string): string | undefined {
  for (let at = word.length; at >= 2; at--) {
    const verb = STEMS.get(word.slice(0, at));
    if (verb && ENDINGS.has(word.slice(at))) return verb;
  }
  return undefined;
}

// Words looked up, remembered: the dictionary is slow to ask, and a question asks the same words often.
const LOOKED = new Map<string, string>();
const MAX_LOOKED = 20_000;

// The listed word a form no list has is: a thing with its ending, a verb with its, or either without its doubled
// letters, a verb before a thing then ("jiraa" is no "jirro" without an "r"); not an English word ("data" is no "da"
// with an article).
function formOf(word: string): string | undefined {
  if (!/^\p{Ll}{3,}$/u.test(word)) return undefined;
  const looked = LOOKED.get(word);
  if (looked !== undefined) return looked || undefined;
  const found =
    dictionaryCase(word) === 'lower'
      ? undefined
      : (nounOf(word, false) ?? verbOf(word) ?? nounOf(word, true) ?? BY_COLLAPSED.get(collapsed(word)));
  if (LOOKED.size >= MAX_LOOKED) LOOKED.clear();
  LOOKED.set(word, found ?? '');
  return found;
}

// The spellings above, and any other word whose plain form the lists have, so no form needs listing with every
// article, owner and ending; a word the lists have is read as typed.
class SomaliSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || KNOWN.has(word)) return listed;
    return formOf(word);
  }
}

/** Other spellings of the listed words: chat's, Somaliland's, and the forms their articles, owners and endings make. */
export const SPELLINGS: ReadonlyMap<string, string> = new SomaliSpellings(SHORT);

/**
 * Words of Somali's neighbours, whose chat shares its "ma", "la", "ka" and "ku": Swahili ("lini", "mshahara",
 * "likizo", "ngapi"), Arabic typed in Latin letters ("kam", "mata", "el", "ma3ash"), Oromo ("yoom", "mindaa",
 * "hojii", "guyyaa"), and English's small words. A question with more of theirs than of Somali's own is theirs.
 */
export const NEIGHBOUR_WORDS: readonly string[] =
  'lini wapi nini ngapi gani nani vipi kwa mshahara likizo siku kazi saa mwezi mwaka wiki naomba kujua tafadhali je kuna naweza kupata posho chakula mkopo unalipwa nina za ya huu hii mimi sisi wao yeye kama ni sana leo kesho jana asubuhi jioni usiku daktari mgonjwa ugonjwa hospitali sare viatu dereva meneja kampuni malipo pesa fedha lipa linaondoka sikukuu kam kaam mata emta el al fi min ana enta inta shu eh leh lesh wein fein kif kaif keef wala aywa na3am momken mumkin 3ndi 3andi ma3ash ratib dawam ijaza egaza yom youm ayam sa3a shahr sana lel lil ta3 hal kaman bukra mudeer sharika yenzel yoom maaliif eessa akkamitti eenyu guyyaa hojii mindaa kaffaltii boqonnaa argadha argachuu dandeessa fayyaa dhukkuba hojjetaa the are was were do does did what when where who how why which can could will would should my your our their for on at to of with this that have has get there it be me and or not am we they'.split(
    ' ',
  );

/** A word of asking as typed, its contractions ("sideen", "goormaan") and a thing asked which of ("saacaddee"). */
export const ASKED =
  '(?:maxa\\p{L}*|mxy|mxa|muxuu|goor\\p{L}*|gorma|xag\\p{L}*|hagee|halk\\p{L}*|side\\p{L}*|sidaan|siduu|imm?isa|imesa|meeqa|meqa|intee|yaa[nd]?|ayo|kee|waayo|aaway|markee|\\p{L}+ee)';

// The subject a "can" says by its ending: "karaa" I, "kartaa" you, "karnaa" we, "karaan" they.
const CAN_SUBJECT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^karaan$/, 'iyaga'],
  [/^kart(?:aa|a|id)$/, 'aad'],
  [/^karn(?:aa|a)$/, 'aynu'],
  [/^kar(?:aa|a|i)$/, 'aan'],
];

/** Who a "can" says can, by its ending ("kartaa": "aad", you), or undefined. */
export const subjectOfCan = (can: string): string | undefined =>
  CAN_SUBJECT.find(([form]) => form.test(can.toLowerCase()))?.[1];
