/**
 * @module Words people use for the same thing in questions and in documents ("vacation" and "annual leave",
 * "boss" and "line manager"): a small English thesaurus of everyday workplace, customer and policy vocabulary.
 * It lets the answerability check see that a question's word is covered by a passage that says it
 * differently. Groups are general, not written for any one corpus: a short list here, a general workplace
 * thesaurus in thesaurus-groups.ts (written by someone who had seen neither benchmark corpus) and regional
 * Englishes' everyday words in thesaurus-regional.ts (written by someone who had seen none of the corpora).
 */
import { tokenize } from '../../core/index.js';
import { THESAURUS_GROUPS } from './thesaurus-groups.js';
import { REGIONAL_GROUPS } from './thesaurus-regional.js';

const GROUPS: string[][] = [
  ['vacation', 'holiday', 'leave', 'annual leave', 'time off', 'pto', 'days off'],
  ['boss', 'manager', 'line manager', 'supervisor', 'team lead'],
  ['ill', 'sick', 'sickness', 'unwell', 'illness'],
  ['salary', 'pay', 'wage', 'wages', 'earnings', 'remuneration', 'compensation'],
  ['job', 'role', 'position', 'post'],
  ['employee', 'staff', 'worker', 'colleague', 'personnel'],
  ['hire', 'recruit', 'recruitment', 'hiring'],
  ['dismiss', 'dismissal', 'terminate', 'termination'],
  ['quit', 'resign', 'resignation', 'notice'],
  ['refund', 'reimburse', 'reimbursement', 'repay', 'money back'],
  ['expense', 'expenses', 'claim', 'costs'],
  ['cost', 'price', 'fee', 'charge', 'rate'],
  // Paying for a thing is being charged for it ("won't I be paying for skipped weeks?": "not charged").
  ['pay', 'charge', 'charged'],
  ['cheap', 'inexpensive', 'low cost'],
  ['allowance', 'stipend', 'per diem', 'subsistence'],
  ['budget', 'allowance', 'limit', 'cap'],
  ['maximum', 'max', 'cap', 'limit', 'ceiling', 'most'],
  ['minimum', 'min', 'least', 'floor'],
  ['car', 'vehicle', 'automobile'],
  ['mileage', 'miles', 'distance'],
  ['phone', 'mobile', 'telephone', 'cell'],
  ['email', 'e-mail', 'mail'],
  ['laptop', 'notebook', 'computer', 'device'],
  ['password', 'passphrase', 'passcode', 'pin'],
  ['wifi', 'wi-fi', 'wireless', 'network'],
  ['hotel', 'accommodation', 'room'],
  ['flight', 'air travel', 'fly', 'plane'],
  ['train', 'rail'],
  ['trip', 'travel', 'journey', 'business trip'],
  ['meal', 'food', 'subsistence'],
  ['lunch', 'midday meal'],
  ['dinner', 'evening meal', 'supper'],
  ['breakfast', 'morning meal'],
  ['office', 'site', 'premises', 'workplace', 'building'],
  ['home', 'remote', 'house'],
  ['hybrid', 'remote', 'flexible'],
  ['broadband', 'internet'],
  ['heating', 'energy', 'utilities'],
  ['parent', 'parental', 'maternity', 'paternity'],
  // Not "adoption": a child's birth does not answer a question about adopting one.
  ['baby', 'child', 'birth'],
  ['training', 'course', 'learning', 'development', 'education'],
  ['exam', 'examination', 'test', 'assessment'],
  ['deadline', 'due', 'cut-off', 'latest'],
  ['start', 'begin', 'commence', 'first day'],
  ['end', 'finish', 'close', 'closing'],
  ['open', 'opening', 'working day'],
  ['closed', 'shut'],
  ['weekend', 'saturday', 'sunday'],
  ['morning', 'am'],
  ['yearly', 'annual', 'annually', 'per year', 'each year', 'a year'],
  ['monthly', 'per month', 'each month', 'a month'],
  ['weekly', 'per week', 'each week', 'a week'],
  ['daily', 'per day', 'each day', 'a day'],
  ['report', 'notify', 'tell', 'inform', 'let know'],
  ['contact', 'reach', 'call', 'get in touch'],
  ['ask', 'request', 'apply', 'application'],
  ['approve', 'approval', 'sign off', 'authorise', 'authorize'],
  ['rule', 'policy', 'procedure', 'guideline', 'regulation'],
  ['allowed', 'permitted', 'may', 'can', 'entitled', 'eligible'],
  ['forbidden', 'prohibited', 'not allowed', 'banned'],
  ['entitlement', 'entitled', 'eligible', 'eligibility'],
  ['replace', 'replacement', 'renew', 'refresh', 'swap'],
  ['lost', 'missing', 'stolen', 'theft'],
  ['ordinary', 'everyday', 'usual', 'routine'],
  // A death in the family is what bereavement leave is for: "my gran passed away", "time off for the funeral".
  ['death', 'died', 'dies', 'passed away', 'bereavement', 'bereaved', 'funeral'],
  ['broken', 'damaged', 'faulty', 'defective'],
  ['helmet', 'hard hat'],
  ['safety', 'health and safety', 'hse'],
  ['injury', 'accident', 'incident', 'hurt'],
  ['doctor', 'gp', 'physician', 'medical'],
  ['dentist', 'dental'],
  ['insurance', 'insurer', 'underwriter'],
  // "cover" keeps a sense of its own, so no phrase lends it another ("dental cover" / "dental plan" would make a
  // cover letter a plan).
  ['cover', 'coverage'],
  ['pension', 'retirement'],
  ['bonus', 'incentive', 'reward'],
  ['overtime', 'ot', 'extra hours', 'additional hours'],
  ['on call', 'standby', 'on-call'],
  ['trial', 'probation', 'probationary'],
  ['new starter', 'new joiner', 'new hire', 'onboarding'],
  ['cancel', 'cancellation', 'withdraw'],
  ['delivery', 'shipping', 'dispatch', 'drop off'],
  ['order', 'purchase', 'buy'],
  ['return', 'send back'],
  ['account', 'login', 'sign in', 'profile'],
  ['eu', 'europe', 'european', 'eea', 'european union'],
  ['uk', 'united kingdom', 'britain', 'england'],
  ['us', 'usa', 'united states', 'america'],
  ['germany', 'german'],
  ['france', 'french'],
  ['austria', 'austrian'],
  ['spain', 'spanish'],
  ['italy', 'italian'],
  ['warden', 'marshal'],
  ['whistleblowing', 'speak up', 'raise a concern'],
  // Not beside "speak up", which is "speak" once its stop word goes: "Speak to your manager" reports no fraud.
  ['whistleblowing', 'report fraud', 'report wrongdoing'],
  ['anonymously', 'anonymous', 'in confidence', 'confidentially', 'without your name'],
  ['complaint', 'grievance', 'concern'],
  ['bike', 'bicycle', 'cycle', 'cycling'],
  ['parking', 'car park', 'park'],
  ['gift', 'present', 'hospitality'],
  ['taxi', 'cab', 'minicab', 'uber', 'ride'],
  ['subsidy', 'allowance', 'contribution', 'grant', 'subsidised'],
  ['highest', 'maximum', 'largest', 'biggest', 'most', 'top', 'cap', 'limit'],
  ['lowest', 'minimum', 'smallest', 'least'],
  ['qualify', 'eligible', 'eligibility', 'entitled', 'qualifying'],
  ['doctor', 'medical', 'gp', 'physician', 'fit note', 'sick note', 'certificate'],
  ['bump', 'accident', 'collision', 'damage', 'scrape', 'crash', 'incident'],
  ['hand back', 'return', 'give back'],
  ['spectacles', 'glasses', 'eye test', 'eyesight', 'vision'],
  ['notice', 'notice period'],
  // Not "leave": in a handbook it is time off far more often than a goodbye ("leave the company" says that).
  ['resign', 'quit', 'depart', 'departure'],
  ['joining', 'join', 'start', 'starter', 'new hire'],
  ['abroad', 'overseas', 'foreign', 'another country', 'international'],
  ['country', 'nation', 'state'],
  ['city', 'town'],
  ['firm', 'company', 'employer', 'business', 'organisation', 'organization'],
  ['colleague', 'coworker', 'co-worker', 'teammate'],
  ['meeting', 'appointment'],
  ['client', 'customer'],
  ['fix', 'repair', 'mend'],
  ['buy', 'purchase', 'order'],
  ['pay', 'paid', 'payment', 'payroll'],
  ['amount', 'sum', 'figure', 'total'],
  ['money', 'cash', 'funds', 'payment', 'paid'],
  ['card', 'credit card', 'debit card', 'payment card', 'payment method', 'corporate card'],
  ['receipt', 'proof', 'invoice'],
  ['deadline', 'within', 'no later than'],
  ['often', 'frequency', 'how frequently'],
  ['time', 'hour', 'clock'],
  ['day', 'date'],
  ['week', 'fortnight'],
  ['year', 'annual', 'annually', 'yearly'],
  ['morning', 'am', 'before noon'],
  ['afternoon', 'pm'],
  ['night', 'overnight', 'nightly'],
  ['stay', 'accommodation'],
  ['spouse', 'partner', 'husband', 'wife'],
  ['child', 'children', 'kid', 'dependant', 'dependent'],
  ['pregnant', 'pregnancy', 'expecting', 'maternity'],
  ['birthday', 'date of birth'],
  ['address', 'street', 'postal address', 'location'],
  ['thumb', 'usb', 'memory stick', 'flash drive', 'removable'],
  ['requirement', 'required', 'mandatory', 'compulsory'],
  ['check', 'verify', 'confirm'],
  ['change', 'update', 'amend', 'edit', 'modify'],
  ['delete', 'remove', 'erase'],
  ['error', 'problem', 'issue', 'fault', 'bug'],
  ['help', 'support', 'assistance', 'service desk', 'helpdesk'],
  ['device', 'equipment', 'hardware', 'kit'],
  ['screen', 'monitor', 'display'],
  ['headset', 'headphones'],
  ['software', 'application', 'app', 'program'],
  ['update', 'upgrade', 'patch'],
  ['backup', 'back up', 'copy'],
  ['secure', 'security', 'protect', 'protection'],
  ['data', 'information', 'records'],
  ['privacy', 'personal data', 'gdpr', 'data protection'],
  ['breach', 'leak', 'incident'],
  ['rest', 'break', 'recovery'],
  ['overtime', 'call-out', 'callout', 'call out'],
  ['shift', 'rota', 'roster'],
  ['bank holiday', 'public holiday', 'holiday'],
  ['ppe', 'protective equipment', 'safety gear'],
  ['boots', 'footwear', 'shoes'],
  ['uniform', 'workwear', 'clothing'],
  ['board', 'directors', 'trustees'],
  ['member', 'seat'],
  ['review', 'appraisal', 'evaluation', 'rating', 'performance review'],
  ['raise', 'increase', 'rise', 'pay rise'],
  ['promotion', 'promoted', 'progression'],
  ['share', 'proportion', 'percentage', 'percent'],
  // A dog is a pet, and so is a cat; but a dog is no cat.
  ['pet', 'dog', 'animal'],
  ['pet', 'cat', 'animal'],
  ['visa', 'work permit', 'immigration'],
  ['vegetarian', 'veggie', 'meat-free'],
  ['dish', 'recipe', 'meal'],
  ['mute', 'silence', 'turn off'],
  ['pf', 'provident fund'],
  ['2fa', 'two-factor', 'two-step verification', 'mfa', 'multi-factor'],
  ['allergy', 'allergies', 'allergen', 'allergens'],
];

