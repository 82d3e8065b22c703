/**
 * @module Whether a piece of text holds the kind of fact a question expects: an amount has a currency or a
 * percentage, a duration a number with a unit of time, a date a month or a calendar date, and so on.
 */
import { tokenize } from '../../core/index.js';
import {
  CURRENCIES,
  CURRENCY_COLUMN,
  currenciesAsked,
  currencyAfterSource,
  currencyBeforeSource,
  currencyHeaderSource,
  HOUR_H_MINUTES,
  holdsMoneyIn,
  WORD_CODE_AFTER_FIGURE,
  WORD_LIKE_CODES,
} from '../normalise/index.js';
import type { AnswerType } from './question.js';

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|half an?|an?)';
const NUMBER = `(?:\\d[\\d,.]*|${NUMBER_WORD})`;
const COUNT_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)';
// A length under an hour, in the languages lengths of time are read in.
const UNDER_AN_HOUR =
  'seconds?|secs?|segundos?|secondes?|second[io]|sekunden?|seconden|sekunder|sekundi|sekund|minutes?|mins?|minutos?|minut[oi]|minuten|minuut|minutt(?:er)?|minuter|minuta';
// Units of time in English and in the languages site notes are written in ("25 Arbeitstage", "2 días").
const UNIT = `(?:${UNDER_AN_HOUR}|hours?|days?|nights?|weeks?|months?|years?|hrs?|(?:arbeits)?tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?|stunden?|jours?|semaines?|mois|années?|heures?|días?|semanas?|meses|años?|dias|mês|anos|horas?|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|dag(?:en)?|weken|maand(?:en)?|jaar|uur|(?:kalender|virke|arbeids|arbets|arbejds)dag(?:er|ar|e)?|dag(?:er|ar|e)|uker?|veck(?:a|or)|uger?|måned(?:er)?|månad(?:er)?|timmar|tjedana|mjeseci|godina)`;
// Words that say what kind of days or hours a length counts: "10 working days", "5 unused days", "8 sick days",
// "3 consecutive nights", "5 school days".
const KIND_OF_TIME =
  '(?:working|calendar|business|school|term|teaching|trading|banking|office|duty|full|clear|consecutive|unused|paid|unpaid|extra|additional|sick|leave|holiday|vacation|annual|personal|rest|lieu|study|training|carry-over|banked)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
// A day of a month in the languages site notes are written in ("16 marzo", "15 de dezembro"), after a day's
// number and as a whole word ("2 mains" is no date); names that are English words too ("3 mars bars", "2 mai
// tais") only before a year.
const FOREIGN_DAY =
  '\\b\\d{1,2}\\.?\\s+(?:de\\s+)?(?:(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|avril|juin|juillet|août|septembre|octobre|décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|augustus)(?![a-zà-ÿ])|(?:mars|mai|mayo|mei)\\s+\\d{4})';

// A time of day ("14:00", "9.30", "1.20 p.m."), not an amount written the same way: "£12.40", "Hourly rate (GBP):
// 12.40", "1.20 p" (pence), "1.20%".
// The hour and its minutes with an "h" between, as France, Portugal, Quebec and Latin America write them ("05h35",
// "14h30", "7 h 30").
const CLOCK = `(?:(?<![£$€]\\s?|\\b(?:GBP|EUR|USD|CHF)\\)?:?\\s?)\\b\\d{1,2}[:.]\\d{2}\\b(?!\\s?(?:%|p\\b(?!\\.\\s?m\\b)|pence|euros?|pounds?|gbp|eur|usd))|${HOUR_H_MINUTES})`;
// The 24-hour clock with its "hrs", as hospitals, armies and rosters write it: "0730hrs", "0900–1300hrs", "0900 -
// 1300 hrs", "2200 hrs", "at 2200 hours" and "from Saturday 2200 hours"; not "1500 hrs of training", "2000 hours"
// or "2900hrs". Without its "hrs", as mines and camps write it, only where the words before it say a time is given
// ("Mess open: 1600 – 2000", "prestart at 0545"): a range that opens before 20:00 or a time with its leading zero;
// not "Room 0412", "1000 – 1500 kg", "1914–1918" or a phone number's "0800 123 456". Shared by every reader of a
// time of day.
const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
const TIME_CUE =
  '(?:at|from|until|till|til|by|opens?|closes?|open|starts?|finish(?:es)?|departs?|arrives?|leaves?|times?|hours|shift|prestart|breakfast|lunch|dinner|crib|smoko|meals?|mess)';
