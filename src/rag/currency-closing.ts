/**
 * @module What a document's last lines say about whether it still applies: document control writes a successor or a
 * stamp at the end as often as at the start ("SUPERSEDED BY: RH-POL-04 Revisao 2 (PDF)", "ERSTATTET AV: … (HMS-07)",
 * "[STAMP] CANCELLED - Payroll office - 30/06/2036").
 */
import { CODE } from './currency-codes.js';

// A stamp labelled so, at the start or the end ("[STAMP]   CANCELLED   -   Payroll office   -   30/06/2036"): not a
// list's "CANCELLED – Forklift refresher – 20/03/2036", which is about an event.
export const LABELLED_STAMP =
  /(?:^|\n)[^\p{L}\n]*\[(?:STAMP|STEMPEL|SELLO|CARIMBO|TAMPON)\][^\S\n]*(?:CANCELL?ED|RESCINDED|REVOKED|WITHDRAWN|ANNUL[EÉ]E?|ANULADO|CANCELADO)(?![\p{L}])/u;
// A last line that names what replaced this document ("SUPERSEDED BY: RH-POL-04 Revisao 2 (PDF), vigencia
// 01/06/2035."), as document control writes it at the end as often as at the start: capitalised, as a line of its
// own opens ("… on a Sunday is\nreplaced by the next working day" is a sentence wrapped).
const OLD_CLOSING =
  /(?:^|\n)[^\p{L}\n]*(?:Superseded|SUPERSEDED|Replaced|REPLACED) (?:by|BY)\b[^\S\n]*:?[^\S\n]*\S[^\n]*$/u;
// The same in the site's language or over two lines ("ERSTATTET AV: Arbeidsbåt og sjøsikkerhet (HMS-07), gjeldende
// fra\n15.09.2036", "Replaced by: Table of primes 2037 (DRH/2036/118), from\n01/01/2037.", or a rule after it),
// when it names a document by its code or dates it: "erstattet av arbeidsgiver" is also reimbursed by the employer,
// and "Replaced by: the deputy lead when absent.\nQuestions to HR." names no document.
const REPLACED_BY =
  '[Ss]uperseded by|SUPERSEDED BY|[Rr]eplaced by|REPLACED BY|[Ee]rstattet a[vf]|ERSTATTET A[VF]|[Ee]rsatt av|ERSATT AV|[Ee]rsetzt durch|ERSETZT DURCH|[Rr]emplac[ée]e? par|REMPLAC[ÉE]E? PAR|[Ss]ustituid[oa] por|SUSTITUID[OA] POR|[Rr]eemplazad[oa] por|REEMPLAZAD[OA] POR|[Ss]ubstitu[íi]d[oa] por|SUBSTITU[ÍI]D[OA] POR|[Ss]ostituit[oa] da|SOSTITUIT[OA] DA|[Vv]ervangen door|VERVANGEN DOOR';
const LOCAL_CLOSING = new RegExp(
  `(?:^|\\n)[^\\p{L}\\n]*(?:${REPLACED_BY})(?![\\p{L}])(?=[^\\n]*(?:\\n[^\\n]*)?$)[^]*?(?:${CODE}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})`,
  'u',
);

/** A line at the start naming, in the site's language, what replaced this document by its code or date. */
// "Remplacée par : Note de service DG n° 2031-07 du 14/04/2031"; "Remplacé par le jour ouvrable suivant" names none,
// and a list's item or a table's cell ("| Remplacé par le badge B-12") is about something else.
// Capitalised as a line of its own opens ("…est\nremplacé par le lundi 26/12/2033" wraps a sentence); English's is
// REPLACED_BY_LINE's, and Norwegian's "erstattet av" is also "reimbursed by".
const REPLACED_BY_LOCAL =
  'Ersatt av|ERSATT AV|Ersetzt durch|ERSETZT DURCH|Remplac[ée]e? par|REMPLAC[ÉE]E? PAR|Sustituid[oa] por|SUSTITUID[OA] POR|Reemplazad[oa] por|REEMPLAZAD[OA] POR|Substitu[íi]d[oa] por|SUBSTITU[ÍI]D[OA] POR|Sostituit[oa] da|SOSTITUIT[OA] DA|Vervangen door|VERVANGEN DOOR';
