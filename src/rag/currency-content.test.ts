import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { tokenize } from '../core/index.js';
import { loadProject, type Project } from '../pipeline/index.js';
import { currencyAcross } from './currency-across.js';
import { type ContentEvidence, contentEvidence, distinctWords } from './currency-content.js';
import type { IndexedDocument } from './knowledge-index.js';

const doc = (source: string, metadata: Record<string, unknown> = {}, title?: string): IndexedDocument => ({
  id: source,
  source,
  hash: 'h',
  ...(title ? { title } : {}),
  metadata,
  chunks: 1,
  ingestedAt: 0,
});

const CIRCULAR =
  'Allowances from 1st January 2025. Housing allowance for staff not in a company house. Spray allowance for certified sprayers. Night allowance per night on the pack house night shift. Cold store allowance for the JKIA team.';
const PAY_PAGE =
  'Rates from 1 January 2027. Housing allowance for staff not in company housing. Spray allowance for certified sprayers. Night allowance for the pack house night shift. Cold store allowance for the JKIA cold store team. Acting allowance.';
const OTHERS: Record<string, string> = {
  'docs/clinic.md': 'The clinic at Ziwa Farm opens at 07:00. Bring your staff card to the nurse on duty.',
  'docs/buses.md': 'Staff buses leave Karagita at 05:40 and Kamere at 05:50 for the farm gate.',
  'docs/leave.md': 'Annual leave is 24 working days. Apply in Mkono two weeks ahead to your supervisor.',
  'docs/grading.md':
    'Graders sort stems by length and head size in the grading hall before the pre-cool rooms.',
};

const HANDBOOK_REST =
  'Fire drills happen each quarter. Visitors sign in at the gate house. Company vehicles are booked through the transport office. Uniforms are issued at induction and replaced yearly. The canteen serves lunch from noon. Training records are kept by the learning team. Grievances go first to your line manager, then to HR. Whistleblowing reports may be anonymous. Overtime is approved in advance by the farm manager. Pension contributions start after probation.';

// The evidence the index would give: each text, and each word's chunk count over every text named here.
function evidenceOf(texts: Record<string, string>): ContentEvidence {
  const all = { ...OTHERS, ...texts };
  const df = new Map<string, number>();
  for (const text of Object.values(all))
    for (const w of new Set(tokenize(text))) df.set(w, (df.get(w) ?? 0) + 1);
  const words = new Map(Object.entries(texts).map(([source, text]) => [source, distinctWords(text)]));
  return { words, df, chunks: Object.keys(all).length };
}

const statusOf = (docs: IndexedDocument[], texts: Record<string, string>, now = new Date('2027-04-14')) =>
  Object.fromEntries(
    currencyAcross(docs, now, evidenceOf(texts)).changes.map((c) => [
      c.id,
      `${c.metadata.status} by ${c.metadata.supersededByDocument}`,
    ]),
  );