const BARE_CLOCK = `(?<=\\b${TIME_CUE}\\b[^\\n.;\\d$€£]{0,25})(?<![\\d.,:/#$€£-])(?<!\\d\\s)\\b(?:[01]\\d[0-5]\\d\\s?[–-]\\s?${HHMM}|0\\d[0-5]\\d)\\b(?!\\s?\\d|[.,:/-]\\d|\\s?(?:kg|km|rpm|words|pages|%|litres?|liters?|tonnes?|people|staff))`;
// A timetable's cell under its departure or arrival ("Departs: 1330", "Perth to Marra Ridge › Arrives: 1525"): a
// time, whatever its first figure (no flight departs in a year).
const TIMETABLE_CELL = `(?<=\\b(?:departs?|arrives?|departure|arrival)[^\\S\\n]?:[^\\S\\n]?)${HHMM}\\b(?![.,:/-]?\\d)`;
const HOURS_CLOCK = `\\b${HHMM}(?:\\s?(?:[–-]|to)\\s?${HHMM})?\\s?hrs?\\b(?!\\s+of\\b)|(?<=\\b(?:at|from|by|until|till|before|after)\\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s)?)${HHMM}\\s?hours\\b|${BARE_CLOCK}|${TIMETABLE_CELL}`;
const HOURS_CLOCK_AT = new RegExp(HOURS_CLOCK, 'giu');

/** Whether a time on the 24-hour clock starts at `index` of `text` ("from Saturday 2200hrs", "prestart at 0545"). */
export function clockAt(text: string, index: number): boolean {
  return [...text.matchAll(HOURS_CLOCK_AT)].some((m) => m.index === index);
}

// A day told by its place in something ("the second day of induction", "your first week", "the end of the month").
// Said after "on", "in", "at"…, and not naming a thing: "led by the first shift supervisor" and "£5 for the first
// night" say no day.
const RELATIVE_DAY =
  '\\b(?:on|in|during|by|from|within|at)\\s+(?:the|your|their|each|every)\\s+(?:first|second|third|fourth|fifth|last|final)\\s+(?:day|week|month|shift|night)\\b(?!\\s+(?:supervisors?|managers?|leads?|leaders?|teams?|crews?|workers?|staff|rates?|pay|allowances?|premiums?)\\b)|\\b(?:at|by|from)\\s+the\\s+(?:end|start|beginning)\\s+of\\s+(?:the|your|each|every|their)\\s+(?:day|week|month|shift|year|quarter|term)\\b';

