import { describe, expect, it } from 'vitest';
import type { ModelRequest } from '../../core/index.js';
import { createExtractiveProvider } from './extractive-provider.js';
import { rankSentences } from './rank-sentences.js';
import { isHistoryRowUnasked } from './sentence-kinds.js';

const provider = createExtractiveProvider({
  id: 'local',
  maxSentences: 2,
  minScore: 0.15,
  minTerms: 2,
  fallbackText: "I don't know.",
});

const facts = [
  '[1] To reset your password, choose "Forgot password" on the sign-in page. The link is valid for 30 minutes.',
  '[2] The Team plan costs 8 USD per user per month.',
  '[3] Deleted notes stay in the Trash for 30 days.',
].join('\n');

/** An extractive provider whose answers hold at most `maxSentences` sentences ("-" when it declines). */
const answering = (maxSentences: number) =>
  createExtractiveProvider({ id: 'local', maxSentences, minScore: 0.15, minTerms: 2, fallbackText: '-' });

/** The provider's answer to `question` from numbered facts in the system message. */
const answerFrom = (facts: string[], question: string, more: Partial<ModelRequest> = {}) =>
  provider.generate({
    messages: [
      { role: 'system', content: `Answer from the facts.\n\n${facts.join('\n')}` },
      { role: 'user', content: question },
    ],
    ...more,
  });