// The kinds of document a successor is named by ("Note de service DG n° 2031-07", "Circular RH-04"), not a badge or a
// day ("Remplacé par le badge BA-12", "Remplacé par : lundi 26/12/2033").
const DOCUMENT_WORD =
  '[Nn]ote|NOTE|[Cc]irculaire|[Cc]ircular|[Cc]ircolare|[Pp]olitique|[Pp]ol[íi]tica|[Pp]roc[ée]dure|[Pp]rocedimiento|[Pp]rocedimento|[Pp]rocedura|[Vv]ersion|[Vv]ersi[óo]n|[Vv]ers[ãa]o|[Vv]ersie|[Ff]assung|[Rr][ée]vision|[Rr]evisi[óo]n|[Rr]evis[ãa]o|[Dd]ocument|[Dd]ocumento|[Dd]okument|[Bb]ar[èe]me|[Gg]uide|[Gg]u[íi]a|[Rr][èe]glement|[Rr]eglamento|[Rr]egulamento|[Nn]orma|[Nn]ota|[Rr]ichtlinie|[Aa]nweisung|[Rr]egel|[Bb]eleid|[Mm]anual|[Mm]anuel|[Hh]andbuch|NOTE DE SERVICE|CIRCULAIRE|CIRCULAR|VERSION|VERSI[ÓO]N|PROC[ÉE]DURE|POL[ÍI]TICA|POLITIQUE';
export const REPLACED_BY_LOCAL_LINE = new RegExp(
  `(?:^|\\n)(?:\\*\\*|[^\\p{L}\\n\\-*•|])*(?:${REPLACED_BY_LOCAL})(?![\\p{L}])[^\\S\\n]*:?[^\\S\\n]*(?:(?:la|le|el|la|o|a|die|der|das|de|het)\\s+)?(?:${DOCUMENT_WORD})(?![\\p{L}])[^\\n]*?(?:${CODE}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})`,
  'u',
);

// A last line that says when it was replaced, then by what ("Remplacée le 01/11/2028 par la page DarNet « Cantine
// et navettes ».", "Replaced on 1 March 2029 by FIN-07.", "Sustituida el 01/03/2029 por…", "Replaced from 2029. 03.
// 01. by HR-09"): the day makes it a
// document's own record, not a rule ("Lost badges are replaced by reception"), a change log's numbered item ("2.
// Replaced on 1 March 2027 by a flat allowance") or German "erstattet … durch" (reimbursed by).
const DATED_CLOSING =
  /(?:^|\n)[^\p{L}\p{N}\n]*(?:replaced|superseded|remplac[ée]e?s?|sustituid[oa]s?|reemplazad[oa]s?|substitu[íi]d[oa]s?|sostituit[oa]|ersetzt|vervangen|ersatt|zamijenjen[oa]?|zast[ąa]pion[ya]|pakeist[ai]s?)\s+(?:(?:on|from|as of|le|el|am|op|il|em|den|dne|nuo)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4})\s*,?\s+(?:by|par|por|durch|door|da|av|af|od|przez)(?![\p{L}])[^\n]*$/iu;

// A note added at the end that this document is replaced ("[Note added by Camp Admin, 02/11/2036: these house rules
// are replaced by the Rimal Base Camp guide on GhafNet.]", "from 01.01.2028 this order is replaced by the Allowances
// Table 2028"), not a rule that something else is ("Lost badges are
// replaced by reception"). A summary, a booklet or a standard only with the successor's figure ("this standard is
// replaced by version 5", "…by Retirement Plan Highlights 2034"): "a lost copy of this booklet is replaced by HR"
// is a rule.
const REPLACED_NOTE =
  /\b(?:this|these)(?: [\w-]+){0,2} (?:document|page|rules|procedure|policy|notice|guide|instructions?|circular|memo|memorandum|order|directive|regulations?|schedule|table|list|sheet|manual|handbook|bulletin) (?:is|are|has been|have been|was|were) (?:now )?(?:replaced|superseded) by\b(?![^.\n]*\b(?:every|each)\b)|\b(?:this|these)(?: [\w-]+){0,2} (?:summary|overview|booklet|leaflet|brochure|factsheet|fact sheet|standard) (?:is|has been|was) (?:now )?(?:replaced|superseded) by\b(?=[^\n]*\d)/i;

