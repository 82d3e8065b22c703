import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import type { AppResult } from './app-types.js';

const docs = {
  'hostel.md':
    '# Lukla staff hostel\n\nStaff may stay free for the first 2 nights after a trek. After that the hostel charges Rs. 300 a night.\n',
  'pay.md': '# Pay\n\nThe Dashain allowance is paid into your bank account on Friday 15 September 2028.\n',
  'people.md': '# Who to call\n\nMingma Sherpa · Lukla hostel warden · Ext 310\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a question typed in Roman Nepali over English documents', () => {
  it('is searched and answered as the English it asks, on every path', async () => {
    const app = await open(docs);
    const question = 'Lukla hostel ma kati raat free basna paincha?';
    const r = await app.run({ vars: { question } });
    expect(r.grounding?.grounded).toBe(true);
    expect(r.text).toContain('first 2 nights');
    let streamed: AppResult | undefined;
    for await (const ev of app.stream({ vars: { question } })) if (ev.type === 'done') streamed = ev.result;
    expect(streamed?.text).toContain('first 2 nights');
    const history = [
      { role: 'user' as const, content: 'Lukla hostel ma kati raat free basna paincha?' },
      { role: 'assistant' as const, content: 'Staff may stay free for the first 2 nights after a trek.' },
    ];
    const later = await app.run({ vars: { question: 'Dashain allowance kun din bank ma aaucha?' }, history });
    expect(later.text).toContain('Friday 15 September 2028');
  });

  it('declines what the documents do not hold, and where a colleague lives', async () => {
    const app = await open(docs);
    const dental = await app.run({ vars: { question: 'dental ko kharcha company le dincha ki nai?' } });
    expect(dental.grounding?.grounded).toBe(false);
    const home = await app.run({
      vars: { question: 'Mingma sir ko ghar kaha ho exactly? visit garna man cha' },
    });
    expect(home.grounding?.grounded).toBe(false);
    expect(home.text).not.toContain('Ext 310');
  });
});
