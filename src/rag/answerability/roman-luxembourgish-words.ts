/**
 * @module Luxembourgish (Lëtzebuergesch) as staff type it in chat, with its accents or without them and mixed with
 * French and English ("wéini ass d'Inventur zu Bettembourg dëst Joer?", "wei vill Deeg Congé hunn ech?"): the words
 * of asking, the small words of grammar, the pronouns and possessives, and everyday words of pay, leave, safety,
 * time and work, with the English a staff handbook says them in, and the words only Luxembourgish writes, which no
 * German, Dutch, French or English chat types ("wéini", "hunn", "ech", "Joer", "Deeg", "kascht"). Every list is
 * written as the reading meets a word: in lower case (the reader lowers the capitals Luxembourgish gives every
 * noun), with its accents ("wéi", "dëst", "mäi"); a word typed without them is read as the listed one unless it is
 * another language's word too ("des", "main", "are"). Written from general knowledge of the language, without
 * reading any organisation's documents or questions.
 */
import { pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/**
 * Words of asking, each with what it asks in English: "wéi" asks how ("wéi vill", how much or how many, is read by
 * the phrases), "wéini" when, "wou" where, "wien" and "wiem" who, "wat" what, "firwat" and "wisou" why, "ob"
 * whether (when no other word asks).
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'how: wéi',
    'how much: wéivill',
    'when: wéini',
    'where: wou',
    'who: wien wiem',
    'what: wat',
    'why: firwat wisou wéisou',
    'which: wéieng wéiengen',
    'whether: ob',
  ]),
);

// What "wéi vill" counts, each with its English plural: "wéi vill Deeg" asks how many days, "wéi vill Congé" how
// much leave.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['deeg', 'days'],
  ['stonnen', 'hours'],
  ['minutten', 'minutes'],
  ['wochen', 'weeks'],
  ['méint', 'months'],
  ['joren', 'years'],
  ['mol', 'times'],
  ['kéieren', 'times'],
  ['leit', 'people'],
  ['persounen', 'people'],
  ['mataarbechter', 'employees'],
  ['kanner', 'children'],
  ['schichten', 'shifts'],
  ['iwwerstonnen', 'overtime hours'],
];

// The days of the week, each English then Luxembourgish's name and its "on …s" form ("samschdes", on Saturdays).
const DAYS: ReadonlyArray<readonly [string, string, string]> = [
  ['Monday', 'méindeg', 'méindes'],
  ['Tuesday', 'dënschdeg', 'dënschdes'],
  ['Wednesday', 'mëttwoch', 'mëttwochs'],
  ['Thursday', 'donneschdeg', 'donneschdes'],
  ['Friday', 'freideg', 'freides'],
  ['Saturday', 'samschdeg', 'samschdes'],
  ['Sunday', 'sonndeg', 'sonndes'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling (the reader has
// left out "d'" and joined "Enn vum Joer" as "joresenn"). Read before single words, the longest first, so "wéi vill
// Deeg" asks how many days and "wann et brennt" is a fire.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  // asking
  'what time: wéi vill auer | wéivill auer | um wéi vill auer | um wéivill auer | ëm wéi vill auer | ëm wéivill auer | wéini ëm',
  'how long: wéi laang | wéilaang',
  'how often: wéi dacks | wéi oft',
  'how much does it cost: wat kascht et | wat kascht en | wat kascht dat | wat kascht dee | wat kascht déi | wéi vill kascht et | wéi vill kascht en | wéi vill kascht dat | wéivill kascht et | wéivill kascht en | wéivill kascht dat',
  'how much cost: wat kascht | wat kaschten | wéi vill kascht | wéi vill kaschten | wéivill kascht | wéivill kaschten',
  'how much: wéi vill',
  'which: wéi eng | wéi een | wéi en | wat fir eng | wat fir en | wat fir een | wat fir',
  'why: fir wat',
  'where to: wou hin | wouhin',
  'where from: vu wou | wouhier',
  'since when: zanter wéini | zënter wéini | säit wéini',
  'until when: bis wéini',
  'who: u wien | bei wien | u wiem | bei wiem',
  'with whom: mat wiem | mat wien',
  'whose: wiem säin | wiem säi | wiem seng',
  'is there: gëtt et | ginn et | gi et | gëtt et eng | gëtt et en | gëtt et e | ginn et eng',
  'is it: ass et',
  // can, must, may and need, asked
  'can I: kann ech | kéint ech',
  'can we: kënne mir | kënnen mir | kënne mer | kënnen mer',
  'can you: kanns du | kënnt dir | kéint dir | kënnt der',
  'can one: kann een | kann ee',
  'must I: muss ech | misst ech',
  'must we: musse mir | mussen mir | musse mer',
  'must one: muss een | muss ee',
  'may I: däerf ech | dierf ech',
  'may we: däerfe mir | däerfen mir',
  'should I: soll ech | sollt ech',
  'do I need: brauch ech',
  'do we need: brauche mir | brauchen mir',
  'do I get: kréien ech | kréie ech',
  'do we get: kréie mir | kréien mir | kréie mer',
  'does one get: kritt een | kritt ee',
  'am I entitled to: hunn ech recht op | hunn ech ureecht op',
  'are we entitled to: hu mir recht op | hunn mir recht op',
  'is one entitled to: huet een recht op | huet ee recht op',
  'entitled to: recht op | ureecht op',
  'more than: méi wéi | méi ewéi',
  'as: sou wéi | esou wéi',
  'again: nach eng kéier | nach emol',
  'not yet: nach net | nach ni',
  'my wife: meng fra | mäi fra',
  'to: fir ze',
  // leave, pay and health
  'report sick: mech krank mellen | sech krank mellen | krank mellen | krankmellen',
  'sick leave: krankecongé | congé maladie | krank congé',
  'sick note: krankeschäin | certificat médical',
  'annual leave: jorescongé | congé annuel | congé légal',
  'maternity leave: mammecongé | congé de maternité | congé maternité',
  'paternity leave: pappecongé | congé de paternité',
  'parental leave: elterecongé | congé parental',
  'unpaid leave: congé sans solde',
  'special leave: congé extraordinaire | congé spécial',
  'public holiday: feierdag | gesetzleche feierdag',
  'public holidays: feierdeeg | gesetzlech feierdeeg',
  'day off: fräien dag | fräie dag | fräi dag',
  'overtime: iwwerstonnen | iwwerstonn | heures supplémentaires',
  'payslip: paiefiche | fiche de paie | fiche de salaire | lounziedel | pai fiche',
  'pay day: paiendag | dag vun der pai',
  'year-end bonus: gratifikatioun vum joresenn | gratifikatioun um joresenn | joresprime | joresgratifikatioun',
  'at year-end: um joresenn | vum joresenn',
  'end of month: enn vum mount | um enn vum mount',
  'meal vouchers: chèques repas | ticket restaurant | iessensbong | iessensbongen',
  'bank account: bankkont | kont',
  'notice period: kënnegungsfrist | préavis',
  'trial period: proufzäit',
  'working hours: aarbechtszäit | aarbechtszäiten | aarbechtsstonnen',
  'work from home: vun doheem schaffen | heemaarbecht | télétravail',
  'from home: vun doheem | vun heem',
  'at work: op der aarbecht | op aarbecht',
  // safety, sites and things
  'first aid: erste hëllef | éischt hëllef',
  'first aid course: erste hëllef cours | éischt hëllef cours | erste hëllef formatioun | éischt hëllef formatioun',
  'first aid kit: erste hëllef këscht | éischt hëllef këscht',
  'first aider: secouriste | ersthelfer',
  'assembly point: sammelplatz | sammelplaz | point de rassemblement',
  'fire extinguisher: feierläscher | extincteur',
  'emergency exit: noutausgang | sortie de secours',
  'in case of fire: wann et brennt | bei engem brand | am fall vun engem brand | am brandfall',
  'pre-start check: abfahrtskontroll | abfahrtskontrolle',
  'forklift: stapler | gabelstapler',
  'forklift licence: staplerschäin | staplerféierschäin',
  'safety shoes: sécherheetsschong | sécherheetsschung',
  'hi-vis vest: warnwest | gilet',
  'car park: parking | parkplaz',
  'changing room: vestiaire | ëmkleedsall',
  'staff: personal | mataarbechter',
  'HR: personalbüro | personalservice | ressources humaines',
  'night shift: nuetsschicht | nuetschicht',
  'early shift: fréischicht',
  'late shift: spéitschicht',
  // time
  'this year: dëst joer | dëse joer',
  'this month: dëse mount | dëst mount',
  'this week: dës woch | dëse woch',
  'next year: nächst joer | nächste joer | dat nächst joer',
  'to next year: op nächst joer | op dat nächst joer | an dat nächst joer',
  'next month: nächste mount | nächst mount | de nächste mount',
  'next week: nächst woch | nächste woch | déi nächst woch',
  'last year: lescht joer | dat lescht joer',
  'last month: leschte mount | de leschte mount',
  'last week: lescht woch | déi lescht woch',
  'per year: am joer | pro joer',
  'per month: am mount | pro mount | de mount',
  'per week: an der woch | pro woch',
  'per day: am dag | pro dag',
  'per hour: an der stonn | pro stonn',
  'every year: all joer',
  'every month: all mount',
  'every week: all woch',
  'every day: all dag',
  'at night: an der nuecht',
  'tomorrow morning: muer de moien | muer moies',
];

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...DAYS.flatMap(
    ([english, day]): Array<[string, string]> =>
      ['e', 'den', 'um', 'de'].map((on): [string, string] => [`${on} ${day}`, `on ${english}`]),
  ),
  ...COUNTED.flatMap(
    ([word, english]): Array<[string, string]> => [
      [`wéi vill ${word}`, `how many ${english}`],
      [`wéivill ${word}`, `how many ${english}`],
    ],
  ),
];

// The verbs, each English then its forms in the lists' spelling: the infinitive, the persons of the present and the
// past participle where chat types them.
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'is: ass gëtt; are: sinn sidd bass; was: war gouf; were: waren goufen; have: hunn hu hues hutt; has: huet',
  'get: kréien kréie kréis kréit kritt; do: maachen maache mécht méchs maacht; done: gemaach',
  'go: goen gees geet gitt ginn gi; pay: bezuelen bezuele; paid: bezuelt; cost: kascht kaschten kaschte',
  'work: schaffen schaffe schaffs schafft; worked: geschafft; come: kommen komme kënns kënnt kommt',
  'know: wëssen weess wees wësst; find: fannen fanne fënns fënnt; found: fonnt; take: huelen huele hëls hëlt',
  'taken: geholl; need: brauchen brauche brauch brauchs braucht; must: muss musst mussen musse misst',
  'can: kann kanns kënnen kënne kéint; may: däerf däerfs däerfen däerfe dierf; should: soll solls sollen sollt',
  'want: wëll wëlls wëllen wéilt; ask: froen froe freet; asked: gefrot; request: ufroen ufroe; requested: ugefrot',
  'tell: soen soe seet; said: gesot; last: dauert daueren dauere; lose: verléieren; lost: verluer',
  'carry over: iwwerdroen iwwerdroe iwwerdréit; register: umellen umelle; registered: ugemellt',
  'report: mellen melle mellt; start: ufänken ufänke fänkt fänken fänke; started: ugefaangen; stop: ophalen ophale',
  'quit: ophéieren; open: opmaachen opgoen oppen; close: zoumaachen zougoen; closed: zou; cancelled: ausfalen ausgefall',
  'fill in: ausfëllen; filled in: ausgefëllt; call: uruffen ruffen rifft; arrive: ukommen; hand in: ofginn areechen',
  'issue: erausginn; sign up: aschreiwen; sign: ënnerschreiwen ënnerschreift; signed: ënnerschriwwen',
  'send: schécken schéckt; sent: geschéckt; replace: ersetzen ersetzt; replaced: ersat; change: änneren ännert',
  'swap: tauschen tauscht wiesselen; check: kucken kuckt kontrolléieren; use: benotzen benotzt; drive: fueren fiert',
  'park: parken; eat: iessen; bring: bréngen bréngt; help: hëllefen hëlleft; resign: kënnegen; wear: droen dréit',
  'leave: fortgoen fortginn fortgees fortgeet; had: gehat; stay: bleiwen bleift; wait: waarden; transfer: iwwerweisen; forgot: vergiess; been: gewiescht; gone: gaang',
  'marry: bestueden bestuet; die: stierwen; dies: stierft; died: gestuerwen; checked: gepréift kontrolléiert; give birth: gebären; move: plënneren',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

/**
 * The forms a verb takes at a clause's end, after "kann ech", "muss ech" or "ech hunn" (the infinitive and the past
 * participle): the reader puts them after the modal or "hunn", where English says them ("muss ech e Formulaire
 * ausfëllen", must I fill in a form; "ech hunn mäi Badge verluer", I have lost my badge).
 */
export const CLAUSE_END_VERBS: ReadonlySet<string> = new Set(
  [...VERBS.keys()].filter(
    (v) =>
      /(?:en|e|nn)$/.test(v) ||
      /^(?:ge|uge|ausge|ofge|zouge|opge)/.test(v) ||
      ['verluer', 'kritt', 'bezuelt', 'ersat', 'fonnt', 'vergiess', 'ënnerschriwwen', 'ginn'].includes(v),
  ),
);

// The small words of grammar: the articles ("de", "den", "d'", "dem", "der", "e", "en", "eng", "dat", "déi"), "ze"
// (to, before a verb), "datt" (that), the reflexive "mech", "dech", "sech", "eis" after a verb, and words that only
// soften or link ("dann", "mol", "emol", "jo", "ma", "eppes"): none says a topic.
const GRAMMAR =
  'de den d dem der e en eng engem enger dat déi dee se ze datt mech dech sech dann mol emol ma eppes och nees ëmmer esou sou';
// Greetings, thanks and please: no topic.
const COURTESY = 'moien moie salut hallo bonjour merci villmools gelift äddi pls please weg wgl gär zesummen';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns, possessives and the small words a question needs in English
  'I: ech; we: mir mer; you: du dir; he: hien hie; she: hatt; they: si; it: et; one: een ee eent',
  'my: mäin mäi meng mäng mengem menger mengen; your: däin däi deng dengem denger är äre ären ärer äerem',
  'his: säin säi seng sengem senger; her: hir hire hiren hirem hirer',
  'our: eis eise eisen eiser eisem; and: a; in: an am zu; on: op um; at: bei; to: no; from: vun vu',
  'with: mat mam; for: fir; of: vum; about: iwwer; without: ouni; before: virun viru; until: bis; since: zanter zënter säit',
  'because of: wéinst; between: tëscht; under: ënner; or: oder; but: mä awer; if: wann wa; because: well',
  'still: nach; already: schonn; only: nëmmen nëmme; not: net; no: keen keng kee nee; yes: jo; all: all alles',
  'more: méi; much: vill; little: wéineg; enough: genuch; here: hei; there: do; away: ewech; this: dës dëse dëst',
  'new: nei neie neien; other: aner anere aneren; first: éischt éischten éischte erste; last: lescht leschten leschte',
  'next: nächst nächste nächsten; free: gratis; possible: méiglech; allowed: erlaabt; compulsory: obligatoresch',
  'sick: krank malad malade; off: fräi; less: manner; shoes: schong schung; help: hëllef; responsible: zoustänneg zoustännech',
  // time
  'year: joer; years: joren; day: dag daag; days: deeg; week: woch; weeks: wochen; month: mount; months: méint',
  "hour: stonn; hours: stonnen; minute: minutt; minutes: minutten; o'clock: auer; time: zäit; times: kéieren",
  'today: haut; tomorrow: muer; yesterday: gëschter; day after tomorrow: iwwermuer; now: elo; morning: moien',
  'in the morning: moies; at noon: mëttes; in the afternoon: nomëttes; in the evening: owes; at night: nuets',
  'night: nuecht; evening: owend; weekend: weekend wochenenn; late: spéit; early: fréi; end: enn; start: ufank',
  'year-end: joresenn; holiday: vakanz; holidays: vakanzen; Christmas: chrëschtdag chrëschtdeeg',
  'Easter: ouschteren; Whitsun: péngschten; National Day: nationalfeierdag',
  // numbers
  'two: zwee zwou; three: dräi; four: véier; five: fënnef; six: sechs; seven: siwen; eight: aacht; nine: néng',
  'ten: zéng; twelve: zwielef; fifteen: fofzéng; twenty: zwanzeg; thirty: drësseg; half: hallef',
  // money
  'pay: pai paie; salary: salaire gehalt loun; money: sue suen; bonus: gratifikatioun gratification prime',
  'tax: steier steieren; pension: pensioun; insurance: versécherung; costs: käschten; price: präis',
  'refund: réckerstattung remboursement; expenses: fraisen frais; allowance: indemnitéit',
  // leave, health and family
  'leave: congé congéen; doctor: dokter; hospital: spidol; accident: accident unfall; injured: blesséiert',
  'pregnant: schwanger; birth: gebuert; wedding: hochzäit; funeral: begriefnes; death: doud',
  'child: kand; children: kanner; family: famill; woman: fra; husband: mann; mother: mamm; father: papp',
  'parents: elteren',
  // work, safety and places
  'work: aarbecht; job: job; company: firma betrib entreprise; manager: chef chefin patron; colleague: kolleg; colleagues: kollegen',
  'employee: salarié employé; shift: schicht; shifts: schichten; badge: badge; key: schlëssel; card: kaart',
  'office: büro bureau; warehouse: lager dépôt depot; workshop: atelier; shop: buttek; canteen: kantin',
  'room: sall; site: chantier; lorry: camion; car: auto; bus: bus; train: zuch; helmet: helm; gloves: händschen',
  'glasses: brëll; safety: sécherheet; course: cours; training: formatioun; certificate: certificat zertifikat',
  'licence: féierschäin permis; inventory: inventur; check: kontroll; alarm: alarm; fire: brand feier brennt',
  'evacuation: evakuatioun; uniform: uniform; clothes: kleeder; locker: spind casier; form: formulaire; forms: formulairen',
  'document: dokument; papers: pabeieren; phone: telefon handy; address: adress; name: numm; email: mail',
  'number: nummer; rules: reglement; rule: regel; contract: kontrakt contrat; meeting: reunioun versammlung',
  'delivery: liwwerung; goods: wuer; parcel: pak; customer: client; break: paus; lunch: mëttegiessen',
  'coffee: kaffi; access: zougang; password: passwuert; at home: doheem; home: heem; people: leit persounen',
];

