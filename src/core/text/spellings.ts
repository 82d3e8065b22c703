/**
 * @module British and American spellings of one word meet: "organisation" and "organization", "centre" and
 * "center", "colour" and "color", "licence" and "license", "paediatric" and "pediatric". A stemmer keeps them
 * apart ("organis" and "organ"), so a question typed in one spelling missed a handbook written in the other. Each
 * British form is read as the American one, with its endings ("organised", "organising", "centres", "labourer").
 * Only listed word families: a rule for every "-our" would turn "hour" and "tour" into other words, and a word
 * whose American spelling is another word ("cheque" and "check", "tyre" and "tire") is not listed.
 */

// -ise verbs and their nouns ("organise", "organisation"), by the part before "ise".
const ISE = `organ recogn author priorit minim maxim apolog real final categor custom summar util visual standard
special hospital immun sanit familiar personal optim critic memor normal central mobil stabil capital character
computer subsid penal legal local modern neutral regular synchron item formal initial global harmon public steril
fertil vandal emphas agon jeopard symbol civil canon colon fossil magnet motor patron polar pressur
random synthes metabol sensit desensit hypothes oxid ion crystall polymer homogen solubil internal mineral
vascular industrial pasteur immobil reorgan
scrutin sympath tranquil trivial victim`;
const OUR = `colour labour behaviour favour honour neighbour harbour humour rumour odour vapour vigour flavour armour
endeavour tumour saviour parlour clamour candour splendour savour valour`;
const RE = `centre metre litre theatre fibre calibre sombre spectre lustre meagre kilometre centimetre millimetre`;
const ENCE = 'licence defence offence pretence';
const WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  catalyse: 'catalyze',
  catalysed: 'catalyzed',
  hydrolyse: 'hydrolyze',
  hydrolysed: 'hydrolyzed',
  dialyse: 'dialyze',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  paralyse: 'paralyze',
  paralysed: 'paralyzed',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  judgement: 'judgment',
  judgements: 'judgments',
  ageing: 'aging',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
  grey: 'gray',
  mould: 'mold',
  mouldy: 'moldy',
  plough: 'plow',
  pyjamas: 'pajamas',
  sceptical: 'skeptical',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  cosy: 'cozy',
  enrolment: 'enrollment',
  enrolments: 'enrollments',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  instalment: 'installment',
  instalments: 'installments',
};
// Greek "ae" and "oe" in medical words, by how the word starts: "paediatric", "anaesthetic", "oesophagus".
const GREEK: Array<[RegExp, string]> = [
  [/^paed/, 'ped'],
  [/^anaes/, 'anes'],
  [/^anaem/, 'anem'],
  [/^leukaem/, 'leukem'],
  [/^orthopaed/, 'orthoped'],
  [/^gynaec/, 'gynec'],
  [/^oesoph/, 'esoph'],
  [/^oestr/, 'estr'],
  [/^diarrhoe/, 'diarrhe'],
  [/^foet/, 'fet'],
  [/^ischaem/, 'ischem'],
  [/^caesar/, 'cesar'],
  [/^coeliac/, 'celiac'],
  [/^oedem/, 'edem'],
  [/^dyspnoe/, 'dyspne'],
  [/^apnoe/, 'apne'],
  [/^faec/, 'fec'],
  [/^aetiolog/, 'etiolog'],
  [/^haem/, 'hem'],
];

const FAMILIES: Array<[string[], string[], (base: string) => string]> = [
  [words(ISE), ['ise', 'ises', 'ised', 'ising', 'iser', 'isers', 'isation', 'isations', 'isable'], (b) => b],
  [
    words(OUR),
    ['', 's', 'ed', 'ing', 'er', 'ers', 'ite', 'ites', 'able', 'ful', 'hood'],
    (b) => b.replace(/our$/, 'or'),
  ],
  [words(RE), ['', 's', 'd'], (b) => b.replace(/re$/, 'er')],
  [words(ENCE), ['', 's'], (b) => b.replace(/ce$/, 'se')],
];

// Every British form with its American one, built once: "organised" → "organized", "centres" → "centers".
const AMERICAN: Map<string, string> = (() => {
  const map = new Map(Object.entries(WORDS));
  for (const [bases, endings, american] of FAMILIES)
    for (const base of bases)
      for (const ending of endings) {
        const british = `${base}${ending}`;
        const us = ending.startsWith('is')
          ? `${base}iz${ending.slice(2)}`
          : `${american(base)}${centreEnding(base, ending)}`;
        if (british !== us) map.set(british, us);
      }
  return map;
})();

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

// "centred" is "centered": the "-re" word's "d" follows the "-er" spelling's "e".
function centreEnding(base: string, ending: string): string {
  return base.endsWith('re') && ending === 'd' ? 'ed' : ending;
}

/** The American spelling of a British word (lower case), or the word itself. */
export function americanSpelling(word: string): string {
  const listed = AMERICAN.get(word);
  if (listed) return listed;
  const greek = GREEK.find(([start]) => start.test(word));
  return greek ? word.replace(greek[0], greek[1]) : word;
}

/**
 * The American spellings of a text's British words, one per word that has one ("organised centres" gives
 * "organized centers"): for an engine that reads the text itself (FTS5), beside the text.
 */
export function americanWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const us = americanSpelling(word);
    if (us !== word) out.push(us);
  }
  return out;
}
