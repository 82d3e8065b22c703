/**
 * @module The words a document's `status:` field says, in English and in the languages sites write their front
 * matter in, with what each means: current, superseded or draft.
 */
import type { DocumentStatus } from './currency.js';

// The words for a document no longer in force in the languages sites write their front matter in.
const LOCAL_SUPERSEDED =
  'abrogé|abrogée|remplacé|remplacée|archivé|archivée|obsolète|périmé|périmée|caduc|caduque|derogado|derogada|sustituido|sustituida|reemplazado|reemplazada|archivado|archivada|obsoleto|obsoleta|revogado|revogada|substituído|substituída|arquivado|arquivada|abrogato|abrogata|sostituito|sostituita|archiviato|archiviata|aufgehoben|ersetzt|archiviert|veraltet|vervallen|vervangen|gearchiveerd|utgått|erstattet|arkivert|nieaktualny|zastąpiony|nevažeći|zamijenjen|zamenjen|zamenjeno|zamijenjeno|van snage|замењено|ван снаге|zëvendësuar|shfuqizuar|arkivuar|утратил силу|отменён|отменен|архив|substituït|substituïda|substituida|substituit|arxivat|arxivada|derogat|derogada|caducat|caducada|udgået|udgaaet|afløst|arkiveret|forældet|ophævet|opphevet|foreldet|avløst|ersatt|upphävd|arkiverad|föråldrad|razveljavljeno|razveljavljen|razveljavljena|nadomeščeno|nadomeščen|nadomeščena|nadomesceno|arhivirano|arhiviran|arhivirana|zastarelo|neveljavno|neveljaven|povučen|povučeno|povučena|povucen|povuceno|stavljen van snage|stavljeno van snage|nije na snazi|повучен|повучено|αποσύρθηκε|αποσυρθέν|καταργήθηκε|καταργημένο|αντικαταστάθηκε|δεν ισχύει|αρχειοθετήθηκε|ληγμένο|παρωχημένο';

/** Those words: each a word of a document's life, read before what replaced it ("remplacée par HR-09"). */
export const LOCAL_LIFECYCLE_WORDS: ReadonlySet<string> = new Set(LOCAL_SUPERSEDED.split('|'));

/** The words people and content systems write in a `status:` field, with what each means here. */
export const STATUS_WORDS: Record<string, DocumentStatus> = {
  current: 'current',
  active: 'current',
  approved: 'current',
  published: 'current',
  final: 'current',
  live: 'current',
  effective: 'current',
  'in force': 'current',
  review: 'draft',
  'in review': 'draft',
  'under review': 'draft',
  pending: 'draft',
  proposed: 'draft',
  wip: 'draft',
  expired: 'superseded',
  inactive: 'superseded',
  legacy: 'superseded',
  superceded: 'superseded',
  superseded: 'superseded',
  archived: 'superseded',
  obsolete: 'superseded',
  retired: 'superseded',
  deprecated: 'superseded',
  withdrawn: 'superseded',
  replaced: 'superseded',
  historical: 'superseded',
  historic: 'superseded',
  revoked: 'superseded',
  rescinded: 'superseded',
  repealed: 'superseded',
  cancelled: 'superseded',
  canceled: 'superseded',
  lapsed: 'superseded',
  outdated: 'superseded',
  'out of date': 'superseded',
  'no longer in force': 'superseded',
  'not in force': 'superseded',
  discontinued: 'superseded',
  draft: 'draft',
  // The same in the languages sites write their front matter in ("statut: abrogée", "estado: vigente").
  ...localStatusWords({
    current:
      'en vigueur|veljavno|veljaven|veljavna|v veljavi|vigente|vigent|em vigor|in vigore|gültig|geldig|gældende|gjeldende|gällande|obowiązujący|važeći|važeće|vazece|na snazi|на снази|σε ισχύ|εν ισχύι|ισχύει|ενεργό',
    superseded: LOCAL_SUPERSEDED,
    draft: 'brouillon|borrador|esborrany|rascunho|bozza|entwurf|concept|utkast|projekt',
  }),
};

// A table of status words by what they mean, each list written as "word|word".
function localStatusWords(lists: Record<DocumentStatus, string>): Record<string, DocumentStatus> {
  return Object.fromEntries(
    (Object.entries(lists) as Array<[DocumentStatus, string]>).flatMap(([meant, words]) =>
      words.split('|').map((w) => [w, meant]),
    ),
  );
}

/** The status word of a value, before its note and what replaced it ("superseded" of "Superseded by HR-HYB-02 v2.0"). */
export const statusWordOf = (said: string) =>
  said.split(STATUS_NOTE, 1)[0]!.split(REPLACED_NOTE, 1)[0]!.trim();

/**
 * Where a status word ends and a note begins: a dash, a bracket, a comma, a colon or a date (spaces before it
 * bounded, so a long run of them is read once).
 */
export const STATUS_NOTE = /[^\S\n]{0,3}(?:[-–—(,;:/]|\d)/;
// What replaced it, or since when: "Superseded by …", "Withdrawn w.e.f. 01-11-2026", "sustituido por PO-07",
// "Zamijenjen sa HR-09", "Αντικαταστάθηκε από HR-09".
const REPLACED_NOTE =
  /\s(?:by|with|from|since|as of|on|w\.?e\.?f\.?|effective|par|por|per|pelo|pela|desde|depuis|seit|durch|door|dal|dalla|af|av|z|s|med|od|sa|од|са|από|απο|с|от)(?![\p{L}])/u;
