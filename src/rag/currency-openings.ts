/**
 * @module What a document's opening says of it in the other languages of a European handbook ("Ce document a été
 * remplacé", "ATTENTION : cette note n'est plus en vigueur", "Diese Richtlinie gilt nicht mehr."), and a German title
 * marked old ("Schichtzulagen und Zuschläge (alt)").
 */
import type { LoadedDocument } from './document.js';

// The same, said in the other languages of a European handbook: "ESTE DOCUMENTO HA SIDO SUSTITUIDO", "Ce
// document a été remplacé", "Dieses Dokument wurde ersetzt", "Este documento foi substituído".
const ELSEWHERE_OPENING =
  /\b(?:este documento (?:ha sido|fue|foi) (?:sustituid[oa]|reemplazad[oa]|substitu[ií]d[oa])|ce document a été remplacé|dieses dokument wurde ersetzt|questo documento è stato sostituito|questa (?:versione|edizione) è stata sostituita|esta (?:versión|edición) (?:ha sido|fue) sustituida|esta versão foi substituída|cette version a été remplacée|diese (?:Fassung|Version) wurde ersetzt|dit document is vervangen|deze versie is vervangen|(?:questa (?:pagina|versione|tabella|circolare)|questo documento) non è più in vigore|(?<!(?:\bsi\b|\bquand\b|\blorsque\b|\bimprim[ée])[^.\n]{0,40})(?:cette page|ce document|cette version) n['’]est plus (?:en vigueur|à jour|valable(?!\s+(?:une fois|si|lorsqu|quand|sans|hors|apr[èe]s)))|(?:esta (?:página|versión)|este documento) ya no está vigente|(?:esta (?:página|versión|circular)|este documento) (?:quedó|ha quedado) sin efecto|(?:esta (?:página|versão)|este documento) ficou sem efeito|(?:esta (?:página|versão)|este documento) (?:já não está|não está mais) em vigor|(?:deze pagina|dit document|deze versie) is niet meer geldig|(?:diese Seite|dieses Dokument|diese Fassung) gilt nicht mehr|(?:denne siden|dette dokumentet) gjelder ikke lenger|(?:acest document|aceast[ăa] (?:pagin[ăa]|versiune|circular[ăa])) nu mai este [îi]n vigoare|(?:ovaj dokument|ova (?:stranica|verzija)) (?:vi[šs]e ne va[žz]i|ne va[žz]i vi[šs]e)|(?:ky dokument|ky informacion|kjo faqe) nuk [ëe]sht[ëe] m[ëe] (?:n[ëe] fuqi|i vlefsh[ëe]m))(?![\wÀ-ÿ])|(?:^|\n)\W*(?:VERSI[OÓ]N ANTERIOR|VERS[AÃ]O ANTERIOR|DOCUMENTO OBSOLETO|VERSIONE PRECEDENTE)\b|(?:^|\n)[^\S\n]*(?:(?:page|document|note|version|seite|dokument|p[áa]gina|documento)[^\S\n]+)?(?:archivad[oa]|arquivad[oa]|archiviat[oa]|archiv[ée]e?|archiviert|gearchiveerd|arkivert|archived)[^\S\n]*·(?![^\n]*[A-Za-zÀ-ÿ]:\s)/i;

// A note, a circular, a scale or rules said to be no longer in force, where a sentence opens ("ATTENTION : cette note
// n'est plus en vigueur."): not "La version 2028 de ce barème n'est plus en vigueur", which is said of another edition.
// In German, only where the clause ends: "Diese Richtlinie gilt nicht mehr nur für Fahrer" widens its scope.
const NO_LONGER_IN_FORCE =
  /(?:^|[.!?:]\s+|\n)[^\S\n]*(?:(?:cette (?:note|circulaire|politique|proc[ée]dure|directive|instruction|consigne|notice|grille)|ce (?:r[èe]glement|bar[èe]me|tableau)) n['’]est plus (?:en vigueur|appliqu[ée]e?(?=\s*[.!;:,]))|(?:diese (?:Richtlinie|Ordnung|Regelung|Anweisung|Mitteilung|Version|Tabelle)|dieser Aushang) (?:gilt nicht mehr|ist nicht mehr (?:gültig|in Kraft)|ist außer Kraft)(?=\s*(?:[.!;:,)]|$)))/iu;

// A stamp in capitals on a line of its own where the document opens, in Danish, Norwegian, Swedish or Slovene
// ("UDGÅET - afløst af …", "RAZVELJAVLJENO", "ARKIVERET:"; not "ERSTATTET", also "reimbursed"), a French page's banner
// sentence "Page archivée.", or a Bosnian, Croatian or Serbian stamp, framed or dated ("***  VAN SNAGE od 01.03.2031."):
// capitals only, as a stamp writes it ("erstattet - …" in a sentence's list says something else).
const LOCAL_STAMP_OPENING =
  /(?:^|\n)[^\S\n]*(?:UDGÅET|UDGAAET|ARKIVERET|UTGÅTT|ARKIVERT|UPPHÄVD|ARKIVERAD|RAZVELJAVLJENO|NADOMEŠČENO|ARHIVIRANO|NEVELJAVNO)(?![\p{L}])[^\S\n]*(?:[-–—:]|\n|$)|(?:^|\n)[^\S\n]*(?:Page|Note|Version) archivée\.(?:\s|$)|(?:^|\n)[^\S\n]*(?:\*{2,}|={2,}|#{2,}|\[)?[^\S\n]*(?:VAN SNAGE|NIJE NA SNAZI|ВАН СНАГЕ)(?![\p{L}])[^\S\n]*(?:(?:OD|od|од)\s+\d|[-–—]\s+(?:zamijenjen|zamenjen|замењен|замијењен)|\*{2,}|\n|$)/u;

/** Whether a document's opening says in another language than English that it was replaced or no longer applies. */
export const OLD_OPENING_ELSEWHERE = {
  test: (opening: string): boolean =>
    ELSEWHERE_OPENING.test(opening) || NO_LONGER_IN_FORCE.test(opening) || LOCAL_STAMP_OPENING.test(opening),
};

/**
 * Whether a German document's title ends with "(alt)" (old): German by its language or by a file name that says
 * "-alt" too. In English "(alt)" is another version ("Staff bus timetable (alt)"), not an old one.
 */
export function oldInGerman(doc: LoadedDocument): boolean {
  if (!doc.title || !/\(alt\)\s*$/i.test(doc.title)) return false;
  const lang = typeof doc.metadata.lang === 'string' ? doc.metadata.lang : '';
  const name = (doc.source.replace(/#.*$/, '').split('/').at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
  return /^de\b/i.test(lang) || /[-_]alt$/i.test(name);
}
