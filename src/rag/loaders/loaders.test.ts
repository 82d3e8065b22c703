import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseConfig } from '../../core/index.js';
import { loadFile } from './load-file.js';

const dir = fileURLToPath(new URL('../../../test/fixtures/knowledge/', import.meta.url));
const cfg = (extra: Partial<KnowledgeBaseConfig> = {}): KnowledgeBaseConfig => ({
  sources: '**/*',
  exclude: [],
  chunking: { size: 300, overlap: 40 },
  retrieval: {
    k: 5,
    candidates: 50,
    mmr: false,
    lexicalEngine: 'memory',
    stemming: 'derivational',
    expansion: false,
    superseded: 'demote',
  },
  ...extra,
});
const load = (name: string, extra?: Partial<KnowledgeBaseConfig>) =>
  loadFile(dir + name, `kb/${name}`, cfg(extra));

describe('loaders', () => {
  it('markdown: front-matter as metadata, blocks under their heading paths, code fences kept whole', async () => {
    const [doc] = await load('refunds.md');
    expect(doc).toMatchObject({
      id: 'kb/refunds.md',
      source: 'kb/refunds.md',
      title: 'Refunds and cancellations',
      metadata: { category: 'billing', format: 'markdown' },
    });
    expect(doc!.blocks.map((b) => b.headings)).toEqual([
      ['Refunds and cancellations'],
      ['Refunds and cancellations', 'Monthly plans'],
      ['Refunds and cancellations', 'Annual plans'],
      ['Refunds and cancellations', 'Annual plans', 'Refund timing'],
    ]);
    expect(doc!.blocks[2]!.text).toContain('# not a heading: code blocks keep their own lines');
  });

  it('markdown: front matter that is not valid YAML is a warning naming the fault, and its text is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-fm-'));
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntitle: "Broken\nstatus: [current\n---\n\nThe glaze store opens at 07:00.\n');
    const [doc] = await loadFile(broken, 'kb/broken.md', cfg());
    expect(doc!.warnings).toHaveLength(1);
    expect(doc!.warnings![0]).toMatch(
      /^front matter is not valid YAML \(.+\), so none of its fields is read/,
    );
    expect(doc!.blocks.map((b) => b.text).join('\n')).toContain('The glaze store opens at 07:00.');
    // A rule of dashes around text that is no front matter says nothing.
    const rule = join(dir, 'rule.md');
    writeFileSync(rule, '---\n[set apart: by rules\n---\n\nText.\n');
    expect((await loadFile(rule, 'kb/rule.md', cfg()))[0]!.warnings).toBeUndefined();
    // Front matter never closed: told so, and its text kept.
    const open = join(dir, 'open.md');
    writeFileSync(open, '---\ntitle: Fuel allowance\nstatus: current\n\nTechnicians get KES 400 a day.\n');
    const [unclosed] = await loadFile(open, 'kb/open.md', cfg());
    expect(unclosed!.warnings).toEqual([
      'front matter opens with --- on line 1 but is never closed, so none of its fields is read and it is indexed as text; add a line with --- after its last field',
    ]);
    expect(unclosed!.blocks.map((b) => b.text).join('\n')).toContain('Technicians get KES 400 a day.');
    // A rule of dashes opening a text is no front matter.
    writeFileSync(open, '---\n\nTechnicians get KES 400 a day.\n');
    expect((await loadFile(open, 'kb/open.md', cfg()))[0]!.warnings).toBeUndefined();
  });

  it('HTML: the main content with headings; navigation, header, sidebar, footer and scripts dropped', async () => {
    const [doc] = await load('status-page.html');
    const all = doc!.blocks.map((b) => b.text).join('\n');
    expect(doc!.title).toBe('Service status · Lumen Notes');
    expect(doc!.metadata).toMatchObject({ lang: 'en', format: 'html' });
    expect(doc!.blocks.map((b) => b.headings)).toEqual([
      ['Service status'],
      ['Service status', 'Scheduled maintenance'],
    ]);
    expect(all).toContain('All systems are operational. Sync delays are posted here within 15 minutes.');
    expect(all).toContain('- Sync may pause for up to ten minutes.');
    for (const noise of ['Pricing', 'Log in', 'Popular', 'Cookie settings', 'window.track', 'font-family'])
      expect(all).not.toContain(noise);
  });

  it('HTML: a notice shown above the content ("This page was replaced …") is its first paragraph, and marks it', async () => {
    const page = join(mkdtempSync(join(tmpdir(), 'tandem-html-')), 'on-call-pay.html');
    writeFileSync(
      page,
      '<html><body><div class="banner banner-warning" role="alert"><p><strong>This page was replaced on March 2, 2026.</strong></p><p>See On-call and overtime pay.</p></div><div class="alert" hidden>This field is required.</div><header><nav><a href="/">Home</a></nav></header><main><h1>On-call pay</h1><p>Primary: $40 a weekday.</p></main></body></html>',
    );
    const [doc] = await loadFile(page, 'kb/on-call-pay.html', cfg());
    expect(doc!.blocks.map((b) => b.text)).toEqual([
      'This page was replaced on March 2, 2026. See On-call and overtime pay.',
      'Primary: $40 a weekday.',
    ]);
    expect(doc!.metadata.status).toBe('superseded');
  });

  it('HTML: a site\'s own notice box ("archive-banner", role=note) is a notice; an archived page\'s body is not', async () => {
    const page = join(mkdtempSync(join(tmpdir(), 'tandem-html-')), 'working-alone-2022.html');
    writeFileSync(
      page,
      '<html><body class="archived"><header><nav><a href="/">Home</a></nav></header><div class="archive-banner" role="note"><strong>Archived page.</strong> This page is kept for reference and is no longer maintained.</div><div id="cookie-notice" role="note">We use cookies.</div><div class="notice-board">Bake sale on Thursday.</div><div class="hero-banner">An archived copy of any form is available from records.</div><main><h1>Working alone</h1><p>Check in every 2 hours.</p></main></body></html>',
    );
    const [doc] = await loadFile(page, 'kb/working-alone-2022.html', cfg());
    expect(doc!.blocks.map((b) => b.text)).toEqual([
      'Archived page. This page is kept for reference and is no longer maintained.',
      'Check in every 2 hours.',
    ]);
    expect(doc!.metadata.status).toBe('superseded');
  });

  it('PDF: a block per page with its page number, and the title from the metadata', async () => {
    const [doc] = await load('warranty.pdf');
    expect(doc!.title).toBe('Hardware warranty');
    expect(doc!.metadata).toMatchObject({ format: 'pdf', pages: 2 });
    expect(doc!.blocks.map((b) => b.page)).toEqual([1, 2]);
    expect(doc!.blocks[0]!.text).toContain('two-year limited warranty');
    expect(doc!.blocks[1]!.text).toContain('Replacement pens ship within five business days.');
  });

  it('a damaged PDF is a clear error naming the file', async () => {
    await expect(load('damaged.pdf')).rejects.toMatchObject({
      code: 'DOCUMENT_INVALID',
      message: expect.stringMatching(/^kb\/damaged\.pdf: /),
      hint: expect.stringContaining('PDF viewer'),
    });
  });

  it('DOCX: Word headings become the heading path', async () => {
    const [doc] = await load('shipping.docx');
    expect(doc!.blocks.map((b) => [b.headings.join(' > '), b.text])).toEqual([
      ['Shipping', 'Lumen Pens ship from our warehouse in Rotterdam.'],
      [
        'Shipping > Delivery times',
        'Orders inside the EU arrive in three to five business days.\n\nOrders to the rest of the world arrive in seven to twelve business days.',
      ],
      ['Shipping > Customs', 'Customs duties outside the EU are paid by the recipient.'],
    ]);
  });

  it('Latin-1 text is detected and decoded, and the encoding recorded', async () => {
    const [doc] = await load('cafe-latin1.txt');
    expect(doc!.blocks[0]!.text).toContain('Le café crème de Müller coûte 3 euros.');
    expect(doc!.blocks[0]!.text).toContain('Straße 5, Zürich');
    expect(doc!.metadata.encoding).toMatch(/^(windows-1252|iso-8859-\d+)$/);
  });

  it('JSON: an object holding a list of question-and-answer records is a document per record, never "[object Object]"', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tandem-json-'));
    const file = join(tmp, 'hr-faq.json');
    writeFileSync(
      file,
      JSON.stringify({
        title: 'People Team FAQ',
        updated: '2026-02-02',
        questions: [
          {
            q: 'When is payday?',
            a: 'Salaries are paid on the 25th of each month.',
            tags: ['pay', 'payroll'],
          },
          { q: 'Is there an eye test?', a: 'The firm reimburses an eye test every two years up to £30.' },
        ],
      }),
    );
    const docs = await loadFile(file, 'kb/hr-faq.json', cfg());
    expect(docs.map((d) => [d.id, d.title, d.blocks[0]!.headings, d.blocks[0]!.text])).toEqual([
      [
        'kb/hr-faq.json#1',
        'When is payday?',
        ['People Team FAQ'],
        'When is payday?\nSalaries are paid on the 25th of each month.',
      ],
      [
        'kb/hr-faq.json#2',
        'Is there an eye test?',
        ['People Team FAQ'],
        'Is there an eye test?\nThe firm reimburses an eye test every two years up to £30.',
      ],
    ]);
    expect(docs.some((d) => d.blocks[0]!.text.includes('[object Object]'))).toBe(false);
  });

  it('JSON: an object of sections is one document, each list of records a table whose rows keep their field names', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tandem-json-'));
    const file = join(tmp, 'payroll.json');
    writeFileSync(
      file,
      JSON.stringify({
        title: 'Payroll calendar 2026',
        status: 'current',
        weekly_paid: {
          rule: 'Paid every Friday.',
          exceptions: [
            { week: 'Christmas', pay_date: '2026-12-24' },
            { week: 'New Year', pay_date: '2026-12-31' },
          ],
        },
      }),
    );
    const [doc, ...rest] = await loadFile(file, 'kb/payroll.json', cfg());
    expect(rest).toEqual([]);
    expect([doc!.id, doc!.title, doc!.metadata.status]).toEqual([
      'kb/payroll.json',
      'Payroll calendar 2026',
      'current',
    ]);
    expect(doc!.blocks.map((b) => [b.headings, b.text])).toEqual([
      [['Payroll calendar 2026'], 'status: current'],
      [['Payroll calendar 2026', 'weekly paid'], 'rule: Paid every Friday.'],
      [
        ['Payroll calendar 2026', 'weekly paid'],
        'exceptions · week: Christmas · pay date: 2026-12-24\n\nexceptions · week: New Year · pay date: 2026-12-31',
      ],
    ]);
  });

  it('JSON: a document per record with the field mapping (text, title, id, metadata)', async () => {
    const docs = await load('faq.json', {
      json: { text: ['question', 'answer'], title: 'question', id: 'id', metadata: ['category'] },
    });
    expect(docs.map((d) => d.id)).toEqual(['kb/faq.json#faq-1', 'kb/faq.json#faq-2']);
    expect(docs[1]).toMatchObject({
      title: 'Is there a student discount?',
      metadata: { category: 'billing', format: 'json' },
    });
    // A question and its answer mapped as the text read as the FAQ does, without field labels to quote.
    expect(docs[1]!.blocks[0]!.text).toBe(
      'Is there a student discount?\nStudents get the Team plan at half price with a school e-mail address.',
    );
    // Other fields mapped together keep their labels.
    const labelled = await load('faq.json', { json: { text: ['answer', 'category'], metadata: [] } });
    expect(labelled[1]!.blocks[0]!.text).toBe(
      'answer: Students get the Team plan at half price with a school e-mail address.\ncategory: billing',
    );
  });

  it('CSV: a row that cannot be read is left out with a warning naming its line; the other rows are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-csv-'));
    const csvConfig = cfg();
    writeFileSync(
      join(dir, 'rents.csv'),
      'type,bedrooms,rent\nFlat,1,92.10\nFlat,2,104.60\nHouse,5,150.10,extra\nHouse,3,124.30\n',
    );
    const docs = await loadFile(join(dir, 'rents.csv'), 'kb/rents.csv', csvConfig);
    expect(docs.map((d) => d.blocks[0]!.text)).toEqual([
      'type: Flat\nbedrooms: 1\nrent: 92.10',
      'type: Flat\nbedrooms: 2\nrent: 104.60',
      'type: House\nbedrooms: 3\nrent: 124.30',
    ]);
    expect(docs[0]!.warnings).toEqual([
      'line 4: 4 values where the header has 3, so the row was left out; put a value that holds a comma in double quotes',
    ]);
    // A quote that never closes is named where it opens, not at the file's end.
    writeFileSync(join(dir, 'open.csv'), 'type,rent\nFlat,92.10\n"House,124.30\nBungalow,101.50\n');
    const open = await loadFile(join(dir, 'open.csv'), 'kb/open.csv', csvConfig);
    expect(open.map((d) => d.title ?? d.blocks[0]!.text)).toEqual(['type: Flat\nrent: 92.10']);
    expect(open[0]!.warnings?.[0]).toMatch(/^line 3: a double quote opens a value that never closes/);
    // Nothing readable at all is an error, as before.
    writeFileSync(join(dir, 'none.csv'), 'a,b\n1,2,3\n');
    await expect(loadFile(join(dir, 'none.csv'), 'kb/none.csv', csvConfig)).rejects.toThrow(
      /line 2: 3 values/,
    );
  });

  it('CSV: values separated by semicolons, tabs or bars are read as such when the knowledge base names no delimiter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-csv-'));
    // A European spreadsheet's export: semicolons between values, decimal commas inside them.
    writeFileSync(
      join(dir, 'rates.csv'),
      'code;role;rate_eur;notes\nHV-01;Tirador;125,00;3 campaigns\nHV-03;Ajuntador;70,00;"Carries; gathers"\nHV-04;Chefe;150,00;x;y\n',
    );
    const docs = await loadFile(join(dir, 'rates.csv'), 'kb/rates.csv', cfg());
    expect(docs.map((d) => d.blocks[0]!.text)).toEqual([
      'code: HV-01\nrole: Tirador\nrate_eur: 125,00\nnotes: 3 campaigns',
      'code: HV-03\nrole: Ajuntador\nrate_eur: 70,00\nnotes: Carries; gathers',
    ]);
    expect(docs[0]!.warnings).toEqual([
      "line 4: 5 values where the header has 4, so the row was left out; put a value that holds a semicolon in double quotes (values read as semicolon-separated, as the header's are; set the knowledge base's csv.delimiter if they are not)",
    ]);
    writeFileSync(join(dir, 'tabs.csv'), 'grade\tpay, monthly\nA\t1,200\n');
    const [tabbed] = await loadFile(join(dir, 'tabs.csv'), 'kb/tabs.csv', cfg());
    expect(tabbed!.blocks[0]!.text).toBe('grade: A\npay, monthly: 1,200');
    // A comma-separated file whose header quotes a semicolon is read by commas; so is a header of one column.
    writeFileSync(join(dir, 'quoted.csv'), 'item,"note; short"\nBoots,"size; 42"\n');
    const [quoted] = await loadFile(join(dir, 'quoted.csv'), 'kb/quoted.csv', cfg());
    expect(quoted!.blocks[0]!.text).toBe('item: Boots\nnote; short: size; 42');
    writeFileSync(join(dir, 'one.csv'), 'question\nWhere is the canteen?\n');
    const [one] = await loadFile(join(dir, 'one.csv'), 'kb/one.csv', cfg());
    expect(one!.blocks[0]!.text).toBe('Where is the canteen?');
  });

  it('JSONL: a document per line; a missing mapped field is an error that says which', async () => {
    const docs = await load('releases.jsonl', {
      json: { text: 'notes', title: 'version', metadata: ['date'] },
    });
    expect(docs.map((d) => [d.id, d.title, d.metadata.date])).toEqual([
      ['kb/releases.jsonl#1', '4.2', '2026-09-01'],
      ['kb/releases.jsonl#2', '4.3', '2026-10-15'],
    ]);
    await expect(load('releases.jsonl', { json: { text: 'body', metadata: [] } })).rejects.toMatchObject({
      code: 'DOCUMENT_INVALID',
      message: 'kb/releases.jsonl: record 1 has no "body" field (see knowledge.*.json.text)',
    });
  });

  it('CSV: a document per row with a column mapping, or the whole table as one document', async () => {
    const rows = await load('plans.csv', {
      csv: {
        mode: 'row',
        text: ['plan', 'price_usd', 'storage'],
        title: 'plan',
        id: 'plan',
        metadata: ['notebooks'],
      },
    });
    expect(rows.map((d) => d.id)).toEqual([
      'kb/plans.csv#Free',
      'kb/plans.csv#Team',
      'kb/plans.csv#Enterprise',
    ]);
    expect(rows[1]!.blocks[0]!.text).toBe('plan: Team\nprice_usd: 8\nstorage: 50 GB');
    expect(rows[1]!.metadata).toMatchObject({ notebooks: 'unlimited' });
    const [table] = await load('plans.csv', { csv: { mode: 'document', metadata: [] } });
    expect(table!.blocks[0]!.text).toContain(
      'plan: Enterprise; price_usd: 20; notebooks: unlimited; storage: 1 TB',
    );
  });

  it('CSV: a column named like a text field that holds one cell among many is no text field', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tandem-fleet-'));
    writeFileSync(
      join(tmp, 'fleet.csv'),
      'fleet_no,body,aircraft\nHL-12,Aerolift AL-80,"A380 upper deck, B777"\n',
    );
    writeFileSync(
      join(tmp, 'news.csv'),
      'id,body\n7,The canteen closes early on Friday for the deep clean.\n',
    );
    const [truck] = await loadFile(join(tmp, 'fleet.csv'), 'kb/fleet.csv', cfg());
    expect(truck!.blocks[0]!.text).toBe(
      'fleet_no: HL-12\nbody: Aerolift AL-80\naircraft: A380 upper deck, B777',
    );
    // Numbers and flags count as the rest of the record too.
    writeFileSync(
      join(tmp, 'fleet.json'),
      '[{"fleet_no": 12, "body": "Aerolift AL-80", "payload_kg": 3000, "airside_permit": true}]',
    );
    const [record] = await loadFile(join(tmp, 'fleet.json'), 'kb/fleet.json', cfg());
    expect(record!.blocks[0]!.text).toContain('payload_kg: 3000');
    const [news] = await loadFile(join(tmp, 'news.csv'), 'kb/news.csv', cfg());
    expect(news!.blocks[0]!.text).toBe('The canteen closes early on Friday for the deep clean.');
  });

  it('binary data under a text extension is refused, not decoded as windows-1252 and indexed', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'tandem-binary-'));
    const saved = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(tmp, name), bytes);
      return loadFile(join(tmp, name), `kb/${name}`, cfg());
    };
    await expect(saved('diagram.md', readFileSync(`${dir}logo.gif`))).rejects.toMatchObject({
      code: 'DOCUMENT_INVALID',
      message: 'kb/diagram.md: holds GIF image, not md text',
      hint: 'Give the file its real extension (.pdf and .docx are read; images and archives are not), or add it to exclude: in tandem.yaml.',
    });
    await expect(saved('export.txt', readFileSync(`${dir}shipping.docx`))).rejects.toMatchObject({
      message: 'kb/export.txt: holds ZIP archive (or a Word/Excel file), not txt text',
    });
    // No known signature: a NUL byte, or mostly control characters, is data.
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    await expect(saved('noise.html', noise)).rejects.toMatchObject({
      message: 'kb/noise.html: holds binary data, not html text',
    });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    await expect(saved('controls.csv', controls)).rejects.toMatchObject({
      message: 'kb/controls.csv: holds binary data, not csv text',
    });
    // Latin-1 prose is still text.
    const [latin] = await saved(
      'café.txt',
      Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x2e]),
    );
    expect(latin!.blocks[0]!.text).toBe('Café ok.');
  });

  it('an unsupported file type is reported, not silently skipped', async () => {
    await expect(load('logo.gif')).rejects.toMatchObject({
      code: 'DOCUMENT_INVALID',
      message: 'kb/logo.gif: unsupported file type ".gif"',
    });
  });
});