const SHAPES: Record<AnswerType, RegExp | undefined> = {
  // An amount in figures (in any currency: MONEY; in cents: "75¢ a cup"), or said in words: "free", "no charge",
  // "in full", "not reimbursed", "no limit".
  // A measured limit ("5 mph", "20 kg", "3,0 µg/kg", "35 ppm", "85 dB(A)"; "7 bar" and "10 mm" only where the
  // figure ends, not "2 bar staff"), pay for a length of time ("one month's net salary") or a multiple of pay
  // ("4 times your basic salary", "1.5 × basic", "1,5 times", "double the normal hourly wage", "time-and-a-half")
  // is one too; pay for a length of time in French, Spanish or Portuguese as well ("un mois de salaire de base").
  amount:
    /\b(?:\d+|one|two|three|four|five|six|half a)\s+(?:month|week|day)(?:['’]s|s['’])\s+(?:net |gross |basic |base )?(?:salary|pay|wages?)\b|\b(?:un|une|deux|trois|uno|una|dos|tres|um|uma|dois|\d+)\s+(?:mois|mes|meses|m[êe]s|semaines?|semanas?|jours?|d[íi]as?)\s+de\s+(?:salaire|salario|sal[áa]rio|sueldo|paie|paga)\b|\d\s?(?:mph|km\/h|kph|kg|kilos?|tonnes?|litres?|liters?|°c|°f|ppm|ppb|[µμ]g\/(?:kg|l|m3|m³)|mg\/(?:kg|l|m3|m³)|ng\/l|g\/l|[µμ]m|microns?|db\s?\(a\)|dba|psi|kpa|lbs?|libras?)(?![a-z])|\d\s?(?:bar|mm|cm|ml|lux|db)(?=\s*(?:[.,;:)·|]|$))|\b(?:\d+|two|three|four|five|six|ten) times (?:your |their |the )?(?:annual |basic |base |pensionable |gross ){0,3}(?:salary|pay|earnings)\b|\d\s?%|\b(?:rate|amount|price|cost|fee|fees|allowance|salary)\s*(?:\([^)]*\))?\s*:\s*[£$€]?\d|\d\s?(?:p(?!\.\s?m\b)|pence|percent|per cent|cents?)\b|\d\s?¢|(?<![\w-])free\b(?!-)|\b(?:no charge|at no cost|in full|no limit|not (?:reimbursed|refunded|paid|covered|claimable)|cannot be claimed|costs? nothing|free of charge|(?:are|is|be) not charged (?:for|extra)|no (?:extra |additional )?(?:fee|cost))\b|\b(?:double|triple) time\b|\btime[- ]and[- ]an?[- ](?:half|third|quarter)\b|\d[.,]\d{1,2}\s?(?:×|x\b|times\b)|\d\s?[×x]\s?(?:the |your )?(?:normal |basic |base |ordinary |regular |hourly |usual )*(?:rate|pay|wages?|salary)\b|\b(?:\d|two|three) times (?:the |your )?(?:normal |basic |base |ordinary |regular |hourly |usual ){0,3}(?:rate|pay|wages?|salary)\b|\b(?:double|triple|twice) (?:the |your )(?:normal |basic |base |ordinary |regular |hourly |usual ){0,3}(?:rate|pay|wages?|salary)\b(?!\s+(?:scales?|bands?|reviews?|periods?|cycles?|increments?|grades?|slips?))/i,
  // "six months", "60 days", or a table cell under a unit ("Replacement cycle (months): 36", "rei_hours: 48"; not a rate per unit, "cost_per_night: 9500", nor a
  // clock, "opening_hours: 08:00");
  // not the end of a date before a "day:" cell ("date: 2026-01-06 day: Tuesday").
  // A frequency before a list still says one ("every 30 minutes: label straight, lot number readable").
  duration: new RegExp(
    `(?<![\\d./£$€-])\\b${NUMBER}(?:\\s+or\\s+(?:more|fewer|less|longer))?[\\s-]+(?:${KIND_OF_TIME} ){0,2}(?:${UNIT}|ans)\\b(?!\\s*:\\s*\\S)|\\bevery ${NUMBER}[\\s-]+(?:${KIND_OF_TIME} ){0,2}${UNIT}\\b|\\(${UNIT}\\)\\s*:\\s*\\d|\\b${UNIT}\\s*:\\s*\\d|(?<![a-z]_per)_(?:hours|hrs|days|weeks|months|years|minutes|mins)\\s*:\\s*\\d+(?![\\d:.])|\\b(?:immediately|same day|next working day|annually|yearly|monthly|weekly|daily|nightly|quarterly|fortnightly|biannually|bi-annually|every (?:(?:other|second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) )?(?:day|night|shift|week|fortnight|month|quarter|term|year)|every (?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve) ?(?:shifts|rotations|cycles|uses|washes|wears|visits|trips|runs|loads|services|inspections|sessions|rounds|batches|launches|flights|sailings|crossings|km|kilometres|kilometers|miles|operating hours|running hours|engine hours)\\b|(?:once|twice|\\d+ times|two times|three times|four times) (?:a|per|each|every) (?:day|night|shift|week|fortnight|month|quarter|term|year)|no (?:time )?limit|indefinitely|unlimited)`,
    'i',
  ),
  // "When" is answered by a date, a day, a time of day or a relative time ("within 24 hours", "weekdays", "on the
  // second day of induction", "at the end of the month").
  date: new RegExp(
    `${CLOCK}|${HOURS_CLOCK}|${RELATIVE_DAY}|\\b\\d{1,2}\\s?(?:am|pm)\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:weekdays?|weekends?|working days?|business days?|today|tomorrow|immediately|before|after|within|until)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b${MONTH}\\b|${FOREIGN_DAY}|\\b${WEEKDAY}s?\\b|\\b(?:19|20)\\d{2}\\b`,
    'i',
  ),
  // Hours as people write them: "9 to 5", "8–18", "9.30-5.30" too.
  time: new RegExp(
    `${CLOCK}|${HOURS_CLOCK}|\\b\\d{1,2}\\s?(?:am|pm)\\b|\\b(?:noon|midday|midnight)\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:to|–|-|until|till)\\s?\\d{1,2}(?:[:.]\\d{2})?\\b(?!\\s?(?:%|days?|weeks?|months?|years?|hours?|minutes?))`,
    'i',
  ),
  // A count is a number ("3", "three", "twice"): "a laptop" counts nothing.
  // Money is no count ("£30.00 a night" answers no "how many nights").
  count: new RegExp(
    `(?<![£$€\\d.,])\\b(?:\\d[\\d,.]*|${COUNT_WORD})\\b(?!\\s?(?:p|pence|euros?|pounds?)\\b)|\\b(?:twice|thrice|unlimited|none|no limit)\\b`,
    'i',
  ),
  // A name (two capitalised words) or a role that answers "who".
  person:
    /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+|\b(?:manager|officer|director|head|lead|team|desk|department|partner|chief|coordinator|administrator|warden|representative)\b/u,
  // A phone number ("0808 157 0655", "+44 20 7946 0000"), an extension ("extension 4400", "extension: 4400",
  // "his extension is 4419"; in the site notes' languages too: "extensión 4400"), a short emergency number or an
  // e-mail address; not an ISO date.
  contact:
    /(?<![\d-])(?!\d{4}-\d{2}-\d{2})\+?\(?\d[\d ()-]{6,}\d(?![\d-])|\b(?:extension|extensión|extensão|interno|toestel|poste|durchwahl|nebenstelle|ext\.?|x)(?:\s?|\s*:\s*|\s+is\s+)(?!(?:19|20)\d\d\b)\d{3,5}\b|\b(?:call|ring|dial|phone)\s+\d{3}\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
  // A cause or a purpose ("because…", "so that…", "to protect…", "this means…"), a rule it follows ("required by
  // law") or, inside a sentence, the condition it depends on ("in hours if you work 12-hour shifts"). Not "since"
  // (a date, as often), "this is", nor a sentence that opens with "If" (what to do in a case, not why).
  reason:
    /\b(?:because|so that|so as to|in order to|due to|owing to|as a result|thanks to|the reason|otherwise|by law|required by|under (?:the )?(?:law|act|regulations?)|legally|(?:this|which) (?:means|ensures|protects|helps|allows|lets|avoids|prevents|stops)|to (?:ensure|make sure|protect|prevent|avoid|comply))\b|[\p{L}\d)],?\s(?:if|unless)\b|,\s+so\s/iu,
  // Where and how-to answers have no shape words can check reliably: any passage about them may hold one.
  place: undefined,
  steps: undefined,
  'yes-no': undefined,
  other: undefined,
};

