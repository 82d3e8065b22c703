import { describe, expect, it } from 'vitest';
import { withStatus } from './currency.js';
import { currencyAcross } from './currency-across.js';
import { localDateOf, localUntilSaid } from './in-force-until-local.js';
import type { IndexedDocument } from './knowledge-index.js';
import { parseMarkdown } from './loaders/load-markdown.js';
import { parseCsvRecords, parseJsonRecords } from './loaders/load-records.js';

describe('the last day a document says it applies, in the site’s language', () => {
  it('reads a validity sentence or a labelled period in the languages tandem reads', () => {
    const cases: Array<[string, string]> = [
      ['Valida dal 1 aprile 2028 al 31 marzo 2029.', '2029-03-31'],
      ['Vigente hasta el 31/12/2027', '2027-12-31'],
      ['Esta política es válida desde el 1 de enero de 2027 hasta el 31 de diciembre de 2027', '2027-12-31'],
      ['Gültig bis 31. März 2028', '2028-03-31'],
      ['Diese Regelung gilt bis zum 30.06.2028', '2028-06-30'],
      ['Geldig tot en met 31-12-2027', '2027-12-31'],
      ['Gyldig til 31.12.2027', '2027-12-31'],
      ['Cette note est valable jusqu’au 31 mars 2028', '2028-03-31'],
      ['Vrijedi od 1. siječnja 2027. do 31. prosinca 2027.', '2027-12-31'],
      ['Galioja nuo 2028-01-01 iki 2028-12-31', '2028-12-31'],
      ['Galioja iki 2028 m. kovo 31 d.', '2028-03-31'],
      ['Berlaku sampai 31 Desember 2027', '2027-12-31'],
      ['Vigencia: 01/04/2027 – 31/03/2028', '2028-03-31'],
      ['Esta política es vigente hasta el 31/12/2027', '2027-12-31'],
      ['Valable du 1er janvier 2027 au 31 décembre 2027', '2027-12-31'],
      [
        "> Période d'application : du 1er juin 2026 au 31 décembre 2029. À partir du 1er janvier 2030, appliquer QUA-05.",
        '2029-12-31',
      ],
      ['Obowiązuje od 01.01.2028 r. do 31.12.2028 r.', '2028-12-31'],
      ['Vrijedi do 31. 12. 2027.', '2027-12-31'],
      ['Gültigkeit: 01.04.2027 - 31.03.2028', '2028-03-31'],
      // Catalan: its own months, "l'" before a day, "fins al".
      ["Vigent de l'1 de desembre de 2025 al 30 de novembre de 2028.", '2028-11-30'],
      ['Aquest procediment és vigent fins al 31 de maig de 2029', '2029-05-31'],
      ['Vigència: 01/12/2027 – 30/11/2028', '2028-11-30'],
      ["Vigent fins al 31 d'octubre de 2028.", '2028-10-31'],
      ["Vigent de l'1 d'abril de 2027 al 31 de març de 2028.", '2028-03-31'],
      ['Vàlid fins al 31 de desembre de 2027.', '2027-12-31'],
      ["Vigent des de l'1 de gener de 2026 fins al 30 de juny de 2027", '2027-06-30'],
      // A season's period in brackets.
      ['Vrijedi za sezonu 2036. (01.04.2036. – 31.10.2036.)', '2036-10-31'],
      ['Válido para la temporada 2036 (01/04/2036 – 31/10/2036)', '2036-10-31'],
      // A season or a period labelled in English, Russian or Bulgarian.
      ['Season: 01.05.2028 - 30.09.2028', '2028-09-30'],
      ['Period: 01/04/2027 – 31/03/2028', '2028-03-31'],
      ['Срок действия: 01.01.2028 – 31.12.2028 г.', '2028-12-31'],
      ['Валиден: 01.01.2027 г. – 31.12.2027 г.', '2027-12-31'],
      // The period's two days joined by a word, not a dash.
      ['Période de validité : du 01/08/2026 au 31/07/2028', '2028-07-31'],
      ['Period: 01/04/2027 to 31/03/2028', '2028-03-31'],
      ['Valid for the 2026-27 and 2027-28 harvests (01/11/2026 - 29/02/2028)', '2028-02-29'],
      ['Срок действия: с 01.01.2028 по 31.12.2028 г.', '2028-12-31'],
      ['Действует до 31.12.2028 г.', '2028-12-31'],
      // A label in bold, or beside its English.
      ['**Vigencia:** del 1 de febrero de 2027 al 31 de enero de 2028.', '2028-01-31'],
      ['Vlefshmëria / Valid:  01.01.2027 - 31.12.2028', '2028-12-31'],
      ['Valabil: 01.04.2027 – 31.03.2029.', '2029-03-31'],
    ];
    for (const [clause, day] of cases) expect([clause, localUntilSaid(clause)]).toEqual([clause, day]);
  });

  it('does not date the document by what came before, by something else it mentions, or without a day', () => {
    for (const clause of [
      'La versión anterior era válida hasta el 31/12/2026',
      'Die frühere Regelung galt bis 31.12.2026',
      'El vale es válido hasta el 31/12/2027',
      'Vigente hasta nuevo aviso',
      'Vrijedi za sezonu 2036.',
      // A deadline is no period of force.
      'Afati: 01.03.2027 – 31.03.2027',
      'Vrijedi za sve radnike (osim 01.04.2036. – 31.10.2036. u marini)',
      'valide a 3 persone',
      'Valid until 31 March 2028',
      // Said of a card, a code or a certificate, not of the document; "al" alone is "as of".
      'Esta tarjeta de acceso es válida hasta el 31/12/2027.',
      'Este código de descuento es válido hasta el 31 de diciembre de 2027.',
      'Dieser Parkausweis gilt bis 31.03.2028.',
      'Ce certificat médical est valable jusqu’au 15/03/2027.',
      'Vigente al 1 de marzo de 2027.',
      // A season without its year, or a table row's season, dates no document.
      'Season: 01.05 - 30.09',
      'De-icing · Station: YUL · Season: 15.10.2026 – 30.04.2027',
      'In force since the trial (01/06/2026 - 31/12/2026) ended',
    ])
      expect([clause, localUntilSaid(clause)]).toEqual([clause, undefined]);
  });

  it('keeps the day from a document’s opening line or its front matter, whatever language names the field', () => {
    const until = (text: string, metadata: Record<string, unknown> = {}) =>
      withStatus({ id: 'docs/p.md', source: 'docs/p.md', blocks: [{ text, headings: [] }], metadata })
        .metadata.inForceUntil;
    expect(until('TARIFFE MENSA\nValida dal 1 aprile 2027 al 31 marzo 2028.\nUfficio Personale')).toBe(
      '2028-03-31',
    );
    // A line that breaks into clauses at its dots is read whole.
    expect(until('SMJENSKI DODATAK\n\nVrijedi do 31. prosinca 2027.\n\nIznosi su bruto.')).toBe('2027-12-31');
    const { metadata } = parseMarkdown('---\ntittel: Satser\ngyldig_til: 31.12.2027\n---\n\nSatser.\n');
    expect(until('Satser.', metadata)).toBe('2027-12-31');
    // Slashes alone do not say which comes first.
    expect(until('Rates.', { valid_until: '04/05/2027' })).toBeUndefined();
  });

  it('reads dates as these languages write them, day first, and none the calendar lacks', () => {
    expect(localDateOf('31.03.2028.')).toBe('2028-03-31');
    expect(localDateOf('1 de enero de 2027')).toBe('2027-01-01');
    expect(localDateOf('15 ožujka 2028')).toBe('2028-03-15');
    expect(localDateOf('2 maja 2028')).toBe('2028-05-02');
    expect(localDateOf('30.02.2028')).toBeUndefined();
    // October in Croatian, November in Polish: no month.
    expect(localDateOf('5 listopada 2028')).toBeUndefined();
  });
});

