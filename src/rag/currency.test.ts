import { describe, expect, it } from 'vitest';
import { growthOf } from '../../test/support/growth.js';
import { documentStatus, ownSignal, statusMeant, withRegisterClaims, withStatus } from './currency.js';
import { judgedFromLabel } from './currency-stored.js';
import type { LoadedDocument } from './document.js';
import { parsePlainText } from './loaders/load-plain-text.js';

const doc = (over: Partial<LoadedDocument>): LoadedDocument => ({
  id: over.source ?? 'docs/policy.md',
  source: 'docs/policy.md',
  blocks: [{ text: 'Staff may claim travel costs.', headings: [] }],
  metadata: {},
  ...over,
});

describe('what a document register says', () => {
  const record = (text: string, format = 'json') =>
    withStatus(
      doc({
        source: 'docs/register.json#6',
        title: 'Work From Home Guidelines',
        blocks: [{ text, headings: [] }],
        metadata: { format },
      }),
    );
  it('a record whose status says superseded names the document it lists, by its title; the record stays data', () => {
    const listed = record(
      'doc_no: HR-WFH-01\ntitle: Work From Home Guidelines\nstatus: Superseded by HR-HYB-02 v2.0',
    );
    expect(listed.metadata.replacesSaid).toEqual(['Work From Home Guidelines']);
    expect(listed.metadata.status).toBeUndefined();
    expect(record('doc_no: HR-WFH-01 · doc_state: Obsolete', 'csv').metadata.replacesSaid).toEqual([
      'Work From Home Guidelines',
    ]);
    // Its status in the site's language too.
    expect(record('ref: SSO-03 · version: Mayo 2029 · estado: Sustituida').metadata.replacesSaid).toEqual([
      'Work From Home Guidelines',
    ]);
    // And its title: a record the loader left untitled names its document by its "titulo".
    const untitled = withStatus(
      doc({
        source: 'docs/registro.json#9',
        blocks: [
          {
            text: 'ref: SSO-03\ntitulo: Seguridad en el patio\nversion: Mayo 2029\nestado: Sustituida',
            headings: [],
          },
        ],
        metadata: { format: 'json' },
      }),
    );
    expect(untitled.metadata.replacesSaid).toEqual(['Seguridad en el patio']);
    // In force, or a status that is no document's (an order's, a person's), names nothing.
    expect(
      record('title: Work From Home Guidelines\nstatus: In force').metadata.replacesSaid,
    ).toBeUndefined();
    expect(record('name: Anil\nstate: Karnataka').metadata.replacesSaid).toBeUndefined();
    // Rows that are not documents, and words said of an order or a product, claim nothing.
    const row = (title: string, text: string) =>
      withStatus(
        doc({ source: 'docs/x.csv#2', title, blocks: [{ text, headings: [] }], metadata: { format: 'csv' } }),
      ).metadata.replacesSaid;
    expect(
      row('Fire Safety Training', 'session: Fire Safety Training · status: Cancelled by trainer'),
    ).toBeUndefined();
    expect(row('Premium Plan', 'product: Premium Plan · price: 20 · status: Discontinued')).toBeUndefined();
    expect(row('Password reset', 'ticket: Password reset · state: Withdrawn by user')).toBeUndefined();
    // A Markdown page's "status:" line is its own, not a register's.
    expect(record('status: Superseded by HR-HYB-02', 'markdown').metadata.replacesSaid).toBeUndefined();
  });

  it('a withdrawn record that names its file names the document by that file, not by a title versions share', () => {
    expect(
      record('ref: HR-09 · version: 2 · file: hr/salary-advances.txt · status: Withdrawn').metadata
        .replacesSaid,
    ).toEqual(['hr/salary-advances.txt']);
    // The row in force names nothing; a file field that holds no document's file is no file.
    expect(
      record('ref: HR-09 · version: 3 · file: hr/loans.md · status: Current').metadata.replacesSaid,
    ).toBeUndefined();
    expect(
      record('doc_no: HR-09 · file: see the HR office · status: Withdrawn').metadata.replacesSaid,
    ).toEqual(['Work From Home Guidelines']);
  });
});

describe('a register with a row for each version', () => {
  it('a register marks a document, it does not replace it: the reader is told which', () => {
    expect(judgedFromLabel('docs/data/document-register.json#6')).toBe(
      'marked so in docs/data/document-register.json',
    );
    expect(judgedFromLabel('docs/travel.md')).toBe('replaced by docs/travel.md');
    expect(judgedFromLabel('docs/rents-2026-27.csv')).toBe('replaced by docs/rents-2026-27.csv');
  });

  it('a title another row lists as in force is no claim', () => {
    const rows = ['1.0', '2.0'].map((version, i) =>
      withStatus(
        doc({
          source: `docs/register.csv#${i + 1}`,
          title: 'Leave Policy',
          metadata: { format: 'csv' },
          blocks: [
            {
              text: `doc_no: HR-LV-01 · title: Leave Policy · version: ${version} · status: ${i ? 'In force' : 'Superseded by v2.0'}`,
              headings: [],
            },
          ],
        }),
      ),
    );
    expect(rows[0]!.metadata.replacesSaid).toEqual(['Leave Policy']);
    expect(withRegisterClaims(rows).map((r) => r.metadata.replacesSaid)).toEqual([undefined, undefined]);
  });

  it('a file another row lists as in force is no claim; a file only a withdrawn row names is', () => {
    const row = (i: number, file: string, status: string) =>
      withStatus(
        doc({
          source: `docs/register.json#${i}`,
          title: 'Staff Loans',
          metadata: { format: 'json' },
          blocks: [{ text: `ref: HR-09 · version: ${i} · file: ${file} · status: ${status}`, headings: [] }],
        }),
      );
    const sameFile = [row(1, 'hr/loans.md', 'Withdrawn'), row(2, 'hr/loans.md', 'Current')];
    expect(withRegisterClaims(sameFile).map((r) => r.metadata.replacesSaid)).toEqual([undefined, undefined]);
    const ownFiles = [row(1, 'hr/loans-2027.txt', 'Withdrawn'), row(2, 'hr/loans.md', 'Current')];
    expect(withRegisterClaims(ownFiles).map((r) => r.metadata.replacesSaid)).toEqual([
      ['hr/loans-2027.txt'],
      undefined,
    ]);
  });

  it('reads a status word of a document before what replaced it or since when: not an order cancelled by a customer', () => {
    expect(statusMeant('Superseded by HR-HYB-02 v2.0')).toBe('superseded');
    expect(statusMeant('Withdrawn w.e.f. 01-11-2026')).toBe('superseded');
    expect(statusMeant('Obsolete as of 2025-01-01')).toBe('superseded');
    expect(statusMeant('In force from April')).toBe('current');
    expect(statusMeant('Inactive since January')).toBeUndefined();
    expect(statusMeant('Cancelled by customer')).toBeUndefined();
    expect(statusMeant('Retired since 2019')).toBe('superseded');
    // A long run of spaces is read once.
    expect(statusMeant(`x${' '.repeat(50_000)}`)).toBeUndefined();
  });
});

// A case: what the document is, the document, and the status it is read as.
type StatusCase = [string, LoadedDocument, string | undefined];