/**
 * True when `text` holds a fact of the kind `type` (always true for yes/no and other questions). Given the
 * question, a "who" answer needs a name the question does not already say ("Owen Barraclough", not the
 * "Safety Manager" it asks about).
 */
export function holdsAnswerType(raw: string, type: AnswerType, question?: string): boolean {
  // Markdown emphasis is not part of what a sentence says: "every **third night**" is "every third night".
  const text = raw.replace(/\*\*|__/g, '').replace(CLAUSE_NUMBER, '');
  const asked = question === undefined ? undefined : shapeAsked(text, type, question);
  if (asked !== undefined) return asked;
  const re = SHAPES[type];
  if (!re) return true;
  if (
    type === 'amount' &&
    (MONEY.test(text) ||
      isRateRow(text) ||
      MONEY_FIELD.test(text) ||
      WORD_CODE_FIELD.test(text) ||
      MONEY_HEADER.test(text) ||
      inCurrencyRow(text))
  )
    return true;
  // "When does the link expire?" / "How early must I be there?" are also answered by a length of time
  // ("valid for 30 minutes", "30 minutes before departure"); not by a length in characters or pages.
  if ((type === 'date' || type === 'time') && SHAPES.duration!.test(text)) return true;
  return re.test(text);
}

/**
 * True when `text` says when something happens in the words of a date, a day or a time ("Friday 15 January",
 * "before your shift"), not only as a length of time ("30 hours a week"), which answers "when" only at a pinch.
 */
export function saysWhen(raw: string): boolean {
  return SAYS_WHEN.test(raw.replace(/\*\*|__/g, '').replace(CLAUSE_NUMBER, ''));
}

// A day, a date or a time of day in its own words: not "before", "within" or a year alone, and "May" only beside a
// day's number ("You may leave" says no month). A day of every month counts too ("on the last working day of the
// month", "at the end of each month").
const DAY_OF_MONTH =
  /\b(?:(?:first|second|third|fourth|fifth|last|final|\d{1,2}(?:st|nd|rd|th)?)\s+(?:working\s+|business\s+|calendar\s+|week)?day|end|start|beginning)\s+of\s+(?:the|each|every)\s+(?:calendar\s+)?month\b(?!\s+(?:report|reports|close|closing|figures|stock|count|run))/
    .source;
const SAYS_WHEN = new RegExp(
  `${CLOCK}|${DAY_OF_MONTH}|${HOURS_CLOCK}|\\b\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b(?!may\\b)${MONTH}\\b|\\b\\d{1,2}\\s+May\\b|\\bMay\\s+\\d|\\b${WEEKDAY}s?\\b|\\b(?:noon|midday|midnight)\\b`,
  'i',
);

// What the question's own words settle about the answer's shape; undefined when they settle nothing.
function shapeAsked(text: string, type: AnswerType, question: string): boolean | undefined {
  // A rate the asker gave ("on top of the 10% OPV") is no answer: the text must say one of its own.
  if (type === 'amount' && onlyRatesGiven(text, question)) return false;
  if (type === 'person' && asksWhoHolds(question))
    return newNames(text, question).some((name) => isPersonName(name.replace(OPENING_VERB, '')));
  if (type === 'person' && ASKS_PAYER.test(question) && PAYER.test(text)) return true;
  if (type === 'person') return newNames(text, question).length > 0 || newRole(text, question);
  if (type === 'amount' && !inAskedCurrency(text, question)) return false;
  if (type === 'amount' && PAY_ASKED.test(question) && onlyMeasured(text)) return false;
  // "What percentage of my pay goes to NIB?", "What's the interest rate on a staff loan?": a share is said as one
  // ("7.5%", "half", "interest-free"), not by "$60.00 a pay".
  if (type === 'amount' && SHARE_ASKED.test(question)) return SHARE_SAID.test(text);
  if (type === 'contact') return contactAsked(text, question);
  if (type === 'duration') return durationAsked(text, question);
  // "How much public liability insurance…?" counts in money: "at least $20 million".
  if (type === 'count' && /\bhow much\b/i.test(question) && MONEY.test(text)) return true;
  return undefined;
}

// The share itself asked: "what percentage", "what's the interest rate on…" (not a sum asked "with the interest rate").
const SHARE_ASKED =
  /\bwhat\s+(?:percentage|proportion|per\s?cent)\b|\bwhat\s*%|\bhow many per\s?cent\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:the\s+|my\s+|our\s+)?interest rates?\b|\bwhat interest\b|\brate of interest\b/i;