describe('an older edition known by what it says', () => {
  const circular = doc(
    'docs/notices/payroll-circular-2025.txt',
    { editionSaid: 2025 },
    'TAUSI BLOOMS — ALLOWANCES AND DEDUCTIONS 2025',
  );
  const payPage = doc('docs/pay-and-deductions.html', { editionSaid: 2027 }, 'Pay and deductions');

  it('a dated circular is older than a later page that says most of what it says, though no title word is shared', () => {
    expect(
      statusOf([circular, payPage], {
        [circular.source]: CIRCULAR,
        [payPage.source]: PAY_PAGE,
      }),
    ).toEqual({ [circular.id]: 'superseded by docs/pay-and-deductions.html' });
  });

  it('a later page that says little of it, one whose year has not come, or one that does not apply replaces nothing', () => {
    const texts = { [circular.source]: CIRCULAR };
    const clinic = { ...payPage, metadata: { editionSaid: 2027 } };
    expect(statusOf([circular, clinic], { ...texts, [clinic.source]: OTHERS['docs/clinic.md']! })).toEqual(
      {},
    );
    const next = { ...payPage, metadata: { editionSaid: 2028 } };
    expect(statusOf([circular, next], { ...texts, [next.source]: PAY_PAGE })).toEqual({});
    const draft = { ...payPage, metadata: { editionSaid: 2027, status: 'draft' } };
    expect(statusOf([circular, draft], { ...texts, [draft.source]: PAY_PAGE })).toEqual({});
    // A page of no year, and an earlier one, are no later edition.
    const undated = { ...payPage, metadata: {} };
    expect(statusOf([circular, undated], { ...texts, [undated.source]: PAY_PAGE })).toEqual({});
  });

  it('a document that gives its own status, or a data file, is never judged by what it says', () => {
    const own = { ...circular, metadata: { editionSaid: 2025, status: 'current' } };
    expect(statusOf([own, payPage], { [own.source]: CIRCULAR, [payPage.source]: PAY_PAGE })).toEqual({});
    const rows = doc('docs/data/allowances-2025.csv#1', {}, 'Housing allowance');
    rows.source = 'docs/data/allowances-2025.csv';
    expect(statusOf([rows, payPage], { [rows.source]: CIRCULAR, [payPage.source]: PAY_PAGE })).toEqual({});
  });

  it('a later file that only takes it in among much else, a JSON FAQ, or an edition whose day has not come replaces nothing', () => {
    const texts = { [circular.source]: CIRCULAR };
    // A handbook of many topics says all of the circular, and far more besides.
    const handbook = { ...payPage, source: 'docs/handbook.md', id: 'docs/handbook.md' };
    const manyTopics = [PAY_PAGE, ...Object.values(OTHERS), HANDBOOK_REST].join(' ');
    expect(statusOf([circular, handbook], { ...texts, [handbook.source]: manyTopics })).toEqual({});
    const faq = doc('docs/faq.json', { editionSaid: 2027 }, 'Questions');
    expect(statusOf([circular, faq], { ...texts, [faq.source]: PAY_PAGE })).toEqual({});
    // "This edition takes effect on 1 December 2027": not in April 2027, and from that day on.
    const december = { ...payPage, metadata: { editionSaid: 2027, editionFrom: '2027-12-01' } };
    expect(statusOf([circular, december], { ...texts, [december.source]: PAY_PAGE })).toEqual({});
    expect(
      statusOf([circular, december], { ...texts, [december.source]: PAY_PAGE }, new Date('2027-12-02')),
    ).toEqual({ [circular.id]: 'superseded by docs/pay-and-deductions.html' });
  });

  it("a law's year in a title or a file's name dates no guide; a title's own year does", () => {
    const guide = doc('docs/guide-to-the-act.md', {}, 'A guide to the Equality Act 2010');
    expect(statusOf([guide, payPage], { [guide.source]: CIRCULAR, [payPage.source]: PAY_PAGE })).toEqual({});
    const named = doc('docs/equality-act-2010-guide.md', {}, 'Equality guide');
    expect(statusOf([named, payPage], { [named.source]: CIRCULAR, [payPage.source]: PAY_PAGE })).toEqual({});
    const code = doc('docs/dress-code.md', {}, 'Dress Code 2025');
    expect(statusOf([code, payPage], { [code.source]: CIRCULAR, [payPage.source]: PAY_PAGE })).toEqual({
      [code.id]: 'superseded by docs/pay-and-deductions.html',
    });
  });

  it('a data file of a later year replaces a notice though it lists much more besides', () => {
    const rates = {
      ...doc('docs/data/allowance-rates-2027.csv#1'),
      source: 'docs/data/allowance-rates-2027.csv',
    };
    const more = `${PAY_PAGE} ${HANDBOOK_REST}`;
    expect(statusOf([circular, rates], { [circular.source]: CIRCULAR, [rates.source]: more })).toEqual({
      [circular.id]: 'superseded by docs/data/allowance-rates-2027.csv',
    });
  });

  it('the oldest of three editions is older than the latest: the middle one is no rival', () => {
    const middle = doc('docs/notices/payroll-circular-2026.txt', { editionSaid: 2026 }, 'Allowances 2026');
    expect(
      statusOf([circular, middle, payPage], {
        [circular.source]: CIRCULAR,
        // It says what the latest says, so both say as much of the oldest: only the latest is its replacement.
        [middle.source]: PAY_PAGE.replace('Acting allowance.', ''),
        [payPage.source]: PAY_PAGE,
      }),
    ).toEqual({
      [circular.id]: 'superseded by docs/pay-and-deductions.html',
      [middle.id]: 'superseded by docs/pay-and-deductions.html',
    });
  });

  it('two later files that each say most of it name neither', () => {
    const second = doc('docs/handbook/allowances.md', { editionSaid: 2027 }, 'Allowances');
    expect(
      statusOf([circular, payPage, second], {
        [circular.source]: CIRCULAR,
        [payPage.source]: PAY_PAGE,
        [second.source]: PAY_PAGE,
      }),
    ).toEqual({});
  });

  it("a data file of a later year named in its file's name replaces a notice whose rows it lists", () => {
    const rates = ['1', '2'].map((n) => ({
      ...doc(`docs/data/allowance-rates-2027.csv#${n}`),
      source: 'docs/data/allowance-rates-2027.csv',
    }));
    expect(
      statusOf([circular, ...rates], { [circular.source]: CIRCULAR, [rates[0]!.source]: PAY_PAGE }),
    ).toEqual({ [circular.id]: 'superseded by docs/data/allowance-rates-2027.csv' });
  });

  it('a data file whose name has no year is dated by its rows ("effective_from"), and replaces a dated notice', () => {
    const rates = ['1', '2'].map((n) => ({
      ...doc(`docs/data/allowances-and-expenses.csv#${n}`, { tableFrom: '2027-01-01' }),
      source: 'docs/data/allowances-and-expenses.csv',
    }));
    expect(
      statusOf([circular, ...rates], { [circular.source]: CIRCULAR, [rates[0]!.source]: PAY_PAGE }),
    ).toEqual({ [circular.id]: 'superseded by docs/data/allowances-and-expenses.csv' });
    // Undated, it replaces nothing.
    const undated = rates.map((r) => ({ ...r, metadata: {} }));
    expect(
      statusOf([circular, ...undated], { [circular.source]: CIRCULAR, [undated[0]!.source]: PAY_PAGE }),
    ).toEqual({});
  });

  it('reads nothing from the index when no document is dated before another file', async () => {
    const asked: string[][] = [];
    const index = {
      documentTexts: async (ids: string[]) => {
        asked.push(ids);
        return new Map(ids.map((id) => [id, id.includes('circular') ? CIRCULAR : PAY_PAGE]));
      },
      termStats: async (terms: string[]) => ({ chunks: 10, df: new Map(terms.map((t) => [t, 1])) }),
    };
    expect(await contentEvidence(index, [payPage, doc('docs/clinic.md')])).toBeUndefined();
    expect(asked).toEqual([]);
    const evidence = await contentEvidence(index, [circular, payPage, doc('docs/clinic.md')]);
    // A file at a time, so no more than one file's text is held at once.
    expect(asked).toEqual([[circular.id], [payPage.id]]);
    expect([...evidence!.words.keys()]).toEqual([circular.source, payPage.source]);
  });
});