describe('whether a document still applies', () => {
  it.each([
    ['front-matter status', doc({ metadata: { status: 'superseded' } }), 'superseded'],
    ['front-matter status, any case', doc({ metadata: { status: 'Archived' } }), 'superseded'],
    ['a draft', doc({ metadata: { status: 'draft' } }), 'draft'],
    ['declared current', doc({ metadata: { status: 'current' } }), 'current'],
    ['superseded_by', doc({ metadata: { superseded_by: 'hybrid-working-policy.md' } }), 'superseded'],
    // What other content systems write: a status word with a note after it, other words, other fields.
    ['status: historical', doc({ metadata: { status: 'historical' } }), 'superseded'],
    [
      'a status with a date and a note',
      doc({ metadata: { status: 'Revoked 2027-06-30 - replaced by the 2027 edition' } }),
      'superseded',
    ],
    ['status: in force', doc({ metadata: { status: 'in force' } }), 'current'],
    ['in_force: false', doc({ metadata: { in_force: false } }), 'superseded'],
    ['replaced_by', doc({ metadata: { replaced_by: 'handbook/leave.md (2027 edition)' } }), 'superseded'],
    // Document control's own field names, and its status line at the document's end.
    [
      'doc_state: Obsolete',
      doc({ metadata: { doc_state: 'Obsolete', valid_to: '2026-12-31' } }),
      'superseded',
    ],
    ['document_status: Withdrawn', doc({ metadata: { document_status: 'Withdrawn' } }), 'superseded'],
    [
      'a status line at its start that says draft',
      doc({ blocks: [{ text: 'TRAVEL POLICY\nStatus: Draft\n\n1. Scope', headings: [] }] }),
      'draft',
    ],
    [
      'a closing status line',
      doc({
        blocks: [
          { text: '1. Medical benefits are paid as follows.', headings: [] },
          {
            text: 'Document status: **Withdrawn** with effect from 1 January 2027. Replaced by HR-BEN-04 Rev 4.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a closing status line in capitals, with effect from a date',
      doc({
        blocks: [
          { text: '4. Claims are settled within 15 days.', headings: [] },
          {
            text: 'Document status: SUPERSEDED w.e.f. 01-07-2026 by TRV-POL-01 Version 4\n(Aangan > HR & Policies).',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a list item saying a holiday is replaced by another day is no document-control line',
      doc({
        blocks: [
          { text: 'If a holiday falls on a Sunday:\n- Replaced by the following Monday.', headings: [] },
          { text: '5. Leave is booked in the portal.', headings: [] },
        ],
      }),
      undefined,
    ],
    [
      'a sentence wrapped so that a line opens with "replaced by" is no closing line',
      doc({
        blocks: [
          { text: '5. Home leave is booked by HR.', headings: [] },
          {
            text: 'A public holiday that falls on a Friday or a Sunday is\nreplaced by the next working day. See the table.',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'a last line naming what replaced it',
      doc({
        blocks: [
          { text: '5. Atestados are handed in at the portaria.', headings: [] },
          {
            text: 'Gerencia de Recursos Humanos\n----------\nSUPERSEDED BY: RH-POL-04 Revisao 2 (PDF), vigencia 01/06/2035.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      "a last line naming what replaced it in the site's language, over two lines",
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          {
            text: 'ERSTATTET AV: Arbeidsbåt og sjøsikkerhet (HMS-07), gjeldende fra\n15.09.2036. Denne rutinen skal ikke brukes.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a last line naming what replaced it, wrapped, its date on the next line',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          {
            text: '-----\nReplaced by: Table of primes and allowances 2037 (DRH/2036/118), from\n01/01/2037.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    ...[
      'Sostituita da: Regolamento dello spaccio (SPA-01), in vigore dal 01/07/2037.',
      'Vervangen door: Verzuimprotocol HR-05 (ingangsdatum 01-01-2037), zie KNet > Handboek.',
      '[Note added by Camp Admin, 02/11/2036: these house rules are replaced by the Rimal\nBase Camp guide on GhafNet.]',
      // The day it was replaced, then what by.
      'Remplacée le 01/11/2028 par la page DarNet « Cantine et navettes ».',
      'Replaced on 1 March 2029 by the allowances table FIN-07.',
      'Note by Accounts, 28.12.2027: from 01.01.2028 this order is replaced by\nthe Allowances and Rates Table 2028.',
      '*Note added January 2034: this summary was replaced by Retirement Plan Highlights 2034 (PDF, in Benefits).*',
      '*Note added 2032-01-28: from 2 February 2032 this standard is replaced by version 5, published on the Hub\nunder Security.*',
      // That it lost its force, in the past tense, in Russian or Bulgarian.
      'Утратило силу с 01.07.2028 (приказ № 47-к от 20.06.2028).',
      // That this note was replaced, in French or Spanish.
      'NB : cette note a été remplacée le 01/02/2029 par les Warehouse Shift Rules (PORT-02).',
      'Esta circular fue sustituida por la Tabla de viáticos 2029.',
      // The version named by its day.
      'Note : cette version du 10/01/2029 est remplacée par le Règlement de la\npharmacie du 02/06/2031. Elle est conservée pour archive.',
      'Note : cette version du 10 janvier 2029 est remplacée par le Règlement de la pharmacie.',
      'Nota: esta versión del 10 de enero de 2029 fue sustituida por el Reglamento de farmacia.',
      // From a day written year first, as Hungary writes it.
      'Replaced from 2029. 03. 01. by the Travel and Expenses Policy HR-09 Rev. 4.',
      'Отменена от 01.01.2026 г. със заповед № 12.',
      // A stamp in capitals closing it, its status first.
      '[ ANNULÉE ET REMPLACÉE PAR LE BARÈME DES INDEMNITÉS 2030-2031\n  À COMPTER DU 01/10/2030 ]',
      '======================\nREVOGADA - 31/12/2030\n======================',
    ].map(
      (text): StatusCase => [
        `a closing note: "${text.slice(0, 24)}…"`,
        doc({
          blocks: [
            { text: '1. Scope.', headings: [] },
            { text: '2. Rules.', headings: [] },
            { text: '3. Questions to HR.', headings: [] },
            { text, headings: [] },
          ],
        }),
        'superseded',
      ],
    ),
    [
      'a closing rule that something else is replaced is no note',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          { text: 'Lost badges are replaced by reception within two days.', headings: [] },
          { text: 'Worn boots are replaced on 01/03/2029 by the stores, when you ask.', headings: [] },
          { text: 'This schedule is replaced by a new one every Monday.', headings: [] },
          { text: '2. Replaced on 1 March 2027 by a flat allowance: 45 a day.', headings: [] },
          { text: 'Erstattet am 15.03.2027 durch die Buchhaltung.', headings: [] },
        ],
      }),
      undefined,
    ],
    // Each read as a document's last line: one to come, not done ("loses its force from"), one about a badge, and
    // an allowance a change list cancels.
    ...[
      'Утрачивает силу с 01.01.2030.',
      "Un badge perdu est remplacé par l'accueil.",
      // Review: a rule that names a standard or a booklet, with no successor's figure.
      'Safety boots that no longer meet this standard are replaced by the company free of charge.',
      'A lost copy of this booklet is replaced by HR on request.',
      'Изменения в редакции 3:\nотменена доплата за работу в субботу.',
    ].map(
      (text): StatusCase => [
        `a last line that is no note: "${text.slice(0, 20)}…"`,
        doc({
          blocks: [
            { text: '1. Scope.', headings: [] },
            { text, headings: [] },
          ],
        }),
        undefined,
      ],
    ),
    [
      'an Italian warning that this page is no longer in force',
      doc({
        blocks: [
          { text: 'ATTENZIONE: questa pagina non è più in vigore dal 01/03/2037.\n\nMensa', headings: [] },
        ],
      }),
      'superseded',
    ],
    ...[
      'ATENȚIE: Acest document nu mai este în vigoare. Începând cu 01.01.2029 se aplică tabelul 2029.',
      'Napomena: ovaj dokument više ne važi.',
      'Ky informacion nuk është më i vlefshëm.',
    ].map((text): [string, ReturnType<typeof doc>, string] => [
      `a warning in Romanian, Serbian or Albanian that this document no longer applies: ${text}`,
      doc({ blocks: [{ text: `${text}\n\nDiurna`, headings: [] }] }),
      'superseded',
    ]),
    [
      'a banner line "Archivado · …" in the site\'s language',
      doc({
        blocks: [
          { text: 'Archivado · Zafra 2027 cerrada el 30/09/2027\n\nTarifas de cosecha', headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a Spanish sentence on an English page that it is no longer in effect',
      doc({
        blocks: [
          { text: 'IT accounts\n\nEsta página quedó sin efecto el 01/02/2028.\n\nPasswords…', headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a table under an "Archivado" heading is no banner',
      doc({
        blocks: [
          {
            text: 'Archivado · Código: RH-03 · Título: Licencias\nArchivado · Código: RH-04 · Título: Viáticos',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'a condition or a future day on which a page would be without effect says nothing yet',
      doc({
        blocks: [
          {
            text: 'Permisos\n\nEste documento queda sin efecto si el trabajador cambia de centro.',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'a French note that the document was replaced',
      doc({ blocks: [{ text: 'Ce document a été remplacé.\n\nCantine', headings: [] }] }),
      'superseded',
    ],
    [
      'a heading word before a middle dot is no banner',
      doc({
        blocks: [
          { text: 'Archived records · how long we keep them\n\nRecords are kept 7 years.', headings: [] },
        ],
      }),
      undefined,
    ],
    [
      'a labelled cancellation stamp at its end, with who and when',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          { text: '-----\n [STAMP]   CANCELLED   -   Payroll office   -   30/06/2036\n-----', headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a closing list line about a cancelled event is no stamp',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          {
            text: 'Training dates:\nFirst aid – 02/03/2036\nCANCELLED – Forklift refresher – 20/03/2036',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'a closing line in Norwegian about who reimburses is no successor',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          {
            text: 'Utlegg til reise dekkes.\nErstattet av arbeidsgiver: reise, kost og losji.\nSpørsmål til HR.',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'an English closing line about a deputy, with a line after it, is no successor',
      doc({
        blocks: [
          { text: '1. Scope.', headings: [] },
          { text: '2. Rules.', headings: [] },
          { text: '3. Questions to HR.', headings: [] },
          {
            text: 'The shift lead plans the work.\nReplaced by: the deputy lead when absent.\nQuestions to HR.',
            headings: [],
          },
        ],
      }),
      undefined,
    ],
    [
      'an event cancelled on its first line is no stamp',
      doc({
        blocks: [
          { text: 'CANCELLED – Christmas party – 19/12/2036\nThe party will not take place.', headings: [] },
        ],
      }),
      undefined,
    ],
    ...[
      'VERSIÓN NO VIGENTE – valores del 01/01/2036 al 30/06/2036.',
      'ARKIVERT SIDE – satsene på denne siden gjaldt fra 01.05.2035 til 31.12.2036.',
      'ARHIVA – ne vrijedi od 01.01.2037.',
      'ARCHIVE – ancienne version, ne plus utiliser.',
      '*** CIRCULAR ANULADA - REEMPLAZADA POR LA CIRCULAR GH-011-2029 DEL 05/03/2029 ***',
      '*** THIS CIRCULAR STANDS WITHDRAWN W.E.F. 01/01/2029 - REFER TA/DA RATES 2029 ***',
      'NOTE ANNULÉE ET REMPLACÉE PAR LE TABLEAU DES CARS 2029',
      '*** AVIS RETIRÉ LE 30/09/2029 - REMPLACÉ PAR LE BARÈME SAL-01 ***',
      '*** INGETROKKEN PER 01-06-2029 ***',
      '*** DOCUMENT PÉRIMÉ - NE PLUS APPLIQUER DEPUIS LE 01/07/2031 - VOIR LA PROCÉDURE TRS-02 ***',
    ].map(
      (banner): StatusCase => [
        `a banner in the site's language: "${banner.slice(0, 20)}…"`,
        doc({ blocks: [{ text: `${banner}\n\nShift allowances`, headings: [] }] }),
        'superseded',
      ],
    ),
    ...[
      'ARCHIVE ROOM opening hours: 8 to 4.',
      'ARCHIVE – how we keep records\nRecords are kept for 7 years.',
      'ERSTATTET – slik får du tilbake utlegg',
      'UDGÅET TIL FORDEL FOR NYE SKABE: se side 2',
      'CIRCULAR ANUAL DE VACACIONES 2029',
      'POLICY WITHDRAWALS FROM THE PENSION FUND',
      'PROCEDURE OBSOLETE STOCK DISPOSAL',
      'NOTICE WITHDRAWN SERVICES FROM 1 MAY',
      'MEMO WITHDRAWN ON STRIKE DAYS',
      // Expired stock is no expired document.
      'PRODUITS PÉRIMÉS\nRetirez-les du stock et rendez-les à la pharmacie.',
      'PÉRIMÉ : à retourner à la pharmacie',
      // An expired identity card is no expired document.
      'DOCUMENTO CADUCADO - QUÉ HACER\nSi su cédula o pasaporte ha caducado, pida una cita.',
      "DOCUMENT PÉRIMÉ : une pièce d'identité périmée se renouvelle en mairie.",
    ].map(
      (text): StatusCase => [
        `no banner: "${text.slice(0, 24)}…"`,
        doc({ blocks: [{ text, headings: [] }] }),
        undefined,
      ],
    ),
    [
      'a last line that says what this one replaced is no mark',
      doc({
        blocks: [
          { text: '5. Claims are paid monthly.', headings: [] },
          { text: 'This policy replaces the 2031 travel rules, which were superseded by it.', headings: [] },
        ],
      }),
      undefined,
    ],
    [
      'a status line at its start with a date after the word',
      doc({
        blocks: [
          {
            text: 'STATUS: WITHDRAWN 31/08/2027 - REPLACED BY THE STAFF CLAIMS TABLE 2027/28\n\nSTAFF CLAIMS',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a status line a loader took for the title',
      doc({
        title: 'STATUS: WITHDRAWN 31/08/2027 - REPLACED BY THE STAFF CLAIMS TABLE 2027/28',
        blocks: [
          { text: 'Date: 18/08/2025\n1.1 Official errands are refunded at N100 per km.', headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a guide to statuses with a heading that names one',
      doc({
        title: 'Student enrolment statuses',
        blocks: [
          {
            text: 'A withdrawn student has left before the end of the course.',
            headings: ['Status: Withdrawn'],
          },
        ],
      }),
      undefined,
    ],
    [
      'status: Superseded by another',
      doc({ metadata: { status: 'Superseded by HR-HYB-02 v2.0' } }),
      'superseded',
    ],
    ['a folder of old copies', doc({ source: 'docs/policies/old/travel-2024.txt' }), 'superseded'],
    ['an archive folder', doc({ source: 'docs/handbook/archive/leave.md' }), 'superseded'],
    [
      'an archive banner in Hungarian',
      doc({ blocks: [{ text: 'ARCHÍV OLDAL – csak tájékoztatásul.\n\nBérek és pótlékok', headings: [] }] }),
      'superseded',
    ],
    [
      'a banner in Serbian Cyrillic',
      doc({
        blocks: [
          {
            text: '*** ЗАМЕЊЕНО - од 01.02.2029. важи табела 2029 ***\n\nUPUTSTVO ZA PUTOVANJA',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    ['a status in Serbian', doc({ metadata: { status: 'van snage' } }), 'superseded'],
    ...[
      'Ovaj dokument ne važi bez potpisa i pečata.',
      'Ovaj dokument ne važi za sezonske radnike.',
      'Acest document arată ce nu mai este în vigoare după 2027.',
      'VAN SNAGE STAVLJA SE odluka iz 2024.',
    ].map((text): [string, ReturnType<typeof doc>, undefined] => [
      `a sentence that does not say this document no longer applies: ${text}`,
      doc({ blocks: [{ text: `${text}\n\nPravila`, headings: [] }] }),
      undefined,
    ]),
    [
      'an archives folder, in French or English',
      doc({ source: 'docs/intranet/archives/primes.html' }),
      'superseded',
    ],
    ['a status in French', doc({ metadata: { statut: 'abrogée' } }), 'superseded'],
    ['a status in Spanish', doc({ metadata: { estado: 'vigente' } }), 'current'],
    [
      'a status in French before what replaced it',
      doc({ metadata: { statut: 'remplacée par HR-09' } }),
      'superseded',
    ],
    [
      'a status in Spanish before what replaced it',
      doc({ metadata: { estado: 'sustituido por PO-07' } }),
      'superseded',
    ],
    [
      'a status in Russian with its day',
      doc({ metadata: { status: 'Утратил силу с 01.07.2028' } }),
      'superseded',
    ],
    [
      'an archive copy banner',
      doc({ blocks: [{ text: 'ARCHIVE COPY – NOT MAINTAINED\nFuel card rules', headings: [] }] }),
      'superseded',
    ],
    [
      'a retired page',
      doc({
        blocks: [
          {
            text: 'Retired content. This page is no longer reviewed and is kept only so that old links still work.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'its revision line, a date between',
      doc({ blocks: [{ text: 'UNIFORM POLICY\nIssue 2  ::  1 August 2023  ::  rescinded', headings: [] }] }),
      'superseded',
    ],
    [
      'an archived page kept for reference',
      doc({
        blocks: [
          {
            text: 'Archived page. This page is kept for reference and is no longer maintained.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a timetable kept here for reference only',
      doc({
        blocks: [
          {
            text: 'Old timetable. This timetable applied until 31/12/2029 and is kept here for reference only.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a bilingual withdrawn label opening its first line',
      doc({
        blocks: [{ text: '[ĐÃ HỦY / WITHDRAWN] NOTICE ON ALLOWANCES\n\nThe company pays…', headings: [] }],
      }),
      'superseded',
    ],
    ['the file name', doc({ source: 'docs/travel-policy-2022-archived.md' }), 'superseded'],
    ['"old" in the file name', doc({ source: 'docs/parental-leave-policy-old.md' }), 'superseded'],
    ['a French file name', doc({ source: 'docs/lyon-notes-bureau-2023-ancien.txt' }), 'superseded'],
    [
      '"ancienne version" in a file name',
      doc({ source: 'docs/usine/consignes-usine-ancienne-version.txt' }),
      'superseded',
    ],
    ['"(versão antiga)" in a title', doc({ title: 'Regras do armazém (versão antiga)' }), 'superseded'],
    ['the title', doc({ title: 'Parental leave policy (old)' }), 'superseded'],
    [
      "a plain text's first line in capitals marked in brackets, when a later line was taken for its title",
      doc({
        title: '1. WHO MAY DRIVE',
        blocks: [{ text: 'VEHICLE AND MOTORBIKE RULES (superseded)\n\nRef: OPS-05', headings: [] }],
      }),
      'superseded',
    ],
    [
      'a first heading marked in brackets under a front matter title without the mark',
      doc({
        title: 'Campaign pay and conditions 2030',
        blocks: [
          { text: 'This sheet sets the pay.', headings: ['Campaign pay and conditions 2030 (superseded)'] },
        ],
      }),
      'superseded',
    ],
    [
      'a title naming its replacement',
      doc({ title: 'Training budget 2023 — Superseded by training-budget.md' }),
      'superseded',
    ],
    [
      'a banner',
      doc({ blocks: [{ text: '*** SUPERSEDED - see Issue 5 ***\n\nClaims within 90 days.', headings: [] }] }),
      'superseded',
    ],
    [
      'a sentence',
      doc({ blocks: [{ text: 'This procedure has been replaced by the 2024 edition.', headings: [] }] }),
      'superseded',
    ],
    [
      'a cancellation stamp read as the first heading',
      doc({
        blocks: [
          {
            text: 'Policy text.',
            headings: ['*** CANCELLED - REFER TO REVISION 4 (WORD DOCUMENT) FROM 01/02/2025 ***'],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a stamp before the title of a plain-text file, read as its text',
      doc({
        blocks: [
          { text: '*** SUPERSEDED ***', headings: [] },
          { text: 'The store opens at 07:00.', headings: ['GLAZE STORE ACCESS'] },
        ],
      }),
      'superseded',
    ],
    ['a stamp taken for the title', doc({ title: 'REVOKED' }), 'superseded'],
    [
      'a memo that says it was replaced',
      doc({ blocks: [{ text: 'This memo has been replaced by the visitor policy.', headings: [] }] }),
      'superseded',
    ],
    [
      'a stamp alone on its line',
      doc({ blocks: [{ text: 'REVOKED\n\nThe old rules.', headings: [] }] }),
      'superseded',
    ],
    [
      'a French banner',
      doc({ blocks: [{ text: 'ANCIENNE VERSION — ne plus utiliser', headings: [] }] }),
      'superseded',
    ],
    [
      'a Spanish banner that opens with its subject',
      doc({
        blocks: [
          {
            text: '*** ESTE DOCUMENTO HA SIDO SUSTITUIDO POR LA EDICIÓN DE ENERO DE 2026. ***',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'an Italian sentence after the edition line',
      doc({
        blocks: [
          {
            text: 'Edizione di marzo 2025. Attenzione: questa versione è stata sostituita dagli avvisi di marzo 2026.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a title that says it is no longer in force',
      doc({ title: 'Parental Leave Policy — Version 2 (no longer in force)' }),
      'superseded',
    ],
    [
      'a heading line that says so',
      doc({ blocks: [{ text: 'SICK LEAVE PROCEDURE\nVERSION 2 - NO LONGER IN FORCE', headings: [] }] }),
      'superseded',
    ],
    [
      'a French banner with an accent',
      doc({
        blocks: [
          { text: "Édition 2025\n\n*** ARCHIVÉ - remplacé par l'édition de janvier 2026. ***", headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a page notice',
      doc({
        blocks: [
          { text: 'This page was replaced on March 2, 2026. See On-call and overtime pay.', headings: [] },
        ],
      }),
      'superseded',
    ],
    [
      'a sentence naming what kind of document it is in its own words',
      doc({
        blocks: [
          {
            text: 'This wage schedule was replaced by the Pay & Overtime page on KP Hub on 10/10/2027.\n\nRates.',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a Portuguese sentence',
      doc({ blocks: [{ text: 'Este documento foi substituído pela edição de 2026.', headings: [] }] }),
      'superseded',
    ],
    [
      'its own revision line',
      doc({
        blocks: [
          {
            text: 'SAGEBROOK COMMUNITY HEALTH\nPolicy HR-330   DRESS CODE AND UNIFORMS\nRev. 3 – obsolete\nEffective: 03/01/2022',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a revision stamp that points at the next revision',
      doc({
        blocks: [{ text: 'HR-330 DRESS CODE\nRev. 3 – obsolete, see Rev. 4\n\nScrubs.', headings: [] }],
      }),
      'superseded',
    ],
    [
      'a notice in brackets that says it was superseded',
      doc({ blocks: [{ text: '[Superseded - see the 2026 travel policy]\n\nRates.', headings: [] }] }),
      'superseded',
    ],
    [
      'a notice in brackets that points elsewhere',
      doc({
        blocks: [
          {
            text: '[RECORD COPY - figures replaced, see the Uniform and PPE page on GroundNet]\n\nMEMO',
            headings: [],
          },
        ],
      }),
      'superseded',
    ],
    [
      'a version line',
      doc({ blocks: [{ text: 'Version 2.1: withdrawn\n\nStandby pay.', headings: [] }] }),
      'superseded',
    ],
  ])('%s', (_label, d, status) => {
    expect(documentStatus(d)).toBe(status);
  });

  it.each([
    ['a plain policy', doc({})],
    [
      'a first heading about superseded documents, not marking this one',
      doc({
        blocks: [
          { text: 'Old copies go to the archive.', headings: ['What happens to superseded versions'] },
        ],
      }),
    ],
    [
      'a first line that marks the document it replaces',
      doc({
        blocks: [
          {
            text: 'Version 4.0 · Effective 1 April 2025 · Replaces the 2022 travel policy (archived)',
            headings: [],
          },
        ],
      }),
    ],
    ...[
      'Forklift fleet (retired)',
      'Product batches (withdrawn)',
      'Visitor badges (expired)',
      'Water meters (replaced)',
    ].map((heading): [string, LoadedDocument] => [
      `a first heading whose bracket says what a list holds: ${heading}`,
      doc({ blocks: [{ text: 'FL-01 · Linde H25 · sold 2029', headings: [heading] }] }),
    ]),
    [
      'a Spanish edition that replaces an older one',
      doc({ blocks: [{ text: 'Esta edición sustituye a la de marzo de 2023.', headings: [] }] }),
    ],
    [
      'a current policy that replaces an older one',
      doc({
        blocks: [
          { text: 'This policy supersedes the 2021 remote work policy. Replaces Issue 4.', headings: [] },
        ],
      }),
    ],
    ['a word inside a file name', doc({ source: 'docs/holdings-report.md' })],
    ...[
      'This time sheet is archived by Payroll for six years.',
      'This shuttle timetable is cancelled on days the pass is closed.',
      'This timetable is withdrawn on Christmas Day.',
      'This weekly rota is cancelled if fewer than three drivers sign up.',
      'This price list is replaced every April.',
      'This completed form is archived by HSE.',
    ].map((text): [string, LoadedDocument] => [
      `a sentence about the document's routine: ${text}`,
      doc({ blocks: [{ text, headings: [] }] }),
    ]),
    ['"old" inside a word of the title', doc({ title: 'Cold weather working' })],
    ['an unknown status word', doc({ metadata: { status: 'reviewed' } })],
    [
      'the policy it replaces',
      doc({ blocks: [{ text: 'The 2022 policy is superseded by this document.', headings: [] }] }),
    ],
    [
      'another policy withdrawn',
      doc({ blocks: [{ text: 'It replaces the 2022 policy, which has been withdrawn.', headings: [] }] }),
    ],
    ['a title about archives', doc({ title: 'How archived records are retained' })],
    [
      'a history of versions at the top',
      doc({
        blocks: [
          { text: 'Version 1 - withdrawn\nVersion 2 - in force from May 2026\n\nLeave.', headings: [] },
        ],
      }),
    ],
    [
      'a history of revisions, the last current',
      doc({
        blocks: [{ text: 'Rev 1 – superseded\nRev 2 – superseded\nRev 3 – current\n\nLeave.', headings: [] }],
      }),
    ],
    [
      'an update note about a form inside it',
      doc({
        blocks: [
          {
            text: '(Updated March 2026: the paper claim form has been replaced by an online form, see the HR portal.)\n\nStaff get 25 days.',
            headings: [],
          },
        ],
      }),
    ],
    [
      'a note that old rates inside it are no longer valid',
      doc({
        blocks: [
          {
            text: '[Note: the old mileage rates are no longer valid - see section 3.]\n\nRates.',
            headings: [],
          },
        ],
      }),
    ],
    [
      'a note in brackets about what this edition replaced',
      doc({
        blocks: [{ text: '[Note: the 2022 rates are replaced in this edition.]\n\nRates.', headings: [] }],
      }),
    ],
    [
      'a revision line that names an older one',
      doc({ blocks: [{ text: 'Rev. 4 – replaces Rev. 3, which is obsolete.\n\nScrubs.', headings: [] }] }),
    ],
    [
      'an issue of something else that is withdrawn',
      doc({
        blocks: [
          { text: 'Known issues.\nIssue 12 - withdrawn parking permits are not refunded.', headings: [] },
        ],
      }),
    ],
    [
      'an opening about obsolete things',
      doc({ blocks: [{ text: 'Obsolete laptops go to IT for recycling.', headings: [] }] }),
    ],
    ['"old" starting a file name', doc({ source: 'docs/old-age-pension.md' })],
    ['a how-to restoring an old version', doc({ source: 'docs/it/restore-previous-version.md' })],
    [
      'a French how-to restoring an old version',
      doc({ source: 'docs/it/restaurer-une-ancienne-version.pdf' }),
    ],
    ['a Spanish how-to recovering an old version', doc({ source: 'docs/it/recuperar-version-anterior.pdf' })],
    ['"alt" in a file name', doc({ source: 'docs/alt-text-guide.md' })],
    [
      'another rule no longer in effect',
      doc({
        blocks: [
          {
            text: 'From 1 April the old mileage rate of 40p is no longer in effect for new claims.',
            headings: [],
          },
        ],
      }),
    ],
    [
      'a heading about archives',
      doc({ blocks: [{ text: 'ARCHIVE AND RECORDS RETENTION POLICY\n\nKeep files.', headings: [] }] }),
    ],
    ['a title about things no longer used', doc({ title: 'Retiring laptops that are no longer in use' })],
    [
      'a heading "CANCELLED - WHAT TO DO"',
      doc({
        title: 'CANCELLED - WHAT TO DO',
        blocks: [{ text: 'Phone your manager.', headings: ['CANCELLED - WHAT TO DO'] }],
      }),
    ],
    [
      'a list of roster codes',
      doc({
        blocks: [
          { text: 'Roster codes.', headings: [] },
          {
            text: 'CONFIRMED - the shift is booked\nCANCELLED - the shift was removed\n- CANCELLED: you withdrew it',
            headings: [],
          },
        ],
      }),
    ],
    [
      'first headings in capitals that name old things',
      doc({
        blocks: [
          { text: 'Keep records for 7 years.', headings: ['ARCHIVED RECORDS', 'OBSOLETE STOCK DISPOSAL'] },
        ],
      }),
    ],
    [
      'a heading about cancelled things',
      doc({
        blocks: [
          { text: 'CANCELLED TRAINS – WHAT TO DO\n\nPhone your manager.', headings: ['CANCELLED SHIFTS'] },
        ],
      }),
    ],
    [
      'a page that keeps something else for reference',
      doc({ blocks: [{ text: 'Keep this page for reference when you file a claim.', headings: [] }] }),
    ],
    ['status: closed, a word it does not know', doc({ metadata: { status: 'closed' } })],
    ['in_force: true', doc({ metadata: { in_force: true } })],
    ['active: false, a paused scheme', doc({ metadata: { active: false } })],
    ['successor: a person', doc({ metadata: { successor: 'Jane Doe' } })],
    [
      'a guide about systems no longer maintained',
      doc({
        blocks: [
          { text: 'This guide explains what to do when a system is no longer maintained.', headings: [] },
        ],
      }),
    ],
    [
      'a history whose later point release is in force',
      doc({ blocks: [{ text: 'POLICY\nIssue 2.1 :: in force\nIssue 2.0 :: rescinded', headings: [] }] }),
    ],
    [
      'a memo whose subject speaks of superseded things',
      doc({
        title: 'Return of superseded laptops',
        metadata: { subject: 'Return of superseded laptops' },
      }),
    ],
    [
      "a supplier's letter whose subject speaks of old things, under its letterhead",
      doc({
        title: 'BARILS DUFRESNE INC. — Return of superseded barils',
        metadata: { subject: 'Return of superseded barils' },
      }),
    ],
    [
      'a revision history line about a later issue',
      doc({ blocks: [{ text: 'UNIFORM POLICY\nIssue 3 :: 1 March 2027 :: in force', headings: [] }] }),
    ],
    // A page that describes a product's or an event's status; a history of versions that disagree.
    ['a product status', doc({ blocks: [{ text: 'Model X200\nStatus: Discontinued', headings: [] }] })],
    [
      'a version history',
      doc({
        blocks: [
          {
            text: 'Version 1.0\nStatus: Superseded\nVersion 2.0\nStatus: Current',
            headings: [],
          },
        ],
      }),
    ],
    // A state that is no status word; a register's records; a list item about a request's status.
    ['state: NSW', doc({ metadata: { state: 'NSW' } })],
    [
      "a register's record lines",
      doc({
        source: 'docs/data/document-register.json',
        metadata: { format: 'json' },
        blocks: [{ text: 'doc_id: HR-POL-002\ntitle: Leave Policy\nstatus: Obsolete', headings: [] }],
      }),
    ],
    [
      "a list item about a request's status",
      doc({ blocks: [{ text: 'Leave requests\n- Status: Withdrawn means you withdrew it.', headings: [] }] }),
    ],
  ])('says nothing of %s', (_label, d) => {
    expect(documentStatus(d)).toBeUndefined();
  });

  it('keeps the year of the edition a document opens by declaring, not a year said further on or by a superseded one', () => {
    const edition = (text: string, metadata: Record<string, unknown> = {}) =>
      withStatus(doc({ blocks: [{ text, headings: [] }], metadata })).metadata.editionSaid;
    expect(edition('Hybrid work arrangements\nHR-HW-01 · 2026 edition · effective September 1, 2026')).toBe(
      2026,
    );
    expect(edition('Edition: 2027. This guide covers overtime.')).toBe(2027);
    expect(edition('Lunch is served from noon. This policy is effective 1 March 2027.')).toBe(2027);
    expect(edition('Lunch is served from noon.')).toBeUndefined();
    expect(
      edition('Night differential and holiday pay\nRates from January 1, 2027. These rules cover all staff.'),
    ).toBe(2027);
    expect(edition('Shuttle\nThe policy applies from 1 March 2026 to all sites.')).toBe(2026);
    // A circular's header, and an ordinal day.
    expect(
      edition('PAYROLL CIRCULAR PC-2025-01\nDate:       12/12/2024\nEffective:  01/01/2025\nTo: All staff'),
    ).toBe(2025);
    expect(edition('PROTECTIVE CLOTHING RULES\nThese rules apply from 1st August 2023 at Ziwa Farm.')).toBe(
      2023,
    );
    expect(edition('These rules are in effect from 01/09/2035 for everyone at the centre.')).toBe(2035);
    // An edition named in the site's language, with its month in that language too.
    expect(edition('KEBIJAKAN PERJALANAN DINAS (SDM-07)\n\nEdisi:    Maret 2030\nBerlaku:  01/04/2030')).toBe(
      2030,
    );
    expect(edition('Business Travel Policy · SDM-07\nEdisi September 2033 · Berlaku: 01/10/2033')).toBe(2033);
    expect(edition('Normas de seguridad\nEdición: 2031')).toBe(2031);
    expect(edition('Règlement intérieur\nÉdition : mars 2030')).toBe(2030);
    expect(
      edition('Cold Work Procedure\nGralha Azul · SESMT · PO-SESMT-05 · Edição 4\nVigência: 01/07/2035.'),
    ).toBe(2035);
    expect(edition('The vaccine stays in effect for 12 months after 2030.')).toBeUndefined();
    expect(edition('Customer Experience · Third edition\nThis edition takes effect on 1 March 2027.')).toBe(
      2027,
    );
    expect(edition('These rules come into force on 1 June 2026 at every branch.')).toBe(2026);
    expect(
      edition('# Repairs Guide for Tenants\n\nEdition 3 · March 2023\n\nThis guide explains repairs.'),
    ).toBe(2023);
    expect(edition('Larchfield Homes · Edition 4 · effective 1 April 2026 · approved')).toBe(2026);
    expect(edition('The change took effect quickly; staff adapted.')).toBeUndefined();
    // A header that says when it was issued.
    expect(
      edition('CONFINED SPACE ENTRY PROCEDURE\n\nIssued: 2 February 2025\nOwner: Health and Safety Manager'),
    ).toBe(2025);
    expect(edition('Notes\nThe form was issued: see the appendix from 2025.')).toBeUndefined();
    expect(edition('Effective date: 2026-07-01 for all sites.')).toBeUndefined();
    // A table's or a record's cell is no header of the document's own.
    expect(edition('OVERTIME RATES\n| A | 1.5x | effective: 01/04/2027 |')).toBeUndefined();
    expect(edition('grade: A · rate: 1.5x\neffective: 01/01/2027', { format: 'csv' })).toBeUndefined();
    expect(edition(`${'Staff may claim travel costs. '.repeat(40)}2026 edition`)).toBeUndefined();
    expect(edition('2025 edition', { status: 'superseded' })).toBeUndefined();
  });

  it('keeps the day an edition takes effect when its opening says the month, across a line break too', () => {
    const said = (text: string) => {
      const { metadata } = withStatus(doc({ blocks: [{ text, headings: [] }], metadata: {} }));
      return [metadata.editionSaid, metadata.editionFrom];
    };
    expect(said('Pay rules\nThis edition takes\neffect on 1 December 2027.')).toEqual([2027, '2027-12-01']);
    expect(said('Rates from January 15, 2027. These rules cover all staff.')).toEqual([2027, '2027-01-15']);
    expect(said('Repairs Guide\nEdition 3 · March 2023')).toEqual([2023, '2023-03-01']);
    // A year alone says no day; a later phrase, a field or a header in figures may.
    expect(said('HR-HW-01 · 2026 edition')).toEqual([2026, undefined]);
    expect(said('2027 edition. This edition takes effect on 1 December 2027.')).toEqual([2027, '2027-12-01']);
    expect(said('PAYROLL CIRCULAR PC-2027-04\nEffective:  15/12/2027\nTo: All staff')).toEqual([
      2027,
      '2027-12-15',
    ]);
    expect(said('PAYROLL CIRCULAR PC-2027-04\nEffective:  01/12/2027\nTo: All staff')).toEqual([
      2027,
      undefined,
    ]);
    // A date written with dots is day first, in a header or in a sentence.
    expect(said('EXPENSE AND ALLOWANCE RATES\nValid from:  01.01.2028\nOwner: Finance')).toEqual([
      2028,
      '2028-01-01',
    ]);
    expect(said('Rules for everyone who drives a van. Effective 01.11.2028.')).toEqual([2028, '2028-11-01']);
    // A schedule's "From:" line with a date says its year; one with a sender says none.
    expect(
      said('TRAVEL, MEAL AND OTHER ALLOWANCES\nSchedule HR-09\nFrom: 1 July 2028\nOwner: Payroll'),
    ).toEqual([2028, '2028-07-01']);
    expect(said('NOTICE\nFrom: Payroll Team\nTo: All staff')).toEqual([undefined, undefined]);
    // A period with its end on the next line is no edition (a leave form's dates).
    expect(said('LEAVE FORM\nFrom: 3 March 2019\nTo: 7 March 2019')).toEqual([undefined, undefined]);
    // A day the calendar lacks is none.
    expect(said('Rules for drivers. Effective 31.02.2028.')).toEqual([2028, undefined]);
    const field = withStatus(
      doc({ blocks: [{ text: 'Pay rules', headings: [] }], metadata: { effective: '2027-12-01' } }),
    );
    expect(field.metadata.editionFrom).toBe('2027-12-01');
  });

  it('keeps the last day a document says it applies, from a field or its opening, as an ISO date', () => {
    const until = (text: string, metadata: Record<string, unknown> = {}) =>
      withStatus(doc({ blocks: [{ text, headings: [] }], metadata })).metadata.inForceUntil;
    expect(until('These rates apply from 1 April 2025 and are effective until 31 March 2026.')).toBe(
      '2026-03-31',
    );
    expect(until('This notice remains in force until March 31st, 2026.')).toBe('2026-03-31');
    expect(until('Valid to 2026-06-30.')).toBe('2026-06-30');
    expect(until('Valid from 1 April 2025 to 31 March 2026.')).toBe('2026-03-31');
    expect(until('Effective 1 April 2025 until 31 March 2026.')).toBe('2026-03-31');
    // "Applies" with the day it began, or "until": not "apply to" a year-end.
    expect(until('Applies from 01/11/2025 to 31/10/2028 (campaigns 2025/2026 and 2026/2027).')).toBe(
      '2028-10-31',
    );
    expect(until('These rates apply until 30 June 2027.')).toBe('2027-06-30');
    // A clause that opens with what it dates, on the line under a memo's header; not a code that is valid.
    const memo =
      'MEMO: MILEAGE RATES\n\nDate:     December 10, 2031\nPolicy:   FIN-105 Travel and Mileage\nRates valid 01/01/2032 through 12/31/2032\n';
    expect(until(memo)).toBe('2032-12-31');
    expect(until('Mileage rates are effective from 1 April 2032 to 31 March 2033.')).toBe('2033-03-31');
    expect(until('Your discount code is valid until 31 March 2033.')).toBeUndefined();
    const title = "WORKERS' SHUTTLE TIMETABLE - DRY SEASON 2035-36\n";
    for (const line of [
      'Valid from 03/11/2035 to 30/04/2036',
      'Applies from 03/11/2035 to 30/04/2036',
      'In Force from 03/11/2035 to 30/04/2036',
      '(Valid from 03/11/2035 to 30/04/2036)',
    ])
      expect(until(`${title}${line}\n`), line).toBe('2036-04-30');
    for (const line of [
      'Mileage rates remain in effect until 31 March 2033.',
      'Mileage rates will be effective from 1 April 2032 to 31 March 2033.',
      'Travel and subsistence rates are valid from 1 April 2032 to 31 March 2033.',
      'The mileage rates below are valid from 1 April 2032 to 31 March 2033.',
    ])
      expect(until(`MEMO\n\nTo: All staff\n${line}\n`), line).toBe('2033-03-31');
    // Review: the rates before are no end of this memo's; a year in figures before the plan year.
    expect(
      until(
        'MILEAGE RATES\n\nPrevious rates valid 01/04/2031 to 31/03/2032\nCar: 45p per mile\n\nNew rates valid 01/04/2032 to 31/03/2033\n',
      ),
    ).toBe('2033-03-31');
    expect(
      until(
        'BENEFITS\n\nThis summary is valid for the 2032 plan year: January 1, 2032 through December 31, 2032.',
      ),
    ).toBe('2032-12-31');
    // For the plan years it is valid for, said of a summary.
    expect(
      until('This summary is valid for the plan years from 1 May 2030 until 30 April 2032. Our plan…'),
    ).toBe('2032-04-30');
    // Review: a wrapped line of prose, a rate inside a sentence, an offer's validity date no document.
    expect(
      until(
        'TRAVEL POLICY\n\nStaff booking through the partner portal should note that the hotel\nrates are valid until 31 March 2033 and must be rebooked after that date.',
      ),
    ).toBeUndefined();
    expect(
      until(
        'TRAVEL POLICY\n\nBook all travel through the portal. Corporate hotel rates are valid until 31 March 2033 at partner hotels.',
      ),
    ).toBeUndefined();
    expect(
      until(
        'STAFF PERKS\n\nCinema: 2-for-1 tickets at Vue\nValid until 31 March 2033 with your staff card\n\nGym: 20% off\n',
      ),
    ).toBeUndefined();
    // Who a policy in force covers is no end of it (review).
    expect(
      until(
        'This policy applies to employees hired from 1 January 2015 to 31 December 2019. They keep 25 days.',
      ),
    ).toBeUndefined();
    // Of what it applies to, from a day until another: its own (second review).
    expect(until('These rates apply to all bookings from 1 April 2027 until 31 March 2028.')).toBe(
      '2028-03-31',
    );
    // In the past tense, of what it applied to.
    expect(
      until(
        'These rules applied to tickets sold from March 1, 2027 to December 31, 2029. For tickets sold later, see the guide.',
      ),
    ).toBe('2029-12-31');
    // A memo's header, a line each, with the days' names.
    expect(
      until(
        'SCHEDULE NOTICE\n\nPosted:     October 26, 2026\nTo:         All agents, Ortigas and Davao\nEffective:  Sunday, November 1, 2026 until Saturday, March 13, 2027\n\nWhen US clocks go back…',
      ),
    ).toBe('2027-03-13');
    // A wrapped line of prose is no clause of its own: the voucher's validity, or an earlier rate's, is not the
    // document's.
    expect(
      until(
        'You get 20% off in store. Gift vouchers bought before 1 April stay\nvalid until 30 June 2026 and can be used.',
      ),
    ).toBeUndefined();
    expect(until('Our previous rates were\nin force until 31 March 2025.')).toBeUndefined();
    // A line of its own that says nothing of force is no clause of the next one.
    expect(until('To: All agents\nYour discount code is valid until 31 March 2027.')).toBeUndefined();
    // Plain text wraps a sentence where its line is full.
    expect(
      until(
        'SHIFT ALLOWANCES 2026\n\nThese rates apply from 1 January 2026 and are effective until\n31 December 2026. They\nwere agreed in November.',
      ),
    ).toBe('2026-12-31');
    // Dates in figures, read in the order the document's own figures show: a day past 12 says day first.
    expect(until('NOTICE - KULIM PLANT\n\nValid from 03/01/2027 to 27/03/2027\nIssued 28/12/2026')).toBe(
      '2027-03-27',
    );
    expect(until('Valid from 01/15/2027 to 03/01/2027.')).toBe('2027-03-01');
    // Nothing shows the order: no day.
    expect(until('Valid from 03/01/2027 to 04/02/2027.')).toBeUndefined();
    expect(until('Rates.', { valid_until: '2025-12-31' })).toBe('2025-12-31');
    expect(until('Rates.', { Valid_Through: '2025-12-31' })).toBe('2025-12-31');
    expect(until('Rates.', { expires: new Date('2026-01-15T00:00:00Z') })).toBe('2026-01-15');
    // Not a day a document ends: who it applies to, a day that does not exist, a date far into the text, or a
    // document that is already superseded.
    expect(until('This policy applies to all staff from 1 April 2025.')).toBeUndefined();
    // What came before, something else the document mentions, or a year-end it applies to: not its own last day.
    for (const text of [
      'The previous rates were effective until 31 March 2025; from 1 April 2025 the rates below apply.',
      'This policy replaces the interim arrangement, which was in force until 30 June 2025.',
      'These rates apply to 31 March 2026 year-end accounts.',
      'Your gym discount code is valid until 31 December 2025.',
      'Passports must be valid until 1 May 2026.',
      'Winter timetable valid until 29 March 2026; summer from 30 March.',
      'This notice is valid until further notice.',
    ])
      expect(until(text)).toBeUndefined();
    expect(until('Effective until 31 February 2026.')).toBeUndefined();
    expect(until(`${'Staff may claim travel costs. '.repeat(40)}Valid until 1 May 2026.`)).toBeUndefined();
    expect(until('Effective until 31 March 2026.', { status: 'superseded' })).toBeUndefined();
  });

  it('keeps what a document says it replaces, for ingest to judge the document it names', () => {
    const said = (text: string) =>
      withStatus(doc({ blocks: [{ text, headings: [] }] })).metadata.replacesSaid;
    expect(said('Scope. This policy replaces the 2023 version. It covers all US staff.')).toEqual([
      'the 2023 version',
    ]);
    expect(said('The 2022 travel guide is superseded by this page.')).toEqual(['The 2022 travel guide']);
    expect(said("Cette édition remplace l'édition 2025.")).toEqual(["l'édition 2025"]);
    expect(
      said('This edition takes over from the 2025 edition of this policy, which no longer applies.'),
    ).toEqual(['the 2025 edition of this policy']);
    // A revision, a circular or a notice says it too.
    expect(said('Policy HR-11 · Revision 3. This revision replaces Revision 2 (May 2025).')).toEqual([
      'Revision 2 (May 2025)',
    ]);
    expect(said('This circular supersedes Circular 04/2024.')).toEqual(['Circular 04/2024']);
    expect(said('Revision 2 (May 2025) is superseded by this revision.')).toEqual(['Revision 2 (May 2025)']);
    expect(said('Staff may claim travel costs.')).toBeUndefined();
    // Another revision said to replace an older one, and a document said to have lapsed: only when they name one.
    expect(
      said(
        'Allowance from 1 July 2026 (IT-P-05 Rev 2.0, which replaces the 2023 mobile phone allowance scheme).',
      ),
    ).toEqual(['the 2023 mobile phone allowance scheme']);
    expect(
      said('New rates. HR Circular 03/2024 (On-call standby) lapsed on 31/12/2025 and must not be used.'),
    ).toEqual(['HR Circular 03/2024 (On-call standby)']);
    expect(
      said('The new form, which replaces the paper timesheet, is online. Your permit lapsed on 1 May.'),
    ).toBeUndefined();
    // Indian official English: a circular "stands withdrawn"; its number's "No." does not end the sentence.
    expect(
      said(
        'Allowances revised for all shifts. HR Circular No. 07/2024 (Revision of shift allowance) stands withdrawn from this date.',
      ),
    ).toEqual(['HR Circular No. 07/2024 (Revision of shift allowance)']);
    expect(said('Your request stands withdrawn.')).toBeUndefined();
    // Rules said of in the plural, by a pronoun too; only when what they replace is a document.
    expect(
      said('These rules apply from 01-03-2028. They replace the COD Cash Rules issued on 12th August 2026.'),
    ).toEqual(['the COD Cash Rules issued on 12th August 2026']);
    expect(said('These cash rules supersede the 2026 circular.')).toEqual(['the 2026 circular']);
    // Said again in English, in brackets after the site's language.
    expect(
      said('Ova pravila zamenjuju stara. (These rules replace the Harvest Rules issued on 20 May 2027.)'),
    ).toEqual(['the Harvest Rules issued on 20 May 2027']);
    expect(said('Ova pravila važe od 2029. (These rules replace the Harvest Rules)')).toEqual([
      'the Harvest Rules',
    ]);
    expect(said('Filters wear out. They replace the old filters every month.')).toBeUndefined();
    expect(
      said('Drivers inspect tyres daily. They replace worn tyres under the tyre policy.'),
    ).toBeUndefined();
    expect(
      said(
        'Supervisors check the kits. They replace any item on the 2024 first aid kit list under the kit procedure.',
      ),
    ).toBeUndefined();
    // Leave or an event cancelled is no document that ended.
    expect(
      said('Any leave approved under the 2024 policy stands cancelled once notice is given.'),
    ).toBeUndefined();
    // A document-control field, on its own line or after others.
    expect(said('Owner: Human Resources    Replaces: ABS-02 "Absence Reporting"\n\n1. SCOPE')).toEqual([
      'ABS-02 "Absence Reporting"',
    ]);
    // A revision history's note opens with the verb, and may name the file.
    expect(
      said(
        'Rev 2 · Published. Replaces the Operations memo "Hours of work" to supervisors (file fatigue-memo-ops.txt), which must no longer be used.',
      ),
    ).toEqual(['the Operations memo "Hours of work" to supervisors (file fatigue-memo-ops.txt)']);
    // A date's comma does not cut the note before the file it names.
    expect(
      said(
        'Version: 3.0 · Change: New standby rates. Replaces the Operations memo of March 11, 2024 (notices/on-call-memo-2024.txt), which is withdrawn.',
      ),
    ).toEqual(['the Operations memo of March 11, 2024 (notices/on-call-memo-2024.txt)']);
    // Only a date's comma: "the 2023 handbook, 2024 rates …" is two things.
    expect(
      said('Intro. Replaces the 2023 handbook, 2024 mileage rates in mileage-rates-2024.md still apply.'),
    ).toEqual(['the 2023 handbook']);
    expect(
      said('Each year. Staff replaces their own badge, and the desk replaces lost ones.'),
    ).toBeUndefined();
    // A note must name a document: "Replaces lost badges" names none.
    expect(said('Reception. Replaces lost badges free of charge.')).toBeUndefined();
    expect(said('Facilities team. Replaces light bulbs in the 2024 wing.')).toBeUndefined();
    // As a list item, with a dotted file name or a JSON Lines file.
    expect(said('Revision history\n- Replaces the contacts list (file contacts.2023.jsonl)')).toEqual([
      'the contacts list (file contacts.2023.jsonl)',
    ]);
    // Boilerplate that only mentions another document claims nothing; a claim ends at a comma.
    expect(said('Nothing in this policy replaces the Code of Conduct.')).toBeUndefined();
    expect(said('Effective 1 May 2026 · Approved by HR · This policy replaces the 2023 version.')).toEqual([
      'the 2023 version',
    ]);
    expect(said('This guide replaces version 3, and the new scheme replaces the 2022 cycle scheme.')).toEqual(
      ['version 3'],
    );
    // A revision line of dashes is read in linear time: four times the dashes take about four times as long, not
    // sixteen (a ratio of two runs side by side, so a loaded machine slows both alike). A document's first and last
    // 400 characters are read for it, so the longer line, of 388 dashes, is still read whole.
    const dashes = (n: number) =>
      documentStatus(doc({ blocks: [{ text: `Issue 1 ${'-'.repeat(n)}`, headings: [] }] }));
    expect(growthOf(dashes, 97)).toBeLessThan(9);
    // A run of spaces is read in linear time.
    expect(growthOf((n) => said(`Intro.${' '.repeat(n)}end`), 500_000)).toBeLessThan(9);
    // A superseded document's history is no claim about today's documents.
    const old = withStatus(
      doc({
        metadata: { status: 'superseded' },
        blocks: [{ text: 'This guide replaces the 2019 version.', headings: [] }],
      }),
    );
    expect(old.metadata.replacesSaid).toBeUndefined();
  });
});

describe('the code and version a document gives itself', () => {
  const read = (text: string, metadata: Record<string, unknown> = {}, source = 'docs/policy.txt') =>
    withStatus(doc({ source, blocks: [{ text, headings: [] }], metadata })).metadata;

  it('is read from a capitals title that opens with the code, over a line giving the revision and when it took effect', () => {
    const titled = (title: string, text: string) =>
      withStatus(doc({ source: 'docs/checklist.txt', title, blocks: [{ text, headings: [] }] })).metadata;
    const opening = 'Revision 4 - Effective 08/15/2024\nOwner: Fleet Supervisor (ext. 4420)\n\n1. WHEN';
    expect(
      titled('ALDER FORK LOCAL SCHOOLS — TR-05 PRE-TRIP AND POST-TRIP INSPECTION CHECKLIST', opening),
    ).toMatchObject({ titleCode: 'TR-05', titleRevision: '4' });
    // Both or neither: no revision line, a revision without when it took effect, a title in ordinary case.
    expect(titled('TR-05 PRE-TRIP CHECKLIST', 'Owner: Fleet Supervisor').documentCode).toBeUndefined();
    expect(
      titled('TR-05 PRE-TRIP CHECKLIST', 'Revision 4 of the form is attached.').documentCode,
    ).toBeUndefined();
    expect(titled('TR-05 Pre-trip checklist', opening).titleCode).toBeUndefined();
    expect(
      titled('MEMO — TR-05 CHECKLIST REMINDER', 'Issue 2 - issued to all drivers').titleCode,
    ).toBeUndefined();
    // Kept apart from the code and version the document gives itself: no number alone replaces it.
    expect(titled('TR-05 PRE-TRIP CHECKLIST', opening).documentCode).toBeUndefined();
    // A title line that gives the code after the kind of document, over a revision alone or with its month.
    expect(
      read(
        'HENGILL GRÓÐUR EHF.\nPROCEDURE HG-PR-07: SPRAYING AND BIOLOGICAL CONTROL\nRevision 2 - March 2027',
      ),
    ).toMatchObject({ titleCode: 'HG-PR-07', titleRevision: '2' });
    // A revision on a document-control line of its own under the code's title line is the document's own.
    expect(
      read(
        'MONTADO VIVO CORTIÇAS - CORUCHE PLANT\nPRD-07  COZEDURA AND BOILING YARD PROCEDURE\nRev. C  |  Date: 14/09/2028  |  Owner: Plant Manager',
      ),
    ).toMatchObject({ documentCode: 'PRD-07', versionSaid: 'C' });
    expect(
      read('PRD-07  COZEDURA AND BOILING YARD PROCEDURE\nRev. C of the form is attached | see the annex')
        .documentCode,
    ).toBeUndefined();
    // A checklist or a form titled with its procedure's code is no revision of it: kept apart, as a title's code.
    expect(
      read('PRD-07  BOILING YARD DAILY CHECKLIST\nRev. A | Date: 02/01/2029 | Owner: Yard Lead').documentCode,
    ).toBeUndefined();
    expect(
      titled('TMC-SP-04  TANK ENTRY AND PAINTING PROCEDURE', 'Revision 3\nIssued: 2027.11.15'),
    ).toMatchObject({
      titleCode: 'TMC-SP-04',
      titleRevision: '3',
    });
    // An edition on a line of its own, as Spanish writes it.
    expect(
      read(
        'GUARIA MEDICAL, S.R.L. - RECURSOS HUMANOS\nHR-PO-07  INCAPACIDADES Y SUBSIDIOS\nEdicion 2\n\n1. WHAT',
      ),
    ).toMatchObject({ titleCode: 'HR-PO-07', titleRevision: '2' });
  });

  it('is read from a title that opens with the code, over a control line giving the version among its fields', () => {
    const titled = (title: string, text: string) =>
      withStatus(doc({ source: 'docs/sop.docx', title, blocks: [{ text, headings: [] }] })).metadata;
    const control =
      'Rozaliya Damask AD · Cosmetics Plant · Version 6 · Effective 01.02.2028 · Owner: QA Manager';
    expect(
      titled('SOP-KC-04 Personal hygiene and gowning', `${control}\n\n1. Before you come in`),
    ).toMatchObject({
      documentCode: 'SOP-KC-04',
      versionSaid: '6',
    });
    // Not a form or a checklist titled with its procedure's code, nor a version said in a sentence.
    expect(titled('SOP-KC-04 Gowning checklist', control).documentCode).toBeUndefined();
    expect(
      titled('SOP-KC-04 Personal hygiene', 'Version 6 of the form is attached.').documentCode,
    ).toBeUndefined();
    // A code and its edition, after the site's name or alone, in English or Russian.
    expect(
      read('AK BULUT KIYIZ LLC\nNARYN PLANT - WORKING RULES\nNP-01, Edition 2\n\n1. SMENAS'),
    ).toMatchObject({
      documentCode: 'NP-01',
      versionSaid: '2',
    });
    expect(read('Ak Bulut Kiyiz LLC · Naryn Plant · NP-01 · Edition 3\n\n1. Smenas')).toMatchObject({
      documentCode: 'NP-01',
      versionSaid: '3',
    });
    // A code and its version set off by a spaced hyphen, and an edition written in French.
    expect(read('POLITIQUE DES AVANCES\nRéf. HR-08 - Version 2.1\nDate : 10/01/2027')).toMatchObject({
      documentCode: 'HR-08',
      versionSaid: '2.1',
    });
    expect(read('Moabi Cacao & Café S.A. · Stations d’achat · QUA-02 · Édition 4\n\n1. Objet')).toMatchObject(
      {
        documentCode: 'QUA-02',
        versionSaid: '4',
      },
    );
    expect(read('Vinăria Stejarul Sur · PIV-01 · Ediția 3\n\n1. Scop')).toMatchObject({
      documentCode: 'PIV-01',
      versionSaid: '3',
    });
    expect(read('Ак Булут Кийиз · NP-01 · Редакция 4\n\n1. Смены')).toMatchObject({
      documentCode: 'NP-01',
      versionSaid: '4',
    });
    // A code whose first part joins capitals with an ampersand (Health & Safety), but not a wording.
    expect(read('Kalamas Dairy · Health & Safety\nH&S-02 · Revision 5\nDate: 16/10/2028')).toMatchObject({
      documentCode: 'H&S-02',
      versionSaid: '5',
    });
    expect(read('Kalamas Dairy\nAT&T · Revision 5\nDate: 16/10/2028').documentCode).toBeUndefined();
    // A circular's number with slashes, on its labelled line; not a date.
    expect(read('STAFF LOANS CIRCULAR\n\nCircular:  HR/C/2025/03\nDate:      12/03/2025')).toMatchObject({
      documentCode: 'HR/C/2025/03',
    });
    expect(read('STAFF LOANS\n\nCircular:  12/03/2025\nDate:      12/03/2025').documentCode).toBeUndefined();
  });

  it('is read from its opening lines or its front matter, both or neither', () => {
    expect(read('Document HSE-PROC-007      Version 1.3      March 2023\nOwner: HSE Manager')).toMatchObject({
      documentCode: 'HSE-PROC-007',
      versionSaid: '1.3',
    });
    expect(read('Gowning steps.', { doc_id: 'EHS-PRO-021', revision: 'F' })).toMatchObject({
      documentCode: 'EHS-PRO-021',
      versionSaid: 'F',
    });
    expect(read('Travel rules.', { ref: 'FIN-07', version: 'v4' })).toMatchObject({ versionSaid: '4' });
    // A code field named doc_code, and a code field that gives the revision too.
    expect(read('Kilns.', { doc_code: 'KP-04', revision: 'C' })).toMatchObject({
      documentCode: 'KP-04',
      versionSaid: 'C',
    });
    expect(read('Fermentation.', { code: 'FER-02 Rev. 4' })).toMatchObject({
      documentCode: 'FER-02',
      versionSaid: '4',
    });
    expect(read('Fermentation.', { code: 'FER-02 and FER-03' }).documentCode).toBeUndefined();
    // A version field of its own says the version; a code field alone says the code; "V2" is a version too.
    expect(read('Fermentation.', { code: 'FER-02 Rev. 4', version: '5' })).toMatchObject({
      versionSaid: '5',
    });
    expect(read('Kilns.', { doc_code: 'KP-04', ref: 'HR-03 v2' }).documentCode).toBe('KP-04');
    expect(read('Fermentation.', { code: 'FER-02 V2' })).toMatchObject({
      documentCode: 'FER-02',
      versionSaid: '2',
    });
    // A control line whose code is labelled "Code", after the organisation's and the site's names.
    expect(
      read('Cacao Manabí Export S.A. · Centro Calceta · Code FER-02 Rev. 5\nEffective 15 February 2032.'),
    ).toMatchObject({
      documentCode: 'FER-02',
      versionSaid: '5',
    });
    // Labelled in short or in the site's language: "Doc.", "Código … Revisión", "Doküman No … Rev. No".
    expect(
      read('MILK RECEPTION\n\nDoc. PR-HACCP-03 | Rev. 3 | Approved 14.04.2028 | Page 1 of 1'),
    ).toMatchObject({
      documentCode: 'PR-HACCP-03',
      versionSaid: '3',
    });
    expect(
      read('FIBRE STANDARD\n\nCodigo: CAL-PR-02    Revision: 03    Vigente desde: 15/09/2029'),
    ).toMatchObject({
      documentCode: 'CAL-PR-02',
      versionSaid: '03',
    });
    expect(read('# Grading\n\nCódigo: CAL-PR-02 | Revisión: 05 | Vigente desde: 01/03/2032')).toMatchObject({
      documentCode: 'CAL-PR-02',
      versionSaid: '05',
    });
    expect(
      read('# Aflatoxin\n\nDoküman No: KAL-P-07 · Rev. No: 03 · Yürürlük tarihi: 14.04.2029'),
    ).toMatchObject({
      documentCode: 'KAL-P-07',
      versionSaid: '03',
    });
    expect(
      read('CLOVE STANDARD\n\nDoc: QS-02 | Rev. 4 | Issued: 12/06/2029 | Effective: 01/07/2029'),
    ).toMatchObject({
      documentCode: 'QS-02',
      versionSaid: '4',
    });
    // A header table's row ("Doc. No.: EHS-03 · Version: Ver. 2.1") and a line with "Ver." alone.
    expect(
      read('# Fire\n\nFire Procedure · Doc. No.: EHS-03 · Version: Ver. 2.1 · Issue date: 12/04/2034'),
    ).toMatchObject({ documentCode: 'EHS-03', versionSaid: '2.1' });
    // A header table's labels in the site's language ("Codice: IO-07 · Revisione: Rev. 4").
    expect(
      read('# Salatura\n\nCodice: IO-07 · Revisione: Rev. 4 · Data: 13/03/2034 · Redatta da: Qualità'),
    ).toMatchObject({ documentCode: 'IO-07', versionSaid: '4' });
    // The kind of document before its code in the site's language ("Smernica SF-01, revízia 2").
    expect(read('ZÁSADY SOCIÁLNEHO FONDU\n\nSmernica SF-01, revízia 2\nDátum: 28. 11. 2026')).toMatchObject({
      documentCode: 'SF-01',
      versionSaid: '2',
    });
    expect(read('# Upute\n\nOznaka: ZNR-04 · Revizija: 2 · Datum: 01.03.2036.')).toMatchObject({
      documentCode: 'ZNR-04',
      versionSaid: '2',
    });
    expect(read('Mekong Weave Co., Ltd. · EHS-03 · Ver. 3.0 · Issued 02/06/2036')).toMatchObject({
      documentCode: 'EHS-03',
      versionSaid: '3.0',
    });
    expect(read('# Grading\n\nRéf. QA-04 · Rév. 5 · Date d’application : 01/06/2034')).toMatchObject({
      documentCode: 'QA-04',
      versionSaid: '5',
    });
    expect(
      read('Gralha Azul Aves Ltda. · SESMT · PO-SESMT-05 · Edição 4\nVigência: 01/07/2035.'),
    ).toMatchObject({
      documentCode: 'PO-SESMT-05',
      versionSaid: '4',
    });
    // "No" is a revision's number only with its colon: "Rev. No changes" gives none.
    expect(read('# Aflatoxin\n\nKAL-P-07 · Rev. No 2 changes since 2029').documentCode).toBeUndefined();
    expect(read('Cementing.', { doc: 'WI-ASM-04', revision: 2 })).toMatchObject({
      documentCode: 'WI-ASM-04',
      versionSaid: '2',
    });
    expect(read('# Chillers\n\nDocument control: GFC-FS-SOP-07 · Rev 4 · Issued 03/03/2024')).toMatchObject({
      documentCode: 'GFC-FS-SOP-07',
      versionSaid: '4',
    });
    // After the organisation's and the department's names.
    expect(
      read('Boil Water Notice\nTe Awa Wai Limited · Water Quality · Procedure WQ-02 · Version 5.0'),
    ).toMatchObject({
      documentCode: 'WQ-02',
      versionSaid: '5.0',
    });
    expect(
      read('Fuel card rules\nFleet & Fuel Cell, FIN-04 version 3, in force from 1 December 2025.'),
    ).toMatchObject({ documentCode: 'FIN-04', versionSaid: '3' });
    // Before a comma only a name: a sentence that cites the code gives none of its own.
    for (const text of [
      'Cash handling memo\nFurther to our email of 3 March, FIN-04 version 2 is withdrawn.',
      'Rota memo\nFrom 1 May, HR-02 version 3 applies to all staff.',
      'Notice\nAs announced, OPS-115 Rev 2 is no longer in use.',
    ])
      expect(read(text).documentCode).toBeUndefined();
    // A code without a version, a version without a code, a wording in capitals: nothing kept.
    expect(read('Ref. PAY-N-2025-01. Salary is paid monthly.').documentCode).toBeUndefined();
    expect(read('Version 2 of the rota.').versionSaid).toBeUndefined();
    expect(read('Wear the CA-EBS with the suit (version 2 of the kit).').documentCode).toBeUndefined();
    // Only a document-control line says it: not a form numbered under the code, a place named "Rev", a revision
    // history, a register's table, a sentence that cites the code, nor a version YAML read as a number with a fraction.
    for (const text of [
      'Form HSE-PROC-007/F1 Version 1.0\nLone working check-in form',
      'Crew transfer at Horns Rev 3\nHSE-PROC-007 applies.',
      'HSE-PROC-007 Rev. 1.0 March 2021\nHSE-PROC-007 Rev. 3.0 February 2027',
      '| HSE-PROC-007 | Version 3.0 | Lone working |\n| HSE-PRO-012 | Version 4 | Permit to work |',
      'This form goes with HSE-PROC-007 version 4.',
    ])
      expect(read(text).documentCode).toBeUndefined();
    expect(read('Travel rules.', { doc_id: 'FIN-07', version: 2.1 }).versionSaid).toBeUndefined();
    expect(read('Travel rules.', { doc_id: 'FIN-07', version: 2 }).versionSaid).toBe('2');
    // Beyond the opening, a code is something the document speaks of.
    expect(
      read(`${'Staff may claim travel costs. '.repeat(20)}See HR-POL-07 version 2.`).documentCode,
    ).toBeUndefined();
  });

  it('keeps a code given alone on a line of its opening ("Policy: HR-08"), for a register to say its version', () => {
    const older = read(
      'LOAN AND ADVANCE POLICY\n\nPolicy: HR-08\nEffective: 01-07-2025\n\n1. SALARY ADVANCE',
    );
    expect(older.documentCode).toBe('HR-08');
    expect(older.versionSaid).toBeUndefined();
    // Two such lines say no one code; a code inside a sentence is one the document speaks of.
    expect(read('Policy: HR-08\nPolicy: HR-09\nLoans.').documentCode).toBeUndefined();
    expect(read('Policy: HR-08 applies to every loan.').documentCode).toBeUndefined();
    // A version on a line of its own below the code is its version; two such lines say none.
    expect(
      read('STAFF LOANS POLICY\n\nPolicy:    HR-09\nVersion:   2\nDate: 10/03/2025\n\n1. ADVANCES'),
    ).toMatchObject({
      documentCode: 'HR-09',
      versionSaid: '2',
    });
    expect(read('Policy: HR-09\nVersion: 2\nVersion: 3\nLoans.').versionSaid).toBeUndefined();
    // The code named in the site's language: "Référence", "Referencia", "Código".
    expect(
      read(
        "CONDUITE À TENIR EN CAS D'ACCIDENT D'EXPOSITION AU SANG\n\nRéférence : HYG-05\nVersion : 3\nDate : 15/06/2028\n\n1. PREMIERS SOINS",
      ),
    ).toMatchObject({ documentCode: 'HYG-05', versionSaid: '3' });
    expect(read('POLÍTICA DE PRÉSTAMOS\n\nCódigo: GH-09\nVersión: 2\n\n1. ADELANTOS')).toMatchObject({
      documentCode: 'GH-09',
    });
    // The code after the site's name, and the latest revision its history table lists.
    const history =
      '**Kokand Dyeing Plant · Procedure KB-05**\n\nHistory · Revision: 1 · Date: 2022-03-01 · Change: First issue\nHistory · Revision: 2 · Date: 2025-04-15 · Change: Storage added\n\n1. Chemicals.';
    expect(read(history)).toMatchObject({ documentCode: 'KB-05', versionSaid: '2' });
    // One row is no history; a register's rows list other documents' versions.
    expect(read(history.replace(/\nHistory · Revision: 2[^\n]*/, '')).versionSaid).toBeUndefined();
    const register =
      'Procedure KB-05\n\nDocuments · Code: KB-01 · Revision: 4 · Owner: QA\nDocuments · Code: KB-02 · Revision: 7 · Owner: QA';
    expect(read(register).versionSaid).toBeUndefined();
    // Nor does a table of software versions or an issues log.
    const software =
      'Policy: IT-04\n\nApproved software · Software: Excel · Version: 16 · Licence: site\nApproved software · Software: Reader · Version: 11 · Licence: free\n\n1. Use.';
    expect(read(software).versionSaid).toBeUndefined();
    const issues =
      'Policy: IT-04\n\nLog · Issue: 12 · Raised: 2027-03-01\nLog · Issue: 15 · Raised: 2027-04-02\n\n1. Use.';
    expect(read(issues).versionSaid).toBeUndefined();
    // A line that names what this one replaces, or where to look, gives no code of its own.
    expect(
      read('Leave rules\n\nWhat this replaces · Policy HR-07\n\n1. Leave.').documentCode,
    ).toBeUndefined();
    expect(read('Leave rules\n\nSee also | Policy HR-08\n\n1. Leave.').documentCode).toBeUndefined();
  });

  it('reads a control line under Markdown emphasis, a code on a line of its own without a colon, and one a title ends with', () => {
    expect(
      read('**ACT-03, Issue 3** · Dive & Activities Department · Issued September 2025\n\nRules.'),
    ).toMatchObject({
      documentCode: 'ACT-03',
      versionSaid: '3',
    });
    expect(
      read('STAFF CHRISTMAS FUND AND TIPS POLICY\nPolicy HR-09\nDate: 14/02/2028\n1. Tips').documentCode,
    ).toBe('HR-09');
    // Its header line's effective date after another field, set off by a middle dot, dates its edition.
    expect(
      read('TIPS POLICY\nPolicy HR-09\nDate: 14/02/2028 · Effective: 01/03/2028\n1. Tips').editionSaid,
    ).toBe(2028);
    // A table's row read as cells is no header line of the document's own.
    expect(
      read('RATES\nAllowance: Breakfast · Amount: 6.00 · Effective: 15/03/2019').editionSaid,
    ).toBeUndefined();
    const titled = (title: string) =>
      withStatus(
        doc({ source: 'docs/tips.txt', title, blocks: [{ text: 'Tips go to the fund.', headings: [] }] }),
      ).metadata.documentCode;
    expect(titled('GUEST TIPS AND THE STAFF CHRISTMAS FUND - STAFF INFORMATION (HR-09)')).toBe('HR-09');
    expect(titled('Staff Christmas Fund and Tips Policy - HR-09')).toBe('HR-09');
    // A code inside the title, a wording, or a hyphenated word is none.
    expect(titled('HR-09 and HR-10 compared')).toBeUndefined();
    expect(titled('Shift patterns (part-time)')).toBeUndefined();
    expect(titled('Vaccination rules - COVID-19')).toBeUndefined();
  });

  it("a register's row keeps the code, version and status it lists", () => {
    const row = read(
      'ref: HR-08 · title: Loan and Advance Policy · version: 2 · status: Superseded',
      { format: 'json' },
      'docs/register.json#4',
    );
    expect(row.registerRow).toBe('HR-08|2|superseded');
    expect(
      read('ref: HR-08 · version: 3 · status: In force', { format: 'json' }, 'docs/register.json#3')
        .registerRow,
    ).toBe('HR-08|3|current');
    expect(
      read('ref: HR-08 · status: In force', { format: 'json' }, 'docs/register.json#3').registerRow,
    ).toBeUndefined();
    // The value may repeat the field's word.
    expect(
      read('ref: HR-09 · version: Version 2 · status: Superseded', { format: 'json' }, 'docs/register.json#5')
        .registerRow,
    ).toBe('HR-09|2|superseded');
  });

  it("a register's row keeps a version named in words, and a document keeps the line giving its code", () => {
    const row = (text: string) => read(text, { format: 'json' }, 'docs/register.json#11');
    expect(
      row('ref: FIN-03 · title: Travel Rates · version: Table of 1 April 2025 · status: Withdrawn')
        .registerLabel,
    ).toBe('FIN-03|table of 1 april 2025|superseded');
    expect(row('ref: FIN-03 · version: 2028 table · status: In force').registerLabel).toBe(
      'FIN-03|2028 table|current',
    );
    // A version number is read as one; words without a figure name no version.
    expect(row('ref: FIN-03 · version: 4 · status: In force').registerLabel).toBeUndefined();
    expect(row('ref: FIN-03 · version: draft copy · status: In force').registerLabel).toBeUndefined();
    // A day of a month is a date, not version 1.
    expect(row('ref: FIN-03 · version: 01/04/2025 · status: Withdrawn').registerRow).toBeUndefined();
    expect(row('ref: FIN-03 · version: 1-Apr-2025 · status: Withdrawn').registerRow).toBeUndefined();
    const dated = row('ref: FIN-03 · version: 1 April 2025 · status: Withdrawn');
    expect(dated.registerLabel).toBe('FIN-03|1 april 2025|superseded');
    expect(dated.registerRow).toBeUndefined();
    const opening = (text: string) =>
      withStatus(doc({ source: 'docs/rates.md', blocks: [{ text, headings: [] }] })).metadata.codeLine;
    expect(opening('Finance · FIN-03 · table of 1 April 2025\nThese rates apply to travel.')).toEqual([
      'FIN-03',
      'finance · fin-03 · table of 1 april 2025',
    ]);
    // A code a sentence mentions is no line of its own.
    expect(opening('Claims under FIN-03 are paid monthly.')).toBeUndefined();
  });

  it("a data file's records list other documents' codes: none is its own", () => {
    const row = read(
      'ref: MAR-CERT-01 · version: 2 · status: Current',
      { format: 'json' },
      'docs/register.json#3',
    );
    expect(row.documentCode).toBeUndefined();
  });
});

describe('what a person is told says a document is superseded of itself', () => {
  it('names its file name, its folder, or else its own text (a banner or a last line as much as its front matter)', () => {
    expect(ownSignal('docs/travel-policy-2022-archived.md')).toBe('its file name');
    expect(ownSignal('docs/archive/travel.md')).toBe('its folder');
    // An archive's folder in the site's language.
    for (const folder of ['archivo', 'archief', 'arkiv', 'arhiva', 'archiwum', 'archyvas', 'arşiv'])
      expect(ownSignal(`docs/${folder}/travel.md`)).toBe('its folder');
    expect(ownSignal('docs/archives-guide/travel.md')).toBe('its own text');
    expect(ownSignal('docs/hms/arbeidsbat-rutiner.txt')).toBe('its own text');
  });
});

describe('a letter titled by whom it is from and its subject', () => {
  const status = (text: string) => {
    const parsed = parsePlainText(text);
    return documentStatus(doc({ title: parsed.title, metadata: parsed.metadata, blocks: parsed.blocks }));
  };
  it('is old by what its title over the header says, not by a banner about another letter nor by its subject', () => {
    expect(
      status(
        'ACME LTD\n\nPRICE LIST 2030 - SUPERSEDED BY PRICE LIST 2031\n\nDate: 01/02/2030\nTo: Customers\nSubject: Prices for 2030\n\nOur prices are below.\n',
      ),
    ).toBe('superseded');
    expect(
      status(
        '*** This letter replaces our letter of 3 May 2031, now superseded ***\n\nACME LTD\n\nDate: 01/06/2031\nTo: Customers\nSubject: Prices for 2031\n\nOur prices are below.\n',
      ),
    ).toBeUndefined();
    expect(
      status(
        'ACME LTD\n\nDate: 01/06/2031\nTo: All staff\nSubject: Return of superseded laptops\n\nBring them to IT.\n',
      ),
    ).toBeUndefined();
  });
});
