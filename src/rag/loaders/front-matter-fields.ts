/**
 * @module Front matter written in the site's language ("tittel:", "versjon:", "gjelder_fra:", "vigente_hasta:"):
 * each field also under the English name the knowledge base reads (`title`, `ref`, `version`,
 * `effective`, `valid_until`), so a document's version and the days it applies are read whatever language its fields are in.
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
  ],
};

const ENGLISH_OF = new Map(
  Object.entries(ALIASES).flatMap(([en, names]) => names.map((n) => [n, en] as const)),
);

/** The fields with each one named in another language also under its English name, unless that name is set. */
export function withEnglishFieldNames(metadata: Record<string, unknown>): Record<string, unknown> {
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    const english = ENGLISH_OF.get(key.toLowerCase().replace(/[\s-]+/g, '_'));
    if (english && !(english in metadata) && !(english in added)) added[english] = value;
  }
  return Object.keys(added).length ? { ...metadata, ...added } : metadata;
}