const files = {
  'tandem.yaml': `
providers:
  model: { type: echo }
knowledge:
  kb: { sources: kb/**/*, asOf: 2027-04-14 }
apps:
  bot: { prompt: bot, route: model, knowledge: kb }
`,
  'prompts/bot.prompt':
    '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
  'kb/notices/payroll-circular-2025.txt': `TAUSI HIGHLAND BLOOMS LIMITED
FINANCE AND PAYROLL

PAYROLL CIRCULAR PC-2025-01
ALLOWANCES AND DEDUCTIONS 2025

Effective:  01/01/2025

1. ALLOWANCES

1.1 Housing allowance (not in a company house): Kshs. 1,600/- a month.
1.2 Spray allowance for certified sprayers: Kshs. 1,200/- a month.
1.3 Night allowance on the pack house night shift: Kshs. 150/- per night.
1.4 Cold store allowance for the JKIA cold store team: Kshs. 600/- a month.
`,
  'kb/pay-and-deductions.md': `# Pay and deductions

Rates from 1 January 2027.

| Allowance | A1 to A4 | B1 to B3 |
| --- | --- | --- |
| Housing allowance (staff not in company housing) | KES 1,850.00 | KES 3,200.00 |
| Spray allowance (certified sprayers) | KES 1,500.00 | not applicable |
| Night allowance (pack house night shift) | KES 200.00 per night | KES 200.00 per night |
| Cold store allowance (JKIA cold store team) | KES 750.00 | not applicable |
`,
  ...Object.fromEntries(
    Object.entries(OTHERS).map(([source, text]) => [source.replace('docs/', 'kb/'), text]),
  ),
  'kb/driver-rules-2024.md':
    '# Driver rules\n\nDrivers keep to 80 km/h on the Moi South Lake Road and log every trip.\n',
};

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

