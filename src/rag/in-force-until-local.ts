/**
 * @module How long a document says it applies, said in the site's language: "Valida dal 1 aprile 2028 al 31 marzo
 * 2029", "Vigente hasta el 31/12/2027", "Gültig bis 31.03.2028", "Galioja iki 2028-12-31", "Vigencia: 01/04/2027 –
 * 31/03/2028". Read by `inForceUntil` beside the English sentences, with dates in the forms those languages write.
 */
import { monthNumber } from './normalise/index.js';

/** The last day a clause in another language says its document applies, as an ISO date. */
export function localUntilSaid(clause: string): string | undefined {
  if (LOCAL_EARLIER.test(clause)) return undefined;
  const said =
    clause.match(UNTIL_LOCAL)?.[1] ?? clause.match(RANGE_LOCAL)?.[1] ?? clause.match(SEASON_LOCAL)?.[1];
  return said === undefined ? undefined : localDateOf(said);
}

/**
 * The last day a sentence found inside a line says its document applies, when it names what applies ("Vozni red važi
 * do …"): one that opens with the words of force says it of what the sentence before named ("Kartica se izdaje na
 * portirnici. Važi do 31. maja 2031.").
 */
export function localUntilSaidOfSubject(sentence: string): string | undefined {
  return OPENS_WITH_FORCE.test(sentence) ? undefined : localUntilSaid(sentence);
}

/** An ISO date from a date as European languages write it: "2028-03-31", "31.03.2028", "31 de marzo de 2028", "2028 m. kovo 31 d.". */
export function localDateOf(text: string): string | undefined {
  // Without a Polish "r." or a Russian or Bulgarian "г." after the year or a full stop, and with "31. 12. 2027" closed up.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*[rг]\.$/, '')
    .replace(/\.$/, '')
    .replace(/(\d)\.\s+(?=\d)/g, '$1.');
  const iso = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Every language read here writes a date in figures day first.
  const figures = t.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  if (figures) return validDay(Number(figures[3]), Number(figures[2]), Number(figures[1]));
  const named = t.match(NAMED_DAY_FIRST);
  if (named) return withMonth(named[3]!, named[2]!, named[1]!);
  const yearFirst = t.match(NAMED_YEAR_FIRST);
  return yearFirst ? withMonth(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!) : undefined;
}

