import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { documentStatus } from '../currency.js';
import { parseHtml } from './load-html.js';
import { parseMarkdown } from './load-markdown.js';
import { parsePlainText } from './load-plain-text.js';

describe('tables keep their headers, one row a line', () => {
  it('Markdown: each row names the heading above the table and every cell its column', () => {
    const md = [
      '# Benefits',
      '',
      '## Pension match',
      '',
      'The match depends on the region.',
      '',
      '| Region | Employer match | Vesting |',
      '| --- | :---: | ---: |',
      '| US | 100% up to 4% | 2 years |',
      '| UK | 5% | immediate |',
      '',
      'Ask HR for details.',
    ].join('\n');
    const { blocks } = parseMarkdown(md);
    expect(blocks.at(-1)).toEqual({
      headings: ['Benefits', 'Pension match'],
      text: [
        'The match depends on the region.',
        'Pension match · Region: US · Employer match: 100% up to 4% · Vesting: 2 years',
        'Pension match · Region: UK · Employer match: 5% · Vesting: immediate',
        'Ask HR for details.',
      ].join('\n\n'),
    });
  });

  it('Markdown: a row without its outer pipes is still a row', () => {
    const md = '## Rates\n\n| Office | Rate |\n| --- | --- |\n| Leeds | 0.45 |\nBristol | 0.45\n';
    expect(parseMarkdown(md).blocks[0]!.text).toBe(
      'Rates · Office: Leeds · Rate: 0.45\n\nRates · Office: Bristol · Rate: 0.45',
    );
  });

  it('Markdown: a pipe inside a code fence is not a table', () => {
    const md = '# Code\n\n```\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```\n';
    expect(parseMarkdown(md).blocks[0]!.text).toBe('```\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```');
  });

  it('HTML: the caption and the header row name each cell, so neighbouring numbers stay apart', () => {
    const html = `<html><body><nav>Home | Policies</nav><main><h2>Travel</h2>
      <table><caption>Meal allowances (GBP)</caption>
        <thead><tr><th>City</th><th>Breakfast</th><th>Dinner</th></tr></thead>
        <tbody><tr><th>London</th><td>15</td><td>35</td></tr><tr><td>Leeds</td><td>12</td><td>30</td></tr></tbody>
      </table><p>Receipts are required.</p></main></body></html>`;
    const { blocks } = parseHtml(html);
    expect(blocks).toEqual([
      {
        headings: ['Travel'],
        text: [
          'Meal allowances (GBP) · City: London · Breakfast: 15 · Dinner: 35',
          'Meal allowances (GBP) · City: Leeds · Breakfast: 12 · Dinner: 30',
          'Receipts are required.',
        ].join('\n\n'),
      },
    ]);
  });

  it('HTML: a table without a caption or header row reads as its heading and cells', () => {
    const html = '<h3>Limits</h3><table><tr><td>Card</td><td>£500</td></tr></table>';
    expect(parseHtml(html).blocks[0]!.text).toBe('Limits · Card · £500');
  });
});