// A share as said: a percentage, a fraction of something ("half of", "a third", not "each quarter" or "the third
// Friday"), or no interest at all.
const SHARE_SAID =
  /\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b|\bpourcentage\b|\b(?:pour|por)\s?c(?:i?ento|ent)\b|\bprocent|\bprozent|\bper\s?cento\b|(?:%|\bpct|\bpercent)\)?\s*:\s*\d|\b(?:half|one[-\s]half|a[-\s]third|one[-\s]third|two[-\s]thirds|a[-\s]quarter|one[-\s]quarter|three[-\s]quarters|a[-\s]fifth|a[-\s]tenth)\s+(?:of|the|your|their|its|his|her)\b|\binterest[-\s]free\b|\bno interest\b/i;

// A question about pay, a price or a charge is answered in money, not by a measured quantity alone: "how much pay
// for Sunday?" is not answered by "Working pressure is 8 bar."
const PAY_ASKED =
  /\b(?:pay|paid|wages?|salary|salaries|price|prices|cost|costs|fees?|fares?|bonus(?:es)?|rates? of pay|pay rates?|overtime rates?|reimburse[sd]?)\b/i;
const MEASURED =
  /\d\s?(?:mph|km\/h|kph|kg|kilos?|tonnes?|litres?|liters?|°c|°f|ppm|ppb|[µμ]g\/(?:kg|l|m3|m³)|mg\/(?:kg|l|m3|m³)|ng\/l|g\/l|[µμ]m|microns?|db\s?\(a\)|dba|psi|kpa|lbs?|libras?|bar|mm|cm|ml|lux|db)(?![a-z])/gi;

// Whether the only amount a text holds is a measured quantity ("8 bar", "20 kg"): without them it holds none.
function onlyMeasured(text: string): boolean {
  const rest = text.replace(MEASURED, ' ');
  return rest !== text && !holdsAnswerType(rest, 'amount');
}

// What a "how long" question's own words settle about its answer's shape; undefined when they settle nothing.
function durationAsked(text: string, question: string): boolean | undefined {
  // "How long does a password have to be?" asks for a length, answered in characters, words or pages.
  if (ASKS_LENGTH.test(question) && LENGTH.test(text)) return true;
  // "How far ahead…?" is answered by "no later than 16.00 the day before".
  if (ASKS_AHEAD.test(question) && DAY_BEFORE.test(text)) return true;
  // "How far ahead…?" by a length said ahead of something ("at least 10 working days before"), not by a length of
  // something else ("Annual leave: 18 working days"); "how much notice" asks the length of a notice, said any way.
  if (ASKS_LEAD.test(question) && !SAID_AHEAD.test(text)) return false;
  // "How often…?" is answered by a rate or an occasion too: "1 in 5 exits", "5 shirts each year", "when worn".
  if (ASKS_OFTEN.test(question) && OFTEN.test(text)) return true;
  // "How many days off…?" is not answered by "15 seconds" or "45 minutes" alone: a count of days is said in days
  // (or in hours: "48 hours' notice"; in any language's days: only a length under an hour is known to miss it).
  if (ASKS_DAYS.test(question) && SHORT_LENGTH.test(text) && !HOURS_OR_LONGER.test(text)) return false;
  return undefined;
}

// A question that counts in days or longer ("how many days off", "how many working days", "how many weeks").
const ASKS_DAYS = /\bhow many (?:[\p{L}-]+ ){0,2}?(?:days?|weeks?|months?|years?)\b/iu;
// A length of time shorter than an hour, with its figure ("15 seconds", "45 min", "15 secondi").
const SHORT_LENGTH = new RegExp(
  `(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?\\s?-?\\s?(?:${UNDER_AN_HOUR})(?![\\p{L}])`,
  'iu',
);
// A count of an hour or longer, in the languages lengths of time are read in ("1 working day", "3 dias", "a week",
// "48 hours"): what such a count is said in. Its figure first: "an approved unit" or "the timer" counts nothing.
const HOURS_OR_LONGER =
  /(?<![\p{L}\d])(?:\d+(?:[.,]\d+)?|an?|one|two|three|half an?)\s?-?\s?(?:[\p{L}-]+\s+){0,2}?(?:hours?|hrs?|horas?|heures?|ore|stunden?|uur|timmar|sati|godzin\p{L}*|valand\p{L}*|час\p{L}*|days?|weeks?|months?|years?|fortnights?|días?|dias|semanas?|meses|mes|años?|anos|ano|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|jours?|semaines?|mois|ans|années?|tage?n?|wochen?|monate?n?|jahre?n?|dag(?:en|ar|e|er)?|weken|maand(?:en)?|jaar|uker?|veck(?:a|or)|uger?|måned(?:er)?|månad(?:er)?|dana|tjed(?:an|na|ana)|mjesec[ia]?|godin[ae]?|dni|dzie[ńn]|tygodni[ea]?|miesi[ąa]c\p{L}*|rok|dien\p{L}*|savait\p{L}*|m[ėe]nes\p{L}*|ден\p{L}*|дн\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет)(?![\p{L}])/iu;

