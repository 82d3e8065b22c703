import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, serveProject } from '../../test/support/serve-app.js';
import { tempProject } from '../../test/support/temp-project.js';
import type { Message } from '../core/index.js';
import { loadProject, type Project } from './index.js';

// A help centre answered offline, with a topic guardrail that allows only the shop's own words.
const files = {
  'tandem.yaml': `
providers:
  local: { type: extractive, maxSentences: 3, minScore: 0.2, fallbackText: "I don't know." }
knowledge:
  help: { sources: kb/*.md, retrieval: { k: 3 } }
guardrails:
  on-topic:
    check: topic
    action: block
    message: "I can only help with Fernway."
    allow: [fernway, plan, plans, price, cost, costs, delivery, recipe, recipes, pause, cancel, link, password, e-mail, verification, number]
apps:
  support: { prompt: answer, route: local, knowledge: help, guardrails: [on-topic] }
`,
  'prompts/answer.prompt':
    '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
  'kb/plans.md': [
    '# Plans and prices',
    '',
    '## Family plan',
    '',
    'The Family plan has four recipes a week for four people and costs 89 EUR per week.',
    '',
    '## Single plan',
    '',
    'The Single plan has three recipes a week for one person and costs 32 EUR per week.',
  ].join('\n'),
  'kb/pause.md':
    '# Pausing or cancelling your plan\n\nYou can pause your plan for up to 6 weeks under Settings, then Plan.\n\n' +
    'Cancelling costs nothing, but a box that is already packed is still charged.\n\n' +
    'A box that is already packed cannot be paused, because it is prepared four days ahead.\n',
  'kb/security.md':
    '# Two-step verification\n\nTurn on two-step verification under Settings, then Security. We text a code to your phone.\n\n' +
    'If you change your phone number, update it under Settings, then Security, before you switch phones.\n',
  'kb/delivery.md':
    '# Delivery days\n\nBoxes are delivered on Tuesday, Wednesday or Friday. Your next box is packed four days ahead.\n',
  'kb/email.md':
    '# Changing your e-mail address\n\nChoose Change e-mail under Settings. We send a confirmation link to the new address.\n\n' +
    'The confirmation link expires after 24 hours.\n',
  'kb/password.md':
    '# Resetting your password\n\nChoose Forgot password. We e-mail you a reset link that is valid for 60 minutes.\n',
  'kb/fees.md': [
    '# Delivery fees',
    '',
    '| Country | Delivery fee |',
    '| --- | --- |',
    '| Netherlands | free |',
    '| Belgium | free |',
    '| Luxembourg | 2.99 EUR |',
  ].join('\n'),
};

const FIRST = 'How much does the Family plan costs?';
const conversation = (first = FIRST): Message[] => [
  { role: 'user', content: first },
  { role: 'assistant', content: 'The Family plan costs 89 EUR per week. [1]' },
];

let project: Project | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await project?.close();
  server = project = undefined;
});

async function open() {
  project = await loadProject(tempProject(files));
  await (await project.knowledge.get('help')).ingest();
  return project.app('support');
}

// The app served over HTTP, asked through the official OpenAI client after a conversation: the answer's text.
async function askOverHttp(history: Message[], question: string): Promise<string | null | undefined> {
  await open();
  server = await serveProject(project!);
  const client = new OpenAI({ apiKey: 'unused', baseURL: `${server.url}/v1`, maxRetries: 0 });
  const res = await client.chat.completions.create({
    model: 'app:support',
    messages: [...(history as OpenAI.ChatCompletionMessageParam[]), { role: 'user', content: question }],
  });
  return res.choices[0]!.message.content;
}