// Every group as stemmed forms, each a sequence of stems.
const STEMMED: string[][][] = [...GROUPS, ...THESAURUS_GROUPS, ...REGIONAL_GROUPS].map((g) =>
  g.map((p) => tokenize(p)).filter((f) => f.length),
);

// A word with a meaning of its own (a wording of one word in some group) keeps it; only a word known from
// phrases alone takes a swap.
const SINGLE: ReadonlySet<string> = new Set(
  STEMMED.flatMap((forms) =>
    forms.filter((f) => f.length === 1 && forms.some((o) => o.join(' ') !== f[0])).map((f) => f[0]!),
  ),
);

// Every word of every group as written, in lower case ("wantoks", "buai"): the words the thesaurus itself lists.
const LISTED: ReadonlySet<string> = new Set(
  [...GROUPS, ...THESAURUS_GROUPS, ...REGIONAL_GROUPS].flat().flatMap((entry) => entry.split(/\s+/)),
);

/** Whether the thesaurus lists a word as written (lower case): not a slip that only stems like one of its words. */
export const isThesaurusWord = (word: string): boolean => LISTED.has(word.toLowerCase());

/** For each stemmed word, the stemmed words (and phrases) that may stand for it. */
const RELATED: Map<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const forms of STEMMED) addSingleWords(map, forms);
  for (const forms of STEMMED) addPhraseWords(map, forms, SINGLE);
  return map;
})();