// Months, each English then Luxembourgish.
const MONTHS = pairsOwnFirst(
  'January januar February februar March mäerz April abrëll May mee June juni July juli August august September september October oktober November november December dezember',
);

/** Everyday words, the verbs, the days and the months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...DAYS.flatMap(
    ([english, day, days]): Array<[string, string]> => [
      [day, english],
      [days, `on ${english}s`],
    ],
  ),
  ...MONTHS,
]);

/**
 * Words only Luxembourgish writes, as the lists spell them: no German ("wie", "wann", "ich", "habe", "Jahr"), Dutch
 * ("hoe", "wat", "ik", "heb", "jaar"), French or English word is spelt so ("wéini", "wou", "ech", "hunn", "ass",
 * "Joer", "Deeg", "kascht", "dëst"). Not the words Luxembourgish shares with them ("kann", "muss", "zu", "an", "op",
 * "wat", "dat", "net", "krank", "Congé", "Chef", "Badge", "Stapler"). The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'wéi wéini wou wien wiem firwat wisou wéisou wéivill wéieng wéiengen ech mäin mäi meng mäng däin däi deng säin säi seng eis eise eisen eiser är äre ären ärer hien hatt hunn hu hues huet hutt ass sinn sidd bass kanns kënnen kënne kéint däerf däerfs däerfen däerfe dierf kréien kréie kréis kréit kritt gëtt ginn gi maachen maache mécht méchs maacht gemaach kascht kaschten kaschte bezuelen bezuele bezuelt schaffs goen gees geet kënns kënnt weess wësst fannen fënnt fonnt huelen hëlt geholl wëll wëlls wëllen wéilt froen freet gefrot ufroen soen seet gesot verluer fänkt oppen gouf goufen bestueden stierft laang dacks proufzäit paiefiche noutausgang nuetsschicht aarbechtszäiten heemaarbecht feierläscher staplerschäin mammecongé pappecongé elterecongé krankecongé jorescongé joresprime iwwerdroen umellen ugemellt ufänken joer joren deeg woch méint mount stonn stonnen auer minutt minutten zäit aarbecht aarbechtszäit mataarbechter sue suen gratifikatioun formatioun krankeschäin iwwerstonnen sécherheet hëllef kantin vakanz feierdag feierdeeg enn ufank joresenn abfahrtskontroll kontroll muer gëschter iwwermuer moies mëttes nomëttes owes nuets elo spéit fréi iwwer vun vum mam eng keng ewech nëmmen schonn méi vill wéineg genuch datt mä virun ouni zanter zënter tëscht ënner wéinst dëst dëse dës moien gelift villmools äddi méindeg dënschdeg mëttwoch donneschdeg freideg samschdeg sonndeg mäerz abrëll dokter spidol famill kanner leit doheem heem nächst nächste lescht leschte éischt'.split(
    ' ',
  ),
);

/** Luxembourgish's own words of asking: one beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'wéi wéini wou wien wiem firwat wisou wéisou wéivill wéieng'.split(' '),
);

/** Luxembourgish's small words that German, Dutch, French or English type too: a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set(
  'a an am op um zu mat den de dem der net fir dat et en e wann do bis no kann muss soll wat'.split(' '),
);

/**
 * Words typed without their accents that are another language's words ("des", French; "mai", May; "kennen",
 * German): read as Luxembourgish's in a question told Luxembourgish, but no sign that it is.
 */
