import { describe, expect, it } from 'vitest';
import { growthOf } from '../../test/support/growth.js';
import { currencyAcross } from './currency-across.js';
import { expiredAfter, replacedBy } from './currency-stored.js';
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

const judged = (docs: IndexedDocument[], now?: Date) =>
  Object.fromEntries(
    currencyAcross(docs, now).changes.map((c) => [
      c.id,
      [c.metadata.status, c.metadata.supersededByDocument],
    ]),
  );

describe('what documents say of each other', () => {
  it('a title that names its edition year is older than a document of the same topic and a later year', () => {
    const docs = [
      doc(
        'docs/notices/hybrid-work-guidelines.txt',
        { editionSaid: 2025 },
        'HYBRID WORK GUIDELINES (2025 EDITION)',
      ),
      doc('docs/forks/hybrid-work.html', { editionSaid: 2026 }, 'Hybrid work arrangements | The Forks'),
      doc('docs/handbook/medical-aid-2026.md', {}, 'Medical aid — 2026 benefit year'),
      doc('docs/handbook/medical-aid.md', { benefit_year: 2027 }, 'Medical aid and provident fund'),
      // Another topic, an earlier year, or no year at all: no newer edition.
      doc('docs/notices/parking-guidelines.txt', {}, 'Parking guidelines (2025 edition)'),
      doc('docs/forks/parking-levels.html', { effective: '2024-01-01' }, 'Parking levels and passes'),
      doc('docs/notices/first-aid-2026.txt', {}, 'First aid — 2026 edition'),
      doc('docs/handbook/first-aid.md', {}, 'First aid kits'),
      // A later year that states no edition: a bare year in a title, a review date, a rates page.
      doc('docs/notices/annual-leave.txt', {}, 'Annual Leave Policy (2025 edition)'),
      doc('docs/data/leave-calendar.html', {}, 'Annual leave calendar 2026'),
      doc('docs/notices/expenses.txt', {}, 'Expense Claims (2025 edition)'),
      doc('docs/forks/expenses.html', { review_year: 2028 }, 'Expense claims portal'),
      doc('docs/notices/conduct.txt', {}, 'Code of Conduct (2019)'),
      doc('docs/forks/conduct-training.html', {}, 'Code of conduct training schedule 2026'),
      doc('docs/notices/holidays-a.txt', {}, 'Public holidays (2026)'),
      doc('docs/notices/holidays-b.txt', {}, 'Public holidays (2027)'),
      // A later edition of a document that does not say every word of the older title.
      doc('docs/notices/travel.txt', {}, 'Travel and Mileage (2025 edition)'),
      doc('docs/forks/travel.html', { editionSaid: 2026 }, 'Travel desk contacts'),
    ];
    expect(judged(docs)).toEqual({
      'docs/notices/hybrid-work-guidelines.txt': ['superseded', 'docs/forks/hybrid-work.html'],
      'docs/handbook/medical-aid-2026.md': ['superseded', 'docs/handbook/medical-aid.md'],
    });
  });

  it('of two documents of one code without versions, the one that took effect last replaces the other', () => {
    const docs = [
      doc(
        'docs/hr/tips-pool-policy.txt',
        { documentCode: 'HR-09', editionSaid: 2025, editionFrom: '2025-07-01' },
        'NAIQORO BAY RESORTS — GUEST TIPS AND THE STAFF CHRISTMAS FUND - STAFF INFORMATION (HR-09)',
      ),
      doc(
        'docs/hr/christmas-fund-and-tips.pdf',
        { documentCode: 'HR-09', editionSaid: 2028 },
        'Staff Christmas Fund and Tips Policy - HR-09',
      ),
      // Two of one year tie; one without a day or year says nothing of which is later.
      doc('docs/hr/loans-a.txt', { documentCode: 'HR-11', editionSaid: 2027 }, 'Staff loans (HR-11)'),
      doc('docs/hr/loans-b.txt', { documentCode: 'HR-11', editionSaid: 2027 }, 'Staff loans policy - HR-11'),
      doc('docs/hr/uniform.txt', { documentCode: 'HR-12', editionSaid: 2025 }, 'Uniform rules (HR-12)'),
      doc('docs/hr/uniform.html', { documentCode: 'HR-12' }, 'Uniform rules - HR-12'),
      // A policy's form, and two documents named for one machine, are no editions of each other.
      doc('docs/hr/leave.md', { documentCode: 'HR-04', editionSaid: 2025 }, 'Annual Leave Policy (HR-04)'),
      doc(
        'docs/hr/leave-form.md',
        { documentCode: 'HR-04', editionSaid: 2026 },
        'Annual Leave Request Form (HR-04)',
      ),
      doc(
        'docs/ops/fl-check.md',
        { documentCode: 'FL-01', editionSaid: 2025 },
        'Forklift Pre-Start Checklist - FL-01',
      ),
      doc(
        'docs/ops/fl-proc.md',
        { documentCode: 'FL-01', editionSaid: 2026 },
        'Forklift Operating Procedure - FL-01',
      ),
    ];
    expect(judged(docs, new Date('2028-06-14T12:00:00'))).toEqual({
      'docs/hr/tips-pool-policy.txt': ['superseded', 'docs/hr/christmas-fund-and-tips.pdf'],
    });
    // Before the later edition's year has come, the earlier one still applies.
    expect(judged(docs, new Date('2027-06-14T12:00:00'))).toEqual({});
    // One that says its own status is left to it.
    const declared = docs.map((d) =>
      d.source.endsWith('tips-pool-policy.txt')
        ? { ...d, metadata: { ...d.metadata, status: 'current' } }
        : d,
    );
    expect(judged(declared, new Date('2028-06-14T12:00:00'))).toEqual({});
  });

  it('an edition still to come does not stop the latest one in effect replacing the earlier', () => {
    const editions = [
      doc('docs/hr/tips.txt', { documentCode: 'HR-09', editionSaid: 2024 }, 'Guest tips policy (HR-09)'),
      doc(
        'docs/hr/tips-policy.md',
        { documentCode: 'HR-09', editionSaid: 2025 },
        'Tips policy for guests - HR-09',
      ),
      doc('docs/hr/guest-tips.pdf', { documentCode: 'HR-09', editionSaid: 2027 }, 'Guest tips - HR-09'),
    ];
    expect(judged(editions, new Date('2026-06-01T12:00:00'))).toEqual({
      'docs/hr/tips.txt': ['superseded', 'docs/hr/tips-policy.md'],
    });
  });

  it('a bare year in a title is an edition when the opening states that edition too; the organisation before the title is no topic', () => {
    const docs = [
      doc(
        'docs/notices/night-differential-and-holiday-pay-2025.txt',
        { editionSaid: 2025 },
        'TANGLAW CONTACT SOLUTIONS, INC. — NIGHT DIFFERENTIAL AND HOLIDAY PAY - 2025',
      ),
      doc(
        'docs/kapihan/pay-and-night-differential.html',
        { editionSaid: 2027 },
        'Night differential, overtime and holiday pay · Kapihan',
      ),
      // A bare year the opening does not state as the edition: a calendar for its year stays.
      doc('docs/data/leave-calendar-2026.txt', { editionSaid: 2024 }, 'Night differential calendar 2026'),
    ];
    // Before the later edition's year has come, the earlier one still applies.
    expect(judged(docs, new Date('2026-06-15T12:00:00'))).toEqual({});
    expect(judged(docs, new Date('2027-03-19T12:00:00'))).toEqual({
      'docs/notices/night-differential-and-holiday-pay-2025.txt': [
        'superseded',
        'docs/kapihan/pay-and-night-differential.html',
      ],
    });
    // An edition that says the day it takes effect replaces nothing before that day.
    const december = docs.map((d) =>
      d.metadata.editionSaid === 2027 ? { ...d, metadata: { ...d.metadata, editionFrom: '2027-12-01' } } : d,
    );
    expect(judged(december, new Date('2027-03-19T12:00:00'))).toEqual({});
    // Whatever judged it: copies of one title, each of its year, wait for that day too.
    const summaries = [
      doc('docs/handbook/benefits-summary-2026.md', {}, 'Group Benefits Summary'),
      doc('docs/handbook/benefits-summary-2027.md', { editionFrom: '2027-12-01' }, 'Group Benefits Summary'),
    ];
    expect(judged(summaries, new Date('2027-04-14T12:00:00'))).toEqual({});
    expect(judged(summaries, new Date('2027-12-01T12:00:00'))).toEqual({
      'docs/handbook/benefits-summary-2026.md': ['superseded', 'docs/handbook/benefits-summary-2027.md'],
    });
  });

  it('a title that lists three things is an older edition of one that lists all but one of them and adds one', () => {
    const docs = [
      doc(
        'docs/notices/overtime-and-shift-allowance-2025.txt',
        { editionSaid: 2025 },
        'KELIP SEMICONDUCTOR SDN. BHD. — OVERTIME, SHIFT ALLOWANCE AND INCENTIVES - 2025',
      ),
      doc('docs/laman/pay.html', { editionSaid: 2027 }, 'Pay, Overtime and Shift Allowances · Laman Kelip'),
      // A place, a group or a narrower scope tells two documents apart: no edition of each other.
      doc('docs/notices/holidays-penang.txt', {}, 'Public holiday calendar Penang (2025 edition)'),
      doc('docs/notices/holidays-kedah.txt', {}, 'Public holiday calendar Kedah (2027 edition)'),
      doc('docs/notices/nurses.txt', {}, 'Night shift allowance for nurses (2025 edition)'),
      doc('docs/notices/porters.txt', {}, 'Night shift allowance for porters (2026 edition)'),
      doc('docs/notices/sick-pay.txt', {}, 'Sick pay (2025 edition)'),
      doc('docs/notices/agency-sick-pay.txt', {}, 'Agency worker sick pay (2026 edition)'),
      doc('docs/notices/first-aid.txt', {}, 'First aid (2026 edition)'),
      doc('docs/notices/mental-health-first-aid.txt', {}, 'Mental health first aid (2027 edition)'),
      // A list that shares too little.
      doc('docs/notices/canteen.txt', {}, 'Canteen menu, prices and hours (2025 edition)'),
      doc('docs/laman/canteen.html', { editionSaid: 2027 }, 'Canteen opening times, menu and Wi-Fi'),
    ];
    expect(judged(docs, new Date('2027-05-12T12:00:00'))).toEqual({
      'docs/notices/overtime-and-shift-allowance-2025.txt': ['superseded', 'docs/laman/pay.html'],
    });
  });

  it("a title that lists two things is an older edition of one that lists both and adds one, the site's name set aside", () => {
    const site = (name: string) => `${name} – Kajen – Havgaard Offshore Service`;
    const docs = [
      doc(
        'docs/notices/overtime-and-offshore-allowance-2025.txt',
        { editionSaid: 2025 },
        'HAVGAARD OFFSHORE SERVICE A/S — OVERTIME AND OFFSHORE ALLOWANCE - 2025',
      ),
      doc('docs/kajen/pay.html', { editionSaid: 2027 }, site('Pay, overtime and offshore allowance')),
      doc('docs/kajen/travel.html', {}, site('Travel and helicopter transfers')),
      doc('docs/kajen/canteen.html', {}, site('Kantine and lunch scheme')),
      // Two things of which the later lists one only, or a third it does not add but swaps in: no edition.
      doc('docs/notices/travel-2025.txt', { editionSaid: 2025 }, 'TRAVEL AND MILEAGE - 2025'),
      doc('docs/kajen/mileage.html', { editionSaid: 2027 }, site('Mileage')),
      doc('docs/notices/canteen-2025.txt', { editionSaid: 2025 }, 'CANTEEN AND VENDING - 2025'),
    ];
    expect(judged(docs, new Date('2027-06-09T12:00:00'))).toEqual({
      'docs/notices/overtime-and-offshore-allowance-2025.txt': ['superseded', 'docs/kajen/pay.html'],
    });
    // The site's name is set aside only when three titles or more end with it.
    const two = [docs[0]!, docs[1]!, docs[2]!];
    expect(judged(two, new Date('2027-06-09T12:00:00'))).toEqual({});
    // Two sites' pages keep what tells them apart: only the ending most titles share is cut.
    const at = (base: string, name: string, year: number) =>
      doc(`docs/${base}/${name}.html`, { editionSaid: year }, `${name} – ${base} base – Havgaard`);
    const sites = [
      ...['Esbjerg', 'Emden'].flatMap((b) => [at(b, 'Travel', 2027), at(b, 'Canteen', 2027)]),
      at('Esbjerg', 'Pay, overtime and offshore allowance 2025', 2025),
      at('Emden', 'Pay, overtime and offshore allowance', 2027),
    ];
    expect(judged(sites, new Date('2027-06-09T12:00:00'))).toEqual({});
  });

  it('two versions of one document code: the lower is superseded by the higher, once the higher applies', () => {
    const coded = (source: string, code: string, version: string, metadata: Record<string, unknown> = {}) =>
      doc(source, { documentCode: code, versionSaid: version, ...metadata }, source);
    const docs = [
      coded('docs/policies/lone-working-procedure.txt', 'HSE-PROC-007', '1.3'),
      coded('docs/policies/lone-working.docx', 'HSE-PROC-007', '3.0'),
      // Letters compare as letters; a letter and a number do not compare.
      coded('docs/ehs/gowning-old.md', 'EHS-PRO-021', 'D'),
      coded('docs/ehs/gowning.md', 'EHS-PRO-021', 'F'),
      coded('docs/a/mixed.md', 'HR-77', '2'),
      coded('docs/b/mixed.md', 'HR-77', 'B'),
      // Two of the highest version replace nothing; a draft replaces nothing; a status of its own is kept.
      coded('docs/a/tied.md', 'FIN-07', '1'),
      coded('docs/b/tied.md', 'FIN-07', '2'),
      coded('docs/c/tied.md', 'FIN-07', '2'),
      coded('docs/a/drafted.md', 'OPS-115', '2'),
      coded('docs/b/drafted.md', 'OPS-115', '3', { status: 'draft' }),
      coded('docs/a/own.md', 'IT-9', '1', { status: 'current' }),
      coded('docs/b/own.md', 'IT-9', '2'),
    ];
    expect(judged(docs)).toEqual({
      'docs/policies/lone-working-procedure.txt': ['superseded', 'docs/policies/lone-working.docx'],
      'docs/ehs/gowning-old.md': ['superseded', 'docs/ehs/gowning.md'],
    });
  });

  it('a current document that says it replaces "the 2023 version" makes that one superseded', () => {
    const docs = [
      doc(
        'docs/intranet-travel-and-per-diem.html',
        { replacesSaid: ['the 2023 version'] },
        'Travel and per diem',
      ),
      doc('docs/travel-and-expense-policy-2023.md', {}, 'Travel and Expense Policy'),
      doc('docs/holiday-calendar-2023.csv', {}, 'Holiday calendar'),
    ];
    expect(judged(docs)).toEqual({
      'docs/travel-and-expense-policy-2023.md': ['superseded', 'docs/intranet-travel-and-per-diem.html'],
    });
  });

  it('a revision that replaces "Revision 2" makes the document at revision 2 of its topic superseded', () => {
    const docs = [
      doc(
        'docs/hr/staff-loans.pdf',
        { replacesSaid: ['Revision 2 (May 2025)'] },
        'Staff loans and salary advances policy',
      ),
      doc('docs/hr/staff-loans-policy-rev2.txt', {}, 'STAFF LOANS AND SALARY ADVANCES POLICY - REVISION 2'),
      doc('docs/hr/uniform-policy-rev2.txt', {}, 'UNIFORM POLICY - REVISION 2'),
    ];
    expect(judged(docs)).toEqual({
      'docs/hr/staff-loans-policy-rev2.txt': ['superseded', 'docs/hr/staff-loans.pdf'],
    });
  });

  it('a `supersedes:` naming an issue ("Fire Safety Rules, Issue 3") makes the document at issue 3 of its topic superseded', () => {
    const docs = [
      doc(
        'docs/hse/fire-safety.md',
        { supersedes: 'HSE-02 Fire Safety Rules, Issue 3 (April 2025)' },
        'Fire Safety Rules',
      ),
      doc('docs/hse/fire-safety-rules-issue-3.txt', {}, 'CHENAB KINARA TEXTILES (PVT.) LIMITED'),
      doc('docs/hse/first-aid-issue-3.txt', {}, 'FIRST AID BOXES'),
    ];
    expect(judged(docs)).toEqual({
      'docs/hse/fire-safety-rules-issue-3.txt': ['superseded', 'docs/hse/fire-safety.md'],
    });
  });

  it('a register listing one version of a code in force makes a document giving that code at no version superseded', () => {
    const register = [
      doc('docs/data/register.json#3', { registerRow: 'HR-08|3|current' }, 'Loan and Advance Policy'),
      doc('docs/data/register.json#4', { registerRow: 'HR-08|2|superseded' }, 'Loan and Advance Policy'),
    ];
    const current = doc(
      'docs/hr/loan-policy.pdf',
      { documentCode: 'HR-08', versionSaid: '3' },
      'Loan and Advance Policy',
    );
    const older = doc('docs/hr/loans-and-advances.txt', { documentCode: 'HR-08' }, 'CHENAB KINARA TEXTILES');
    const other = doc('docs/hr/leave.md', { documentCode: 'HR-03' }, 'Leave');
    expect(judged([...register, current, older, other])).toEqual({
      'docs/hr/loans-and-advances.txt': ['superseded', 'docs/hr/loan-policy.pdf'],
    });
    // Without a superseded row, or without the one document at the version in force, the register says nothing.
    expect(judged([register[0]!, current, older])).toEqual({});
    expect(judged([...register, older])).toEqual({});
  });

  it('a register listing a version withdrawn makes the document giving that very version superseded', () => {
    const register = [
      doc('docs/data/registre.json#5', { registerRow: 'RH-09|3|current' }, 'Organisation des gardes'),
      doc('docs/data/registre.json#6', { registerRow: 'RH-09|2.1|superseded' }, 'Organisation des gardes'),
    ];
    // The page in force does not give its code; the older text gives the withdrawn version.
    const older = doc(
      'docs/services/organisation-des-gardes.md',
      { documentCode: 'RH-09', versionSaid: '2.1' },
      'Organisation des gardes et astreintes',
    );
    const current = doc('docs/intranet/gardes-astreintes.html', {}, 'Gardes et astreintes');
    expect(judged([...register, older, current])).toEqual({
      'docs/services/organisation-des-gardes.md': ['superseded', 'docs/data/registre.json#6'],
    });
    // Another version, or none, is not the one withdrawn.
    const other = doc('docs/services/gardes-v2.md', { documentCode: 'RH-09', versionSaid: '2' }, 'Gardes');
    expect(judged([...register, other, current])).toEqual({});
  });

  it('a register listing every version of a code withdrawn makes a document giving that code superseded', () => {
    const register = [
      doc('docs/data/registre.json#5', { registerRow: 'PQ-KAR-02|2|superseded' }, 'Fabrication du beurre'),
      doc('docs/data/registre.json#6', { registerRow: 'PQ-KAR-03|3|current' }, 'Hygiène et qualité'),
    ];
    const older = doc('docs/karite/fabrication.md', { documentCode: 'PQ-KAR-02' }, 'Fabrication du beurre');
    const current = doc('docs/karite/hygiene.docx', { documentCode: 'PQ-KAR-03' }, 'Hygiène et qualité');
    expect(judged([...register, older, current])).toEqual({
      'docs/karite/fabrication.md': ['superseded', 'docs/data/registre.json#5'],
    });
    // A code with a version in force, or no row at all, is not withdrawn so.
    expect(judged([register[1]!, older, current])).toEqual({});
  });

  it('a document that says it replaces one by its code makes the one other document giving that code superseded', () => {
    const current = doc(
      'docs/hr/politica-prestamos.pdf',
      { replacesSaid: ['la política GH-09 del 3 de marzo de 2026'] },
      'Política de préstamos',
    );
    const older = doc('docs/hr/prestamos.txt', { documentCode: 'GH-09' }, 'HOJARASCA TABACOS');
    const other = doc('docs/hr/vacaciones.md', { documentCode: 'GH-03' }, 'Vacaciones');
    expect(judged([current, older, other])).toEqual({
      'docs/hr/prestamos.txt': ['superseded', 'docs/hr/politica-prestamos.pdf'],
    });
    // A circular named by its number with slashes.
    const loans = doc(
      'docs/hr/pay-advances-and-loans.pdf',
      { replacesSaid: ['Staff Loans Circular HR/C/2025/03 (12 March 2025).'] },
      'Pay advances and loans',
    );
    const circular = doc(
      'docs/hr/staff-loans-circular.txt',
      { documentCode: 'HR/C/2025/03' },
      'STAFF LOANS CIRCULAR',
    );
    expect(judged([loans, circular])).toEqual({
      'docs/hr/staff-loans-circular.txt': ['superseded', 'docs/hr/pay-advances-and-loans.pdf'],
    });
    // Not the replacing document's own code, a version of it, a part of a document, or a form under it.
    const english = doc('docs/hr/loans-en.pdf', { documentCode: 'GH-12', versionSaid: '2' }, 'Loans policy');
    const spanish = doc(
      'docs/hr/prestamos-gh12.pdf',
      { documentCode: 'GH-12', versionSaid: '2', replacesSaid: ['la política GH-12 versión 1'] },
      'Política de préstamos',
    );
    expect(judged([spanish, english])).toEqual({});
    // An edition of its own code that gives no version is the one it names by its day.
    const docx = doc(
      'docs/prd/autoclave.docx',
      { documentCode: 'PRD-07', versionSaid: '5', replacesSaid: ['procedure PRD-07 of 10/09/2034'] },
      'Autoclave procedure',
    );
    const md = doc('docs/prd/autoclave.md', { documentCode: 'PRD-07' }, 'Autoclave operation');
    expect(judged([docx, md])).toEqual({
      'docs/prd/autoclave.md': ['superseded', 'docs/prd/autoclave.docx'],
    });
    const handbook = doc('docs/hr/handbook.md', { documentCode: 'HR-01' }, 'Staff Handbook');
    const section = doc(
      'docs/hr/loans.md',
      { replacesSaid: ['the loans section of the Staff Handbook HR-01'] },
      'Loans',
    );
    expect(judged([section, handbook])).toEqual({});
    const procedure = doc('docs/hse/procedure.md', { documentCode: 'HSE-PROC-007' }, 'Permit to work');
    const form = doc('docs/hse/form.md', { replacesSaid: ['HSE-PROC-007/F1 (2024)'] }, 'Permit form');
    expect(judged([form, procedure])).toEqual({});
    // Not when two documents give the code, nor when none does.
    const twice = doc('docs/hr/prestamos-form.txt', { documentCode: 'GH-09' }, 'Formulario');
    expect(judged([current, older, twice])).toEqual({});
    expect(judged([current, other])).toEqual({});
  });

  it('a register naming versions in words makes the document whose code line says a withdrawn one superseded', () => {
    const register = [
      doc('docs/data/register.json#10', { registerLabel: 'FIN-03|2028 table|current' }, 'Travel Rates'),
      doc('docs/data/register.json#11', { registerLabel: 'FIN-03|table of 1 april 2025|superseded' }),
    ];
    const older = doc('docs/finance/travel-rates.md', {
      codeLine: ['FIN-03', 'finance · fin-03 · table of 1 april 2025'],
    });
    // The one in force names its own table; another says it replaces the withdrawn one (without naming the table in
    // force); a third is another code, and a fourth's own code is another though it names the withdrawn table.
    const current = doc('docs/finance/subsistence.md', {
      codeLine: ['FIN-03', 'finance · fin-03 · 2028 table'],
    });
    const replacing = doc('docs/finance/mileage.md', {
      codeLine: ['FIN-03', 'finance · fin-03 · rates from 1 april 2028 · replaces the table of 1 april 2025'],
    });
    const updating = doc('docs/finance/hotels.md', {
      codeLine: ['FIN-03', 'finance · fin-03 · hotel rates · updates the table of 1 april 2025'],
    });
    const other = doc('docs/finance/meals.md', {
      codeLine: ['FIN-031', 'finance · fin-031 · table of 1 april 2025'],
    });
    const mentioning = doc('docs/hr/claims.md', {
      codeLine: ['HR-08', 'hr-08 · claims · fin-03 table of 1 april 2025'],
    });
    expect(judged([...register, older, current, replacing, updating, other, mentioning])).toEqual({
      'docs/finance/travel-rates.md': ['superseded', 'docs/data/register.json#10'],
    });
    // Without a row in force, the register says nothing.
    expect(judged([register[1]!, older])).toEqual({});
  });

  it('a revision its capitals title and the line below give is superseded where its code says it replaces it, or a higher version of the same document is given', () => {
    const procedure = doc(
      'docs/procedures/pre-trip-inspection.docx',
      { documentCode: 'TR-05', versionSaid: '5', replacesSaid: ['Revision 4 (August 2024)'] },
      'Pre-Trip and Post-Trip Inspection Procedure',
    );
    const checklist = doc(
      'docs/procedures/pre-trip-checklist.txt',
      { titleCode: 'TR-05', titleRevision: '4' },
      'ALDER FORK LOCAL SCHOOLS — TR-05 PRE-TRIP AND POST-TRIP INSPECTION CHECKLIST',
    );
    const form = doc(
      'docs/forms/defect-report.txt',
      { titleCode: 'TR-05', titleRevision: '1' },
      'TR-05 DEFECT REPORT FORM',
    );
    expect(judged([procedure, checklist, form])).toEqual({
      'docs/procedures/pre-trip-checklist.txt': ['superseded', 'docs/procedures/pre-trip-inspection.docx'],
    });
    // The code and the revision named pick it out whatever its title's words say.
    const spraying = doc(
      'docs/procedures/spraying-and-biocontrol.txt',
      { titleCode: 'HG-PR-07', titleRevision: '2' },
      '',
    );
    const crop = doc(
      'docs/procedures/crop-protection-procedure.pdf',
      { documentCode: 'HG-PR-07', versionSaid: '3', replacesSaid: ['HG-PR-07 Revision 2 (March 2027)'] },
      'Crop Protection and Biological Control - HG-PR-07 Revision 3',
    );
    expect(judged([crop, spraying])).toEqual({
      'docs/procedures/spraying-and-biocontrol.txt': [
        'superseded',
        'docs/procedures/crop-protection-procedure.pdf',
      ],
    });
    // A higher version of the code alone replaces nothing read from a title that names another kind of document.
    const { replacesSaid: _r, ...saysNothing } = procedure.metadata;
    expect(judged([{ ...procedure, metadata: saysNothing }, checklist, form])).toEqual({});
    // It replaces a lower revision whose title names the same document ("INCAPACIDADES Y SUBSIDIOS" under "Politica de
    // incapacidades y subsidios"), and no form of it.
    const guide = doc(
      'docs/rrhh/incapacidades-guia.txt',
      { titleCode: 'HR-PO-07', titleRevision: '2' },
      'GUARIA MEDICAL, S.R.L. - RECURSOS HUMANOS — HR-PO-07  INCAPACIDADES Y SUBSIDIOS',
    );
    const policy = doc(
      'docs/rrhh/HR-PO-07-incapacidades.pdf',
      { documentCode: 'HR-PO-07', versionSaid: '3' },
      'Politica de incapacidades y subsidios - HR-PO-07 Edicion 3',
    );
    const claim = doc(
      'docs/rrhh/claim-form.txt',
      { titleCode: 'HR-PO-07', titleRevision: '1' },
      'HR-PO-07  INCAPACIDADES Y SUBSIDIOS CLAIM FORM',
    );
    expect(judged([guide, policy, claim])).toEqual({
      'docs/rrhh/incapacidades-guia.txt': ['superseded', 'docs/rrhh/HR-PO-07-incapacidades.pdf'],
    });
    // Nor one of a revision as high.
    expect(judged([{ ...guide, metadata: { titleCode: 'HR-PO-07', titleRevision: '3' } }, policy])).toEqual(
      {},
    );
  });

  it("another page's word that a revision replaced a scheme, or that a circular lapsed, makes that one superseded", () => {
    const docs = [
      doc(
        'docs/serambi/it-service-desk.html',
        { replacesSaid: ['the 2023 mobile phone allowance scheme'] },
        'IT Service Desk',
      ),
      doc('docs/policies/mobile-phone-allowance-2023.txt', {}, 'IT-P-05 MOBILE PHONE ALLOWANCE SCHEME'),
      doc(
        'docs/serambi/on-call-and-callout.html',
        { replacesSaid: ['HR Circular 03/2024 (On-call standby allowance and callout arrangements)'] },
        'On-call and callout',
      ),
      doc('docs/notices/hr-circular-03-2024.txt', {}, 'HR Circular 03/2024'),
      doc('docs/data/public-holidays-2024.csv', {}, 'Public holidays'),
    ];
    expect(judged(docs)).toEqual({
      'docs/policies/mobile-phone-allowance-2023.txt': ['superseded', 'docs/serambi/it-service-desk.html'],
      'docs/notices/hr-circular-03-2024.txt': ['superseded', 'docs/serambi/on-call-and-callout.html'],
    });
  });

  it('rules named by the first words of their title, and the day they were issued, are that document', () => {
    const title =
      'TEZRAAH LOGISTICS - LAST-MILE OPERATIONS — COD CASH RULES FOR DELIVERY ASSOCIATES AND HUB CASHIERS';
    const current = doc(
      'docs/raahnet/cod-cash-deposit.html',
      { replacesSaid: ['the COD Cash Rules issued on 12th August 2026'] },
      'COD cash deposit - RaahNet',
    );
    const older = doc('docs/ops/cod-cash-rules.txt', { editionSaid: 2026 }, title);
    expect(judged([current, older])).toEqual({
      'docs/ops/cod-cash-rules.txt': ['superseded', 'docs/raahnet/cod-cash-deposit.html'],
    });
    // Not the rules of another year, nor other rules whose title opens with the same words.
    expect(judged([current, doc('docs/ops/cod-cash-rules.txt', { editionSaid: 2024 }, title)])).toEqual({});
    expect(
      judged([current, doc('docs/ops/cod-cash-rules-audit.txt', {}, 'COD CASH RULES AUDIT CHECKLIST')]),
    ).toEqual({});
    // A title that is the name itself comes first: "the Leave Policy" is not "Leave Policy for Contractors".
    const leave = doc(
      'docs/hr/new-leave.md',
      { replacesSaid: ['the Leave Policy issued in March 2024'] },
      'Leave',
    );
    expect(
      judged([
        leave,
        doc('docs/hr/leave-2024.md', { editionSaid: 2024 }, 'Leave Policy'),
        doc('docs/hr/contractors.md', {}, 'Leave Policy for Contractors'),
      ]),
    ).toEqual({ 'docs/hr/leave-2024.md': ['superseded', 'docs/hr/new-leave.md'] });
  });

  it('previous_version: names the document it replaces, as supersedes: does; a memo is named by its subject', () => {
    const docs = [
      doc('handbook/leave.md', { previous_version: 'handbook/archive/leave-2025.md' }, 'Leave'),
      doc('handbook/archive/leave-2025.md', {}, 'Leave'),
      doc(
        'intranet/callout.html',
        { replacesSaid: ['the memo “Standby and callout arrangements” sent on 14 April 2025'] },
        'After-hours callout',
      ),
      doc('notices/standby-memo.txt', {}, 'Standby and callout arrangements'),
    ];
    expect(judged(docs)).toEqual({
      'handbook/archive/leave-2025.md': ['superseded', 'handbook/leave.md'],
      'notices/standby-memo.txt': ['superseded', 'intranet/callout.html'],
    });
  });

  it('supersedes: names a file or a title; a file with a year sits beside its newer copy', () => {
    const docs = [
      doc('docs/remote-work-policy.md', { supersedes: 'remote-work-guidelines.md' }),
      doc('docs/remote-work-guidelines.md'),
      doc('docs/bureau-montreal.txt'),
      doc('docs/bureau-montreal-2025.txt'),
      doc('docs/2024-site-notes.txt'),
      doc('docs/site-notes.txt'),
      // A version in the name is an older copy too; a status tandem does not know is no status of its own.
      doc('docs/overtime-and-callout-v3.md', { version: 3 }),
      doc('docs/overtime-and-callout.md'),
      doc('docs/vacation-bidding-2025.md', { status: 'closed' }),
      doc('docs/vacation-bidding.md'),
      // Named by a document-control field: a code and the title in quotes.
      doc('docs/sick-leave-and-absence.txt', { replacesSaid: ['ABS-02 "Absence Reporting"'] }),
      doc('docs/absence-reporting.txt', {}, 'TAMARACK AIR - GROUND OPERATIONS DIVISION'),
      doc('docs/pay-bands-2026.csv'),
      // A series of years: each calendar is for its own year (in 2026, the 2027 one has not come).
      doc('docs/holiday-calendar-2026.csv'),
      doc('docs/holiday-calendar-2027.csv'),
      // Years of one titled document are its editions: the latest replaces the rest (not a differently titled one).
      doc('docs/handbook/benefits-summary-2025.md', {}, 'Group Benefits Summary'),
      doc('docs/handbook/benefits-summary-2026.md', {}, 'Group Benefits Summary'),
      doc('docs/handbook/benefits-summary-2027.md', {}, 'Group Benefits Summary'),
      doc('docs/handbook/pay-scales-2026.md', {}, 'Pay scales for 2026'),
      doc('docs/handbook/pay-scales-2027.md', {}, 'Band rules'),
      // Titles that carry their years are a series too ("Holiday calendar 2026", "… 2027").
      doc('docs/handbook/holiday-calendar-2026.md', {}, 'Holiday calendar 2026'),
      doc('docs/handbook/holiday-calendar-2027.md', {}, 'Holiday calendar 2027'),
    ];
    expect(judged(docs, new Date('2026-06-01T12:00:00'))).toEqual({
      'docs/remote-work-guidelines.md': ['superseded', 'docs/remote-work-policy.md'],
      'docs/bureau-montreal-2025.txt': ['superseded', 'docs/bureau-montreal.txt'],
      'docs/2024-site-notes.txt': ['superseded', 'docs/site-notes.txt'],
      'docs/overtime-and-callout-v3.md': ['superseded', 'docs/overtime-and-callout.md'],
      'docs/vacation-bidding-2025.md': ['superseded', 'docs/vacation-bidding.md'],
      'docs/absence-reporting.txt': ['superseded', 'docs/sick-leave-and-absence.txt'],
      'docs/handbook/benefits-summary-2025.md': ['superseded', 'docs/handbook/benefits-summary-2027.md'],
      'docs/handbook/benefits-summary-2026.md': ['superseded', 'docs/handbook/benefits-summary-2027.md'],
    });
  });

  it("in a series of years, the latest year that has come replaces the years before it, a data file's rows and all", () => {
    const rows = (source: string) =>
      ['1', '2'].map((n) => ({ ...doc(`${source}#${n}`, { format: 'csv' }, `Row ${n}`), source }));
    const docs = [
      ...rows('docs/rent/rents-2025-26.csv'),
      ...rows('docs/rent/rents-2026-27.csv'),
      doc('docs/holiday-calendar-2026.csv'),
      doc('docs/holiday-calendar-2027.csv'),
    ];
    expect(judged(docs, new Date('2026-08-01T12:00:00'))).toEqual({
      'docs/rent/rents-2025-26.csv#1': ['superseded', 'docs/rent/rents-2026-27.csv'],
      'docs/rent/rents-2025-26.csv#2': ['superseded', 'docs/rent/rents-2026-27.csv'],
    });
    expect(judged(docs, new Date('2027-01-04T12:00:00'))).toMatchObject({
      'docs/holiday-calendar-2026.csv': ['superseded', 'docs/holiday-calendar-2027.csv'],
    });
  });

  it('a span of two years begins in the middle of its first, and a series of reports or notes is no series of editions', () => {
    const rows = (source: string) =>
      ['1', '2'].map((n) => ({ ...doc(`${source}#${n}`, { format: 'csv' }, `Term ${n}`), source }));
    const terms = [...rows('docs/term-dates-2026-27.csv'), ...rows('docs/term-dates-2027-28.csv')];
    // In March 2027 the 2026-27 school year still runs.
    expect(judged(terms, new Date('2027-03-01T12:00:00'))).toEqual({});
    expect(judged(terms, new Date('2027-09-01T12:00:00'))).toMatchObject({
      'docs/term-dates-2026-27.csv#1': ['superseded', 'docs/term-dates-2027-28.csv'],
    });
    const reports = [
      doc('docs/annual-report-2025.md', {}, 'Annual report 2025'),
      doc('docs/annual-report-2026.md', {}, 'Annual report 2026'),
      doc('docs/newsletter-2025.html'),
      doc('docs/newsletter-2026.html'),
    ];
    expect(judged(reports, new Date('2027-03-01T12:00:00'))).toEqual({});
  });

  it("a page whose title names its file's year is replaced by the next year's once that year has come; a report is not", () => {
    const docs = [
      doc('docs/quillnet/benefits-2032.html', {}, 'Benefits 2032 · Quillnet'),
      doc('docs/quillnet/benefits-2033.html', {}, 'Benefits 2033 · Quillnet'),
      doc('docs/reports/safety-report-2032.md', {}, 'Safety report 2032'),
      doc('docs/reports/safety-report-2033.md', {}, 'Safety report 2033'),
    ];
    expect(judged(docs, new Date('2032-11-01T12:00:00'))).toEqual({});
    expect(judged(docs, new Date('2033-05-02T12:00:00'))).toEqual({
      'docs/quillnet/benefits-2032.html': ['superseded', 'docs/quillnet/benefits-2033.html'],
    });
    // Review: records of a year by their titles or their folder, and a site's name after a bar.
    const records = ['annual-review', 'gender-pay-gap', 'awards'].flatMap((name) =>
      [2032, 2033].map((y) => doc(`docs/${name}-${y}.html`, {}, `${name.replace(/-/g, ' ')} ${y}`)),
    );
    const glance = [2032, 2033].map((y) => doc(`docs/annual-report/${y}.html`, {}, `${y} at a glance`));
    expect(judged([...records, ...glance], new Date('2033-05-02T12:00:00'))).toEqual({});
    // A notices folder names no record of the year; nor a site's name before the title's year.
    const payDates = [2032, 2033].map((y) =>
      doc(`docs/notices/pay-dates-${y}.html`, {}, `Pay dates ${y} | Staff Notices`),
    );
    const atAGlance = [2032, 2033].map((y) =>
      doc(`docs/benefits-at-a-glance-${y}.html`, {}, `Quillnet · Benefits at a Glance ${y}`),
    );
    expect(judged([...payDates, ...atAGlance], new Date('2033-05-02T12:00:00'))).toEqual({
      'docs/notices/pay-dates-2032.html': ['superseded', 'docs/notices/pay-dates-2033.html'],
      'docs/benefits-at-a-glance-2032.html': ['superseded', 'docs/benefits-at-a-glance-2033.html'],
    });
  });

  it('replaces: in front matter names what it replaces, as supersedes: does; a file named in a note is the one meant', () => {
    const docs = [
      doc(
        'docs/handbook/wet-weather.md',
        { replaces: 'Wet weather procedure (2021)' },
        'Inclement weather procedure',
      ),
      doc('docs/handbook/archive/wet-weather-2021.md', {}, 'Wet weather procedure'),
      doc(
        'docs/intranet/fatigue.html',
        { replacesSaid: ['the Operations memo "Hours of work" to supervisors (file fatigue-memo-ops.txt)'] },
        'Fatigue management',
      ),
      doc('docs/notices/fatigue-memo-ops.txt', {}, 'BROLGA CIVIL CONTRACTING PTY LTD'),
      doc('docs/notices/fatigue-memo-site.txt', {}, 'BROLGA CIVIL CONTRACTING PTY LTD'),
    ];
    expect(judged(docs)).toEqual({
      'docs/handbook/archive/wet-weather-2021.md': ['superseded', 'docs/handbook/wet-weather.md'],
      'docs/notices/fatigue-memo-ops.txt': ['superseded', 'docs/intranet/fatigue.html'],
    });
  });

  it('replaces: that names no document is not read as one, and a long one is read in linear time', () => {
    const docs = [
      doc('docs/forklift-guide.md', { replaces: 'Forklift model v2' }),
      doc('docs/forklift-checks-v2.md'),
      doc('docs/timesheets.md', { replaces: 'the paper timesheet' }),
    ];
    const { changes, unresolved } = currencyAcross(docs);
    expect(changes).toEqual([]);
    expect(unresolved).toEqual([]);
    // Four times the reference takes about four times as long, not sixteen (a ratio of two runs side by side, so a
    // loaded machine slows both alike). A reference is read to its first 300 characters: what grows is making and
    // trimming it.
    const replaces = (n: number) =>
      currencyAcross([doc('docs/a.md', { replaces: 'a.'.repeat(n) }), doc('docs/b.md')]);
    expect(growthOf(replaces, 3_000_000)).toBeLessThan(9);
    const supersedes = (n: number) =>
      currencyAcross([doc('docs/a.md'), doc('docs/b.md', { supersedes: ' '.repeat(n) })]);
    expect(growthOf(supersedes, 6_000_000)).toBeLessThan(9);
  });

  it("keeps a status word of the document's own that it does not know, and gives it back when the judgement goes", () => {
    const apply = (docs: IndexedDocument[]) => {
      const changes = new Map(currencyAcross(docs).changes.map((c) => [c.id, c.metadata]));
      return docs.map((d) => ({ ...d, metadata: changes.get(d.id) ?? d.metadata }));
    };
    const judgedOnce = apply([
      doc('docs/vacation-bidding-2025.md', { status: 'closed', owner: 'HR' }),
      doc('docs/vacation-bidding.md'),
    ]);
    expect(judgedOnce[0]!.metadata).toEqual({
      owner: 'HR',
      status: 'superseded',
      supersededByDocument: 'docs/vacation-bidding.md',
      statusDeclared: 'closed',
    });
    // Judged again, unchanged: nothing to write.
    expect(currencyAcross(judgedOnce).changes).toEqual([]);
    // The newer copy is removed: the document is what it said it was.
    expect(apply([judgedOnce[0]!])[0]!.metadata).toEqual({ owner: 'HR', status: 'closed' });
  });

  it('a register record names a document by its title; a copy named for a policy year sits beside the later one', () => {
    const docs = [
      doc(
        'docs/data/document-register.json#6',
        { replacesSaid: ['Work From Home Guidelines'] },
        'Work From Home Guidelines',
      ),
      doc('docs/policies/work-from-home-guidelines.txt', {}, 'WORK FROM HOME GUIDELINES'),
      doc('docs/handbook/group-health-insurance-2025-26.md', {}, 'Group Health Insurance (Mediclaim)'),
      doc(
        'docs/handbook/group-health-insurance.md',
        {},
        'Group Health Insurance (GHI) and other covers – policy year 2026-27',
      ),
      // A title with a year beside a copy whose name has none but a version: no later edition.
      doc('docs/fire-safety-v2.md', {}, 'Fire Safety Procedure'),
      doc('docs/fire-safety.md', {}, 'Fire Safety Procedure — reviewed 2019'),
      // A month is no policy year: newsletters of two months are a series.
      doc('docs/newsletter-2026-01.md', {}, 'Newsletter'),
      doc('docs/newsletter-2026-02.md', {}, 'Newsletter'),
      doc('docs/newsletter.md', {}, 'Newsletter'),
      // An explainer without a year is no later edition of a dated calendar.
      doc('docs/bank-holidays-2026.md', {}, 'Bank holidays 2026'),
      doc('docs/bank-holidays.md', {}, 'Bank holidays explained'),
    ];
    expect(judged(docs)).toEqual({
      'docs/policies/work-from-home-guidelines.txt': ['superseded', 'docs/data/document-register.json#6'],
      'docs/handbook/group-health-insurance-2025-26.md': [
        'superseded',
        'docs/handbook/group-health-insurance.md',
      ],
    });
  });

  it("a register's name is found at the end of a title after the organisation's name or a document code", () => {
    const docs = [
      doc(
        'docs/data/policy-register.json#8',
        { replacesSaid: ['Cellphone Allowance'] },
        'Cellphone Allowance',
      ),
      doc(
        'docs/policies/cellphone-allowance-2024.txt',
        {},
        'KWEZI FROST LOGISTICS — ICT-POL-03  CELLPHONE ALLOWANCE',
      ),
      doc('docs/ikhaya/cellphone-and-data.html', {}, 'Cellphone and Data Allowance'),
    ];
    expect(judged(docs)).toEqual({
      'docs/policies/cellphone-allowance-2024.txt': ['superseded', 'docs/data/policy-register.json#8'],
    });
  });

  it('judges nothing when the year names no one document, or dates an event', () => {
    const docs = [
      doc('docs/staff-stays.html', {
        replacesSaid: ['the staff stays guide that was archived in January 2026'],
      }),
      doc('docs/pay-and-allowances-2026.html', {}, 'Pay and staff stays 2026'),
      doc('docs/travel.html', { replacesSaid: ['the 2023 version'] }, 'Travel'),
      doc('docs/fees-2023.md', {}, 'Fees'),
      doc('docs/grants-2023.md', {}, 'Grants'),
    ];
    expect(judged(docs)).toEqual({});
  });

  it('only a document that applies judges, and only its newer copy replaces a dated file', () => {
    const docs = [
      // A draft's claim is no claim: the live policy still applies.
      doc(
        'docs/travel-policy-2027.md',
        { status: 'draft', replacesSaid: ['the 2026 version'] },
        'Travel policy',
      ),
      doc('docs/travel-policy-2026.md', {}, 'Travel policy'),
      // An undated copy that is itself superseded, or another document of the same name, replaces nothing.
      doc('docs/bureau-montreal.txt', { status: 'superseded' }),
      doc('docs/bureau-montreal-2025.txt'),
      doc('docs/bank-holidays.md', {}, 'What a bank holiday means for your pay'),
      doc('docs/bank-holidays-2026.md', {}, 'Bank holidays 2026'),
      // Two documents that each say they replace the other: neither is judged.
      doc('docs/a.md', { supersedes: 'b.md' }),
      doc('docs/b.md', { supersedes: 'a.md' }),
    ];
    expect(judged(docs)).toEqual({});
  });

  it('a supersedes: that names no document is reported; a file named twice is the one beside the document', () => {
    const docs = [
      doc('uk/policy-new.md', { supersedes: ['policy.md', 'hotel-policy-2022.md'] }),
      doc('uk/policy.md'),
      doc('fr/policy.md'),
    ];
    const { changes, unresolved } = currencyAcross(docs);
    expect(changes.map((c) => c.id)).toEqual(['uk/policy.md']);
    expect(unresolved).toEqual([
      { source: 'uk/policy-new.md', reference: 'hotel-policy-2022.md', field: 'supersedes' },
    ]);
  });

  it("never overrules a document's own status, and takes back its judgement when the replacement goes", () => {
    const own = [doc('docs/new.md', { supersedes: 'old.md' }), doc('docs/old.md', { status: 'current' })];
    expect(judged(own)).toEqual({});
    const alreadyOld = [
      doc('docs/new.md', { supersedes: 'old.md' }),
      doc('docs/old.md', { status: 'superseded' }),
    ];
    expect(currencyAcross(alreadyOld).judged.size).toBe(0);
    const left = [
      doc('docs/old.md', { status: 'superseded', supersededByDocument: 'docs/new.md', owner: 'HR' }),
    ];
    expect(currencyAcross(left).changes).toEqual([{ id: 'docs/old.md', metadata: { owner: 'HR' } }]);
    // Already judged, and still so: nothing to write.
    const same = [
      doc('docs/new.md', { supersedes: 'old.md' }),
      doc('docs/old.md', { status: 'superseded', supersededByDocument: 'docs/new.md' }),
    ];
    expect(currencyAcross(same).changes).toEqual([]);
  });
});