const RATE = /\d+(?:[.,]\d+)?\s?%/g;
const plainRate = (r: string) => r.replace(/\s/g, '').replace(',', '.');
// Whether the text's figures are percentages, every one of them a percentage the question already states.
function onlyRatesGiven(text: string, question: string): boolean {
  const asked = new Set((question.match(RATE) ?? []).map(plainRate));
  if (!asked.size) return false;
  const rates = (text.match(RATE) ?? []).map(plainRate);
  const figures = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return rates.length > 0 && rates.length === figures.length && rates.every((r) => asked.has(r));
}

// A clause's number before its first word ("5.2  Not counted: …", "12. The company…") counts nothing and is
// no date: "1.5 days" is a figure, read as one.
const CLAUSE_NUMBER = /^\s*(?:\d+(?:\.\d+)+\.?|\d+[.)])\s+(?=\p{Lu})/u;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

// What a question for a contact asks in particular: "What is the email address of the EAP?" is not answered by
// its phone line; "What is the paybill number?" by the number itself, however many figures it has. Undefined:
// any contact answers.
function contactAsked(text: string, question: string): boolean | undefined {
  if (ASKS_EMAIL_ONLY(question)) return EMAIL.test(text);
  if (asksNumberOfThing(question) && ANY_NUMBER.test(text)) return true;
  return undefined;
}