describe('a JSON object that declares its own currency around the records it lists', () => {
  const statusOf = (json: unknown) =>
    parseJsonRecords(JSON.stringify(json), 'docs/table.json', false, undefined).map(
      (d) => withStatus(d).metadata?.status,
    );
  const rows = [
    { code: 'TR-01', allowance: 'Transport', amount: '50.00' },
    { code: 'TR-02', allowance: 'Late taxi', amount: '150.00' },
  ];

  it('marks every record superseded, its fields named in English, in French or inside an object of their own', () => {
    expect(statusOf({ table: 'Allowances', status: 'superseded', allowances: rows })).toEqual([
      'superseded',
      'superseded',
    ]);
    expect(
      statusOf({
        document: 'Barème des primes',
        statut: 'abrogé',
        remplace_par: 'Barème 2029-2030',
        primes: rows,
      }),
    ).toEqual(['superseded', 'superseded']);
    expect(
      statusOf({
        export: { system: 'Portal', exported_by: 'Finance' },
        policy: { ref: 'HR-09', record_status: 'replaced', replaced_by: 'HR-09 Revision 4' },
        sections: rows,
      }),
    ).toEqual(['superseded', 'superseded']);
  });

  it('leaves them current when it declares nothing of its currency, or declares it current', () => {
    expect(statusOf({ table: 'Allowances', owner: 'Finance', allowances: rows })).toEqual([
      undefined,
      undefined,
    ]);
    expect(statusOf({ table: 'Allowances', status: 'current', allowances: rows })).toEqual([
      'current',
      'current',
    ]);
    // An object inside that is about something else ("machine": its own state) says nothing of the table.
    // Nor does a predecessor's, a person's or a supplier's status (review).
    for (const other of [
      { supersedes: { version: '2025', status: 'superseded' } },
      { previous: { title: 'Payroll calendar 2025', status: 'superseded' } },
      { employee: { name: 'A. Ceesay', title: 'Driver', status: 'retired' } },
      { supplier: { ref: 'SUP-12', status: 'inactive' } },
    ])
      expect(statusOf({ title: 'Allowances 2026', ...other, allowances: rows })).toEqual([
        undefined,
        undefined,
      ]);
    expect(statusOf({ machine: { name: 'Press 2', state: 'inactive' }, parts: rows })).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('a table row that says it applied until a day now past', () => {
  const indexed = (rows: Awaited<ReturnType<typeof parseCsvRecords>>): IndexedDocument[] =>
    rows.map((r) => ({
      id: r.id,
      source: r.source,
      hash: 'h',
      metadata: r.metadata,
      chunks: 1,
      ingestedAt: 0,
    }));
  const statuses = (docs: IndexedDocument[], day: string) =>
    Object.fromEntries(
      currencyAcross(docs, new Date(`${day}T12:00:00Z`)).changes.map((c) => [c.id, c.metadata.status]),
    );

  it('is superseded from the next day, under a column named in English or in the site’s language', async () => {
    const csv = 'tarief,bedrag_eur,geldig_tot\nKilometer,0.23,31-12-2027\nMaaltijd,14.50,31-12-2028\n';
    const rows = indexed(await parseCsvRecords(csv, 'docs/tarieven.csv', undefined));
    expect(statuses(rows, '2028-03-01')).toEqual({ 'docs/tarieven.csv#1': 'superseded' });
    expect(statuses(rows, '2027-12-31')).toEqual({});
    const json = JSON.stringify([
      { item: 'Night shift', amount: 45, valid_until: '2027-06-30' },
      { item: 'Weekend shift', amount: 60, valid_until: '2029-06-30' },
    ]);
    const records = indexed(parseJsonRecords(json, 'docs/allowances.json', false, undefined));
    expect(statuses(records, '2028-01-10')).toEqual({ 'docs/allowances.json#1': 'superseded' });
  });

  it('is not judged by a column of expiry, nor by a register’s row: what it lists expires, the register does not', async () => {
    const csv =
      'name,certificate,expiry_date\nA. Berzins,Forklift,2027-01-31\nL. Ozola,First aid,2029-01-31\n';
    const rows = indexed(await parseCsvRecords(csv, 'docs/certificates.csv', undefined));
    expect(statuses(rows, '2028-03-01')).toEqual({});
    // A document register's row dates the version it lists.
    const register = JSON.stringify([
      { doc_id: 'HR-07', title: 'Overtime', version: '1', status: 'Superseded', effective_to: '2027-06-30' },
      { doc_id: 'HR-07', title: 'Overtime', version: '2', status: 'Current', effective_from: '2027-07-01' },
    ]);
    const listed = indexed(parseJsonRecords(register, 'docs/register.json', false, undefined));
    expect(statuses(listed, '2028-03-01')).toEqual({});
    // A register of people's certificates under a validity column.
    const held =
      'employee,certificate,valid_until\nAna Reis,Forklift,2026-05-31\nJo Lima,First aid,2029-05-31\n';
    expect(statuses(indexed(await parseCsvRecords(held, 'docs/certs.csv', undefined)), '2028-03-01')).toEqual(
      {},
    );
  });
});