describe('HTML tables of layout and spanning cells', () => {
  it('a table holding headings and paragraphs is read as content', () => {
    const html = '<table><tr><td><h1>Welcome</h1><p>Para one.</p><p>Para two.</p></td></tr></table>';
    expect(parseHtml(html).blocks).toEqual([{ headings: ['Welcome'], text: 'Para one.\n\nPara two.' }]);
  });

  it('a Word table (one paragraph per cell, a bold first row, as mammoth writes it) is a data table', () => {
    const cell = (t: string, bold = false) => `<td><p>${bold ? `<strong>${t}</strong>` : t}</p></td>`;
    const html = `<h1>3. The two options</h1><table><tr>${cell('Grade', true)}${cell('Monthly car allowance', true)}${cell('List price limit', true)}</tr><tr>${cell('Associate (G4)')}${cell('£450')}${cell('£42,000')}</tr><tr>${cell('Director (G5)')}${cell('£550')}${cell('£48,000')}</tr></table>`;
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      '3. The two options · Grade: Associate (G4) · Monthly car allowance: £450 · List price limit: £42,000',
      '3. The two options · Grade: Director (G5) · Monthly car allowance: £550 · List price limit: £48,000',
    ]);
  });

  it('a header cell spanning two columns names both', () => {
    const html =
      '<h2>Pay</h2><table><tr><th colspan="2">Name</th><th>Pay</th></tr><tr><td>Ann</td><td>Lee</td><td>9</td></tr></table>';
    expect(parseHtml(html).blocks[0]!.text).toBe('Pay · Name: Ann · Name: Lee · Pay: 9');
  });

  it('a cell spanning rows stands in each row, so the next row keeps its values under their own headers', () => {
    const html = [
      '<table><caption>Daily meals</caption>',
      '<tr><th>Tier</th><th>Area</th><th>Dinner</th></tr>',
      '<tr><th rowspan="2">Tier 1</th><td>New York</td><td>$60</td></tr>',
      '<tr><td>Boston, Seattle</td><td>$56</td></tr>',
      '<tr><th>Tier 2</th><td>Chicago</td><td>$45</td></tr>',
      '</table>',
    ].join('');
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      'Daily meals · Tier: Tier 1 · Area: New York · Dinner: $60',
      'Daily meals · Tier: Tier 1 · Area: Boston, Seattle · Dinner: $56',
      'Daily meals · Tier: Tier 2 · Area: Chicago · Dinner: $45',
    ]);
  });

  it('a two-row header names each column by both rows, the grouping heading first', () => {
    const html = [
      '<table><caption>Work and rest by heat band</caption><thead>',
      '<tr><th rowspan="2">Band</th><th colspan="2">Work / rest in each hour</th><th rowspan="2">Water</th></tr>',
      '<tr><th>Heavy work</th><th>Light work</th></tr></thead>',
      '<tbody><tr><th>Red</th><td>30 min work</td><td>40 min work</td><td rowspan="2">250 mL</td></tr>',
      '<tr><th>Black</th><td colspan="2">Stop heavy work</td></tr></tbody></table>',
    ].join('');
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      'Work and rest by heat band · Band: Red · Work / rest in each hour › Heavy work: 30 min work · Work / rest in each hour › Light work: 40 min work · Water: 250 mL',
      // A cell spanning two columns is said once, under both.
      'Work and rest by heat band · Band: Black · Work / rest in each hour › Heavy work, Light work: Stop heavy work · Water: 250 mL',
    ]);
  });

  it('a table of header cells only has one header row: its other rows are its body', () => {
    const html =
      '<table><tr><th>Site</th><th>Phone</th></tr><tr><th>Leeds</th><th>0113 555</th></tr><tr><th>York</th><th>01904 555</th></tr></table>';
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      'Site: Leeds · Phone: 0113 555',
      'Site: York · Phone: 01904 555',
    ]);
  });

  it('a table of header cells only, opening with a title row, keeps every data row', () => {
    const html =
      '<table><tr><th colspan="2">Contacts</th></tr><tr><th>Leeds</th><th>0113</th></tr><tr><th>York</th><th>01904</th></tr></table>';
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      'Contacts: Leeds · Contacts: 0113',
      'Contacts: York · Contacts: 01904',
    ]);
  });

  it('reads spans as browsers do: a fraction is cut, rowspan="0" runs to the end, a huge colspan is said once', () => {
    const html = [
      '<table><tr><th>A</th><th>B</th><th>C</th></tr>',
      '<tr><td colspan="2.5">x</td><td>y</td></tr>',
      '<tr><td rowspan="0">r</td><td>1</td><td>2</td></tr>',
      '<tr><td>3</td><td>4</td></tr>',
      '<tr><td colspan="99999">note</td></tr></table>',
    ].join('');
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual([
      'A, B: x · C: y',
      'A: r · B: 1 · C: 2',
      'A: r · B: 3 · C: 4',
      'A: r · B, C: note',
    ]);
  });

  it('a rowspan past the table, or of junk, is cut to the rows there are', () => {
    const html =
      '<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="999">x</td><td>1</td></tr><tr><td rowspan="zz">2</td></tr></table>';
    expect(parseHtml(html).blocks[0]!.text.split('\n\n')).toEqual(['A: x · B: 1', 'A: x · B: 2']);
  });
});

