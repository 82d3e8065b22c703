import { describe, expect, it } from 'vitest';
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
});