export const AMBIGUOUS_PLAIN: ReadonlySet<string> = new Set(
  'des mai mei kennen kenne kennt frei meint hatten dei eier em gar sait sain sai maerz'.split(' '),
);

// Words typed without accents that are English's too ("main", "are", "well"): never read as Luxembourgish's.
const NOT_FOLDED = new Set('main are aren ar well medical legal special cheques'.split(' '));

// Chat's spellings and the loanwords' other forms, each after the spelling the lists use. Accents need no line:
// the spellings below read "weini" as "wéini" and "conge" as "congé".
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  'firwat: fiirwat fiwat; wéivill: wivill weivil; ech: ëch; hunn: hun; sinn: sin; net: nët',
  'gratifikatioun: gratifikation gratificatioun gratifikatiounen; kréien: krien; abfahrtskontroll: abfahrtskontrollen',
  'éischt: ischt; iwwerstonnen: iwwerstonne; stonnen: stonne; congé: congéë; wann: wan',
]);

// A word without its accents ("wéini" as "weini", "dëst" as "dest", "Congé" as "conge").
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** Every word the lists hold, as they spell it: a word of asking, of a phrase, of grammar or of a topic. */
export const LISTED: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...WORDS.keys(),
  ...DROPPED,
  ...OWN,
  ...PHRASES.flatMap(([words]) => words.split(' ')),
]);

// Each listed word with accents, by its spelling without them, when no other listed word and no English word is
// spelt so ("hatt", she, is no "hätt").
const FOLDED: ReadonlyMap<string, string> = (() => {
  const folded = new Map<string, string>();
  const twice = new Set<string>();
  for (const word of LISTED) {
    const bare = plain(word);
    if (bare === word || LISTED.has(bare) || NOT_FOLDED.has(bare)) continue;
    if (folded.has(bare) && folded.get(bare) !== word) twice.add(bare);
    folded.set(bare, word);
  }
  for (const bare of twice) folded.delete(bare);
  return folded;
})();

// The spellings above, and any listed word typed without its accents, so no form needs listing with and without
// them; a word the lists spell so already is read as typed.
class LuxembourgishSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined || LISTED.has(word)) return listed;
    return FOLDED.get(plain(word)) ?? FOLDED.get(word);
  }
}

/** Other spellings of the listed words: chat's, and any typed without accents. */
export const SPELLINGS: ReadonlyMap<string, string> = new LuxembourgishSpellings(SHORT);