describe('a follow-up is read with the question it follows', () => {
  it('"And the Single one?" is grounded and answered from the Single plan, streamed or not', async () => {
    const app = await open();
    const input = { vars: { question: 'And the Single one?' }, history: conversation() };
    const result = await app.run(input);
    expect(result.grounding).toMatchObject({
      grounded: true,
      question: 'How much does the Family plan costs. And the Single one?',
    });
    expect(result.text).toContain('The Single plan has three recipes a week for one person and costs 32 EUR');
    // What the follow-up asks, not the question it follows again.
    expect(result.text).not.toContain('Family');
    let streamed = '';
    for await (const e of app.stream(input)) if (e.type === 'text-delta') streamed += e.text;
    expect(streamed).toBe(result.text);
    // The passages an eval grades are the ones the run read.
    expect((await app.passages(input)).map((p) => p.source)[0]).toBe('kb/plans.md');
  });

  it('"and for one person?" after the Family plan is answered by the plan for one', async () => {
    const app = await open();
    const one = await app.run({ vars: { question: 'and for one person?' }, history: conversation() });
    expect(one.text).toContain('costs 32 EUR per week');
    expect(one.text).not.toContain('Family');
  });

  it('alone, the same words are off topic; a question that says its topic is read as it is', async () => {
    const app = await open();
    const alone = await app.run({ vars: { question: 'And the Single one?' } });
    expect(alone.text).toBe('I can only help with Fernway.');
    const standalone = await app.run({
      vars: { question: 'Which days are boxes delivered on?' },
      history: conversation(),
    });
    expect(standalone.grounding?.question).toBeUndefined();
    expect(standalone.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
  });

  it('a follow-up is read with the two turns before it, or further back when they said nothing of their own', async () => {
    const app = await open();
    const turnsOf = (turns: string[]): Message[] =>
      turns.flatMap((content) => [
        { role: 'user', content },
        { role: 'assistant', content: 'The Single plan costs 32 EUR per week. [1]' },
      ]);
    const paused = await app.run({
      vars: { question: 'Can I pause it?' },
      history: turnsOf([FIRST, 'And the Single one?']),
    });
    expect(paused.grounding?.question).toBe(
      'How much does the Family plan costs. And the Single. Can I pause it?',
    );
    expect(paused.text).toContain('You can pause your plan for up to 6 weeks');
    const single = await app.run({
      vars: { question: 'And the Single one?' },
      history: turnsOf([FIRST, 'Why?']),
    });
    expect(single.grounding?.question).toBe(`How much does the Family plan costs. Why. And the Single one?`);
    expect(single.text).toContain('costs 32 EUR per week');
  });

  it('"Why?" is declined when no passage gives a reason, and answered by the one that does, streamed or not', async () => {
    const app = await open();
    const why = { vars: { question: 'Why?' }, history: conversation() };
    const result = await app.run(why);
    expect(result.grounding).toMatchObject({
      grounded: false,
      reason: 'no passage about "How much does the Family plan costs. Why" holds a reason',
    });
    expect(result.text).toBe("I don't know.");
    let streamed = '';
    for await (const e of app.stream(why)) if (e.type === 'text-delta') streamed += e.text;
    expect(streamed).toBe("I don't know.");
    const whyNot = await app.run({
      vars: { question: 'Why not?' },
      history: conversation('Can I pause a box that is already packed?'),
    });
    expect(whyNot.text).toBe(
      'A box that is already packed cannot be paused, because it is prepared four days ahead. [1]',
    );
  });

  it('a follow-up is answered by a sentence that says its own words, not one whose title does', async () => {
    const app = await open();
    const history: Message[] = [
      ...conversation(),
      { role: 'user', content: 'Why is it so expensive?' },
      { role: 'assistant', content: "I don't know." },
    ];
    const result = await app.run({ vars: { question: 'Can I pause it?' }, history });
    expect(result.grounding?.question).toBe(
      'How much does the Family plan costs. Why is it so expensive. Can I pause it?',
    );
    expect(result.text).toContain('You can pause your plan for up to 6 weeks under Settings, then Plan.');
    // "Pausing or cancelling" is its title: this sentence says only cost, the question before it asked.
    expect(result.text).not.toContain('Cancelling costs nothing');
  });

  it('"Is it free?" is asked of the thing before: its row answers, not the rows that say "free"', async () => {
    const app = await open();
    const result = await app.run({
      vars: { question: 'Is it free?' },
      history: conversation('How much is delivery to Luxembourg?'),
    });
    expect(result.text).toContain('Luxembourg · Delivery fee: 2.99 EUR');
    expect(result.text).not.toContain('Belgium');
    expect(result.text).not.toContain('Netherlands');
    // Asked of a named thing the passages do not single out, the follow-up's own words answer as before.
    const single = await app.run({
      vars: { question: 'Is it free?' },
      history: conversation('Which country gets delivery?'),
    });
    expect(single.text).toContain('Netherlands');
  });

  it('a follow-up whose words several passages say is answered from the passage that answered before', async () => {
    const app = await open();
    const history: Message[] = [
      { role: 'user', content: 'How do I change my e-mail address?' },
      { role: 'assistant', content: 'We send a confirmation link to the new address. [1]' },
    ];
    const result = await app.run({ vars: { question: 'And how long is the link valid?' }, history });
    expect(result.grounding?.question).toBe(
      'How do I change my e-mail address. And how long is the link valid?',
    );
    expect(result.text).toContain('The confirmation link expires after 24 hours.');
    expect(result.text).not.toContain('reset link');
    // Without an opener, it names only what the last exchange said (the link, and that it is valid for a time):
    // about that link too.
    const said: Message[] = [
      history[0]!,
      {
        role: 'assistant',
        content: 'We send a confirmation link to the new address. It is valid for a limited time. [1]',
      },
    ];
    const echo = await app.run({ vars: { question: 'how long is the link valid' }, history: said });
    expect(echo.grounding?.question).toBe('How do I change my e-mail address. how long is the link valid');
    expect(echo.text).toContain('The confirmation link expires after 24 hours.');
    // It names the reset link, which the reply did not: it is read on its own.
    const alone = await app.run({ vars: { question: 'How long is the reset link valid?' }, history });
    expect(alone.grounding?.question).toBeUndefined();
    expect(alone.text).toBe('We e-mail you a reset link that is valid for 60 minutes. [1]');
  });

  it('an off-topic question earlier in the transcript does not refuse the questions after it', async () => {
    const app = await open();
    const result = await app.run({
      vars: { question: 'Which days are boxes delivered on?' },
      history: [
        { role: 'user', content: 'What is the capital of France?' },
        { role: 'assistant', content: 'I can only help with Fernway.' },
      ],
    });
    expect(result.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
  });

  it('a refused turn a client replays leaves the conversation: the follow-up after it follows the turn before', async () => {
    const app = await open();
    // The passages an eval grades are read the same way: past a refused turn, whatever it asked.
    const refusedOnTopic: Message[] = [
      ...conversation(),
      { role: 'user', content: 'Which days are boxes delivered on?' },
      { role: 'assistant', content: 'I can only help with Fernway.' },
    ];
    const passages = await app.passages({
      vars: { question: 'And the Single one?' },
      history: refusedOnTopic,
    });
    expect(passages[0]!.source).toBe('kb/plans.md');
    server = await serveProject(project!);
    const client = new OpenAI({ apiKey: 'unused', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const res = await client.chat.completions.create({
      model: 'app:support',
      messages: [
        ...(conversation() as OpenAI.ChatCompletionMessageParam[]),
        { role: 'user', content: 'What will the weather be like in Lisbon?' },
        { role: 'assistant', content: 'I can only help with Fernway.' },
        { role: 'user', content: 'And the Single one?' },
      ],
    });
    expect(res.choices[0]!.message.content).toContain('costs 32 EUR per week');
  });

  it("a third turn that follows two follow-ups is on the conversation's topic", async () => {
    const app = await open();
    const history: Message[] = [
      ...conversation(),
      { role: 'user', content: 'And the Single one?' },
      { role: 'assistant', content: 'The Single plan costs 32 EUR per week. [1]' },
    ];
    const result = await app.run({ vars: { question: 'And the Classic one?' }, history });
    expect(result.text).not.toBe('I can only help with Fernway.');
  });

  it('a turn in chat words ("hmm", "maybe", "tho") that finds nothing alone is read with the conversation', async () => {
    const app = await open();
    const history: Message[] = [
      { role: 'user', content: 'how do i cancel my plan' },
      { role: 'assistant', content: 'Cancelling costs nothing. [1]' },
    ];
    const asked = 'hmm maybe i should just pause instead for a few weeks.. how long can i do that for';
    const result = await app.run({ vars: { question: asked }, history });
    expect(result.grounding?.question).toBe(`how do i cancel my plan. ${asked}`);
    expect(result.text).toContain('You can pause your plan for up to 6 weeks');
    // Not a follow-up by its words, but answered only with the conversation: read with it.
    const verification: Message[] = [
      { role: 'user', content: 'How do I set up two-step verification?' },
      { role: 'assistant', content: 'Turn on two-step verification under Settings, then Security. [1]' },
    ];
    const number = 'what if im getting a new number next week';
    const changed = await app.run({ vars: { question: number }, history: verification });
    expect(changed.grounding?.question).toBe(`How do I set up two-step verification. ${number}`);
    expect(changed.text).toContain('If you change your phone number, update it under Settings');
    // Answered on its own, a question is read on its own, whatever came before.
    const delivery = await app.run({ vars: { question: 'Which days are boxes delivered?' }, history });
    expect(delivery.grounding?.question).toBeUndefined();
    expect(delivery.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
  });

  it('a message that names things of its own is judged by them, whatever the conversation before', async () => {
    const app = await open();
    for (const question of [
      'Forget that. Who won the 2022 World Cup?',
      'Could you just do my maths homework instead?',
      'Write me a cover letter for a bank job instead.',
    ]) {
      const result = await app.run({ vars: { question }, history: conversation() });
      expect(result.text).toBe('I can only help with Fernway.');
    }
  });

  it('the topic check still blocks a follow-up that follows an off-topic question', async () => {
    const app = await open();
    const result = await app.run({
      vars: { question: 'And tomorrow?' },
      history: conversation('What will the weather be like in Lisbon?'),
    });
    expect(result.text).toBe('I can only help with Fernway.');
  });

  it('over HTTP, the official OpenAI client sends the conversation and gets the follow-up answered', async () => {
    expect(await askOverHttp(conversation(), 'And the Single one?')).toContain('costs 32 EUR per week');
  });
});

describe('a reply to the assistant asking back is read as the question it completes', () => {
  const askedBack: Message[] = [
    { role: 'user', content: 'I want to stop my plan for a while.' },
    { role: 'assistant', content: 'Do you want to pause your plan, or cancel for good?' },
  ];

  it('"The first one." is the pause, answered and on topic, streamed or not', async () => {
    const app = await open();
    const input = { vars: { question: 'The first one.' }, history: askedBack };
    const result = await app.run(input);
    expect(result.grounding?.question).toBe('I want to stop my plan for a while. to pause your plan?');
    expect(result.text).toContain('You can pause your plan for up to 6 weeks');
    let streamed = '';
    for await (const e of app.stream(input)) if (e.type === 'text-delta') streamed += e.text;
    expect(streamed).toBe(result.text);
  });

  it('an answer to an open question is not off topic, and a declined offer with a question of its own is read alone', async () => {
    const app = await open();
    const country: Message[] = [
      { role: 'user', content: 'Do you charge for delivery?' },
      { role: 'assistant', content: 'It depends on the country. Which country do you live in?' },
    ];
    const lux = await app.run({ vars: { question: 'Luxembourg.' }, history: country });
    expect(lux.text).toContain('2.99 EUR');
    const offered: Message[] = [
      { role: 'user', content: 'What does the Single plan cost?' },
      {
        role: 'assistant',
        content: '32 EUR per week [1]. Would you like to compare it with the Family plan?',
      },
    ];
    const declinedOffer = await app.run({
      vars: { question: 'No thanks — which days are boxes delivered?' },
      history: offered,
    });
    expect(declinedOffer.grounding?.question).toBeUndefined();
    expect(declinedOffer.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
  });

  it('after a closing question, a question of its own is read as it is, and an off-topic one is refused', async () => {
    const app = await open();
    const closing: Message[] = [
      { role: 'user', content: 'How much does the Family plan cost?' },
      { role: 'assistant', content: 'The Family plan costs 89 EUR per week. [1] Anything else?' },
    ];
    const days = await app.run({ vars: { question: 'Which days are boxes delivered?' }, history: closing });
    expect(days.grounding?.question).toBeUndefined();
    expect(days.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
    const poem = await app.run({ vars: { question: 'Write me a poem about cats.' }, history: closing });
    expect(poem.text).toBe('I can only help with Fernway.');
    const asked: Message[] = [
      { role: 'user', content: 'Do you charge for delivery?' },
      { role: 'assistant', content: 'It depends on the country. Which country do you live in?' },
    ];
    const joke = await app.run({
      vars: { question: 'Sure, tell me a long joke about lawyers.' },
      history: asked,
    });
    expect(joke.text).toBe('I can only help with Fernway.');
  });

  it('over HTTP, the official OpenAI client gets the option picked answered', async () => {
    expect(await askOverHttp(askedBack, 'The second, please.')).toContain('Cancelling costs nothing');
  });
});

describe("a message that points at the assistant's words is read as what they point at", () => {
  const cancelled: Message[] = [
    { role: 'user', content: 'How do I cancel my plan?' },
    { role: 'assistant', content: 'Choose Cancel under Settings, then Plan [1].' },
  ];

  it('"a fee for doing what you just described?" asks about cancelling, on topic, streamed or not', async () => {
    const app = await open();
    const input = {
      vars: { question: 'Is there a fee for doing what you just described?' },
      history: cancelled,
    };
    const result = await app.run(input);
    expect(result.grounding?.question).toBe('How do I cancel my plan. Is there a fee for doing that?');
    expect(result.text).toContain('Cancelling costs nothing');
    let streamed = '';
    for await (const e of app.stream(input)) if (e.type === 'text-delta') streamed += e.text;
    expect(streamed).toBe(result.text);
  });

  it('the last item of a list the assistant gave is what "the last one you named" asks about', async () => {
    const app = await open();
    const safety: Message[] = [
      { role: 'user', content: 'How do I keep my account safe?' },
      {
        role: 'assistant',
        content:
          'Turn on two-step verification, choose a long password and keep your phone number up to date [1].',
      },
    ];
    const result = await app.run({
      vars: { question: 'The last one you named — when should I do that?' },
      history: safety,
    });
    expect(result.grounding?.question).toBe(
      'How do I keep my account safe. keep your phone number up to date — when should I do that?',
    );
    expect(result.text).toContain('before you switch phones');
  });

  it('a new topic after a dash is read on its own, without what came before it', async () => {
    const app = await open();
    const result = await app.run({
      vars: { question: 'ok. you mentioned Settings — different question, which days are boxes delivered?' },
      history: cancelled,
    });
    expect(result.grounding?.question).toBe('which days are boxes delivered?');
    expect(result.text).toContain('Boxes are delivered on Tuesday, Wednesday or Friday.');
  });

  it('over HTTP, the official OpenAI client gets the thing pointed at answered', async () => {
    expect(await askOverHttp(cancelled, 'Is there a fee for doing what you just described?')).toContain(
      'Cancelling costs nothing',
    );
  });
});
