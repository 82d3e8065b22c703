import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import type { AppResult } from './app-types.js';

const docs = {
  'depots.md':
    '# Depots\n\nThe Bogura depot cash counter is open from 10.00 am to 2.00 pm, Sunday to Thursday.\n\nEach depot holds its monthly meeting on the first Saturday of the month at 10.00 am.\n',
  'pay.md':
    '# Pay\n\nThe Eid festival bonus is paid on the last working day before Eid.\n\nFor the staff bus, Tk 600 a month is deducted from your salary.\n',
  'people.md': '# Who to call\n\nNasreen Akter · HR Officer · Ext 214\n',
  'leave.md':
    '# Leave\n\nMale employees get 7 working days of paternity leave within 30 days of the birth of their child.\n\nMaternity leave is 20 weeks with full pay.\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a question typed in Roman Bengali over English documents', () => {
  it('is searched and answered as the English it asks, on every path', async () => {
    const app = await open(docs);
    const question = 'Bogura depot er cash counter koyta theke koyta khola thake?';
    const r = await app.run({ vars: { question } });
    expect(r.grounding?.grounded).toBe(true);
    expect(r.grounding?.question).toBe('what time Bogura depot cash counter open?');
    expect(r.text).toContain('10.00 am to 2.00 pm');
    let streamed: AppResult | undefined;
    for await (const ev of app.stream({ vars: { question } })) if (ev.type === 'done') streamed = ev.result;
    expect(streamed?.text).toContain('10.00 am to 2.00 pm');
    const history = [
      { role: 'user' as const, content: 'Eid bonus kobe dibe?' },
      {
        role: 'assistant' as const,
        content: 'The Eid festival bonus is paid on the last working day before Eid.',
      },
    ];
    const later = await app.run({ vars: { question: 'staff bus er jonno mashe koto taka kate?' }, history });
    expect(later.text).toContain('Tk 600 a month');
  });

  it('declines what the documents do not hold, and a colleague’s private life', async () => {
    const app = await open(docs);
    const dental = await app.run({ vars: { question: 'dental er khoroch company dey naki?' } });
    expect(dental.grounding?.grounded).toBe(false);
    // Leave for a birth does not answer for adopting a child, asked in either language.
    for (const question of [
      'amra ekta baccha adopt korchi. adoption er jonno kono leave ache?',
      'Is there adoption leave?',
    ])
      expect((await app.run({ vars: { question } })).grounding?.grounded).toBe(false);
    const married = await app.run({
      vars: { question: 'Nasreen Akter madam ki married? unar husband ki kore?' },
    });
    expect(married.text).toBe("I can't share personal information about Nasreen Akter.");
    const operation = await app.run({
      vars: { question: 'Nasreen Akter onek din chutite chilen, ki operation hoise unar?' },
    });
    expect(operation.text).toBe("I can't share personal information about Nasreen Akter.");
  });
});