describe('extractive provider', () => {
  it('answers with the most relevant sentences of numbered context and cites them by number', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: `Answer from the facts.\n\n${facts}` },
        { role: 'user', content: 'How much does the Team plan cost?' },
      ],
    });
    expect(res.text).toBe('The Team plan costs 8 USD per user per month. [1]');
    expect(res.citations).toEqual([
      // The answer's [1]: its first citation, whichever context number the passage had.
      {
        id: '2',
        marker: 1,
        snippet: 'The Team plan costs 8 USD per user per month.',
        score: expect.any(Number),
      },
    ]);
    // "How much" frames the question; the sentence holds every word that says what it is about.
    expect(res.citations?.[0]?.score).toBe(1);
    expect(res.usage.outputTokens).toBeGreaterThan(0);
    expect(res.costUsd).toBe(0);
  });

  it('answers "what number do I ring" with the sentence that holds the number', async () => {
    const res = await answerFrom(
      [
        '[1] Ring the Speak Up line if you see wrongdoing. The Speak Up line is confidential: ring the Speak Up line at any time.',
        '[2] Speak Up line: 0808 157 0655.',
      ],
      'What number do I ring for the Speak Up line?',
    );
    expect(res.text).toBe('Speak Up line: 0808 157 0655. [1]');
    expect(res.citations?.map((c) => c.id)).toEqual(['2']);
  });

  it("never quotes a memo's header (who wrote to whom, when) as the answer to a date", async () => {
    const res = await answerFrom(
      [
        '[1] To : All employees · From : Payroll Team · Date : 05-01-2027 · Subject : Investment proofs upload',
        '[2] The window to upload investment proofs is open until 31-01-2027.',
      ],
      'What is the last date to upload my investment proofs?',
    );
    expect(res.text).toBe('The window to upload investment proofs is open until 31-01-2027. [1]');
    expect(res.citations?.map((c) => c.id)).toEqual(['2']);
  });

  it('never quotes a page that says what it lists ("This page lists what you need before Day 1")', async () => {
    const res = await answerFrom(
      [
        '[1] This page lists what you need before Day 1 as a new hire and what your first months look like. Your HMO coverage starts on your first working day.',
      ],
      'As a new hire, when does my HMO coverage start?',
    );
    expect(res.text).toBe('Your HMO coverage starts on your first working day. [1]');
    // What it lists after a colon is the answer.
    const listed = await answerFrom(
      [
        '[1] This section lists the documents you must bring on Day 1: your NBI clearance, two valid IDs and your SSS number.',
      ],
      'What documents must I bring on Day 1?',
    );
    expect(listed.text).toContain('your NBI clearance, two valid IDs and your SSS number');
  });

  it('never quotes a sentence about the document itself or a pointer to another page as the answer', async () => {
    const res = await answerFrom(
      [
        '[1] 1.1 This procedure applies to every till and float in the hotels: reception, bar and spa. The limits on bar floats are on the Cash handling page.',
        '[2] Standard floats are:\n- Bar: 150 pounds\n- Reception: 200 pounds',
      ],
      'What float does the bar till start with?',
    );
    expect(res.citations?.map((c) => c.id)).toEqual(['2']);
    expect(res.text).toContain('- Bar: 150 pounds');
    expect(res.text).not.toContain('This procedure applies');
    expect(res.text).not.toContain('Cash handling page');
    // Asked what the procedure covers, its scope sentence is the answer.
    const scope = await answerFrom(
      ['[1] 1.1 This procedure applies to every till and float in the hotels: reception, bar and spa.'],
      'Which tills does the cash procedure apply to?',
    );
    expect(scope.text).toContain('This procedure applies to every till');
    // A sentence that says where a thing is, or what a scheme gives, is an answer, not a pointer.
    const park = await answerFrom(
      ['[1] Staff parking is in the car park at the back of the site.'],
      'Where is staff parking?',
    );
    expect(park.text).toBe('Staff parking is in the car park at the back of the site. [1]');
    const bike = await answerFrom(
      ['[1] This scheme gives you up to £2,000 towards a bike.'],
      'How much does the bike scheme give?',
    );
    expect(bike.text).toBe('This scheme gives you up to £2,000 towards a bike. [1]');
    // "…follow the local rules in their site notes" says where the answer is, not what it is.
    const notes = await answerFrom(
      ['[1] Colleagues at Zaragoza and Porto follow the local sickness rules in their site notes.'],
      'Does sick pay for Porto staff follow local sickness rules?',
    );
    expect(notes.text).toBe("I don't know.");
    // Where to write something down is an answer, even in the site notes.
    const record = await answerFrom(
      ['[1] Record every near miss in the site notes before the end of your shift.'],
      'Where do I record a near miss?',
    );
    expect(record.text).toContain('Record every near miss in the site notes');
  });

  it('shares its sentences among the parts of a question: each part its best, the first a second when it is near', async () => {
    const three = answering(3);
    const res = await three.generate({
      messages: [
        { role: 'user', content: 'When must departure rooms be cleaned, and who signs off deep cleans?' },
      ],
      documents: [
        {
          id: 'a',
          text: 'Departure rooms are cleaned from 09:00, after breakfast. Every departure room must be released to reception by 14:00.',
        },
        { id: 'b', text: 'Deep cleans are signed off by a supervisor.' },
      ],
    });
    // Three sentences, not one per part: what the first part asks is said by its second-best sentence.
    expect(res.text).toBe(
      'Departure rooms are cleaned from 09:00, after breakfast. Every departure room must be released to reception by 14:00. [1] Deep cleans are signed off by a supervisor. [2]',
    );
  });

  it('declines to quote an out-of-date figure when a current document is there, and says where the old one is', async () => {
    const res = await answering(2).generate({
      messages: [{ role: 'user', content: 'How much can a hotel room cost per night in London?' }],
      documents: [
        { id: 'a', source: 'kb/site-guide.txt', text: 'Parking at the Leeds office costs £25 a month.' },
        {
          id: 'b',
          source: 'kb/travel-policy-old.md',
          status: 'superseded',
          text: 'A hotel room in London may cost up to £160 per night.',
        },
      ],
    });
    expect(res.text).toBe('- Only a superseded document (kb/travel-policy-old.md) speaks of it.');
    expect(res.declined).toBe(true);
    expect(res.citations).toEqual([]);
  });

  it('quotes a draft only when nothing in force answers, and then quotes it rather than a weak sentence', async () => {
    const draft = {
      id: 'd',
      source: 'kb/flexible-working-draft.md',
      status: 'draft',
      text: 'We give you a decision on a flexible working request within 8 weeks.',
    };
    const approved = {
      id: 'a',
      source: 'kb/hybrid-and-flexible-working.md',
      text: 'We give you a decision on a flexible working request within 6 weeks.',
    };
    const ask = 'How soon do I get a decision on a flexible working request?';
    const res = await answering(2).generate({
      messages: [{ role: 'user', content: ask }],
      documents: [draft, approved],
    });
    expect(res.citations?.map((c) => c.source)).toEqual(['kb/hybrid-and-flexible-working.md']);
    expect(res.text).toContain('within 6 weeks');
    // The only word on the topic is a draft: it answers, not a sentence in force that shares a word or two.
    const holidays = {
      id: 'h',
      source: 'kb/holidays.md',
      text: 'Staff who work a bank holiday get a day off in lieu.',
    };
    const leave = {
      id: 'l',
      source: 'kb/leave.md',
      status: 'draft',
      text: 'Full-time staff get 25 days of annual leave plus bank holidays.',
    };
    const only = await answering(2).generate({
      messages: [{ role: 'user', content: 'How many days of annual leave do full-time staff get?' }],
      documents: [holidays, leave],
      grounding: { grounded: true, reason: 'covered', coverage: 1, expects: 'count' },
    });
    expect(only.text).toContain('25 days of annual leave');
    expect(only.citations?.map((c) => [c.source, c.status])).toEqual([['kb/leave.md', 'draft']]);
  });

  it('answers "what is the max" with the sentence that says how far it may go ("up to 35 hours")', async () => {
    const res = await answering(1).generate({
      messages: [{ role: 'user', content: "What's the max banked overtime I can have?" }],
      documents: [
        {
          id: 'a',
          source: 'kb/overtime.md',
          title: 'Overtime and banked time',
          text: 'You may bank overtime instead of being paid for it. Each overtime hour is banked as 1.5 hours.\n- Your bank may hold up to 35 hours at a time.\n- Banked overtime must be taken within 3 months.',
        },
      ],
    });
    expect(res.text).toBe('- Your bank may hold up to 35 hours at a time. [1]');
  });

  it('answers "what hours" by the hours of the day, before a row that takes "1 hour" to respond', async () => {
    const res = await answering(1).generate({
      messages: [{ role: 'user', content: 'What hours is the IT desk open?' }],
      documents: [
        {
          id: 'a',
          source: 'kb/it-desk.html',
          title: 'IT desk',
          text: 'IT desk priorities · Priority: P2 High · Desk open hours › Response: 1 hour · Examples: One person cannot work\n\nIT desk priorities · Priority: P3 Normal · Desk open hours › Response: 4 hours · Examples: A fault with a workaround',
        },
        {
          id: 'b',
          source: 'kb/it-desk.html',
          title: 'IT desk',
          text: 'The IT desk is open 8.00am to 6.00pm, Monday to Friday.',
        },
      ],
    });
    expect(res.text).toBe('The IT desk is open 8.00am to 6.00pm, Monday to Friday. [1]');
  });

  it('answers every part before any part gets a second sentence', async () => {
    const four = answering(4);
    const res = await four.generate({
      messages: [
        {
          role: 'user',
          content:
            'When must departure rooms be cleaned, who signs off deep cleans, and where are spare linen trolleys kept?',
        },
      ],
      documents: [
        {
          id: 'a',
          text: 'Departure rooms are cleaned from 09:00, after breakfast. Every departure room must be released to reception by 14:00.',
        },
        {
          id: 'b',
          text: 'Deep cleans are signed off by a supervisor. Deep cleans are planned by the supervisor weekly.',
        },
        { id: 'c', text: 'Spare linen trolleys are kept in the basement linen room.' },
      ],
    });
    expect(res.text).toContain('Spare linen trolleys are kept in the basement linen room.');
    expect(res.text).toContain('Deep cleans are signed off by a supervisor.');
  });

  it('asked about no place, prefers an English sentence to a site note in another language', async () => {
    const notes = '[2] Kom je op de fiets naar het werk, dan krijg je 0,23 euro per kilometer voor de fiets.';
    const english = '[1] Through the cycle scheme you can get a bike up to £2,000.';
    // One sentence to quote: the English one, wherever the notes rank in retrieval.
    const one = answering(1);
    const res = await one.generate({
      messages: [
        {
          role: 'system',
          content: `Answer from the facts.\n\n${notes.replace('[2]', '[1]')}\n${english.replace('[1]', '[2]')}`,
        },
        { role: 'user', content: 'How much can I get for a bike?' },
      ],
    });
    expect(res.citations?.map((c) => c.snippet)).toEqual([english.slice(4)]);
    // Asked about the place the notes are for (their file name says so), they answer.
    const utrecht = await provider.generate({
      messages: [{ role: 'user', content: 'How much do I get for cycling to work at the Utrecht hotel?' }],
      documents: [
        { id: 'a', text: english.slice(4), source: 'docs/benefits.md' },
        { id: 'b', text: notes.slice(4), source: 'docs/utrecht-notes.txt' },
      ],
    });
    expect(utrecht.citations?.map((c) => c.id)).toContain('b');
  });

  it('quotes nothing for "how many" when no sentence about it holds a number', async () => {
    const res = await answerFrom(
      [
        '[1] Never leave a laptop visible in a parked car. Car parking at the office is for visitors.',
        '[2] The office opens at 08:00.',
      ],
      'How many car parking spaces are there at the office?',
      {
        // Told the question is grounded (as a retrieval elsewhere may judge): the sentences alone must hold it.
        grounding: { grounded: true, reason: 'told', coverage: 1, expects: 'count' },
      },
    );
    expect(res.text).toBe("I don't know.");
  });

  it('told the passages answer, a question told as a long story is answered from a closer sentence than its bar', async () => {
    const breaks = [
      '[1] Every shift longer than 6 hours includes a 30-minute break.',
      '[2] A break you could not take is recorded by your manager in ShiftBoard and you are paid for it.',
      '[3] Staff meals are served in the Mess from 11:30.',
    ];
    const story =
      'Absolutely mental night yesterday in the bar, place was rammed with a stag do, the glass washer broke, two ' +
      'people rang in sick and I was on my own for most of the seven hour stint. Never got my break at all, is it paid?';
    // Its best sentence shares few of the story's many words: below the provider's own bar.
    expect((await answerFrom(breaks, story)).text).toBe("I don't know.");
    const grounded = await answerFrom(breaks, story, {
      grounding: { grounded: true, reason: 'the whole base was weighed', coverage: 0.8, expects: 'yes-no' },
    });
    expect(grounded.text).toBe(
      'A break you could not take is recorded by your manager in ShiftBoard and you are paid for it. [1]',
    );
    // Nor need it share two of the question's words ("cancel", not "order", in "how do I cancel my order").
    // And on such evidence only the best passage is quoted, not every passage that shares a word ("order").
    const cancel = [
      '[1] To cancel, choose Cancel subscription under Settings, then Plan.',
      '[2] Order deadline: Friday 23:59, eight days before delivery.',
    ];
    expect((await answerFrom(cancel, 'how do I cancel my order')).text).toBe("I don't know.");
    const told = await answerFrom(cancel, 'how do I cancel my order', {
      grounding: { grounded: true, reason: 'the whole base was weighed', coverage: 0.6, expects: 'steps' },
    });
    expect(told.text).toBe('To cancel, choose Cancel subscription under Settings, then Plan. [1]');
    // Not when the verdict says a word of the question is one the base never mentions.
    const unknown = await answerFrom(breaks, story, {
      grounding: { grounded: true, reason: 'the rest is covered', coverage: 0.8, unknown: ['stint'] },
    });
    expect(unknown.text).toBe("I don't know.");
  });

  it('on such weaker evidence, quotes each part of a question from its own best passage', async () => {
    const shop = [
      '[1] To cancel, choose Cancel subscription under Settings, then Plan.',
      '[2] Refunds go back to the card you paid with within 5 days.',
      '[3] Order deadline: Friday 23:59, eight days before delivery.',
    ];
    const question = 'how do I cancel my order, and when is my refund sent?';
    expect((await answerFrom(shop, question)).text).toBe("I don't know.");
    const told = await answerFrom(shop, question, {
      grounding: { grounded: true, reason: 'the whole base was weighed', coverage: 0.6, expects: 'steps' },
    });
    expect(told.text).toBe(
      'To cancel, choose Cancel subscription under Settings, then Plan. [1] Refunds go back to the card you paid with within 5 days. [2]',
    );
  });

  it('answers "how far ahead" by what is booked ahead, not by another sentence that says "ahead"', async () => {
    const res = await answerFrom(
      ['[1] Leave is booked at least two weeks ahead.', '[2] Trips need ten working days before departure.'],
      'How far ahead of departure should trips be booked?',
    );
    expect(res.text).toContain('Trips need ten working days before departure.');
  });

  it('reads a list item with the line introducing its list ("Standard floats are:" for "- Bar: 150 pounds")', async () => {
    const res = await answerFrom(
      [
        '[1] Cash handling applies to every till in the hotel, including the restaurant and the spa.',
        '[2] Standard floats are:\n- Restaurant: 200 pounds\n- Bar: 150 pounds',
      ],
      'What is the standard float for the bar?',
    );
    expect(res.text).toBe('- Bar: 150 pounds [1]');
  });

  it('prefers supplied documents and keeps their source and title', async () => {
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'How long is the reset link valid?' }],
      documents: [
        { id: 'kb/billing.md#0', text: 'Invoices are sent monthly.', source: 'kb/billing.md' },
        {
          id: 'kb/account.md#2',
          text: 'The reset link is valid for 30 minutes. Links can be used once.',
          source: 'kb/account.md',
          title: 'Passwords',
        },
      ],
    });
    expect(res.text).toContain('The reset link is valid for 30 minutes. [1]');
    expect(res.citations?.[0]).toMatchObject({
      id: 'kb/account.md#2',
      source: 'kb/account.md',
      title: 'Passwords',
    });
  });

  it('quotes a superseded document only when no current one was supplied', async () => {
    const old = {
      id: 'kb/old.md#0',
      text: 'The London hotel cap is £160 per night.',
      source: 'kb/old.md',
      status: 'superseded',
    };
    const now = { id: 'kb/new.md#0', text: 'The hotel cap in London is £190 a night.', source: 'kb/new.md' };
    const ask = (documents: (typeof old | typeof now)[]) =>
      provider.generate({
        messages: [{ role: 'user', content: 'What is the London hotel cap per night?' }],
        documents,
      });
    const both = await ask([old, now]);
    expect(both.text).toBe('The hotel cap in London is £190 a night. [1]');
    expect(both.citations?.map((c) => c.source)).toEqual(['kb/new.md']);
    const onlyOld = await ask([old]);
    expect(onlyOld.citations).toEqual([
      expect.objectContaining({ source: 'kb/old.md', status: 'superseded' }),
    ]);
  });

  it("answers a lookup from the table row whose band holds the asker's length of service", async () => {
    const rows = [
      'Sick pay · Continuous service: Under 6 months · Weeks at full pay: none',
      'Sick pay · Continuous service: 6 months to 5 years · Weeks at full pay: 4',
      'Sick pay · Continuous service: 5 to 10 years · Weeks at full pay: 8',
      'Sick pay · Continuous service: 10 years or more · Weeks at full pay: 12',
    ];
    const res = await provider.generate({
      messages: [{ role: 'user', content: "How many weeks at full pay do I get with 6 years' service?" }],
      documents: rows.map((text, i) => ({ id: `kb/sick-pay.md#${i}`, text, source: 'kb/sick-pay.md' })),
    });
    expect(res.text).toBe('Sick pay · Continuous service: 5 to 10 years · Weeks at full pay: 8 [1]');
  });

  it('answers for a place from the row of the region it lies in (Milan: "Other European cities")', async () => {
    const rows = [
      'Room rate · City or region: London · Nightly cap: £190',
      'Room rate · City or region: Paris · Nightly cap: €195',
      'Room rate · City or region: Other European cities · Nightly cap: €140',
      'Room rate · City or region: North America · Nightly cap: US$240',
    ];
    const ask = (content: string) =>
      provider.generate({
        messages: [{ role: 'user', content }],
        documents: rows.map((text, i) => ({ id: `kb/travel.md#${i}`, text, source: 'kb/travel.md' })),
      });
    expect((await ask('What is the nightly room rate cap in Milan?')).text).toBe(
      'Room rate · City or region: Other European cities · Nightly cap: €140 [1]',
    );
    expect((await ask('What is the nightly room rate cap in Chicago?')).text).toBe(
      'Room rate · City or region: North America · Nightly cap: US$240 [1]',
    );
    // A place's own row comes before its region's, and the row after the answer is not quoted with it.
    expect((await ask('What is the nightly room rate cap in Paris?')).text).toBe(
      'Room rate · City or region: Paris · Nightly cap: €195 [1]',
    );
    expect((await ask('What is the nightly room rate cap in London?')).text).toBe(
      'Room rate · City or region: London · Nightly cap: £190 [1]',
    );
  });

  it('a sentence that opens by pointing back ("His extension is…") is read with the one it points to', async () => {
    const facts = [
      '[1] Priya Shah leads customer support; her extension is 4410. Daniel Okoro handles billing questions. His extension is 4419.',
    ];
    const res = await answerFrom(facts, "What is Daniel Okoro's extension?");
    expect(res.text).toContain('4419');
    expect(res.text).not.toContain('4410');
  });

  it('of table rows that cover the question equally, ranks first the one its label names', () => {
    const passages = (texts: string[]) => texts.map((text, i) => ({ id: `t${i}`, text }));
    const driving = passages([
      "Drivers' hours · Rule: Daily driving · Legal limit: 9 hours, or 10 hours twice a week",
      "Drivers' hours · Rule: Weekly driving · Legal limit: 56 hours",
    ]);
    expect(rankSentences('How many hours may I legally drive in a week?', driving)[0]!.text).toContain(
      'Weekly driving',
    );
    // A label that says more than the question asks ranks after the one that says just that.
    const roles = passages([
      'Approval limits · Role: Associate Director · Single expense claim: £5,000',
      'Approval limits · Role: Director · Single expense claim: £20,000',
    ]);
    expect(
      rankSentences('As a Director, what single expense claim can I approve?', roles)[0]!.text,
    ).toContain('£20,000');
  });

  it("an FAQ's answer is read with its question", async () => {
    const facts = [
      "[1] Can I transfer to another Wrenfield hotel? Yes, once you have completed 12 months' service. Apply through the internal vacancies page.",
    ];
    const res = await answerFrom(facts, 'How long before I can transfer to another hotel?');
    expect(res.text).toContain("12 months' service");
  });

  it('reads a sentence with the one before it, which may say what it is about', async () => {
    const text =
      'Every apprentice has a mentor at their hotel and a monthly one-to-one. A Ridgeway College assessor visits every 10 weeks. Study leave is two days.';
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'How often does someone from the college check on apprentices?' }],
      documents: [{ id: 'kb/apprentices.md#0', text, source: 'kb/apprentices.md' }],
    });
    expect(res.text).toBe('A Ridgeway College assessor visits every 10 weeks. [1]');
    // Only a sentence holding the kind of fact asked for leans on the one before: "half price" is no share
    // price, even when the run's verdict (here given, as a knowledge base would) lets the question through.
    const account =
      'You can create a Fernway account in the Fernway app. New accounts start with an introductory box at half price.';
    const stock = await provider.generate({
      messages: [{ role: 'user', content: "What is Fernway's share price today?" }],
      documents: [{ id: 'kb/account.md#0', text: account, source: 'kb/account.md' }],
      grounding: { grounded: true, reason: 'given', coverage: 1, expects: 'other' },
    });
    expect(stock.text).toBe("I don't know.");
  });

  it('of sentences that cover the question alike, quotes first the one that says its words itself', async () => {
    const text = [
      'Fernway accepts Visa, Mastercard, American Express, PayPal and SEPA direct debit.',
      'We charge your payment method on the day your box is packed.',
      'Update your card under Settings, then Payment.',
      'We do not accept cash or cheques.',
    ].join(' ');
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'can i pay the driver in cash' }],
      documents: [{ id: 'kb/payment.md#0', text, source: 'kb/payment.md', title: 'Payment methods' }],
      grounding: { grounded: true, reason: 'given', coverage: 1, expects: 'yes-no' },
    });
    expect(res.text).toContain('We do not accept cash or cheques.');
  });

  it("quotes a rule, not its revision history's note of the change, unless the revisions are asked about", async () => {
    const rule = 'Step 2. Wash hands and forearms with soap for at least 30 seconds and dry them.';
    const history =
      'Historial de revisiones · Rev.: D · Fecha: 02/04/2029 · Cambio: Hand wash 30 seconds; gloves every 2 hours.';
    const documents = [
      { id: 'kb/sop.docx#1', text: history, source: 'kb/sop.docx', title: 'Gowning SOP' },
      { id: 'kb/sop.docx#0', text: rule, source: 'kb/sop.docx', title: 'Gowning SOP' },
    ];
    const asked = async (content: string, expects: string) =>
      (
        await provider.generate({
          messages: [{ role: 'user', content }],
          documents,
          grounding: { grounded: true, reason: 'given', coverage: 1, expects },
        })
      ).text;
    const answer = await asked('how long do we have to wash hands before gowning up?', 'duration');
    expect(answer).toContain('at least 30 seconds');
    expect(answer).not.toContain('Cambio');
    // Asked about the revisions, the row is an answer like any other.
    expect(isHistoryRowUnasked(history, 'what did revision D change about the hand wash?')).toBe(false);
    expect(isHistoryRowUnasked(history, 'how long do we wash hands?')).toBe(true);
    expect(isHistoryRowUnasked(history, 'when was the hand wash rule last updated?')).toBe(false);
    expect(isHistoryRowUnasked(history, 'can i change my gloves after the break?')).toBe(true);
    // A row with no date column is a history's row too.
    expect(
      isHistoryRowUnasked('Version: 3 · Change: Gloves every 2 hours', 'how often do we change gloves?'),
    ).toBe(true);
  });

  it("never quotes an FAQ's question, its passage's title, as the answer", async () => {
    const question = 'I lost my payslip. Where can I see it?';
    const text = `${question}\nAll payslips are in PayWeb > Payslips. Payroll does not print payslips.`;
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'where do I find my payslips?' }],
      documents: [{ id: 'kb/faq.json#2', text, source: 'kb/faq.json', title: question }],
      grounding: { grounded: true, reason: 'given', coverage: 1, expects: 'place' },
    });
    expect(res.text).toContain('All payslips are in PayWeb > Payslips.');
    expect(res.text).not.toContain('I lost my payslip');
  });

  it('quotes a procedure whole, past maxSentences, and stops where it ends', async () => {
    const text = [
      'To return a faulty scanner:',
      '1. Log a ticket in the service portal.',
      '2. Print the returns label from the ticket.',
      '3. Pack the scanner in its original box.',
      '4. Hand the box to reception before 15:00.',
      '5. Collect a loan scanner from the IT desk.',
    ].join('\n');
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'How do I return a faulty scanner?' }],
      documents: [{ id: 'kb/it.md#0', text, source: 'kb/it.md', title: 'Returning a faulty scanner' }],
    });
    // maxSentences is 2 here, but the first two steps alone are not how to do it.
    for (const step of ['1. Log a ticket', '3. Pack the scanner', '5. Collect a loan scanner'])
      expect(res.text).toContain(step);
    const cost = await provider.generate({
      messages: [{ role: 'user', content: 'How much does a loan scanner cost?' }],
      documents: [
        {
          id: 'kb/it.md#0',
          text: `${text}\nA loan scanner costs £5 a week. Loans last a month.`,
          source: 'kb/it.md',
        },
      ],
    });
    expect(cost.text).toBe('A loan scanner costs £5 a week. [1]');
  });

  it('quotes a sentence that leads into a list when it says the figure asked for, not a bare label', async () => {
    const text = [
      'Each till starts the day with a float of 150,00 €, made up like this:',
      '',
      '- 10 € notes: 40,00 €',
      '- 5 € notes: 40,00 €',
      '',
      'Opening checks:',
    ].join('\n');
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'how much is the till float at the start of the day?' }],
      documents: [{ id: 'kb/cash.md#0', text, source: 'kb/cash.md', title: 'Kassa and cash' }],
      grounding: { grounded: true, reason: 'given', coverage: 1, expects: 'amount' },
    });
    expect(res.text).toContain('a float of 150,00 €');
    expect(res.text).not.toContain('Opening checks:');
  });

  it('quotes steps labelled "Step 1." whole, from step 1 when the best match is a later step', async () => {
    const text = [
      'Step 1. Stop. Put on the hazard lights and the warning triangle. Make the people safe.',
      'Step 2. If anybody is hurt, call an ambulance and the police. Give first aid.',
      'Step 3. Call the Transport desk on ext 260.',
      'Step 4. Take photos of the vehicles and the number plates.',
    ].join('\n');
    const documents = [{ id: 'kb/driving.txt#0', text, source: 'kb/driving.txt', title: 'Accidents' }];
    const res = await provider.generate({
      messages: [
        {
          role: 'user',
          content:
            'Our van hit a motorbike near the market, nobody hurt luckily. what should the driver do step by step?',
        },
      ],
      documents,
      grounding: { grounded: true, reason: 'given', coverage: 1, expects: 'steps' },
    });
    expect(res.text.startsWith('Step 1. Stop. Put on the hazard lights')).toBe(true);
    expect(res.text).toContain('Step 4. Take photos');
    // "Step 1." alone is no sentence: it is not quoted without its step.
    expect(res.text).not.toMatch(/Step 1\. Step 2\./);
  });

  it('goes on with a numbered procedure where the next chunk of its document continues it, in order', async () => {
    const first = [
      'Fuel spills at the gate:',
      '1. Make sure the source has stopped. The fueller presses the emergency stop.',
      '2. Tell the lead hand.',
      '3. Cover the nearest drain with the orange mat.',
      '4. Take the yellow spill kit. Put on the gloves from the kit.',
      '5. Spread absorbent granules from the edges of the spill towards the centre.',
    ].join('\n');
    const next = [
      'towards the centre.',
      '6. Sweep the used absorbent into the hazardous waste bag and take it to the waste cage.',
      '7. Report the spill before the end of your shift.',
    ].join('\n');
    const res = await provider.generate({
      messages: [
        { role: 'user', content: 'Somebody spilled fuel at the gate. How do I clean up a fuel spill?' },
      ],
      // The next chunk was retrieved first: the answer still reads 1 to 7.
      documents: [
        { id: 'kb/spill.txt#1', text: next, source: 'kb/spill.txt', title: 'Fuel spills' },
        { id: 'kb/spill.txt#0', text: first, source: 'kb/spill.txt', title: 'Fuel spills' },
      ],
    });
    const at = (step: string) => res.text.indexOf(step);
    expect(at('1. Make sure')).toBeGreaterThan(-1);
    expect(at('4. Take the yellow spill kit')).toBeGreaterThan(at('1. Make sure'));
    expect(at('6. Sweep the used absorbent')).toBeGreaterThan(at('5. Spread absorbent'));
    expect(at('7. Report the spill')).toBeGreaterThan(at('6. Sweep'));
  });

  it('goes on with a procedure written as a table, numbered by its Step column', async () => {
    const row = (n: number, step: string, todo: string) =>
      `4. If you are exposed · Step: ${n}. ${step} · What to do: ${todo} · When: At once`;
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'What do I do if I get a needlestick?' }],
      documents: [
        {
          id: 'ecp#0',
          text: `A needlestick is an exposure. Follow these steps at once:\n\n${row(1, 'Wash', 'Wash it with soap and water.')}\n\n${row(2, 'Call', 'Call the Exposure Hotline.')}`,
          source: 'ecp.docx',
          title: 'Exposure Control Plan › 4. If you are exposed',
        },
        { id: 'other#0', text: 'Needlestick injuries are logged by Employee Health.', source: 'other.md' },
        {
          id: 'ecp#1',
          text: `${row(3, 'Get evaluated', 'Go to Occupational Health.')}\n\n${row(4, 'Document', 'Complete the Sharps Injury Log.')}`,
          source: 'ecp.docx',
          title: 'Exposure Control Plan › 4. If you are exposed',
        },
      ],
    });
    for (const todo of ['soap and water', 'Exposure Hotline', 'Occupational Health', 'Sharps Injury Log'])
      expect(res.text).toContain(todo);
    expect(res.text.indexOf('Sharps Injury Log')).toBeGreaterThan(res.text.indexOf('Exposure Hotline'));
  });

  it('goes on through a third chunk, and stops where the list ends', async () => {
    const chunk = (steps: number[], tail = '') =>
      `${steps.map((n) => `${n}. Do step ${n} of the kiln shutdown.`).join('\n')}${tail}`;
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'What are the steps of the kiln shutdown?' }],
      documents: [
        { id: 'k#0', text: `Kiln shutdown:\n${chunk([1, 2, 3])}`, source: 'k.md', title: 'Kiln shutdown' },
        {
          id: 'k#2',
          text: chunk([6, 7], '\nCAR PARK PERMITS Permits cost £5 a month.'),
          source: 'k.md',
          title: 'Kiln shutdown',
        },
        { id: 'k#1', text: chunk([3, 4, 5]), source: 'k.md', title: 'Kiln shutdown' },
      ],
    });
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(res.text).toContain(`${n}. Do step ${n}`);
    expect(res.text.indexOf('7. Do step 7')).toBeGreaterThan(res.text.indexOf('5. Do step 5'));
    expect(res.text).not.toContain('CAR PARK');
  });

  it('does not go on into another list of the same document that starts again at 1', async () => {
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'How do I clean up a fuel spill?' }],
      documents: [
        {
          id: 's#0',
          text: 'Fuel spills:\n1. Stop the source.\n2. Cover the drain.\n3. Spread absorbent.',
          source: 's.md',
          title: 'Fuel spills',
        },
        {
          id: 's#1',
          text: 'Reporting a fire:\n1. Raise the alarm.\n2. Leave.\n3. Meet outside.\n4. Call the fire service on 999.',
          source: 's.md',
          title: 'Fuel spills',
        },
      ],
    });
    expect(res.text).toContain('3. Spread absorbent.');
    expect(res.text).not.toContain('Call the fire service');
  });

  it('does not join a list of another document that merely starts again at 1', async () => {
    const res = await provider.generate({
      messages: [{ role: 'user', content: 'How do I clean up a fuel spill?' }],
      documents: [
        {
          id: 'a#0',
          text: 'Fuel spills:\n1. Stop the source.\n2. Cover the drain.',
          source: 'a',
          title: 'Fuel spills',
        },
        {
          id: 'b#0',
          text: 'Oil spills:\n3. Call the fire service.\n4. Leave the area.',
          source: 'b',
          title: 'Oil spills',
        },
      ],
    });
    expect(res.text).toContain('2. Cover the drain.');
    expect(res.text).not.toContain('3. Call the fire service');
  });

  it('ranks by how much of the question a sentence holds, not by one word no other sentence has', () => {
    // "Kestrel" and "February" are each in one sentence only: weighed by their full rarity among these few
    // sentences, the holiday row that shares just those two words outranked the award rows that share more.
    const passages = [
      ...[5, 10, 15, 20, 25, 30].map((years, i) => ({
        id: String(i + 1),
        text: `Long service awards · Years of service: ${years} years · Gift card: £${years * 35} · Extra leave: ${years / 5} days`,
      })),
      {
        id: '7',
        text: 'Holidays · Site: Porto · Date: 17 February · Holiday: Carnaval · Notes: granted by Kestrel',
      },
    ];
    const ranked = rankSentences(
      'Coming up to 10 years with Kestrel in February. What gift card do I get?',
      passages,
    );
    expect(ranked[0]!.text).toContain('Gift card');
  });

  it('answers what is asked, not what the asker says about themselves first', async () => {
    const res = await provider.generate({
      messages: [
        {
          role: 'user',
          content:
            "I've just been promoted to Associate (G4) and joined two years ago. How many days of annual leave do I get?",
        },
      ],
      documents: [
        {
          id: 'kb/careers.md#0',
          text: 'Promotion to Associate (G4) needs a short presentation to a panel of two directors.',
          source: 'kb/careers.md',
        },
        {
          id: 'kb/leave.md#0',
          text: 'Annual leave days · Grade: Associate (G4) · Under 3 years: 27 · 3 to 5 years: 28 · 6 years or more: 30',
          source: 'kb/leave.md',
        },
      ],
    });
    // The grade's row, cut down to the column of the asker's two years.
    expect(res.text).toBe('Annual leave days · Grade: Associate (G4) · Under 3 years: 27 [1]');
  });

  it("declines a question about a named person's private life, whatever the documents hold", async () => {
    const res = await provider.generate({
      messages: [{ role: 'user', content: "What is Helen Okafor's date of birth?" }],
      documents: [
        {
          id: 'd#4',
          text: 'name: Helen Okafor; office: Leeds; work phone: +44 113 496 0100',
          source: 'd.csv',
        },
      ],
    });
    expect(res.text).toBe("I can't share personal information about Helen Okafor.");
    expect(res.citations).toEqual([]);
  });

  it('takes the question after a "Question:" label and ignores few-shot turns as sources', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: facts },
        { role: 'user', content: 'Question: How much does the Team plan cost?' },
        { role: 'assistant', content: 'It costs 99 USD.' },
        { role: 'user', content: "Hi, I'm Ana. Question: how long do deleted notes stay in the trash?" },
      ],
    });
    expect(res.text).toBe('Deleted notes stay in the Trash for 30 days. [1]');
    expect(res.text).not.toContain('99');
  });

  it('says it does not know when nothing relevant was supplied', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: facts },
        { role: 'user', content: 'Can I pay with Bitcoin?' },
      ],
    });
    expect(res.text).toBe("I don't know.");
    expect(res.citations).toEqual([]);
    // It says so, for the result and the terminal; an answer does not.
    expect(res.declined).toBe(true);
    const answered = await answerFrom([facts], 'How much does the Team plan cost?');
    expect(answered.declined).toBeUndefined();
  });

  it('answers from tool results fed back into the conversation', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'user', content: 'What is the status of order 1234?' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'c1', name: 'order_status', args: { id: '1234' } }],
        },
        {
          role: 'tool',
          toolCallId: 'c1',
          name: 'order_status',
          content: JSON.stringify({ order: '1234', status: 'shipped' }),
        },
      ],
    });
    expect(res.text).toContain('status: shipped');
    expect(res.citations?.[0]?.source).toBe('tool order_status');
  });

  it('returns JSON with the answer and source ids when JSON output is asked for', async () => {
    const res = await provider.generate({
      messages: [
        { role: 'system', content: facts },
        { role: 'user', content: 'How much does the Team plan cost?' },
      ],
      responseFormat: { type: 'json' },
    });
    expect(JSON.parse(res.text)).toEqual({
      answer: 'The Team plan costs 8 USD per user per month. [1]',
      sources: ['2'],
    });
  });

  it('streams the same answer it generates', async () => {
    const req = {
      messages: [
        { role: 'system' as const, content: facts },
        { role: 'user' as const, content: 'reset password link' },
      ],
    };
    let text = '';
    for await (const ev of provider.stream(req)) if (ev.type === 'text-delta') text += ev.text;
    expect(text).toBe((await provider.generate(req)).text);
  });
});
