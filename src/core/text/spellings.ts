/**
 * @module British and American spellings of one word meet: "organisation" and "organization", "centre" and
 * "center", "colour" and "color", "licence" and "license", "paediatric" and "pediatric". A stemmer keeps them
 * apart ("organis" and "organ"), so a question typed in one spelling missed a handbook written in the other. Each
 * British form of a listed word family is read as the American one, whatever its ending ("organisational",
 * "behavioural", "centring", "catalogued"). Only listed families: a rule for every "-our" would turn "hour" and
 * "tour" into other words, and a word whose American spelling is another word ("cheque" and "check", "tyre" and
 * "tire", "litre" and "liter", which stems with "literal") is not listed.
 */

// -ise verbs and their nouns ("organise", "organisation", "organisational"), by the part before "ise".
const ISE = `organ recogn author priorit minim maxim apolog real final categor custom summar util visual standard
special hospital immun sanit familiar personal optim critic memor normal central mobil stabil capital character
computer subsid penal legal local modern neutral regular synchron item formal initial global harmon public steril
fertil vandal emphas agon jeopard symbol civil canon colon fossil magnet motor patron polar pressur random synthes
metabol sensit desensit hypothes oxid ion crystall polymer homogen solubil internal mineral vascular industrial
pasteur immobil reorgan`;
// -our words ("colour", "colourful", "behavioural").
const OUR = `colour labour behaviour favour honour neighbour harbour humour rumour odour vapour vigour flavour armour
endeavour tumour saviour parlour clamour candour splendour savour valour`;
// -re words, by the part before "re" ("centre", "centres", "centred", "centring").
const RE = 'cent met theat fib calib somb spect lust meag kilomet centimet millimet';

const RULES: Array<[RegExp, string]> = [
  [new RegExp(`^(${words(ISE)})is(?=e|ing|a)`), '$1iz'],
  [new RegExp(`^(${words(OUR).replace(/our(?=\||$)/g, '')})our`), '$1or'],
  [new RegExp(`^(${words(RE)})re(s?)$`), '$1er$2'],
  [new RegExp(`^(${words(RE)})r(ed|ing)$`), '$1er$2'],
  [/^(licen|defen|offen|preten)ce/, '$1se'],
  [/^(anal|paral|catal|hydrol|dial|electrol)ys(e|ed|es|ing)$/, '$1yz$2'],
  [/^practis(e|ed|es|ing)$/, 'practic$1'],
  [/^catalogu(e|es|ed|ing)$/, 'catalog$1'],
  [/^mould/, 'mold'],
  [/^plough/, 'plow'],
  [/^grey(s|ed|ing|er|est|ish)?$/, 'gray$1'],
  [/^sceptic/, 'skeptic'],
  [/^manoeuvr(e|es|ed|ing|able)$/, 'maneuver$1'],
  [/^judgement/, 'judgment'],
  [/^ageing$/, 'aging'],
  [/^jewellery$/, 'jewelry'],
  [/^aluminium$/, 'aluminum'],
  [/^pyjama/, 'pajama'],
  [/^cosy$/, 'cozy'],
  [/^enrolment/, 'enrollment'],
  [/^fulfil(ment|ments)?$/, 'fulfill$1'],
  [/^instalment/, 'installment'],
  [/^programme(s?)$/, 'program$1'],
  // Greek "ae" and "oe" in medical words, by how the word starts: "paediatric", "anaesthetic", "oesophagus".
  [/^paed/, 'ped'],
  [/^anaes/, 'anes'],
  [/^anaem/, 'anem'],
  [/^haem(?=\p{L})/u, 'hem'],
  [/^leukaem/, 'leukem'],
  [/^orthopaed/, 'orthoped'],
  [/^gynaec/, 'gynec'],
  [/^oesoph/, 'esoph'],
  [/^oestr/, 'estr'],
  [/^diarrhoe/, 'diarrhe'],
  [/^foet/, 'fet'],
  [/^ischaem/, 'ischem'],
  [/^caesar(?=e?an)/, 'cesar'],
  [/^coeliac/, 'celiac'],
  [/^oedem/, 'edem'],
  [/^dyspnoe/, 'dyspne'],
  [/^apnoe/, 'apne'],
  [/^faec/, 'fec'],
  [/^aetiolog/, 'etiolog'],
];

function words(list: string): string {
  return list.split(/\s+/).filter(Boolean).join('|');
}

/** The American spelling of a British word (lower case), or the word itself; memoised, as ingest asks per word. */
export function americanSpelling(word: string): string {
  let american = spelt.get(word);
  if (american === undefined) {
    american = word;
    for (const [british, us] of RULES)
      if (british.test(word)) {
        american = word.replace(british, us);
        break;
      }
    // A bounded memo, as the stems' own: a stream of unique tokens must not grow it forever.
    if (spelt.size > 200_000) spelt.clear();
    spelt.set(word, american);
  }
  return american;
}

const spelt = new Map<string, string>();