function withMonth(year: string, name: string, day: string): string | undefined {
  const month = monthNumber.get(name) ?? GENITIVE_MONTHS.get(name);
  return month === undefined ? undefined : validDay(Number(year), month, Number(day));
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

// Months as Croatian, Polish and Lithuanian write them in a date (the genitive), and Scandinavian, Romanian,
// Turkish, Bosnian and Serbian names the shared table lacks ("1. juna 2030", "31. maja 2031"). Not "listopada": October in Croatian, November in Polish.
const GENITIVE_MONTHS = new Map(
  (
    [
      [1, 'siječnja sijecnja stycznia sausio januari ianuarie ocak januar januara'],
      [2, 'veljače veljace lutego vasario februari februarie şubat subat februar februara'],
      [3, 'ožujka ozujka marca kovo martie mart marta'],
      [4, 'travnja kwietnia balandžio balandzio aprilie nisan'],
      [5, 'svibnja maja gegužės geguzes maj mayıs mayis'],
      [6, 'lipnja czerwca birželio birzelio iunie haziran jun juna'],
      [7, 'srpnja lipca liepos iulie temmuz jul jula'],
      [8, 'kolovoza sierpnia rugpjūčio rugpjucio augusti ağustos agustos avgusta augusta'],
      [9, 'rujna września wrzesnia rugsėjo rugsejo septembrie eylül eylul septembar'],
      [10, 'października pazdziernika spalio octombrie ekim oktobar'],
      [11, 'studenoga studenog lapkričio lapkricio noiembrie kasım kasim novembar'],
      [12, 'prosinca grudnia gruodžio gruodzio decembrie aralık aralik decembar'],
    ] as Array<[number, string]>
  ).flatMap(([n, names]) => names.split(' ').map((w) => [w, n] as const)),
);

// "31 de marzo de 2028", "31. März 2028", "31 ožujka 2028.", "1er avril 2028".
const NAMED_DAY_FIRST =
  /^(\d{1,2})(?:er|º|°)?\.?\s+(?:de\s+|d['’])?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})$/u;
// Lithuanian "2028 m. kovo 31 d.".
const NAMED_YEAR_FIRST = /^(\d{4})\s*m\.\s+(\p{L}+)\s+(\d{1,2})\s*d$/u;

// A date as these languages write it, whole: ISO, figures with dots, slashes or hyphens (spaced after a dot, as
// Croatian and Slovak write "31. 12. 2027", or with Polish "r."), or a month's name.
const DATE =
  "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?\\d{4}\\.?(?:\\s?[rг]\\.)?|\\d{1,2}(?:er|º|°)?\\.?\\s+(?:de\\s+|d['’])?\\p{L}{3,12}\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}\\.?|\\d{4}\\s*m\\.\\s+\\p{L}{4,12}\\s+\\d{1,2}\\s*d\\.?";
// The words of force in Spanish, Portuguese, Italian, French, German, Dutch, the Scandinavian languages, Croatian
// and its neighbours, Polish, Lithuanian, Romanian and Indonesian: the clause opens with them (after "Este
// documento", "Diese Regelung", at most four words), as an English "Valid until" does.
const DEMONSTRATIVE =
  'este|esta|estos|estas|aquest|aquesta|aquests|aquestes|questo|questa|questi|queste|ce|cette|ces|diese|dieser|dieses|deze|dit|denne|dette|disse|ovaj|ova|ovo|ove|ten|ta|to|šis|ši|šie|šios|acest|această|aceste|ini';
const VALID =
  'vigente|vigentes|vigent|vigents|v[áàa]lid[oa]s?|v[àa]lid(?:es|s)?|valid[aeio]|en vigor|em vigor|in vigore|valables?|valides?|en vigueur|g[üu]ltig|gilt|gelten|geldig|van kracht|gyldig|gjelder|g[æa]lder|giltig|g[äa]ller|vrijedi|vrijede|va[žz]i|va[žz]e|obowi[ąa]zuje|obowi[ąa]zuj[ąa]|wa[żz]n[ya]|galioja|velja|veljajo|veljaven|veljavn[aoi]|valabil[ăae]?|[îi]n vigoare|berlaku|действует|действителен|действительно|валиден|валидна|важи';
const FROM =
  'desde(?: el)?|des de|del|de|dal|dall[ae]|da|du|vom|von|ab|van(?:af)?|fra|fr[åa]n|od|nuo|din|dari|sejak|mulai|с|от';
// Words for "until" that say it alone; "al", "a" and "au" say it only after the day it begins ("válido del … al
// …"): "Vigente al 1 de marzo de 2027" is in force as of that day.
const UNTIL =
  "hasta(?: el)?|fins (?:al|a|el)|fino al|fino a|sino al|at[ée](?: a[o]?)?|jusqu['’](?:au|à)|bis(?: zum| einschlie[ßs]lich)?|tot(?: en met)?|t\\.\\s?o\\.\\s?m\\.|til(?: og med)?|till(?: och med)?|do|iki|p[âa]n[ăa] la|sampai(?: dengan)?|hingga|до|по";
const UNTIL_AFTER_FROM = `${UNTIL}|al|a|au`;
// The things a validity sentence is said of after "este", "diese", "ovaj"…: a document, its rules or its rates, not
// a card, a code or a certificate ("Esta tarjeta es válida hasta…").
const DOCUMENT_NOUN =
  'document\\p{L}{0,4}|pol[íi]tic\\p{L}{0,2}|politique|polityk\\p{L}|procedimient\\p{L}|procediment\\p{L}{0,2}|proc[ée]dur\\p{L}{0,2}|procedur\\p{L}{0,2}|procedūr\\p{L}|circular|circulaire|circolare|reglament\\p{L}{0,2}|regulament\\p{L}{0,2}|regolament\\p{L}|r[èe]glement|regulamin\\p{L}{0,2}|norm\\p{L}{0,4}|instrucci[oó]n|instru[çc][ãa]o|istruzion\\p{L}|instrukcj\\p{L}|nota|note|aviso|avviso|avis|p[áa]gina|page|seite|stranic\\p{L}|stránk\\p{L}|stron\\p{L}|puslap\\p{L}{0,2}|tabl\\p{L}{0,2}|tabel\\p{L}{0,2}|tabell\\p{L}{0,2}|tableau|tarif\\p{L}{0,2}|tariff\\p{L}|versi\\p{L}{0,3}|vers[ãa]o|verzi\\p{L}{0,2}|wersj\\p{L}|fassung|regelung|richtlinie|anweisung|verfahren|regeling|richtlijn|regler|rutine\\p{L}{0,2}|instruks|pravilnik\\p{L}{0,2}|upute|uputa|odluk\\p{L}|smernic\\p{L}|predpis|tvark\\p{L}|taisykl\\p{L}{0,3}|lentel\\p{L}|peraturan|prosedur|halaman|rates?|rules?';
// A timetable names itself without "this" ("Vozni red važi od 1. juna 2030. do 31. maja 2031.").
const TIMETABLE = 'vozni\\s+red|red\\s+vo[žz]nje|fahrplan|dienstregeling|k[øo]replan|tidtabell';
const OPENS_WITH_FORCE = new RegExp(`^\\W*(?:${VALID})(?![\\p{L}])`, 'iu');
const UNTIL_LOCAL = new RegExp(
  `^\\W*(?:(?:${DEMONSTRATIVE})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_NOUN})(?:\\s+[\\p{L}-]+){0,3}?\\s+|(?:${TIMETABLE})\\s+)?(?:${VALID})(?:\\s*:)?\\s+(?:(?:(?:${FROM})\\s+(?:(?:el|le|la|il|l[’'])\\s*)?(?:${DATE})\\s+(?:${UNTIL_AFTER_FROM}))|(?:${UNTIL}))\\s+(?:(?:el|le|la|il|l[’'])\\s*)?(${DATE})(?![\\p{L}\\d])`,
  'iu',
);
// A labelled period, its label in bold or beside its English: "**Vigencia:** del 1 de febrero de 2027 al 31 de enero
// de 2028", "Vlefshmëria / Valid:  01.01.2027 - 31.12.2028", "Vigencia: 01/04/2027 – 31/03/2028", "Gültigkeit: 01.04.2027 - 31.03.2028", "Season: 01.05.2028 -
// 30.09.2028", "Срок действия: 01.01.2028 – 31.12.2028", "Période de validité : du 01/08/2026 au 31/07/2028", "Période d'application : du 1er juin 2026 au 31 décembre 2029".
const RANGE_LOCAL = new RegExp(
  `^\\W*(?:\\p{L}+\\s*\\/\\s*)?(?:season|period|validity(?: period)?|valid|срок действия|период действия|период|сезон|действует|срок на действие|валиден|валидност|vigencia|vig[êe]ncia|vig[èe]ncia|validesa|validez|validit[àa]|validit[ée]|p[ée]riode de validit[ée]|p[ée]riode d['’]application|g[üu]ltigkeit|geltungsdauer|geldigheid|geldig|gyldighet|gyldig|g[æa]lder|gjelder|g[äa]ller|giltighet|giltig|velja|veljavnost|va[žz]enje|vrijedi|galiojimas|galioja|wa[żz]no[śs][ćc]|obowi[ąa]zuje|valabilitate|valabil[ăa]?|masa berlaku|berlaku|vlefshm[ëe]ria|afati i vlefshm[ëe]ris[ëe])[*_]*\\s*:?[*_]*\\s+(?:(?:${FROM})\\s+)?(?:${DATE})\\s*(?:[–—]|\\s-|-(?=\\d)|\\s(?:${UNTIL_AFTER_FROM}|to|until|through)\\s)\\s*(${DATE})(?![\\p{L}\\d])`,
  'iu',
);
// A period in brackets after the words of force: "Vrijedi za sezonu 2036. (01.04.2036. – 31.10.2036.)", "Valid for the
// 2026-27 and 2027-28 harvests (01/11/2026 - 29/02/2028)".
const SEASON_LOCAL = new RegExp(
  `^\\W*(?:(?:${VALID})\\s|valid for\\s)[^\\n()]{0,40}\\(\\s*(?:(?:${FROM})\\s+)?(?:${DATE})\\s*(?:[–—]|\\s-)\\s*(${DATE})\\s*\\)`,
  'iu',
);
// A clause about what came before ("la versión anterior era válida hasta…", "die frühere Regelung galt bis…").
const LOCAL_EARLIER =
  /(?<![\p{L}])(?:anterior|anteriores|precedente|precedenti|pr[ée]c[ée]dent[es]?|ancien(?:ne)?s?|vorherige[nrs]?|fr[üu]here[nrs]?|bisherige[nrs]?|vorige|forrige|tidligere|f[öo]reg[åa]ende|prethodn\p{L}*|poprzedni\p{L}*|ankstesn\p{L}*|sebelumnya|lama)(?![\p{L}])/iu;
