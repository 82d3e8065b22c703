import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import {
  afterTopicChange,
  changesTopic,
  echoesLastExchange,
  leansOnConversation,
  withConversation,
} from './follow-up.js';

describe('follow-ups', () => {
  it.each([
    'And the Single one?',
    'What about at Bellshill?',
    'Can I pause it?',
    'Why?',
    'How much?',
    'ok, and for nights?',
    'Is there a fee for that?',
    'What about overtime on bank holidays?',
    "What's her extension?",
    'How do I get there?',
    'Is it free?',
    'Is that free?',
    'Does that include delivery?',
    // A word of its own in a few, "what if…", and a question that opens with a preposition.
    'what if i forget?',
    'is there a limit?',
    'on which days?',
    'until when?',
    'For how long?',
    // Chat: words that say how it is asked ("already", "yet", "tho", "kinda") and values name no topic.
    'is it live yet? its like 6am',
    'did that like 3 times already and nothing is coming??',
    'and for iphone? mine is kinda old',
    'why not tho',
    'hmm what about the emails tho',
    // What is asked, without the story told around it.
    'i have another one from my neighbour too, can i use both at once on the same order or nah',
    'k and the squishy cold packs? cant just bin them rite',
    // A story however long, before a question that names nothing and points back; a message about the answer.
    "Lovely. He's not much of a cook yet, so it may sit in a drawer for a while. How long would he have before it's no good any more?",
    "OK. About that link you mentioned, I'm travelling this week and might not look at my inbox until the weekend. Is there a cut-off on it?",
  ])('%s leans on the question before it', (question) => {
    expect(leansOnConversation(question)).toBe(true);
  });

  it.each([
    'How do I reset my password?',
    'Which days are boxes delivered on?',
    'And how do I cancel my subscription to the weekly recipe box?',
    'What is the night premium at Doncaster?',
    'Is there a dress code?',
    'Are there showers at the office?',
    'Is there a late fee?',
    'Is it possible to get an invoice?',
    'Who do I call in IT?',
    'What is the number for IT support?',
    'Do they pay overtime?',
    'How do I unsubscribe from these emails?',
    'What should I do if there is a fire?',
    'Is it free to change my plan?',
    'What if my box is damaged?',
    'For how many people is the Classic plan?',
    'In which countries do you deliver?',
    'From what age can I open an account?',
    // A date the tagger knows is a topic, not how a chat is written.
    'When is the Christmas party?',
    'my parents live in ghent. what days do you deliver in belgium?',
    'can i use both promo codes at once on the same order',
    // A story that names its own topic: "it" is the kettle.
    'i bought a kettle last week and it stopped working. can i return it?',
    'I bought a kettle from you last week and the handle snapped off after two days. What can I do about it?',
  ])('%s says what it is about', (question) => {
    expect(leansOnConversation(question)).toBe(false);
  });

  it('reads a follow-up after the question it follows, as context', () => {
    const earlier = ['How much does the Family plan cost?'];
    expect(withConversation('And the Single one?', earlier)).toBe(
      'How much does the Family plan cost. And the Single one?',
    );
    expect(withConversation('How do I reset my password?', earlier)).toBe('How do I reset my password?');
    expect(withConversation('And the Single one?', [])).toBe('And the Single one?');
  });

  it('a message that goes back to a topic is read with the earlier turn that named it, not the last one', () => {
    const earlier = ['How much is the Single plan?', 'Can I pay with PayPal?'];
    expect(withConversation('back to the plan, is delivery included in that price?', earlier)).toBe(
      'How much is the Single plan. back to the plan, is delivery included in that price?',
    );
    // No earlier turn says it ("on hold" for the pause): the turn before the last.
    const paused = ['can i put my deliveries on hold?', 'do you have a vegan box?'];
    expect(withConversation('ok. back to the pause, is there a max?', paused)).toBe(
      'can i put my deliveries on hold. ok. back to the pause, is there a max?',
    );
    // With one turn before it, nothing to go back past.
    expect(withConversation('back to the plan, is it weekly?', ['How much is the Single plan?'])).toBe(
      'How much is the Single plan. back to the plan, is it weekly?',
    );
  });

  it('"there" is the place said last, past turns that name none', () => {
    const earlier = [
      "What's the delivery fee in Luxembourg?",
      'Can the driver leave the box with a neighbour?',
    ];
    expect(withConversation('and which day do you deliver there?', earlier)).toBe(
      "What's the delivery fee in Luxembourg. and which day do you deliver there?",
    );
    // The turn before names a place: that one is meant.
    expect(withConversation('and how do I get there?', ['Is there parking in Leeds?', 'And in York?'])).toBe(
      'And in York. and how do I get there?',
    );
  });

  it('a place the follow-up names takes the place of the one asked about before', () => {
    expect(
      withConversation('and for the Abuja campus?', [
        'What is the tuition for MSc Computer Science at the Lagos campus?',
      ]),
    ).toBe('What is the tuition for MSc Computer Science at the Abuja campus. and for the Abuja campus?');
    expect(withConversation('And in Belgium?', ["What's the delivery fee in Luxembourg?"])).toBe(
      "What's the delivery fee in Belgium. And in Belgium?",
    );
    // A name that may be no place ("MSc"), or a place said another way, is kept.
    expect(withConversation('What about at Bellshill?', ['What is the night premium at Doncaster?'])).toBe(
      'What is the night premium at Doncaster. What about at Bellshill?',
    );
    // No place for a place: a programme, a brand, a people; a comparison; a route; two places before.
    for (const [follow, earlier] of [
      ['And for MSc Data Science?', 'What is the tuition for MSc Computer Science at the Lagos campus?'],
      ['What about for PayPal?', 'Can I pay by card in Belgium?'],
      ['And for Nigerian students?', 'What is the tuition at the Lagos campus?'],
      ['Is it cheaper than in Belgium?', "What's the delivery fee in Luxembourg?"],
      ['And to Thika?', 'When does the bus from Nairobi to Naivasha leave?'],
      ['And in Paris?', 'I live in Belgium. What does it cost to send a box to my mum in Luxembourg?'],
    ])
      expect(withConversation(follow!, [earlier!])).toBe(`${earlier!.replace(/\?$/, '.')} ${follow}`);
  });

  it('goes back through follow-ups to the turn that said the topic, and drops a "one" standing for a noun', () => {
    const family = 'How much does the Family plan cost?';
    expect(withConversation('And the Single one?', [family, 'Why?'])).toBe(
      'How much does the Family plan cost. Why. And the Single one?',
    );
    // To search and answer, the latest topic nearest ("one" points back, so the turn before it too); for the
    // topic check, the conversation's.
    expect(withConversation('And the Classic one?', [family, 'And the Single one?'])).toBe(
      'How much does the Family plan cost. And the Single. And the Classic one?',
    );
    expect(withConversation('And the Classic one?', [family, 'And the Single one?'], true)).toBe(
      'How much does the Family plan cost. And the Single. And the Classic one?',
    );
    expect(withConversation('For how long?', ['How do I skip a week?', 'Can I pause it?'])).toBe(
      'Can I pause it. For how long?',
    );
    // A follow-up that points back ("them") may mean the turn two back: the invoices, asked about before the app.
    expect(
      withConversation('and where do I download them?', [
        'How do I add my company name to my invoices?',
        'Does the app have a cooking mode?',
      ]),
    ).toBe(
      'How do I add my company name to my invoices. Does the app have a cooking mode. and where do I download them?',
    );
  });

  it('a message of hundreds of characters says its own topic: it is not tagged, however it ends', () => {
    const pasted = (n: number) =>
      `${'the delivery driver rang the bell and left the box outside '.repeat(n)}can i pause it?`;
    const history = [{ role: 'user' as const, content: 'How do I pause?' }];
    expect(leansOnConversation(pasted(1000))).toBe(false);
    expect(echoesLastExchange(pasted(1000), history)).toBe(false);
    // Four times the text takes about four times as long at most, not sixteen (a ratio of two runs side by side,
    // so a loaded machine slows both alike). Both answer at once past 500 characters, so the growth is flat.
    expect(growthOf((n) => leansOnConversation(pasted(n)), 1000)).toBeLessThan(9);
    expect(growthOf((n) => echoesLastExchange(pasted(n), history), 1000)).toBeLessThan(9);
  });

  it('reads a long earlier turn in linear time, and only its start', () => {
    const read = (n: number) => withConversation('Why?', [`${'?'.repeat(n)}x Please refund me`]);
    expect(read(100_000).length).toBeLessThan(520);
    // Four times the turn takes about four times as long, not sixteen (a ratio of two runs side by side, so a loaded
    // machine slows both alike). Only the turn's first 500 characters are read: what grows is making the turn.
    expect(growthOf(read, 5_000_000)).toBeLessThan(9);
  });

  it('a short question that names only what the last exchange said echoes it; a first turn echoes nothing', () => {
    const history = [
      { role: 'user' as const, content: 'How do I change my e-mail address?' },
      { role: 'assistant' as const, content: 'We send a confirmation link to the new address.' },
    ];
    expect(echoesLastExchange('how long is the link valid', history)).toBe(true);
    expect(echoesLastExchange('How long is the reset link valid?', history)).toBe(false);
    expect(echoesLastExchange('how long is the link valid', [])).toBe(false);
  });
});