// The same said of this document in French, Spanish, Portuguese or Italian ("NB : cette note a été remplacée le
// 01/02/2029 par les Warehouse Shift Rules", "Esta circular fue sustituida por…", "cette version du 10/01/2029 est
// remplacée par…"), not of something else ("le badge perdu est remplacé par l'accueil").
const REPLACED_NOTE_LOCAL =
  /\b(?:cette|ce|cet|esta|este|questa|questo)\s+(?:note|page|document|documento|proc[ée]dure|procedimiento|procedimento|politique|pol[íi]tica|r[èe]glement|reglamento|regolamento|circulaire|circular|circolare|avis|aviso|avviso|nota|p[áa]gina|norma|instruction|instrucci[oó]n|istruzione|version|versi[oó]n|versione)(?:\s+(?:du|de|del|do|da|dal|della)\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:er|º)?\s+(?:de\s+)?\p{L}{3,10}\s+(?:de\s+)?\d{4}))?\s+(?:a\s+[ée]t[ée]|est|fue|ha\s+sido|foi|[èe]\s+stat[oa])\s+(?:remplac[ée]e?|abrog[ée]e?|annul[ée]e?|sustituid[oa]|reemplazad[oa]|derogad[oa]|substitu[íi]d[oa]|revogad[oa]|sostituit[oa]|abrogat[oa])\b/iu;

// A last line that says, in the past tense, that the document lost its force ("Утратило силу с 01.07.2028 (приказ №
// 47-к)", Bulgarian "Отменена от 01.01.2026 г."): done, not to come ("утрачивает силу с…" is still in force), and
// of the document with its day, not of an allowance a change list cancels ("отменена доплата за субботу").
const LOST_FORCE =
  /(?:^|\n)[^\p{L}\n]*(?:(?:утратил[аои]?|утратило)\s+силу|(?:отменен[аоы]?|отменён[аоы]?)\s+(?:с|от)\s+\d|(?:загубил[аио]?|изгубил[аио]?)\s+сила)[^\n]*$/iu;

// A stamp in capitals closing the document in the site's language: framed ("[ ANNULÉE ET REMPLACÉE PAR LE BARÈME
// 2030-2031 À COMPTER DU 01/10/2030 ]", "*** ANULADA ***") or dated ("REVOGADA - 31/12/2030", "ANULADA EL
// 31/01/2031"). Not a list's item ("- ANULADO – 19/03/2031", "• ANNULÉE"), a bare status under a meeting
// ("Réunion du 12/03\nANNULÉE"), a part replaced ("REMPLACÉ PAR F-14 DEPUIS 2030") nor a table's cell. English
// stamps are read by the patterns above.
const LOCAL_STATUS =
  'ANNUL[ÉE]E?|ANULAD[AO]|REVOGAD[AO]|REVOCAD[AO]|ABROG[ÉE]E?|DEROGAD[AO]|SUSTITUID[AO]|REEMPLAZAD[AO]|SUBSTITU[ÍI]D[AO]|REMPLAC[ÉE]E?|INGETROKKEN|VERVALLEN';
