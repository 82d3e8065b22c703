/**
 * @module Words people use for the same thing in questions and in documents ("vacation" and "annual leave",
 * "boss" and "line manager"): a small English thesaurus of everyday workplace, customer and policy vocabulary.
 * It lets the answerability check see that a question's word is covered by a passage that says it
 * differently. Groups are general, not written for any one corpus.
 */
import { tokenize } from '../../core/index.js';

const GROUPS: string[][] = [
  ['vacation', 'holiday', 'leave', 'annual leave', 'time off', 'pto', 'days off'],
  ['boss', 'manager', 'line manager', 'supervisor', 'team lead'],
  ['ill', 'sick', 'sickness', 'unwell', 'illness'],
  ['salary', 'pay', 'wage', 'wages', 'earnings', 'remuneration', 'compensation'],
  ['job', 'role', 'position', 'post'],
  ['employee', 'staff', 'worker', 'colleague', 'personnel'],
  ['hire', 'recruit', 'recruitment', 'hiring'],
  ['fire', 'dismiss', 'dismissal', 'terminate', 'termination'],
  ['quit', 'resign', 'resignation', 'notice'],
  ['refund', 'reimburse', 'reimbursement', 'repay', 'money back'],
  ['expense', 'expenses', 'claim', 'costs'],
  ['cost', 'price', 'fee', 'charge', 'rate'],
  ['cheap', 'inexpensive', 'low cost'],
  ['allowance', 'stipend', 'per diem', 'subsistence'],
  ['budget', 'allowance', 'limit', 'cap'],
  ['maximum', 'max', 'cap', 'limit', 'ceiling', 'most'],
  ['minimum', 'min', 'least', 'floor'],
  ['car', 'vehicle', 'automobile'],
  ['mileage', 'miles', 'distance'],
  ['phone', 'mobile', 'telephone', 'cell'],
  ['email', 'e-mail', 'mail'],
  ['laptop', 'notebook', 'computer'],
  ['password', 'passphrase', 'passcode', 'pin'],
  ['wifi', 'wi-fi', 'wireless', 'network'],
  ['hotel', 'accommodation', 'lodging', 'room'],
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
  ['baby', 'child', 'birth', 'adoption'],
  ['training', 'course', 'learning', 'development', 'education'],
  ['exam', 'examination', 'test', 'assessment'],
  ['deadline', 'due', 'cut-off', 'latest'],
  ['start', 'begin', 'commence', 'first day'],
  ['end', 'finish', 'close', 'closing'],
  ['open', 'opening', 'working day'],
  ['closed', 'shut', 'holiday'],
  ['weekend', 'saturday', 'sunday'],
  ['morning', 'am', 'early'],
  ['evening', 'night', 'pm', 'late'],
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
  ['broken', 'damaged', 'faulty', 'defective'],
  ['helmet', 'hard hat'],
  ['safety', 'health and safety', 'hse'],
  ['injury', 'accident', 'incident', 'hurt'],
  ['doctor', 'gp', 'physician', 'medical'],
  ['dentist', 'dental'],
  ['insurance', 'cover', 'insured'],
  ['pension', 'retirement'],
  ['bonus', 'incentive', 'reward'],
  ['overtime', 'extra hours', 'additional hours'],
  ['on call', 'standby', 'on-call'],
  ['trial', 'probation', 'probationary'],
  ['new starter', 'new joiner', 'new hire', 'onboarding'],
  ['cancel', 'cancellation', 'withdraw'],
  ['delivery', 'shipping', 'dispatch'],
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
  ['complaint', 'grievance', 'concern'],
  ['bike', 'bicycle', 'cycle', 'cycling'],
  ['parking', 'car park', 'park'],
  ['gift', 'present', 'hospitality'],
];

/** For each stemmed word, the stemmed words (and phrases) that may stand for it. */
const RELATED: Map<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const group of GROUPS) {
    const forms = group.map((phrase) => tokenize(phrase)).filter((f) => f.length > 0);
    for (const form of forms) {
      if (form.length !== 1) continue;
      const key = form[0]!;
      const others = forms.filter((f) => f.join(' ') !== key);
      map.set(key, [...(map.get(key) ?? []), ...others]);
    }
  }
  return map;
})();

/** Stemmed alternatives of a stemmed word, each a sequence of stems (a phrase); empty when none are known. */
export function alternativesOf(term: string): string[][] {
  return RELATED.get(term) ?? [];
}