describe('a message that says it changes the topic', () => {
  it.each([
    'Got it. Something unrelated: if I never choose my meals for a week, does that mean I get nothing?',
    'Thanks! Totally different thing: do I get a heads-up on the day itself?',
    'Oh well. Changing the subject: could the driver put the box in there?',
    'On another note, is that free?',
    'Random question - do you deliver on Sundays?',
  ])('%s is read on its own, whatever it points at, from the change on', (question) => {
    expect(changesTopic(question)).toBe(true);
    const read = withConversation(question, ['Where do I find my invoices?']);
    expect(question.endsWith(read)).toBe(true);
    expect(read).not.toMatch(/invoices|unrelated|different thing|subject|another note|random/i);
  });

  it('says so after a dash too, and what came before the change is not read', () => {
    const question = 'perfect. you mentioned fish — other question, what do I do with the ice packs?';
    expect(changesTopic(question)).toBe(true);
    expect(withConversation(question, ['Can I get fish?'])).toBe('what do I do with the ice packs?');
  });

  it('keeps what came before the change when what follows points back at it', () => {
    const question = 'you mentioned ice packs — other question, are they reusable?';
    expect(withConversation(question, ['What do I do with the box?'])).toBe('ice packs are they reusable?');
    // Only a preamble that names what the assistant said, not a story or a request of its own.
    expect(
      withConversation('I love my Fernway box. Unrelated: write me a poem about the sea, make it rhyme', []),
    ).toBe('write me a poem about the sea, make it rhyme');
    // However long the story before the change, it is read at once.
    const story = `${'I ordered a box.  It came late.  '.repeat(40)}Other question: are they reusable?`;
    const started = process.cpuUsage();
    expect(afterTopicChange(story)).toBe('are they reusable?');
    expect(process.cpuUsage(started).user / 1e6).toBeLessThan(1);
  });

  it('is not any mention of something else', () => {
    expect(changesTopic('Can I get something else instead of the fish?')).toBe(false);
    expect(changesTopic('New-starters too?')).toBe(false);
    expect(changesTopic('Different-sized boxes, do they cost more?')).toBe(false);
    expect(changesTopic('New, or only unopened ones?')).toBe(false);
    expect(changesTopic('Is there a different price for that?')).toBe(false);
  });
});