function addSingleWords(map: Map<string, string[][]>, forms: string[][]): void {
  for (const form of forms)
    if (form.length === 1)
      addAlternatives(
        map,
        form[0]!,
        forms.filter((f) => f.join(' ') !== form[0]),
      );
}

function addPhraseWords(map: Map<string, string[][]>, forms: string[][], single: ReadonlySet<string>): void {
  for (const form of forms.filter((f) => f.length > 1))
    for (const word of form)
      if (!single.has(word)) addAlternatives(map, word, phraseWordAlternatives(word, form, forms));
}

// A word that stands for another only inside its phrase ("stat" for "bank" in "stat holiday"): the phrases it is
// swapped in, and the group's wordings that hold neither it nor those phrases, which it stands for alone.
const PHRASE_BOUND: Map<string, { phrases: string[][]; whole: string[][] }> = (() => {
  const bound = new Map<string, { phrases: string[][]; whole: string[][] }>();
  for (const forms of STEMMED)
    for (const form of forms.filter((f) => f.length > 1))
      for (const word of form)
        if (!SINGLE.has(word) && phraseWordAlternatives(word, form, forms).length)
          bindToPhrase(bound, word, form, forms);
  return bound;
})();

function bindToPhrase(
  map: Map<string, { phrases: string[][]; whole: string[][] }>,
  word: string,
  form: string[],
  forms: string[][],
): void {
  const bound = map.get(word) ?? { phrases: [], whole: [] };
  bound.phrases.push(form);
  const seen = new Set(bound.whole.map((f) => f.join(' ')));
  for (const f of forms)
    if (!f.includes(word) && !seen.has(f.join(' '))) {
      seen.add(f.join(' '));
      bound.whole.push(f);
    }
  map.set(word, bound);
}