describe('versions, plain names and days in force', () => {
  it('copies of one name that each end with a version: the highest replaces the rest, when they share a title', () => {
    const docs = [
      // v1.10 is after v1.9; a year decides before a version does.
      doc('docs/leave-policy-v1.9.md', {}, 'Leave Policy'),
      doc('docs/leave-policy-v1.10.md', {}, 'Leave Policy'),
      doc('docs/handbook-2025-v3.md', {}, 'Staff Handbook'),
      doc('docs/handbook-2026-v1.md', {}, 'Staff Handbook'),
      doc('docs/handbook/crew-rotation-v2.1.md', {}, 'Crew Rotation and Leave'),
      doc('docs/handbook/crew-rotation-v3.md', {}, 'Crew Rotation and Leave'),
      // Another title under the same name is no older copy.
      doc('docs/handbook/forms-v1.md', {}, 'Leave request form'),
      doc('docs/handbook/forms-v2.md', {}, 'Overtime claim form'),
    ];
    expect(judged(docs)).toEqual({
      'docs/handbook/crew-rotation-v2.1.md': ['superseded', 'docs/handbook/crew-rotation-v3.md'],
      'docs/leave-policy-v1.9.md': ['superseded', 'docs/leave-policy-v1.10.md'],
      'docs/handbook-2025-v3.md': ['superseded', 'docs/handbook-2026-v1.md'],
    });
  });

  it('"the 2025 Weather Cancellation Procedure (OPS-WX-03)" names the one document of that title, not a register row', () => {
    const docs = [
      doc('docs/policies/weather.txt', {}, 'TORRAN FERRIES LTD — WEATHER CANCELLATION PROCEDURE'),
      doc('docs/data/register.json#4', { format: 'json' }, 'Weather Cancellation Procedure'),
      doc(
        'docs/handbook/disruption.md',
        { replacesSaid: ['the 2025 Weather Cancellation Procedure (OPS-WX-03)'] },
        'Disruption and Cancellations',
      ),
      // A title that carries another year, or states a later edition, is not the one named; a note in brackets
      // is no code, and a field that names no document is not guessed at.
      doc('docs/notices/calendar-2026.txt', {}, 'Holiday Calendar 2026'),
      doc('docs/notices/calendar.md', { replacesSaid: ['the 2025 Holiday Calendar'] }, 'Holidays'),
      doc('docs/notices/fire.txt', { editionSaid: 2026 }, 'Fire Drill Procedure'),
      doc('docs/notices/fire-new.md', { replacesSaid: ['the 2025 Fire Drill Procedure (HS-FD-01)'] }, 'Fire'),
      doc('docs/finance/expenses.md', {}, 'Expenses Policy'),
      doc('docs/finance/claims.md', { replacesSaid: ['the 2024 Expenses Policy (section 4)'] }, 'Claims'),
      doc('docs/forms/paper.md', {}, 'Paper Timesheet'),
      doc('docs/forms/online.md', { replaces: 'the 2024 paper timesheet (form-T1)' }, 'Online timesheets'),
    ];
    expect(judged(docs)).toEqual({
      'docs/policies/weather.txt': ['superseded', 'docs/handbook/disruption.md'],
    });
  });

  it('"BS-02 Hot Work and Work at Height Rules" names the document of that title, unless it gives another code', () => {
    const docs = [
      doc('docs/building/hot-work.md', { ref: 'BS-02' }, 'Hot Work and Work at Height Rules'),
      doc(
        'docs/building/permit-to-work.docx',
        { replacesSaid: ['BS-02 Hot Work and Work at Height Rules'] },
        'Permit-to-Work Procedure',
      ),
      // The title named, but the document gives another code: not the one meant.
      doc('docs/security/patrols.md', { ref: 'SEC-07' }, 'Night Patrol Rules'),
      doc('docs/security/orders.md', { replacesSaid: ['SEC-02 Night Patrol Rules'] }, 'Post Orders'),
      // A word joined by a hyphen is no code: "the Part-Time Staff Handbook" is not the Staff Handbook.
      doc('docs/hr/handbook.md', {}, 'Staff Handbook'),
      doc('docs/hr/part-time.md', { replacesSaid: ['the Part-Time Staff Handbook'] }, 'Part-time work'),
    ];
    expect(judged(docs)).toEqual({
      'docs/building/hot-work.md': ['superseded', 'docs/building/permit-to-work.docx'],
    });
  });

  it("a dated file titled with another file's name is older than it when that one took effect later", () => {
    const docs = [
      doc(
        'docs/payroll/allowances-2025.txt',
        { editionSaid: 2025, editionFrom: '2025-04-01' },
        'JADE HARBOUR PROPERTY SERVICES LIMITED — CLAIMS AND ALLOWANCES',
      ),
      // A table's rows are documents of one source.
      ...['#1', '#2'].map((row) => ({
        ...doc('docs/data/claims-and-allowances.csv', { tableFrom: '2027-10-01' }),
        id: `docs/data/claims-and-allowances.csv${row}`,
      })),
      // Took effect earlier than the dated file, says no day, or is named in one word: not judged.
      doc('docs/hr/uniform-2026.txt', { editionFrom: '2026-01-01' }, 'Uniform Rules'),
      doc('docs/data/uniform-rules.csv', { tableFrom: '2025-06-01' }),
      doc('docs/hr/canteen-2025.txt', { editionFrom: '2025-01-01' }, 'Canteen Menu'),
      doc('docs/data/canteen-menu.csv', {}),
      doc('docs/hr/parking-2024.txt', { editionFrom: '2024-01-01' }, 'PARKING'),
      doc('docs/data/parking.csv', { tableFrom: '2026-01-01' }),
    ];
    expect(judged(docs, new Date('2028-03-14'))).toEqual({
      'docs/payroll/allowances-2025.txt': ['superseded', 'docs/data/claims-and-allowances.csv'],
    });
    // Before the table takes effect, it replaces nothing yet.
    expect(judged(docs, new Date('2026-06-01'))).toEqual({});
  });

  it('"the Repairs Guide for Tenants (Edition 3, March 2023)" names the document of that title and that edition', () => {
    const replaces = { replacesSaid: ['the Repairs Guide for Tenants (Edition 3, March 2023)'] };
    const guide = doc('docs/repairs/guide.md', { editionSaid: 2023 }, 'Repairs Guide for Tenants');
    const policy = doc('docs/repairs/policy.md', replaces, 'Repairs policy');
    expect(judged([guide, policy])).toEqual({
      'docs/repairs/guide.md': ['superseded', 'docs/repairs/policy.md'],
    });
    // A guide that states another edition's year is not the one named.
    const later = { ...guide, metadata: { editionSaid: 2026 } };
    expect(judged([later, policy])).toEqual({});
    // Nor one at another number than the one named.
    const fifth = { ...guide, metadata: { editionSaid: 2023, version: 5 } };
    expect(judged([fifth, policy])).toEqual({});
    const versionTwo = doc(
      'docs/repairs/policy.md',
      { replacesSaid: ['the Repairs Guide for Tenants (version 2)'] },
      'Repairs policy',
    );
    expect(judged([{ ...guide, metadata: { versionSaid: '2.0' } }, versionTwo])).toEqual({
      'docs/repairs/guide.md': ['superseded', 'docs/repairs/policy.md'],
    });
    expect(judged([{ ...guide, metadata: { versionSaid: '5.0' } }, versionTwo])).toEqual({});
  });

  it('a register row naming a title with its day in brackets names the one document of that title', () => {
    const row = doc(
      'docs/data/policy-register.json#6',
      { replacesSaid: ['Staff Allowances Circular (2 October 2029)'] },
      'Staff Allowances Circular (2 October 2029)',
    );
    const circular = doc(
      'docs/hr/allowances-circular.txt',
      {},
      'STANN CREEK CITRUS GROWERS & PROCESSORS LTD. — STAFF ALLOWANCES CIRCULAR',
    );
    expect(judged([row, circular])).toEqual({
      'docs/hr/allowances-circular.txt': ['superseded', 'docs/data/policy-register.json#6'],
    });
    // A circular of another year is not the one named, nor is one of two of that title.
    expect(judged([row, { ...circular, metadata: { editionSaid: 2031 } }])).toEqual({});
    const twin = doc('docs/hr/allowances-circular-copy.txt', {}, circular.title);
    expect(judged([row, circular, twin])).toEqual({});
    // Nor one that takes effect on another day than the one named.
    expect(judged([row, { ...circular, metadata: { editionFrom: '2029-11-15' } }])).toEqual({});
    expect(judged([row, { ...circular, metadata: { editionFrom: '2029-10-02' } }])).toEqual({
      'docs/hr/allowances-circular.txt': ['superseded', 'docs/data/policy-register.json#6'],
    });
  });

  it('a document that said it applies until a day now past is superseded; one still in force, or with a status of its own, is not', () => {
    const docs = [
      doc('docs/notices/crew-allowances.txt', { inForceUntil: '2026-03-31' }, 'Crew allowances notice'),
      doc('docs/notices/shore-allowances.txt', { inForceUntil: '2027-03-31' }, 'Shore allowances notice'),
      doc('docs/notices/kept.md', { inForceUntil: '2025-12-31', status: 'current' }, 'Kept on purpose'),
    ];
    const at = (day: string) => judged(docs, new Date(`${day}T12:00:00Z`));
    expect(at('2026-12-02')).toEqual({
      'docs/notices/crew-allowances.txt': ['superseded', 'expired:2026-03-31'],
    });
    // On its last day it still applies.
    expect(at('2026-03-31')).toEqual({});
    // Outside, it is the day, never a document it was replaced by.
    const metadata = { status: 'superseded', supersededByDocument: 'expired:2026-03-31' };
    expect(expiredAfter(metadata)).toBe('2026-03-31');
    expect(replacedBy(metadata)).toBeUndefined();
  });
});