describe('ingest judges an older edition by what it says', () => {
  it('marks the circular superseded by the later page, says so, and takes it back when the page no longer says it', async () => {
    const dir = tempProject(files);
    project = await loadProject(dir);
    const kb = await project.knowledge.get('kb');
    const report = await kb.ingest();
    expect(report.statuses).toEqual([
      {
        source: 'kb/notices/payroll-circular-2025.txt',
        status: 'superseded',
        from: 'kb/pay-and-deductions.md',
        byContent: true,
      },
    ]);
    const status = async () =>
      Object.fromEntries((await kb.index.documents()).map((d) => [d.source, d.metadata.status ?? 'current']));
    expect(await status()).toMatchObject({
      'kb/notices/payroll-circular-2025.txt': 'superseded',
      'kb/pay-and-deductions.md': 'current',
      'kb/driver-rules-2024.md': 'current',
    });
    writeFileSync(
      join(dir, 'kb/pay-and-deductions.md'),
      '# Pay and deductions\n\nRates from 1 January 2027.\n\nOvertime is paid at 1.5 times the hourly rate.\n',
    );
    const again = await kb.ingest();
    expect(again.statuses).toEqual([{ source: 'kb/notices/payroll-circular-2025.txt', status: 'current' }]);
    expect((await status())['kb/notices/payroll-circular-2025.txt']).toBe('current');
  });

  it('names a file that says of itself it is superseded when it is read, by the signal that says so', async () => {
    const dir = tempProject({
      ...files,
      'kb/archive/driver-rules.md': '# Driver rules\n\nDrivers keep to 60 km/h.\n',
      'kb/canteen-old.md': '# Canteen\n\nLunch is at noon.\n',
    });
    project = await loadProject(dir);
    const kb = await project.knowledge.get('kb');
    const declared = (r: Awaited<ReturnType<typeof kb.ingest>>) =>
      r.statuses.filter((s) => s.declared).map((s) => [s.source, s.declared]);
    expect(declared(await kb.ingest())).toEqual([
      ['kb/archive/driver-rules.md', 'its folder'],
      ['kb/canteen-old.md', 'its file name'],
    ]);
    // Unchanged on the next ingest: nothing new to say.
    expect(declared(await kb.ingest())).toEqual([]);
  });

  it("takes no site's rules for an edition of another site's, nor a yearly report for an edition of the last", async () => {
    const rules = (site: string, minutes: number, from: string) =>
      `# ${site} depot: lone working rules\n\nEffective ${from}.\n\nStaff working alone at the ${site} depot check in with the control room every ${minutes} minutes, carry a charged radio, log the task in Mahali before starting and stop work if the check-in is missed twice. Lone working is not allowed in confined spaces, on ladders above two metres or with chemicals.\n`;
    const report = (year: number) =>
      `# Annual report ${year}\n\nIn ${year} the farm shipped roses to the Dutch auction, trained graders in the grading hall, ran the clinic at Ziwa Farm and kept the staff buses to Karagita on time.\n`;
    const { [`kb/notices/payroll-circular-2025.txt`]: _circular, ...rest } = files;
    project = await loadProject(
      tempProject({
        ...rest,
        'kb/corby-lone-working-2026.md': rules('Corby', 45, '1 March 2026'),
        'kb/kettering-lone-working-2027.md': rules('Kettering', 30, '1 January 2027'),
        'kb/annual-report-2025.md': report(2025),
        'kb/annual-report-2026.md': report(2026),
      }),
    );
    const report1 = await (await project.knowledge.get('kb')).ingest();
    expect(report1.statuses).toEqual([]);
  });

  it('judges nothing by what documents say when the knowledge base turns it off', async () => {
    const off = files['tandem.yaml'].replace('asOf: 2027-04-14', 'asOf: 2027-04-14, judgeByContent: false');
    project = await loadProject(tempProject({ ...files, 'tandem.yaml': off }));
    const report = await (await project.knowledge.get('kb')).ingest();
    expect(report.statuses).toEqual([]);
    expect(report.superseded).toBe(0);
  });

  it('counts what is superseded after the setting is switched off, not what was', async () => {
    const dir = tempProject(files);
    project = await loadProject(dir);
    expect((await (await project.knowledge.get('kb')).ingest()).superseded).toBe(1);
    await project.close();
    const off = files['tandem.yaml'].replace('asOf: 2027-04-14', 'asOf: 2027-04-14, judgeByContent: false');
    writeFileSync(join(dir, 'tandem.yaml'), off);
    project = await loadProject(dir);
    const again = await (await project.knowledge.get('kb')).ingest();
    expect(again.statuses).toEqual([{ source: 'kb/notices/payroll-circular-2025.txt', status: 'current' }]);
    expect(again.superseded).toBe(0);
  });
});
