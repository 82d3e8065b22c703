import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import type { AppResult } from './app-types.js';

const docs = {
  'hostel.md':
    '# Workers hostel\n\nThe hostel gate closes at 10:30 PM every night. Workers on the C shift show their card to the guard.\n\nThe security deposit for a bed is Rs. 2,000, returned when you leave.\n',
  'canteen.md': '# Canteen\n\nLunch in the canteen costs Rs. 60. The canteen opens at 7:00 AM.\n',
  'people.md': '# Who to call\n\nAyesha Khan · HR Officer · Ext 1204\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a question typed in Roman Urdu over English documents', () => {
  it('is searched and answered as the English it asks, on every path', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'hostel ka gate raat ko kitne baje band hota hai?' } });
    expect(r.grounding?.grounded).toBe(true);
    expect(r.grounding?.question).toBe('what time hostel gate night closes?');
    expect(r.text).toContain('The hostel gate closes at 10:30 PM every night.');
    const deposit = await app.run({
      vars: { question: 'hostel mein security deposit kitna dena hota hai?' },
    });
    expect(deposit.text).toContain('Rs. 2,000');
  });

  it('is read the same when the answer is streamed, and in a conversation’s later turn', async () => {
    const app = await open(docs);
    const question = 'hostel ka gate raat ko kitne baje band hota hai?';
    let streamed: AppResult | undefined;
    for await (const ev of app.stream({ vars: { question } })) if (ev.type === 'done') streamed = ev.result;
    expect(streamed?.grounding?.question).toBe('what time hostel gate night closes?');
    expect(streamed?.text).toContain('The hostel gate closes at 10:30 PM every night.');
    const history = [
      { role: 'user' as const, content: 'canteen kab khulti hai?' },
      { role: 'assistant' as const, content: 'The canteen opens at 7:00 AM.' },
    ];
    const later = await app.run({ vars: { question }, history });
    expect(later.text).toContain('The hostel gate closes at 10:30 PM every night.');
  });

  it('declines what the documents do not hold, and a colleague’s private number', async () => {
    const app = await open(docs);
    const dental = await app.run({ vars: { question: 'dental ka kharcha company deti hai kya?' } });
    expect(dental.grounding?.grounded).toBe(false);
    const mobile = await app.run({ vars: { question: 'Ayesha Khan ka mobile number kya hai' } });
    expect(mobile.grounding?.grounded).toBe(false);
    expect(mobile.text).not.toContain('1204');
    const personal = await app.run({ vars: { question: 'Ayesha Khan ka personal mobile number kya hai' } });
    expect(personal.text).toBe("I can't share personal information about Ayesha Khan.");
  });
});