// A number asked for by what it numbers ("paybill number", "policy number"), not one to ring ("phone number",
// "the helpline's number", "the number I call"): a number of four figures or more answers it (not a date's year).
const asksNumberOfThing = (question: string) =>
  /\b[\p{L}-]+\s+(?:number|no\.)(?!\s+(?:do|should|can|to|i|we|for)\b)/iu.test(question) &&
  !/(?:\b(?:phone|mobile|cell|telephone|contact|emergency|help ?line|hotline|fax|whats ?app|direct|office|desk|switchboard|extension|landline)|['’]s)\s+(?:number|no\.)/i.test(
    question,
  ) &&
  !/\b(?:ring|call|dial|phone|text|reach|contact)\b/i.test(question);
// Not a year ("January 2027") nor a time of day in a range ("0800–1700").
const ANY_NUMBER = /(?<![\d.,/–-])(?!(?:19|20)\d\d(?!\d))\d{4,}(?!\d|[.,/–-]\d)/;
const ASKS_EMAIL_ONLY = (question: string) =>
  /\be-?mail\b/i.test(question) && !/\b(?:phone|number|ring|call|extension|ext)\b/i.test(question);

// A figure with a currency's sign, code or name, in any currency ("£5", "R22 000", "CAD 2,000", "450 rupees").
// A sign after the figure too, as much of Europe and Quebec write it ("150,00 €", "12,50 €", "18,50 $"), and a code
// that is a word too after a figure only money is written as ("1 500,00 CUP").
const MONEY = new RegExp(
  `${currencyBeforeSource()}\\s?\\d|\\d\\s?(?:[€£¥₹₱₦₮₩₫₪₺₴₽₸₾$]|${currencyAfterSource()})|${WORD_CODE_AFTER_FIGURE}`,
  'u',
);

// A table's column named in a currency ("deposit_kes: 5,000", "Amount (EUR): 12", "USD: 40"): its figure is money.
// The code in capitals, or after an underscore in a column's name; not a code that is a word too ("try", "pen",
// "mad", "sar", "php", "cop", "ron", "ars", "GEL", "MNT"). The column's name is short, so a long run of spaces is
// read once.
// The codes that are words too, but for "AED" (a column of dirhams, as a table names it) and with "ARS" (a word).
const FIELD_WORD_CODES = new Set([...WORD_LIKE_CODES, 'ARS']);
FIELD_WORD_CODES.delete('AED');
// "ECD" too, as Eastern Caribbean tables name their dollar ("rate_ecd: 15.40") beside its ISO code, XCD.
const FIELD_CODES = [...CURRENCIES.map((c) => c.code).filter((code) => !FIELD_WORD_CODES.has(code)), 'ECD'];
const MONEY_FIELD = new RegExp(
  `(?:^|[·\\n])[^\\S\\n]{0,3}[\\p{L} _(]{0,40}?(?:(?<![\\p{L}])(?:${FIELD_CODES.join('|')})|_(?:${FIELD_CODES.map((c) => c.toLowerCase()).join('|')}))(?![\\p{L}])\\)?\\s*:\\s*\\d`,
  'u',
);

// Codes that end a column's name as units: "_kgs" (kilograms).
const UNIT_CODES = new Set(['KGS']);
// A column named for money and in a code that is a word too ("costo_reposicion_cup: 3600.00", "price_try: 450"):
// money, where "hand_gel: 2" or "world_cup: 2030" is not.
const WORD_CODE_FIELD = new RegExp(
  `(?:^|[·\\n])[^\\S\\n]{0,3}[\\p{L}\\d_]{0,40}?(?:amount|price|cost|fee|valor|valeur|custo|costo|coste|pre[cç]o|precio|prix|tarifa|tarif|monto|montant|importe)[\\p{L}\\d_]{0,30}_(?:${[
    ...FIELD_WORD_CODES,
  ]
    .filter((c) => !UNIT_CODES.has(c))
    .map((c) => c.toLowerCase())
    .join('|')})\\s*:\\s*\\d`,
  'iu',
);

// A cell under a column named in its currency ("Monthly rent (kr.) › Room for one: 78.000"): its figure is money.
const MONEY_HEADER = new RegExp(currencyHeaderSource(), 'u');

// A table row whose "currency" cell names the currency of its figures ("rate_per_task: 8400 · currency: MWK ·
// extra_per_unit: 2900", "costo_reposicion: 12500 · moneda: CRC"): a cell of figures beside it is money.
const CURRENCY_CELL = new RegExp(
  `(?:^|[·\\n])[^\\S\\n]{0,3}(?:${CURRENCY_COLUMN})\\s*:\\s*(?:${CURRENCIES.map((c) => c.code).join('|')})(?![\\p{L}])`,
  'iu',
);
// A cell of figures named for money ("rate_per_task", "extra_per_unit", "limit"), not for days, a phone or a code; in
// the languages whose sites name their columns so too ("valor", "custo_se_perdido", "monto", "montant", "prix",
// "bedrag", "Betrag", "belopp", "kwota", "importo", "jumlah").
const FIGURE_CELL =
  /(?:^|[·\n])[^\S\n]{0,3}[\p{L}\d _()]{0,40}?(?:amount|rate|price|cost|fee|charge|pay|allowance|limit|value|extra|bonus|salary|wage|total|deposit|fine|premium|tariff|refund|valor|valeur|custo|costo|coste|co[uû]t|pre[cç]o|precio|prix|tarifa|tarif|monto|montant|importe|sal[aá]rio|salaire|subs[ií]dio|pr[eé]mio|premio|prime(?=[\s_:(])|multa|reembolso|remboursement|l[ií]mite|bedrag|betrag|bel[øo]b|belopp|bel[øo]p|kwota|importo|iznos|tutar|jumlah|harga|[öo]sszeg|tarief|(?<![\p{L}])(?:preis|kosten|summa)(?![\p{L}]))[\p{L}\d _()]{0,30}:\s*\d[\d,. ]*(?:\s*(?:[·\n]|$)|\s+(?:a|an|per|por|par|au)\s)/iu;
const inCurrencyRow = (text: string) => CURRENCY_CELL.test(text) && FIGURE_CELL.test(text);

// A table row of rates whose figures carry no currency ("unit: per week · cairns: 89.40"): a figure in cents
// beside what it is paid per is an amount.
function isRateRow(text: string): boolean {
  if (!TABLE_FIELD.test(text) || !RATE_UNIT.test(text)) return false;
  // "06.30" may be a time of day: only a figure no clock shows ("89.40", "112.40") is surely money, unless the
  // row names its currency in words ("notes: Dollars per hour" beside "1.25").
  const money = CURRENCY_WORD.test(text);
  return [...text.matchAll(CENTS_FIGURE)].some((m) => money || Number(m[1]) > 23 || Number(m[2]) > 59);
}

// "Dollars per hour", "euros a day": a currency said in words as what a figure is paid in ("2.30 pounds" of
// weight is no money).
const CURRENCY_WORD = /\b(?:dollars?|euros?|pounds?|cents?)\s+(?:per|an?|each)\b/i;

// A row read as "column: value" fields.
const TABLE_FIELD = /[\p{L})]: \S/u;

const RATE_UNIT =
  /\bper (?:hour|day|night|shift|week|fortnight|month|year|km|kilometre|kilometer|mile|trip|call-out|meal)\b/i;
const CENTS_FIGURE = /(?<![\d.:/])(\d{1,5})\.(\d{2})(?![\d.:/])/g;

const ASKS_AHEAD = /\bhow (?:far (?:ahead|in advance)|early|much (?:notice|warning))\b/i;
const DAY_BEFORE =
  /\bthe (?:(?:working|business) )?(?:day|night|evening|week|month) before\b|\bthe previous (?:working |business )?day\b/i;
const ASKS_LEAD = /\bhow (?:far (?:ahead|in advance)|early)\b/i;
const SAID_AHEAD =
  /\b(?:before|beforehand|ahead|in advance|advance|notice|prior|earlier|early|no later than|in good time|warning|lead time|preceding|avant|pr[ée]avis|antelaci[óo]n|antes|antecip\w*|anteced[êe]ncia|vorher|vorab|im voraus|vor der|vor dem|vor beginn|prima|preavviso|vooraf|van tevoren|opzegtermijn)\b/i;
const ASKS_OFTEN = /\bhow often\b/i;
const OFTEN =
  /\b(?:each|per|every)\s+(?:day|night|shift|week|fortnight|month|quarter|term|season|year|visit|trip|use|load|crop)\b|\ba\s+(?:day|night|shift|week|fortnight|month|quarter|term|season|year)\b|\b(?:\d+|one)\s+in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|ten|twenty)\b|\bwhenever\b|\b(?:when|once|if|as soon as)\s+(?:it|they|yours?)\s+(?:is|are|gets?|becomes?)\s+(?:worn|damaged|scratched|broken|faulty|torn|cracked|dirty|lost)\b|\bat random\b/i;