describe('a stamp on the first line of a plain-text file', () => {
  it.each(['*** CANCELLED - REFER TO REVISION 2 ***', '*** SUPERSEDED ***', 'REVOKED'])(
    '%s marks the file superseded, though a title in capitals follows it',
    (stamp) => {
      const parsed = parsePlainText(
        `${stamp}\n\nGLAZE STORE ACCESS\n\nThe glaze store is open from 07:00 to 15:00.`,
      );
      const doc = { id: 'docs/glaze.txt', source: 'docs/glaze.txt', ...parsed };
      expect(documentStatus(doc)).toBe('superseded');
    },
  );
});

describe('plain text sections from its layout', () => {
  it('capitals, underlines and numbered headings become the heading path', () => {
    const text = [
      'STAFF HANDBOOK',
      '',
      'Welcome to the firm.',
      '',
      'Leave',
      '=====',
      '',
      'Everyone gets 25 days.',
      '',
      '3.2 Travel',
      '',
      'Book trains in advance.',
      '1. Bring your badge.',
      '2. Sign in.',
    ].join('\n');
    const { blocks, title } = parsePlainText(text);
    expect(title).toBe('STAFF HANDBOOK');
    expect(blocks.map((b) => [b.headings, b.text])).toEqual([
      [['STAFF HANDBOOK'], 'Welcome to the firm.'],
      [['Leave'], 'Everyone gets 25 days.'],
      [['Leave', '3.2 Travel'], 'Book trains in advance.\n1. Bring your badge.\n2. Sign in.'],
    ]);
  });

  it('a heading in two languages is one heading; a memo header field heads nothing', () => {
    const text = [
      'Date:    01/11/2027',
      'To:      Scheme Managers, Cartrefi Cwm Tawe and the Supported Housing Manager',
      '',
      'ANNUAL FIRE ALARM SERVICE',
      'GWASANAETH BLYNYDDOL Y LARWM TÂN',
      '',
      'Our engineers will service the alarm at each scheme.',
    ].join('\n');
    const { blocks } = parsePlainText(text);
    expect(blocks.map((b) => b.headings)).toEqual([
      [],
      ['ANNUAL FIRE ALARM SERVICE / GWASANAETH BLYNYDDOL Y LARWM TÂN'],
    ]);
    expect(blocks[0]!.text).toContain('Date:    01/11/2027');
  });

  it('two lines in capitals that are a name and an extension, or a warning over a heading, stay text', () => {
    const contacts =
      'FIRST AIDERS\n\nCall a first aider on their extension.\n\nJOHN SMITH\nEXT 4410\n\nMARY JONES\nEXT 4411\n';
    expect(
      parsePlainText(contacts)
        .blocks.map((b) => b.text)
        .join('\n'),
    ).toContain('JOHN SMITH');
    const warning =
      'DO NOT USE THE LIFTS IN A FIRE\nUSE THE STAIRS AND LEAVE BY THE NEAREST EXIT\n\nASSEMBLY POINT\n\nMeet in the car park.\n';
    expect(
      parsePlainText(warning)
        .blocks.map((b) => b.text)
        .join('\n'),
    ).toContain('DO NOT USE THE LIFTS');
  });

  it('a sentence, a list item or a "#" line is not a heading', () => {
    const text =
      'Note\n\nPlease read ALL OF THIS.\n\n1. Bring your badge to the front desk.\n\n# not markdown here\n';
    const { blocks } = parsePlainText(text);
    expect(blocks).toEqual([
      {
        headings: [],
        text: 'Note\n\nPlease read ALL OF THIS.\n\n1. Bring your badge to the front desk.\n\n\\# not markdown here',
      },
    ]);
  });

  it('the title is the capitals the document opens with (after a banner), not its first section', () => {
    const handbook =
      'ACME LTD\nEXPENSES PROCEDURE\nFinance - Issue 5, 1 March 2026\n\n1. SCOPE\n\nClaims are made in the app.\n';
    expect(parsePlainText(handbook).title).toBe('ACME LTD — EXPENSES PROCEDURE');
    // The organisation's name alone over the title, a blank line between: both, as on one line. Any other
    // line in capitals alone does not take the next paragraph's heading with it.
    const spaced =
      'TORRAN FERRIES LTD\n\nWEATHER CANCELLATION PROCEDURE\nOPS-WX-03    Issued 3 March 2025\n\n1. SCOPE\n';
    expect(parsePlainText(spaced).title).toBe('TORRAN FERRIES LTD — WEATHER CANCELLATION PROCEDURE');
    expect(parsePlainText('EXPENSES PROCEDURE\n\nPURPOSE\nClaims are made in the app.\n').title).toBe(
      'EXPENSES PROCEDURE',
    );
    for (const [text, title] of [
      ['RISK AND AUDIT BOARD\n\nMEMBERSHIP RULES\nThe board has five members.\n', 'RISK AND AUDIT BOARD'],
      ['ACME LTD\n\nCONFIDENTIAL\n\nPAY REVIEW 2026\nText.\n', 'ACME LTD'],
      ['ACME LTD\n\nPURPOSE AND SCOPE\nText.\n', 'ACME LTD'],
    ])
      expect(parsePlainText(text!).title).toBe(title);
    // Who sends it or whom it is for, under the name, is no title; nor is a rule drawn round a banner.
    const fromOffice =
      'ACME CO-OPERATIVE SOCIETY LIMITED\nFINANCE OFFICE\n\nMOTOR TRAVEL RATES\nRates from 1 January 2025\n\n1. RATES\n';
    expect(parsePlainText(fromOffice).title).toBe('ACME CO-OPERATIVE SOCIETY LIMITED — MOTOR TRAVEL RATES');
    const toStaff =
      'ACME LIMITED\nNOTICE TO ALL PLANT AND TRANSPORT STAFF\n\nSHIFT ALLOWANCES 2026\n\nThese rates apply.\n';
    expect(parsePlainText(toStaff).title).toBe('ACME LIMITED — SHIFT ALLOWANCES 2026');
    // A notice's kind and number says which notice, not what about; a department's letterhead is no title either.
    const circular =
      'GHAF FLIGHT CATERING LLC\nPAYROLL CIRCULAR PC-2025-01\n\nALLOWANCES AND OVERTIME 2025\n\nDate: 29/12/2024\n';
    expect(parsePlainText(circular).title).toBe('GHAF FLIGHT CATERING LLC — ALLOWANCES AND OVERTIME 2025');
    // Under the organisation's name and its department's, a numbered circular's own title.
    const letterhead =
      'TAUSI HIGHLAND BLOOMS LIMITED\nFINANCE AND PAYROLL\n\nPAYROLL CIRCULAR PC-2025-01\nALLOWANCES AND DEDUCTIONS 2025\n\nDate: 12/12/2024\n';
    expect(parsePlainText(letterhead).title).toBe(
      'TAUSI HIGHLAND BLOOMS LIMITED — ALLOWANCES AND DEDUCTIONS 2025',
    );
    // The line under the number is no title when it says whom it is for, a marking or a field.
    for (const under of ['TO: ALL HEADS OF DEPARTMENT', 'CONFIDENTIAL', 'REF: FIN/PAY/2025/01'])
      expect(
        parsePlainText(
          `ACME LIMITED\nFINANCE AND PAYROLL\n\nPAYROLL CIRCULAR PC-2025-01\n${under}\n\nText.\n`,
        ).title,
      ).toBe('ACME LIMITED — FINANCE AND PAYROLL');
    const department =
      'GHAF FLIGHT CATERING - TRANSPORT DEPARTMENT\n\nTRANSPORT NOTICE TN-11/2023\nAIRSIDE DRIVING: HIGH-LOADERS\n\nDate issued: 14/05/2023\n';
    expect(parsePlainText(department).title).toBe(
      'GHAF FLIGHT CATERING - TRANSPORT DEPARTMENT — AIRSIDE DRIVING: HIGH-LOADERS',
    );
    // An ordinary acronym is no legal form, a chapter is no department, and a document named a notice is no memo.
    expect(
      parsePlainText('GUIDANCE ON PORT STATE CONTROL - PSC\n\nINSPECTION CHECKLIST\n\nText.\n').title,
    ).toBe('GUIDANCE ON PORT STATE CONTROL - PSC');
    expect(parsePlainText('CHAPTER 3 - THE PAYROLL OFFICE\n\nKEY RESPONSIBILITIES\n\nText.\n').title).toBe(
      'CHAPTER 3 - THE PAYROLL OFFICE',
    );
    expect(
      parsePlainText('ACME LTD\nPrivacy notice\nRe: Your employment\n\nWe keep your data.\n').title,
    ).not.toBe('Your employment');
    // A numbered notice's subject is its title.
    const notice =
      'GHAF FLIGHT CATERING LLC  |  GHAF FLIGHT CATERING OMAN SAOC\n\nHR NOTICE HR-N-2027-06\n\nDate: 22/02/2027\nSubject:  Eid Al Fitr 1448 holiday\n\n1. OFFICES\n';
    expect(parsePlainText(notice).title).toBe('Eid Al Fitr 1448 holiday');
    const guide = 'ACME LTD\nA GUIDE TO THE PENSIONS OFFICE\n\nCONTACT DETAILS\nCall 4400.\n';
    expect(parsePlainText(guide).title).toBe('ACME LTD — A GUIDE TO THE PENSIONS OFFICE');
    // The name with its commas and its legal form's full stop is a line of the title.
    const inc =
      'TANGLAW CONTACT SOLUTIONS, INC.\nTELECOMMUTING GUIDELINES\n\nIssued June 2023 by Human Resources\n\n1. ELIGIBILITY\n';
    expect(parsePlainText(inc).title).toBe('TANGLAW CONTACT SOLUTIONS, INC. — TELECOMMUTING GUIDELINES');
    // Legal forms of other countries ("SDN. BHD.", "PTE. LTD.").
    const bhd =
      'KELIP SEMICONDUCTOR SDN. BHD.\nOVERTIME, SHIFT ALLOWANCE AND INCENTIVES - 2025\nEffective 1 January 2025\n\n1. SALARY DATE\n';
    expect(parsePlainText(bhd).title).toBe(
      'KELIP SEMICONDUCTOR SDN. BHD. — OVERTIME, SHIFT ALLOWANCE AND INCENTIVES - 2025',
    );
    // A sentence in capitals that ends with a full stop is still no title.
    expect(parsePlainText('DO NOT OPEN THE DOOR.\n\nText.\n').title).toBeUndefined();
    const ruled = '==========\nSTAFF WEEK 2027\nNotice to all staff\n==========\n\nGAEILGE\n\nText.\n';
    expect(parsePlainText(ruled).title).toBe('STAFF WEEK 2027');
    const archived =
      '*** THIS DOCUMENT HAS BEEN SUPERSEDED. ***\n\nSITE NOTES (LEEDS)\nEdition of 2023\n\n1. CONTACTS\n\nCall 4400.\n';
    expect(parsePlainText(archived).title).toBe('SITE NOTES (LEEDS)');
    const titleCase =
      'Grievance Procedure\nPeople Team · Issue 3\n\n1 Introduction\n\nThis procedure is for you.\n';
    expect(parsePlainText(titleCase).title).toBe('Grievance Procedure');
    // A memo is called by its subject, not "MEMO".
    const memo =
      'MEMO\n\nTo:       All standby staff\nFrom:     Group Manager Infrastructure\nDate:     14 April 2025\nSubject:  Standby and callout arrangements\n\nKia ora koutou,\n';
    expect(parsePlainText(memo).title).toBe('Standby and callout arrangements');
    // A "Re:" line in a letter that is no memo is text.
    expect(parsePlainText('WELCOME PACK\n\nRe: your first day\n\nCome at 9.\n').title).toBe('WELCOME PACK');
    expect(parsePlainText(memo).metadata.subject).toBe('Standby and callout arrangements');
    // A letter or notice with a header of its own is called by whom it is from and its subject, in its own
    // language; a reply's mark is not part of it.
    const notice2 =
      'ECHIGO YUKIMURO SAKE BREWERY - NOTICE TO ALL STAFF\n\nDate: 2035/11/12\nTo: All staff\nFrom: HR desk\nSubject: Bonenkai 2035\n\n1. DATE AND PLACE\n';
    expect(parsePlainText(notice2).title).toBe(
      'ECHIGO YUKIMURO SAKE BREWERY - NOTICE TO ALL STAFF — Bonenkai 2035',
    );
    expect(parsePlainText(notice2).metadata.subject).toBe('Bonenkai 2035');
    const letter =
      "RAMIFICIO FERRARINI S.r.l.\nVia dell'Industria 12\n\nSpett.le\nCaseificio Quattro Pioppe\n\nCorreggio, 08/09/2037\n\nOggetto: manutenzione annuale delle caldaie\n\nGentili signori,\n";
    expect(parsePlainText(letter).title).toBe(
      'RAMIFICIO FERRARINI S.r.l. — manutenzione annuale delle caldaie',
    );
    const french =
      "ATELIER MARINE DE DUCOS\nZone industrielle de Ducos\n\nNouméa, le 11 septembre 2029\n\nÀ l'attention de M. Willie\n\nObjet : révision annuelle des moteurs\n\nMonsieur,\n";
    expect(parsePlainText(french).title).toBe('ATELIER MARINE DE DUCOS — révision annuelle des moteurs');
    const wrapped =
      'TOSTATRICI LANGHE S.r.l.\n\nTo:    Yesilkiyi Findik\nAttn.: Mr Murat\n\nSubject: Annual service of the roasters\n         17-19 November 2031\n\nDear Sirs,\n';
    expect(parsePlainText(wrapped).title).toBe(
      'TOSTATRICI LANGHE S.r.l. — Annual service of the roasters 17-19 November 2031',
    );
    // The next field of an indented header is no part of the subject; a form's blank is no subject.
    const indented =
      'MEMO\n\n  To:       All staff\n  Subject:  Parking at the depot\n  Date:     12/03/2031\n\nPark at the back.\n';
    expect(parsePlainText(indented).title).toBe('Parking at the depot');
    const form =
      'INCIDENT REPORT FORM\n\nDate: ___________\nTo: ___________\nSubject: ___________\n\nWhat happened:\n';
    expect(parsePlainText(form).title).toBe('INCIDENT REPORT FORM');
    // Whom a letter is from: its title over the header, else its letterhead's first line that names someone, never
    // a banner, a marking, a greeting or a labelled line.
    const priced =
      'ACME LTD\n\nPRICE LIST 2030 - SUPERSEDED BY PRICE LIST 2031\n\nDate: 01/02/2030\nTo: Customers\nSubject: Prices for 2030\n\nDear customer,\n';
    expect(parsePlainText(priced).title).toBe(
      'ACME LTD — PRICE LIST 2030 - SUPERSEDED BY PRICE LIST 2031 — Prices for 2030',
    );
    const bannered =
      '*** SUPERSEDED ***\n\nBaril Dufresne inc.\n\nDate: 01/02/2030\nSubject: Price list 2030\n\nText.\n';
    expect(parsePlainText(bannered).title).toBe('Baril Dufresne inc. — Price list 2030');
    const referenced =
      'Reference: HR/2031/04\nAcme Ltd\n\nDate: 01/02/2031\nSubject: Overtime rates\n\nText.\n';
    expect(parsePlainText(referenced).title).toBe('Overtime rates');
    const greeted = 'Dear colleagues,\n\nDate: 01/02/2031\nSubject: Parking at the depot\n\nText.\n';
    expect(parsePlainText(greeted).title).toBe('Parking at the depot');
    const urgent = 'URGENT\nAcme Ltd\n\nDate: 01/02/2031\nSubject: Health & Safety induction\n\nText.\n';
    expect(parsePlainText(urgent).title).toBe('Acme Ltd — Health & Safety induction');
    // A subject that lists several things is no title for every section of a letter: its letterhead stays.
    const listed =
      'WARTA OAK FURNITURE SP. Z O.O. - KADRY I PŁACE\n\nDate: 01/04/2032\nSubject: Pay dates, PIT-11 and your bank details\n\n1. PAY DATES\n';
    expect(parsePlainText(listed).title).toBe('WARTA OAK FURNITURE SP. Z O.O. - KADRY I PŁACE');
    expect(parsePlainText('From: HR\nRe: RE: your first day\n\nCome at 9.\n').title).toBe('your first day');
    // Without a header, a line naming a place and a date in prose is no letter's.
    expect(parsePlainText('SITE RULES\n\nRe: parking\n\nPark at the back.\n').title).toBe('SITE RULES');
    // A document that opens with prose has no title of its own.
    expect(parsePlainText('Please read this first.\nIt matters.\n\n1. SCOPE\n\nText.\n').title).toBe(
      '1. SCOPE',
    );
  });

  it('a line of dot leaders ("Bar ........ 150 pounds") is one item, not sentences ended by its dots', () => {
    const text =
      '2.1 Standard floats are:\n\n   Reception ........... 300 pounds\n   Bar ................. 150 pounds\n';
    expect(parsePlainText(text).blocks[0]!.text).toBe(
      '2.1 Standard floats are:\n\n- Reception: 300 pounds\n- Bar: 150 pounds',
    );
  });

  it('a short label right above its paragraph heads it, and is not glued to its first sentence', () => {
    const text =
      'HINWEISE GRAZ\n\nParken\nParkplätze in der Tiefgarage kosten 40 Euro im Monat.\n\nHi all\nsee you there.\n';
    // "Hi all" over a short line is no label.
    expect(parsePlainText(text).blocks).toEqual([
      {
        headings: ['HINWEISE GRAZ', 'Parken'],
        text: 'Parkplätze in der Tiefgarage kosten 40 Euro im Monat.\n\nHi all\nsee you there.',
      },
    ]);
  });

  it('numbered steps standing apart stay steps', () => {
    const text = 'Steps\n\n1. Bring your badge\n\n2. Sign in at reception\n\n3. Collect your laptop\n';
    expect(parsePlainText(text).blocks).toEqual([
      {
        headings: [],
        text: 'Steps\n\n1. Bring your badge\n\n2. Sign in at reception\n\n3. Collect your laptop',
      },
    ]);
  });
});

describe('adversarial input', () => {
  it('a heading line of 20,000 spaces is read in linear time', () => {
    const heading = (n: number) => parseMarkdown(`# a${' '.repeat(n)}x\n\ntext`);
    const { blocks } = heading(20_000);
    expect(blocks[0]!.headings[0]!.endsWith('x')).toBe(true);
    // Four times the spaces take about four times as long, not sixteen (a ratio of two runs side by side, so a loaded
    // machine slows both alike); the cubic pattern this replaced took 30 s on 5,000 spaces.
    expect(growthOf(heading, 2_500_000)).toBeLessThan(9);
  });

  it('reads a line of 200,000 spaces at once (a dot leader is a short line)', () => {
    const line = (n: number) => parsePlainText(`Rules${' '.repeat(n)}x\n`);
    expect(
      line(200_000)
        .blocks.map((b) => b.text)
        .join(' '),
    ).toMatch(/^Rules\s+x$/);
    // Four times the line takes about four times as long, not sixteen (a ratio of two runs side by side, so a loaded
    // machine slows both alike).
    expect(growthOf(line, 1_000_000)).toBeLessThan(9);
  });
});
