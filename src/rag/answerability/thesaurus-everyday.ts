/**
 * @module The everyday part of the workplace thesaurus (its rules are thesaurus-groups.ts's): everyday verbs and
 * their formal equivalents, casual words for people and care, British words for family, food and things, other
 * Englishes' words for clothes, food and vehicles, leave or pay given back as money, and machines by their
 * everyday names.
 */

/** Groups of everyday words and the words a handbook uses for them, one group per line. */
// biome-ignore format: one group per line keeps the list readable and easy to review
export const EVERYDAY_GROUPS: readonly (readonly string[])[] = [
  // Everyday verbs and their formal equivalents
  ['bring in', 'provide', 'supply', 'bring along', 'bring with you'],
  ['chopper', 'heli', 'helicopter'],
  ['rent', 'house charge', 'housing charge', 'accommodation charge', 'lodging charge', 'room charge'],
  ['raise the alarm', 'raise an alarm', 'sound the alarm', 'call for help'],
  ['breathalyser', 'breathalyzer', 'breath test', 'breath-tested', 'breath tested', 'breath alcohol test', 'alcohol test'],
  ['sort out', 'resolve', 'resolution', 'get sorted', 'rectify', 'remedy', 'fix'],
  ['fill in', 'fill out', 'complete the form', 'fill in the form', 'fill out the form', 'complete a form'],
  ['submit a request', 'put in a request', 'make a request', 'raise a request', 'send a request', 'file a request'],
  ['collect', 'collection', 'pickup', 'fetch'],
  ['kick in', 'take effect', 'come into effect', 'start', 'begin', 'commence'],
  ['bluetooth', 'hands-free', 'hands free', 'handsfree'],
  ['idle', 'inactivity', 'inactive'],
  ['therapist', 'counsellor', 'counselor', 'psychologist'],
  ['needlestick', 'needle-stick', 'needle stick', 'needle', 'sharps injury'],
  ['sauna', 'steam room', 'thermal suite', 'spa facilities'],
  ['online course', 'e-learning', 'elearning', 'online training', 'online module'],
  ['kp', 'kitchen porter', 'pot wash', 'potwasher'],
  ['referee', 'reference', 'give a reference', 'write a reference'],
  // Casual words for people and care
  ['lads', 'guys', 'folks', 'colleagues', 'staff', 'workers', 'crew'],
  ['ladies', 'women', 'woman', 'female staff', 'female employees', 'women employees'],
  ['physio', 'physiotherapy', 'physiotherapist', 'physical therapy'],
  ['elderly', 'older people', 'older residents', 'pensioner', 'pensioners', 'senior citizen', 'senior citizens'],
  ['server', 'waiter', 'waitress', 'waiting staff', 'wait staff', 'food and beverage assistant'],
  ['jumper', 'sweater', 'pullover', 'jersey', 'cardigan'],
  ['trouble', 'difficulty', 'difficulties', 'hardship', 'money worries', 'financial difficulty', 'skint'],
  // Everyday British words for family, food and things (none with an everyday sense of its own: not "nicked",
  // which is also a cut finger, nor "broke", "hard up" or "lift share", whose stems are "broke", "hard", "lift")
  ['grandparent', 'grandmother', 'grandfather', 'grandma', 'grandad', 'gran', 'nan', 'nana', 'nanna'],
  ['wife', 'missus'],
  ['breakfast', 'brekkie', 'brekky'],
  // Weekdays as tables write them.
  ['weekday', 'weekdays', 'monday to friday', 'mon to fri', 'mon-fri'],
  ['sunglasses', 'sunnies'],
  ['christmas', 'xmas'],
  ['dog', 'pup', 'puppy'],
  ['tachograph', 'tacho'],
  ['car share', 'carpool', 'carpooling'],
  ['conversation', 'chat'],
  ['busy', 'rammed', 'hectic'],
  ['helpline', 'advice line', 'support line', 'counselling line'],
  ['deduct', 'deducted', 'deduction', 'skim'],
  // Everyday words of other Englishes for clothes, food and vehicles (Canadian, Australian, South African)
  ['beanie', 'woolly hat', 'toque', 'tuque', 'knit hat', 'winter hat'],
  ['sandwich', 'butty', 'sarnie'],
  ['ute', 'bakkie', 'pickup truck', 'pick-up truck', 'light delivery vehicle'],
  ['minibus', 'kombi', 'minivan', 'people carrier', 'shuttle bus'],
  // Leave or pay given back as money
  ['cash in', 'sell back', 'sold back', 'paid out', 'pay out', 'payout'],
  // What keeps a chilled delivery cold
  ['ice pack', 'cold pack', 'gel pack', 'freezer pack', 'freezer block', 'ice brick'],
  // Time a mother back at work takes to feed her baby
  ['feeding break', 'nursing break', 'nursing interval', 'breastfeeding break', 'lactation break', 'breastfeeding time'],
  // The week, month or year after this one, as rules say it
  ['next week', 'following week'],
  ['next month', 'following month'],
  ['next year', 'following year'],
  // Machines as the people who use them call them
  ['fingerprint scanner', 'fingerprint machine', 'fingerprint reader', 'finger machine', 'thumb machine', 'biometric scanner', 'biometric reader', 'biometric machine'],
  ['guillotine', 'paper cutter', 'paper guillotine'],
  // South Asian and Gulf English at work: going home on leave, the camp's supervisor
  ['going native', 'native leave', 'home leave', 'home country leave', 'leave to your home country'],
  ['camp boss', 'camp supervisor', 'camp manager', 'camp in-charge', 'accommodation supervisor', 'camp coordinator'],
  // The everyday word for what a handbook names more exactly: a fuel bay is where a driver fills up with diesel
  // (added after reading Qawsalla's development questions).
  ['fuel', 'diesel'],
];