const DAY = '\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}';
const FRAMED_STAMP = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:\\[|\\*{2,}|={2,}|#{2,})[^\\S\\n]*(?:${LOCAL_STATUS})(?![\\p{L}])`,
  'u',
);
const DATED_STAMP = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:${LOCAL_STATUS})[^\\S\\n]*(?:[-–—:]|LE|EL|EM|OP|DESDE|DEPUIS|A PARTIR DE|À COMPTER DU)[^\\S\\n]*${DAY}`,
  'u',
);
const CLOSING_STAMP = { test: (closing: string) => FRAMED_STAMP.test(closing) || DATED_STAMP.test(closing) };

// A sentence of its last paragraphs that says this document stopped applying on a day ("This timetable stopped
// applying on 30/06/2029, when the new times … began.", "Cette grille a cessé de s'appliquer le 30/06/2029"): in the
// past tense, with its day, said of the document where a sentence opens; a signature may follow it. Not of something
// else ("The old badge stopped working on…", "The previous edition of this timetable stopped applying on…"), nor to
// come ("This timetable stops applying on…").
const STOPPED_APPLYING =
  /(?:^|[.!?:]\s+)(?:this|these)(?: [\w-]+){0,2} (?:document|page|rules|procedure|policy|notice|guide|timetable|schedule|table|list|circular|memo|rates|allowances|instructions|version|edition) (?:stopped applying|ceased to apply|ceased to have effect|ceased to be in force|was withdrawn|expired) (?:on|from|as of|with effect from) \d|(?:^|[.!?:]\s+)(?:cette|ce) (?:note|grille|page|version|politique|proc[ée]dure|circulaire|document|tableau|bar[èe]me|r[èe]glement|horaire) a cess[ée] de s['’]appliquer (?:le|au|à compter du|depuis le) \d/iu;
const LAST_PARAGRAPHS = 600;

// A note added at the end, labelled so, that says in the site's language what replaced this document ("Opomba
// kadrovske službe (25.08.2031): nadomeščeno z voznim redom od 1. 9. 2031", "Bemærk: afløst af … fra 15.05.2031"):
// the label and the day the successor took effect make it a record of the document, not a rule ("Opomba: zamenjana s
// novo kartico v treh dneh", "Bemærk: afløst af nattevagten kl. 22.00"); not "erstattet", also "reimbursed".
const REPLACED_NOTE_LABELLED =
  /(?:^|\n)[^\S\n]*(?:Opomba|Napomena|Bemærk|Bemærkning|Merk|Anm\.?|Anmärkning)(?![\p{L}])[^\n:]{0,60}:\s*(?:nadomeščen[oa]?|nadomesceno|zamenjan[oa]?|zamijenjen[oa]?|afløst|avløst|ersatt)\s+(?:z|s|od|af|av|med)\s+[^\n]*?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s+\p{L}{3,12}\s+\d{4})/iu;

// The same with this document named first, in Bosnian, Croatian, Serbian or Greek ("Napomena Službe ljudskih
// resursa: ovaj pravilnik zamijenjen je Pravilnikom o sezonskom radu …, koji se primjenjuje od 1. juna 2031.",
// "ΣΗΜΕΙΩΣΗ: Ο κατάλογος αυτός αντικαταστάθηκε από τον «Τηλεφωνικό κατάλογο» …, που ισχύει από την Τρίτη, 1 Ιουλίου
// 2031."): the day the successor took effect may follow on the next lines.
const NOTED_DOCUMENT =
  'pravilnik|pravilnika|uputstvo|uputa|upute|odluka|dokument|akt|vozni\\s+red|raspored|cjenovnik|cjenik|imenik|popis|spisak|obavještenje|obavijest|pravila|tabela|tablica|procedura|postupak|priručnik|правилник|упутство|одлука|документ|возни\\s+ред|распоред|ценовник|именик|κατάλογος|κανονισμός|οδηγός|διαδικασία|πολιτική|εγκύκλιος|ανακοίνωση|πίνακας|έγγραφο|πρόγραμμα|τιμοκατάλογος|δρομολόγια';
const REPLACED_NOTE_SUBJECT = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:Opomba|Napomena|Напомена|Σημείωση|ΣΗΜΕΙΩΣΗ)(?![\\p{L}])[^\\n:]{0,60}:\\s*(?:(?:ovaj|ova|ovo|ovi|ove|овај|ова|ово)\\s+(?:${NOTED_DOCUMENT})|(?:ο|η|το|τα)\\s+(?:${NOTED_DOCUMENT})\\s+(?:αυτός|αυτή|αυτό|αυτά)|(?:ο|η|το)\\s+(?:παρών|παρούσα|παρόν)\\s+(?:${NOTED_DOCUMENT}))\\s+(?:(?:je|је)\\s+)?(?:zamijenjen[aoi]?|zamenjen[aoi]?|nadomeščen[aoi]?|замијењен[аои]?|замењен[аои]?|αντικαταστάθηκε|αντικαταστάθηκαν|καταργήθηκε)\\s[\\s\\S]{0,200}?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\s+\\d{4})`,
  'iu',
);

/**
 * Whether a document's closing lines say it was replaced or cancelled, or its last paragraphs (the last blocks)
 * that it stopped applying on a day.
 */
export const saysOldAtEnd = (closing: string, lastBlocks: Array<{ text: string }> = []): boolean =>
  STOPPED_APPLYING.test(
    lastBlocks
      .map((b) => b.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .slice(-LAST_PARAGRAPHS),
  ) ||
  OLD_CLOSING.test(closing) ||
  LOCAL_CLOSING.test(closing) ||
  DATED_CLOSING.test(closing) ||
  LABELLED_STAMP.test(closing) ||
  REPLACED_NOTE.test(closing) ||
  REPLACED_NOTE_LOCAL.test(closing) ||
  REPLACED_NOTE_LABELLED.test(closing) ||
  REPLACED_NOTE_SUBJECT.test(closing) ||
  LOST_FORCE.test(closing) ||
  CLOSING_STAMP.test(closing);