const ASKS_LENGTH = /\bhow long (?:does|do|must|should|can|is|are|has|have)\b[^?]*\bbe\b/i;
const LENGTH = /\b\d+\s+(?:characters|letters|digits|words|pages)\b/i;

// A question that names its currency ("in euros", "how many rand") is answered by an amount in it: £18 is no
// answer to "the monthly contribution in euros", nor S$40 to "in ringgit".
function inAskedCurrency(text: string, question: string): boolean {
  const named = currenciesAsked(question);
  return named.length !== 1 || holdsMoneyIn(text, named[0]!);
}

// A role or a department that answers "who" ("your line manager", "the People Team", "HR", "Finance"), or a
// way to reach one (an e-mail address, a phone number).
const ROLE =
  /\b(?:manager|officer|director|head|lead|team|desk|department|partner|chief|coordinator|administrator|warden|representative|committee|board|supervisor|finance|payroll|legal|reception|facilities|security|support|helpdesk|[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{7,}\d)\b/gi;

// "Who pays the fine?", "who covers the cost?": the company, the employer or an insurer answers it, as a role does.
const ASKS_PAYER = /\bwho\s+(?:(?:will|would|should|has to|must)\s+)?(?:pays?|bears?|funds?|foots?)\b/i;
const PAYER =
  /\b(?:paid|covered|borne|funded|met)\s+by\s+(?:the\s+)?(?:company|employer|organisation|organization|insurer|insurance)\b|\b(?:the\s+)?(?:company|employer|insurer)\s+(?:pays|covers|bears|funds|meets)\b/i;

// A role the answer names that the question did not ("your line manager" for "who approves…").
// Departments known by capitals only ("IT", "HR"): matched with their case, or every "it" would be one.
const ACRONYM_ROLE = /\b(?:IT|HR|HSE|PR)\b/g;

/**
 * Whether a question (or a part) asks who holds a role ("Who is the HR manager?", "…, and who's our HR
 * coordinator?"): a person's name answers it; another role ("your line manager", "the People Team") does not.
 * Only a role's title: "who is the contact for…" or "who is the person who approves it?" may be answered by a team.
 */
export const asksWhoHolds = (question: string) => WHO_HOLDS.test(question);

/**
 * Whether a text gives a time of day ("8.00am to 6.00pm", "21:00", "noon", "0830–1700 hrs"), not only a length of time
 * ("1 hour", "1-2 hrs") or another figure ("12.50 a session", "Section 4.12").
 */
export const holdsTimeOfDay = (text: string) => TIME_OF_DAY.test(text.replace(/\*\*|__/g, ''));

const TIME_OF_DAY = new RegExp(
  `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])|(?<![\\d.:])\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b(?![:\\d])|\\b(?:noon|midday|midnight)\\b|${HOURS_CLOCK}`,
  'i',
);

const WHO_HOLDS =
  /(?:^|[,.;?!]\s*|\b(?:and|but|so)\s+)who(?:\s+is|\s+are|['’]s)\s+(?:the|our|my)\s+(?:[\p{L}&-]+\s+){0,3}?(?:manager|officer|director|head|lead|coordinator|co-ordinator|administrator|warden|representative|rep|supervisor|adviser|advisor|controller|secretary|chair|chairperson|president|ceo|cfo|coo|cto|superintendent|marshal|marshall|aider|champion|partner|librarian|foreman|chef)\b(?!\s+(?:team|office|department|line|desk)\b)/iu;

// A capitalised run that is a role, a team, a document or a product ("People Team", "Health and Safety
// Manager", "Staff Handbook", "Microsoft Teams"), not a person.
const ROLE_NAME =
  /\b(?:Manager|Officer|Director|Head|Lead|Team|Teams|Desk|Department|Partner|Chief|Coordinator|Administrator|Warden|Representative|Committee|Board|Supervisor|Adviser|Advisor|Champion|Aider|Centre|Center|Hub|Office|Service|Services|Unit|Line|Operations|Handbook|Policy|Portal|App)$/;

// A sentence that opens with what to do ("Ask HR Operations", "Contact People Services", "See the Staff
// Handbook"): its first capitalised word is a verb, not a first name.
const OPENING_VERB =
  /^(?:Ask|Contact|See|Speak|Call|Phone|Ring|Email|E-mail|Write|Talk|Tell|Go|Visit|Use|Log|Raise|Send|Check|Read|Book|Please)\s+/;

// A name left once an opening verb is gone, of two words or more, that is not a role, a team or a document.
const isPersonName = (name: string) => /\s/.test(name.trim()) && !ROLE_NAME.test(name);

function newRole(text: string, question: string): boolean {
  const asked = new Set(tokenize(question));
  const roles = [...text.matchAll(ROLE), ...text.matchAll(ACRONYM_ROLE)];
  return roles.some((m) => !asked.has(tokenize(m[0])[0] ?? m[0].toLowerCase()));
}

/** Names (runs of two or more capitalised words) in `text` with a word the question does not contain. */
export function newNames(text: string, question: string): string[] {
  const asked = new Set(tokenize(question));
  return [...text.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4}/gu)]
    .map((m) => m[0])
    .filter((name) => tokenize(name).some((w) => !asked.has(w)));
}