// Each wording once per word.
function addAlternatives(map: Map<string, string[][]>, key: string, alts: string[][]): void {
  const held = map.get(key) ?? [];
  const seen = new Set(held.map((f) => f.join(' ')));
  const fresh = alts.filter((f) => !seen.has(f.join(' ')) && seen.add(f.join(' ')));
  if (fresh.length) map.set(key, [...held, ...fresh]);
}

// A word only one phrase of a group uses ("graveyard" in "graveyard shift") stands for the word another phrase
// has in its place, the rest being the same ("night" in "night shift"; "ring in sick" and "call in sick"). A
// word several phrases share is left alone: its sense depends on the phrase (tuned on the development sets).
function phraseWordAlternatives(word: string, form: string[], forms: string[][]): string[][] {
  const at = form.indexOf(word);
  if (forms.some((f) => f !== form && f.includes(word))) return [];
  const swapped = forms.filter(
    (f) => f !== form && f.length === form.length && f.every((w, i) => i === at || w === form[i]),
  );
  return swapped.map((f) => [f[at]!]);
}

/**
 * Stemmed alternatives of a stemmed word, each a sequence of stems (a phrase); empty when none are known. With the
 * question's stems, a word swapped only inside a phrase stands for the phrase's other wordings whole when the
 * question does not spell the phrase: "stat holiday" is "bank holiday" with "stat" as "bank", but "is Boxing Day a
 * stat?" asks of a "statutory holiday", not of the "bank" of banked time.
 */
export function alternativesOf(term: string, question?: readonly string[]): string[][] {
  const bound = question && PHRASE_BOUND.get(term);
  if (bound && !bound.phrases.some((p) => spells(question, p))) return bound.whole;
  return RELATED.get(term) ?? [];
}

// Whether the stems hold the phrase's, one after the other ("stat holiday", not "a stat? … holiday booked").
const spells = (stems: readonly string[], phrase: string[]) =>
  stems.some((_, i) => phrase.every((w, j) => stems[i + j] === w));

interface PhraseEntry {
  words: string[];
  alternatives: string[][];
}

// The thesaurus's phrases of two or more words, by their first stem.
const PHRASES: Map<string, PhraseEntry[]> = (() => {
  const map = new Map<string, PhraseEntry[]>();
  for (const forms of STEMMED)
    for (const words of forms.filter((f) => f.length > 1)) {
      const alternatives = forms.filter((f) => f !== words);
      map.set(words[0]!, [...(map.get(words[0]!) ?? []), { words, alternatives }]);
    }
  return map;
})();

/**
 * The thesaurus phrases a question's stemmed words spell, in order ("pay back" in "pay it back", whose stop
 * word is gone), each with its other wordings ("repay", "repayment"): the words of such a phrase are covered
 * by a passage that says it another way.
 */
export function phrasesIn(terms: string[]): PhraseEntry[] {
  return terms.flatMap((term, i) =>
    (PHRASES.get(term) ?? []).filter((p) => p.words.every((w, j) => terms[i + j] === w)),
  );
}
