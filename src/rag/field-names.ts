/**
 * @module Fields named in the site's language, in front matter or a table's columns ("tittel:", "versjon:",
 * "gjelder_fra:", "vigente_hasta:", "sustituye:"): each field also under the English name the knowledge base reads
 * (`title`, `ref`, `version`, `effective`, `valid_until`, `supersedes`, `superseded_by`), so a document's version,
 * the days it applies and what it replaces are read whatever language its fields are in.
 */

// The English field and its names in other languages, lower case with underscores (as front matter writes them).
const ALIASES: Record<string, string[]> = {
  title: ['tittel', 'titel', 'titulo', 'título', 'titre', 'titolo', 'naslov', 'tytuł', 'název'],
  ref: [
    'oznaka',
    'referencia',
    'referência',
    'référence',
    'referenz',
    'riferimento',
    'referanse',
    'referens',
    'código',
    'codigo',
    'kode',
    'kod',
  ],
  version: [
    'versjon',
    'versión',
    'versão',
    'versao',
    'versione',
    'versie',
    'utgave',
    'utgåva',
    'udgave',
    'verzija',
    'wersja',
    'verze',
    'editia',
    'ediția',
    'edicion',
    'edición',
    'edicao',
    'edição',
    'versiune',
  ],
  effective: [
    'gjelder_fra',
    'gyldig_fra',
    'giltig_från',
    'gäller_från',
    'gælder_fra',
    'vigencia',
    'vigência',
    'vigente_desde',
    'valido_desde',
    'válido_desde',
    'en_vigueur',
    'en_vigueur_le',
    'applicable_le',
    'gültig_ab',
    'gueltig_ab',
    'geldig_vanaf',
    'in_vigore_dal',
    'valido_dal',
    'vrijedi_od',
    'važi_od',
    'obowiązuje_od',
    'platnost_od',
    'galioja_nuo',
    'gilt_ab',
    'geldig_van',
    'berlaku_mulai',
    'valabil_de_la',
    'valida_de',
    'válida_de',
    'valido_de',
    'válido_de',
    'valida_desde',
    'válida_desde',
  ],
  valid_until: [
    'gyldig_til',
    'gjelder_til',
    'giltig_till',
    'gäller_till',
    'gælder_til',
    'vigente_hasta',
    'valido_hasta',
    'válido_hasta',
    'válido_até',
    'valido_ate',
    'gültig_bis',
    'gueltig_bis',
    'geldig_tot',
    'valido_fino_al',
    'valable_jusqu_au',
    'vrijedi_do',
    'važi_do',
    'obowiązuje_do',
    'platnost_do',
    'galioja_iki',
    'gilt_bis',
    'vigente_até',
    'ważny_do',
    'in_vigore_fino_al',
    'valida_fino_al',
    'berlaku_sampai',
    'berlaku_hingga',
    'valabil_până_la',
    'valabil_pana_la',
    'valida_ate',
    'válida_até',
    'vigente_ate',

    'valida_hasta',
    'válida_hasta',
  ],
  supersedes: [
    'sustituye',
    'sustituye_a',
    'reemplaza',
    'reemplaza_a',
    'remplace',
    'substitui',
    'sostituisce',
    'ersetzt',
    'vervangt',
    'erstatter',
    'ersätter',
    'zamjenjuje',
    'zamenjuje',
    'zastępuje',
    'inlocuieste',
    'înlocuiește',
  ],
  superseded_by: [
    'sustituido_por',
    'reemplazado_por',
    'remplacé_par',
    'remplace_par',
    'substituído_por',
    'substituido_por',
    'sostituito_da',
    'ersetzt_durch',
    'vervangen_door',
    'erstattet_av',
    'ersatt_av',
  ],
};

// The English names each group's fields go by already: a document that names one of them in English keeps it.
const ENGLISH_NAMES: Record<string, string[]> = {
  title: ['title'],
  ref: [
    'ref',
    'reference',
    'code',
    'doc',
    'doc_ref',
    'doc_no',
    'document_no',
    'document_id',
    'document_code',
  ],
  version: ['version', 'revision', 'rev'],
  effective: ['effective', 'effective_from', 'effective_date', 'valid_from'],
  supersedes: ['supersedes', 'replaces', 'previous_version', 'previous_edition', 'predecessor'],
  superseded_by: ['superseded_by', 'replaced_by'],
  valid_until: [
    'valid_until',
    'valid_to',
    'expires',
    'expiry',
    'expiry_date',
    'effective_until',
    'in_force_until',
  ],
};

const ENGLISH_OF = new Map(
  Object.entries(ALIASES).flatMap(([en, names]) => names.map((n) => [n, en] as const)),
);
// A code's value: capitals and figures in parts ("KS-03"), not a law's name ("Ley 19.973").
const CODE_VALUE = /^[A-Z][A-Z0-9]{1,7}(?:[-/.][A-Z0-9]{1,7}){1,3}$/;
const fieldName = (key: string) => key.toLowerCase().replace(/[\s-]+/g, '_');

/** The fields with each one named in another language also under its English name, unless the document names it in English. */
export function withEnglishFieldNames(metadata: Record<string, unknown>): Record<string, unknown> {
  const named = new Set(Object.keys(metadata).map(fieldName));
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    const english = ENGLISH_OF.get(fieldName(key));
    if (!english || english in added || ENGLISH_NAMES[english]!.some((n) => named.has(n))) continue;
    if (english === 'ref' && !(typeof value === 'string' && CODE_VALUE.test(value.trim()))) continue;
    added[english] = value;
  }
  return Object.keys(added).length ? { ...metadata, ...added } : metadata;
}
