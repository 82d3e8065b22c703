import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { tokenize } from '../../core/index.js';
import { holdsAnswerType, holdsTimeOfDay } from './answer-shapes.js';
import { assessGrounding, type TermStats } from './assess.js';
import { knowledgeTermStats } from './corpus-stats.js';
import { expandUnknownWords } from './expand.js';
import { contentTerms, namesLengthAsked, questionContext, questionExamples } from './question.js';

const statsOf = (counts: Record<string, number>, chunks = 100): TermStats => ({
  chunks,
  df: (t) => counts[t] ?? 0,
});

const passages = [
  { title: 'Benefits', text: 'Company cars are insured by the firm.' },
  { title: 'Leave', text: 'Employees get 25 days of annual leave.' },
  { title: 'Travel', text: 'The London hotel cap is £190 per night.' },
];

describe('whether passages can answer a question', () => {
  it('grounded: the passages cover the question and hold the kind of fact it asks for', () => {
    const g = assessGrounding('What is the hotel cap in London?', passages);
    expect(g).toMatchObject({ grounded: true, coverage: 1, expects: 'amount' });
  });

  it('a word of the asker\'s frame ("tonight") asks of nothing beside a topic, but alone it is all that is asked', () => {
    const depot = [{ title: 'Hal Far depot', text: 'Fuel bay: 4.00 a.m. to 1.00 a.m. every day.' }];
    expect(assessGrounding('Till what time is the fuel bay open tonight?', depot)).toMatchObject({
      grounded: true,
      coverage: 1,
    });
    const parking = [{ title: 'Parking', text: 'Staff park in the multi-storey car park on level 3.' }];
    for (const question of ['What is the process?', 'How long does processing take?', 'Is it ready?'])
      expect(assessGrounding(question, parking).grounded).toBe(false);
  });

  it('a plan named with its letter in brackets or joined ("401(k)", "401k") is said either way', () => {
    const bracketed = [{ title: 'Benefits', text: 'The 401(k) plan matches 100% of the first 4% of pay.' }];
    const joined = [{ title: 'Benefits', text: 'The 401k plan matches 100% of the first 4% of pay.' }];
    // The index holds both forms of either ("401(k)" is indexed as "401k" too).
    const stats = statsOf({ '401': 4, '401k': 4, match: 3, plan: 9, pai: 20 });
    expect(assessGrounding('What is the 401k match?', bracketed, stats)).toMatchObject({
      grounded: true,
      coverage: 1,
    });
    expect(assessGrounding('What is the 401(k) match?', joined, stats)).toMatchObject({
      grounded: true,
      coverage: 1,
    });
  });

  it('a misspelt word of asking ("Wich") and a word naming the kind of answer ("afternoon") are no unknown topic', () => {
    const docs = [
      { title: 'Cash handling', text: 'The security van collects the banking on Tuesdays and Fridays.' },
      { title: 'Shuttle', text: 'The staff shuttle leaves Lazise at 6:15 and at 14:15.' },
    ];
    const stats = statsOf({
      secur: 3,
      van: 2,
      collect: 4,
      cash: 5,
      bank: 3,
      dai: 10,
      shuttl: 1,
      staff: 40,
      leav: 30,
    });
    const wich = assessGrounding('Wich days does the security van collect the cash?', docs, stats);
    expect([wich.grounded, wich.reason]).toEqual([
      true,
      'the best passage covers 85% of the key words the knowledge base uses',
    ]);
    // Two letters swapped is no one-letter slip of a word of asking: the base never mentions it.
    const whcih = assessGrounding('Whcih days does the security van collect the cash?', docs, stats);
    expect(whcih.reason).toContain('the knowledge base never mentions "Whcih"');
    // Only a word opening the question or a clause: further on it is a word the base lacks ("mould" is no
    // slip of "would").
    const mid = assessGrounding('On which days does the security van wich collect the cash?', docs, stats);
    expect(mid.reason).toContain('the knowledge base never mentions "wich"');
    const shuttle = 'When does the staff shuttle leave in the morning, and when is the afternoon one?';
    expect(assessGrounding(shuttle, docs, stats).grounded).toBe(true);
  });

  it('casual talk, examples and clitics name no topic the knowledge base lacks', () => {
    const docs = [
      { title: 'Lost property', text: 'Everyday lost property is kept for 3 months, then given to charity.' },
      { title: 'Cancelled shifts', text: 'A shift cancelled on the day is paid at 4 hours.' },
    ];
    const stats = statsOf({
      lost: 3,
      properti: 3,
      kept: 5,
      charit: 1,
      month: 9,
      shift: 30,
      cancel: 2,
      paid: 20,
      rota: 4,
    });
    const asked = (q: string) => assessGrounding(q, docs, stats);
    // "jumper" is an example of what is asked about, not the topic.
    expect(
      asked('How long is lost property kept, like a phone charger or a jumper, before charity?').grounded,
    ).toBe(true);
    // An idiom ("tough luck") and a noun of no topic ("kind").
    expect(asked('My shift got cancelled - is it paid or just tough luck?').grounded).toBe(true);
    expect(asked('What kind of shift cancelled is paid?').grounded).toBe(true);
    // "long term" says when, not what; a story before a dash and "whats" is context.
    expect(contentTerms('Long term I would like a transfer to Edinburgh')).not.toContain('term');
    expect(contentTerms('Is long-term sickness absence paid?')).toContain('term');
    expect(contentTerms('Is there long-term parking for staff?')).toContain('term');
    // "what kind of", "sort of" frame a question; "a sort code" and "benefit in kind" name things.
    expect(contentTerms('What kind of note do I need?')).toEqual(['note']);
    // "get hold of", "whatever's left" and "get something back" say how; "give back" is the thesaurus's (return).
    expect(contentTerms('Where do I get hold of the app?')).toEqual(['app']);
    expect(contentTerms("Does whatever's left on the card carry over?")).not.toContain('left');
    expect(contentTerms('Do I get something back for the crushed box?')).not.toContain('back');
    expect(contentTerms('Do I give back my boots?')).toContain('back');
    // "What's the story with…" asks what there is to know; a story time is a thing a library runs.
    expect(contentTerms("What's the story with the flu jab this year?")).not.toContain('stori');
    expect(contentTerms('Is there a story time on Saturdays?')).toContain('stori');
    expect(contentTerms('What sort code do I give payroll?')).toContain('sort');
    expect(contentTerms('Is a benefit in kind taxed?')).toContain('kind');
    // "Oh" as an aside says nothing of the topic; "OH" (occupational health) does.
    expect(contentTerms('Oh, and when is pay day?')).toEqual(['pai', 'dai']);
    expect(contentTerms('Will they refer me to OH?')).toContain('oh');
    // "somewhere else", "anywhere" say where, not what; "get it done" says nothing of what.
    expect(contentTerms('Before it ships somewhere else, or anywhere?')).toEqual(['ship']);
    expect(contentTerms('How long have I got to get it done?')).toEqual([]);
    // Everyday phrases: "as well as", "a bit", "keep hold of", "I hit 20 years", "the Bellshill lot".
    expect(contentTerms("Do the Bellshill lot get New Year's Day off as well?")).toEqual(
      contentTerms("Do the Bellshill get New Year's Day off?"),
    );
    expect(
      contentTerms('I hit 20 years in the spring, a bit early. How long do we keep hold of it?'),
    ).toEqual(['20', 'year', 'spring', 'earli']);
    expect(contentTerms('Is the car park lot free, or a lot of parking fines?')).toEqual(
      expect.arrayContaining(['lot', 'car', 'park']),
    );
    expect(contentTerms('Where is the North lot? Is the Visitor lot gated?')).toEqual(
      expect.arrayContaining(['lot', 'north', 'visitor']),
    );
    expect(contentTerms('What do you lot get?')).toEqual([]);
    // "these days", "nowadays": now, not a number of days ("how many days" still asks days).
    expect(contentTerms("Who's the library manager these days?")).toEqual(['librari', 'manag']);
    expect(contentTerms('Who runs payroll nowadays?')).toEqual(['run', 'payrol']);
    expect(contentTerms('How many days do these staff get?')).toContain('dai');
    expect(contentTerms('Can I carry over these days?')).toContain('dai');
    expect(contentTerms('Do these days count towards my annual leave?')).toContain('dai');
    expect(contentTerms('Who is the HR contact as of now?')).toEqual(['hr', 'contact']);
    // "OH," opening a sentence is occupational health, not an aside; a long run of spaces is read at once.
    expect(contentTerms('OH, will they tell my manager?')).toContain('oh');
    expect(contentTerms('Hi. Oh, when is pay day?')).toEqual(['hi', 'pai', 'dai']);
    expect(contentTerms(`Hi.${' '.repeat(200_000)}when is pay day?`)).toEqual(['hi', 'pai', 'dai']);
    // Not an example: what follows "like" or "say" is the question itself.
    expect(questionExamples('Quick one - like how many days of annual leave do I get?').examples).toBe('');
    expect(
      questionExamples('Sorry, new here. Say I find a fire in the linen room, what do I do?').examples,
    ).toBe('');
    expect(questionContext('Thinking of a city break in July - whats the staff rate then?')).toEqual({
      context: 'Thinking of a city break in July',
      asked: 'whats the staff rate then?',
    });
    // Words of judgement ("a rubbish stay") name no topic.
    expect(asked('Is a cancelled shift paid after a rubbish week?').grounded).toBe(true);
    // "rota'd" is "rota".
    expect(asked("If I'm rota'd on and the shift is cancelled, is it paid?").grounded).toBe(true);
    // A word outside those is still a topic the base lacks.
    const dental = asked('Which dental treatment is paid?');
    expect([dental.grounded, dental.reason]).toEqual([
      false,
      'the knowledge base never mentions "dental", "treatment"',
    ]);
  });

  it('a month says when, not what: the base need not name it (written in lower case, as chat does)', () => {
    const leave = [
      { title: 'Annual leave', text: 'Ask for annual leave in the portal at least 10 working days before.' },
    ];
    const stats = statsOf({ annual: 5, leav: 9, ask: 4, portal: 6, work: 20, dai: 12, request: 2, week: 4 });
    const q = 'how many days ahead do i have to request leave for a week off in august';
    expect(assessGrounding(q, leave, stats).grounded).toBe(true);
  });

  it('a part that refers back ("fill it in") is read with the part before it when it says too little alone', () => {
    const docs = [
      { title: 'Key dates', text: 'Staff survey opens on 8 June and stays open for three weeks.' },
    ];
    const stats = statsOf({ staff: 20, survei: 1, open: 4, fill: 3, probat: 2, week: 9 }, 60);
    const asked = (q: string) => assessGrounding(q, docs, stats);
    expect(asked('When does the staff survey open, and how long have we got to fill it in?').grounded).toBe(
      true,
    );
    // A part that refers to nothing before it is judged alone: "is there" and "they" point at nothing.
    expect(asked('When does the staff survey open, and how long is probation?').grounded).toBe(false);
    expect(asked('When does the staff survey open, and is there a prize draw?').grounded).toBe(false);
    expect(asked('When does the staff survey open, and do they give a prize draw?').grounded).toBe(false);
  });

  it('a day asked is said by a passage that writes it another way ("18-09-2026" for "18 September")', () => {
    const rows = [
      { text: 'Holidays · Date: 18-09-2026 · Holiday: Independence Day · If you work: Recargo 100%' },
      { text: 'Holidays · Date: 25-12-2026 · Holiday: Christmas · If you work: Recargo 100%' },
    ];
    const stats = statsOf({
      holidai: 2,
      independ: 1,
      christma: 1,
      work: 30,
      recargo: 2,
      '100': 4,
      septemb: 1,
    });
    const g = assessGrounding('What do I get if I have to work on 18 September?', rows, stats);
    expect(g.grounded).toBe(true);
    expect(assessGrounding('What do I get if I have to work on 19 September?', rows, stats).grounded).toBe(
      false,
    );
  });

  it('a length of time may be said as "every third night", in bold or not', () => {
    const docs = [{ title: 'Linen', text: 'Stayover guests get fresh bed linen every **third night**.' }];
    // Markdown emphasis is read through.
    expect(assessGrounding('How often is the bed linen changed for a stayover?', docs).grounded).toBe(true);
    expect(holdsAnswerType('Rotas are published **14 days** ahead.', 'duration')).toBe(true);
  });

  it('a time of day may be written "1.20 p.m.", which is no amount in pence', () => {
    expect(holdsAnswerType('For: Afternoon shift · Leaves: 1.20 p.m. · Arrives: 1.55 p.m.', 'time')).toBe(
      true,
    );
    expect(holdsAnswerType('Return › Leaves: 2.15 p. m.', 'time')).toBe(true);
    expect(holdsAnswerType('A cup of tea costs 1.20 p more.', 'time')).toBe(false);
    // Nor is a timetable an amount.
    expect(holdsAnswerType('Leaves: 1.20 p.m. · Arrives: 1.55 p.m.', 'amount')).toBe(false);
    expect(holdsAnswerType('A cup of tea costs 20p more.', 'amount')).toBe(true);
  });

  it('"when" may be answered by a day told by its place in something ("the second day of induction")', () => {
    const issue = 'New employees receive their full first issue of PPE on the second day of induction.';
    expect(holdsAnswerType(issue, 'date')).toBe(true);
    expect(holdsAnswerType('Claims are paid at the end of the month.', 'date')).toBe(true);
    // An ordinal that places no day is no answer to "when".
    expect(holdsAnswerType('The second aider on the shift holds the kit.', 'date')).toBe(false);
    expect(holdsAnswerType('The end of the corridor has the first aid room.', 'date')).toBe(false);
    // An ordinal before a noun it names is no day: the first shift's supervisor, the price of a first night.
    expect(holdsAnswerType('The fire drill is led by the first shift supervisor.', 'date')).toBe(false);
    expect(holdsAnswerType('It costs £5 for the first night.', 'date')).toBe(false);
  });

  it('an amount may be pay for a length of time, and a limit asked for is said "at most"', () => {
    expect(holdsAnswerType("You may take up to one month's net salary.", 'amount')).toBe(true);
    expect(holdsAnswerType('You may take it once a month.', 'amount')).toBe(false);
    expect(holdsAnswerType('Within 3 days pay slips are emailed to staff.', 'amount')).toBe(false);
    const docs = [
      { title: 'Loans', text: 'General loan: at most PKR 150,000, repaid in 12 monthly instalments.' },
      { title: 'Leave', text: 'The maximum carry-over is decided by your manager.' },
    ];
    expect(assessGrounding('How much is the maximum general loan I can get?', docs).grounded).toBe(true);
    // A question of the limit alone is about the limit.
    const limit = [{ title: 'Loans', text: 'The maximum amount is PKR 150,000.' }];
    expect(assessGrounding('What is the maximum amount?', limit).grounded).toBe(true);
  });

  it('"who pays…?" is answered by the company or an insurer, as by a role', () => {
    const fines = 'Traffic fines from a duty are paid by the company unless the inquiry finds a breach.';
    expect(holdsAnswerType(fines, 'person', 'Who pays a traffic fine I got on duty?')).toBe(true);
    // Not a question of another kind, nor a sentence that names no payer.
    expect(holdsAnswerType(fines, 'person', 'Who approves a traffic fine appeal?')).toBe(false);
    expect(holdsAnswerType('Fines are paid within 30 days.', 'person', 'Who pays the fine?')).toBe(false);
  });

  it('a table row holds an amount in the currency its column names ("amount_jmd: 600.00")', () => {
    const row = 'code: TR-01 · allowance: Transport allowance · basis: Each day worked · amount_jmd: 600.00';
    expect(holdsAnswerType(row, 'amount')).toBe(true);
    expect(holdsAnswerType('code: TR-01 · checksum_crc: 600', 'amount')).toBe(false);
    expect(holdsAnswerType('test: blood count · result_NAD: 2', 'amount')).toBe(false);
  });

  it('a question written in a language that asks with its own words ("koliko", "hvor meget") is judged as written, not by its words the base lacks', () => {
    const slovene = [
      { title: 'Dodatki', text: 'Dodatek za nadurno delo je od 1. julija 2031 40 % urne postavke.' },
    ];
    const stats = statsOf({ dodatek: 5, nadurno: 2, delo: 9, julija: 3, urn: 4, postavk: 4, odstot: 0 });
    // Read into English before it is judged, a chat question keeps a word of its own the base never writes.
    const read = 'how much odstotkov is the dodatek for nadurno delo from julija?';
    const asRead = assessGrounding(read, slovene, stats);
    expect(asRead.reason).toContain('the knowledge base never mentions "odstotkov"');
    const written = 'Koliko odstotkov znaša dodatek za nadurno delo od julija naprej?';
    expect(assessGrounding(read, slovene, stats, { written }).reason).not.toContain('never mentions');
    // Slovene "in" and "to" are no English words there (review).
    const withIn = 'Koliko odstotkov je dodatek za nadurno delo in ali to velja od julija?';
    expect(assessGrounding(read, slovene, stats, { written: withIn }).reason).not.toContain('never mentions');
    // An English question with a name or a word that asks in another language ("Koji", "hur") is still judged
    // word by word (review).
    for (const english of [
      'What is the hur allowance for the dental plan of the employees at the office?',
      'dental insurance for Koji?',
      'dental insurance for Katerina?',
    ])
      expect(assessGrounding(english, slovene, stats, { written: english }).grounded, english).toBe(false);
  });

  it('not grounded: a word the knowledge base never uses, in any wording it knows, and the rest not covered by one passage', () => {
    const stats = statsOf({ compani: 10, insur: 3, employe: 20, firm: 8 });
    const g = assessGrounding('Which company provides dental insurance for employees?', passages, stats);
    expect(g.grounded).toBe(false);
    // "provides" is a verb: how the asker talks, not what they ask about.
    expect(g.reason).toBe('the knowledge base never mentions "dental"');
    // A hyphenated word is two stems but one word: named once.
    const shuttle = assessGrounding('Is there a hatid-sundo for employees?', passages, stats);
    expect(shuttle.reason).toBe('the knowledge base never mentions "hatid-sundo"');
    // A verb the tagger takes for a plural before an object pronoun is how the asker talks, not a topic.
    const pay = [{ text: 'You can pay by card or by SEPA direct debit from a bank account.' }];
    const payStats = statsOf({ pay: 4, card: 6, sepa: 1, direct: 2, debit: 2, bank: 3, account: 9 });
    const suits = assessGrounding('Which way to pay suits him, card or direct debit?', pay, payStats);
    expect(suits.unknown).toBeUndefined();
    expect(suits.grounded).toBe(true);
    const kept = assessGrounding('Can I pay for my suits by card or direct debit?', pay, payStats);
    expect(kept.reason).toContain('never mentions "suits"');
    // The thing whose amount is asked: what the base says of Christmas does not give a Christmas bonus.
    const shutdown = [
      { text: 'The plant closes for Christmas on Thursday 23 December; keep those days free this year.' },
    ];
    const shutdownStats = statsOf({
      plant: 5,
      close: 3,
      christma: 2,
      thursdai: 4,
      decemb: 3,
      keep: 6,
      dai: 20,
      free: 4,
      year: 9,
    });
    for (const asked of [
      'How much is the Christmas bonus this year?',
      'How much is the bonus for Christmas this year?',
      'How much will the Christmas bonus be this year?',
      'How much does the Christmas bonus pay this year?',
      "How much is this year's Christmas bonus?",
    ])
      expect(assessGrounding(asked, shutdown, shutdownStats).reason, asked).toBe(
        'the knowledge base never mentions "bonus"',
      );
    // Nor is a verb told by where it stands: after an auxiliary and its subject, before its object, or after a
    // subject and an adverb. "Off the table", "a point by which" and "the rest of it" say how, not what.
    const plans = [
      {
        text: 'The Family plan is for four people. Plans can be changed until the box is packed, and any credit left is kept.',
      },
    ];
    const planStats = statsOf({
      famili: 2,
      plan: 9,
      four: 3,
      peopl: 4,
      chang: 5,
      box: 12,
      pack: 3,
      credit: 2,
      left: 2,
      kept: 1,
    });
    const unknownIn = (q: string) => assessGrounding(q, plans, planStats).unknown ?? [];
    expect(unknownIn('Does the Family plan cover that many people?')).toEqual([]);
    expect(unknownIn('Does that count as a change to the plan?')).toEqual([]);
    expect(unknownIn('A new plan still counts for the packed box?')).toEqual([]);
    expect(unknownIn('Is a plan change off the table once the box is packed?')).toEqual([]);
    expect(unknownIn('Is there a point by which the plan change has to be done?')).toEqual([]);
    expect(unknownIn('If the box uses part of the credit, does the rest carry over?')).toEqual([]);
    expect(unknownIn('Is there a rest break when the box is packed?')).toEqual(['rest', 'break']);
    // The degrees of everyday adjectives of time and age name no topic: "the earliest", "the old plan".
    expect(unknownIn('What is the earliest the box is packed?')).toEqual([]);
    expect(unknownIn('Does the old plan change when the box is packed?')).toEqual([]);
    expect(unknownIn('Is the rest still 20 minutes when the box is packed?')).toContain('rest');
    expect(unknownIn('Does the Family plan include a dinner table?')).toEqual(['dinner', 'table']);
    // A word is named without its clitic: "dental's" is "dental".
    const clitic = assessGrounding('Is dental’s insurance for employees?', passages, stats);
    expect(clitic.reason).toBe('the knowledge base never mentions "dental"');
    // The rest of a question covered by one passage outweighs one unknown word ("version" here).
    const docs = [{ text: 'The Android app needs Android 10 or later.' }];
    const app = assessGrounding(
      'Which Android version does the app need?',
      docs,
      statsOf({ android: 2, app: 5 }),
    );
    expect(app.grounded).toBe(true);
    expect(app.unknown).toEqual(['version']); // The rest must name a thing too: a verb alone ("wear") says nothing of the thing asked about.
    const uniform = [{ text: 'Wear the uniform top and safety shoes to work at all times.' }];
    const jeans = assessGrounding(
      'Can I wear jeans to work?',
      uniform,
      statsOf({ wear: 1, uniform: 3, shoe: 2 }),
    );
    expect(jeans).toMatchObject({ grounded: false, reason: 'the knowledge base never mentions "jeans"' });
  });

  it("a unit of time and someone of the asker's own are no topic the base lacks", () => {
    const docs = [{ text: 'Pause your subscription for up to eight weeks under Settings.' }];
    const stats = statsOf({ paus: 4, subscript: 6, week: 9, box: 20 });
    expect(assessGrounding('can i pause my subscription for a month', docs, stats).reason).not.toContain(
      'never mentions',
    );
    const cards = [{ text: 'Gift cards come in amounts of 25, 50 or 100 EUR.' }];
    const cardStats = statsOf({ gift: 3, card: 8, amount: 2 });
    expect(
      assessGrounding('what amounts do gift cards come in, for my mum', cards, cardStats).reason,
    ).not.toContain('never mentions');
    // A friend who told the asker something is theirs; a friend referred is the topic.
    expect(
      assessGrounding('a friend gave me a gift card, what amounts do they come in', cards, cardStats).reason,
    ).not.toContain('never mentions');
    expect(
      assessGrounding('do gift cards get me anything if i refer a friend', cards, cardStats).reason,
    ).toContain('never mentions "friend"');
    // An everyday word's degree says how, not what: "a bigger gift card".
    expect(assessGrounding('what is the biggest gift card amount', cards, cardStats).reason).not.toContain(
      'never mentions',
    );
    // A degree that names a thing too is no everyday word: "a stranger".
    expect(assessGrounding('can a stranger use my gift card', cards, cardStats).reason).toContain(
      'never mentions "stranger"',
    );
    // A word of the topic the base lacks still declines.
    expect(assessGrounding('do gift cards come in gold for my mum', cards, cardStats).reason).toContain(
      'never mentions "gold"',
    );
    // Only a length of time and the asker's own people: a month-to-month plan is a topic, a dog is no relative.
    expect(assessGrounding('do you offer a month to month subscription', docs, stats).reason).toContain(
      'never mentions "month"',
    );
    expect(assessGrounding('can my dog come on the subscription', docs, stats).reason).toContain(
      'never mentions "dog"',
    );
  });

  it("the asker's guess at the other answer is theirs, not a topic the base lacks", () => {
    const docs = [
      { text: 'You receive a two-hour delivery window by text message on the morning of delivery.' },
    ];
    const stats = statsOf({ deliveri: 12, window: 2, text: 3, messag: 4, morn: 2, driver: 3, dai: 9 });
    const asked =
      'on delivery day do i get a window for the driver, or do i have to sit at home all day like an idiot';
    expect(assessGrounding(asked, docs, stats).reason).not.toContain('never mentions');
    // Only after a whole question and "or do I have to": a topic of the question itself still declines, also
    // when the guess says it again.
    expect(assessGrounding('do i get a window for the driver at home', docs, stats).reason).toContain(
      'never mentions "home"',
    );
    expect(
      assessGrounding('is the window sent home, or do i have to wait at home all day', docs, stats).reason,
    ).toContain('never mentions "home"');
    // Any other answer offered after "or": a clause of its own, or after ", or" a phrase that offers it.
    const offers = statsOf({ box: 20, price: 6, first: 4, half: 2, full: 3, deliveri: 12, window: 2 });
    const priced = [{ text: 'Your first box is half price.' }];
    for (const guess of [
      'Is the very first box full price, or is there some kind of deal for newcomers?',
      'Is the first box full price, or some kind of deal for newcomers?',
      'Is the first box full price or do newcomers get a deal?',
    ])
      expect(assessGrounding(guess, priced, offers).reason).not.toContain('never mentions');
    // Two things named side by side are each asked about.
    for (const both of [
      'Is the first box half price for newcomers or students?',
      'Is the first box half price for newcomers, or a student?',
    ])
      expect(assessGrounding(both, priced, offers).reason).toContain('never mentions');
    // Many guesses in a pasted question are read in one pass: four times the text takes about four times as long,
    // not sixteen (a ratio of two runs side by side, so a loaded machine slows both alike).
    const guesses = (n: number) =>
      assessGrounding(
        `Is the box free, or is it paid? ${'more text, or is it x '.repeat(n)}`,
        priced,
        offers,
      );
    expect(growthOf(guesses, 1_000)).toBeLessThan(9);
    // A pasted question of 100,000 characters is read in one pass (it took seconds when the guess was looked
    // for from every word).
    expect(
      growthOf((n) => assessGrounding(`delivery window ${'ab '.repeat(n)}`, docs, stats), 8_000),
    ).toBeLessThan(9);
  });

  it('not grounded: a week asked for by number that no passage gives, when passages number their weeks', () => {
    const rota = [
      { text: 'rotation: SOV-A-11 · weeks: wk 21-23 · crew: SOV Team A · site: Blåvand Rev' },
      { text: 'rotation: SOV-B-11 · weeks: wk 23-25 · crew: SOV Team B · site: Blåvand Rev' },
    ];
    expect(assessGrounding('Which SOV team is on Blåvand Rev in week 40?', rota)).toMatchObject({
      grounded: false,
      reason: 'the retrieved passages give weeks 21–25; none gives week 40',
    });
    expect(assessGrounding('Which SOV team is on Blåvand Rev in week 24?', rota).grounded).toBe(true);
    // A cycle of weeks that repeats gives every week.
    const cycle = [
      { text: 'The SOV teams work a four-week cycle that repeats all year: week 1 Team A, week 2 Team B.' },
    ];
    expect(assessGrounding('Which SOV team is on Blåvand Rev in week 40?', cycle).reason).not.toContain(
      'none gives week',
    );
    // Passages that number one week only, or none, are no rota of weeks.
    expect(
      assessGrounding('Which SOV team is on Blåvand Rev in week 40?', rota.slice(0, 1)).reason,
    ).not.toContain('none gives week');
  });

  it('not grounded: a site of the organisation the base never names, before a kind of site it does name', () => {
    const docs = [
      {
        text: 'You are paid the weather standby supplement of DKK 350,00 at the Esbjerg base (Emden: EUR 45,00).',
      },
    ];
    const stats = statsOf({
      weather: 4,
      standbi: 3,
      supplement: 2,
      base: 12,
      esbjerg: 9,
      emden: 7,
      offic: 5,
      hotel: 3,
      clinic: 2,
    });
    expect(
      assessGrounding('What is the weather standby supplement at our Grenaa base?', docs, stats),
    ).toMatchObject({
      grounded: false,
      reason: 'the knowledge base never mentions a Grenaa base',
    });
    expect(
      assessGrounding('What is the weather standby supplement at our Oksby base?', docs, stats).reason,
    ).toBe('the knowledge base never mentions an Oksby base');
    const farms = statsOf({ weather: 4, standbi: 3, supplement: 2, farm: 9, ziwa: 5, timau: 4, base: 3 });
    expect(
      assessGrounding('Is the weather standby supplement paid at our Kericho farm?', docs, farms).reason,
    ).toBe('the knowledge base never mentions a Kericho farm');
    // Typed without capitals: a word no dictionary has before a kind of site is a site's name too, but not an
    // ordinary word ("the main farm").
    const farmDocs = [
      { text: 'The weather standby supplement is paid at the Ziwa farm and the Timau farm.' },
    ];
    const lower = 'is the weather standby supplement paid at our kericho farm?';
    expect(assessGrounding(lower, farmDocs, farms)).toMatchObject({
      grounded: false,
      reason: 'the knowledge base never mentions a kericho farm',
    });
    // Nor a word that is two run together ("ecommerce" for "e-commerce", "staffroom"), nor a short one ("mian").
    for (const asked of [
      'is the weather standby supplement paid at our main farm?',
      'is the weather standby supplement paid at our ecommerce farm?',
      'is the weather standby supplement paid at our staffroom farm?',
      'is the weather standby supplement paid at our mian farm?',
    ])
      expect(assessGrounding(asked, farmDocs, farms).reason).not.toContain('never mentions a');
    // A site it names, a kind of site it never speaks of, a place WordNet knows (the place check's), letters that
    // may stand for a name: not this check's.
    for (const asked of [
      'What is the weather standby supplement at the Esbjerg base?',
      'What is the weather standby supplement at the Grenaa depot?',
      'What is the weather standby supplement at the Munich office?',
      'What is the weather standby supplement at the KL office?',
      // Hotels and clinics are others' too.
      'Is the weather standby supplement paid at the Radisson hotel?',
      'Is the weather standby supplement paid at the Falck clinic?',
    ])
      expect(assessGrounding(asked, docs, stats).reason).not.toContain('never mentions a');
  });

  it('answers the first part of a question whose later part asks about what the base never mentions', () => {
    const docs = [
      {
        text: 'Fernway gift cards are valid for three years and are sold in amounts of 50, 100 and 150 EUR.',
      },
    ];
    const stats = statsOf({ gift: 3, card: 6, valid: 2, year: 4, amount: 3 });
    const g = assessGrounding(
      'How long is a gift card valid? And can I add a handwritten note to it?',
      docs,
      stats,
    );
    expect(g).toMatchObject({ grounded: true, unanswered: ['And can I add a handwritten note to it?'] });
    expect(g.reason).toContain('which is left unanswered');
    // The first part is what the question is about: asked there, the unknown word declines it.
    const first = assessGrounding(
      'Can I add a handwritten note to a gift card? And how long is it valid?',
      docs,
      stats,
    );
    expect(first.grounded).toBe(false);
  });

  it('not grounded: the thing a question asks whether there is, when the base never uses its word', () => {
    const docs = [
      {
        text: 'Our sites · Site: Kelvin Grove Depot · Address: 18 Kaimanawa Street, Palmerston North · Staff: 60',
      },
    ];
    const stats = statsOf({ site: 12, depot: 6, palmerston: 4, north: 4, staff: 30 });
    expect(assessGrounding('Is there a staff shuttle bus from Palmerston North?', docs, stats)).toMatchObject(
      {
        grounded: false,
        reason: 'the knowledge base never mentions "shuttle", "bus"',
      },
    );
  });

  it('not grounded: the property a yes/no question asks, when the base never uses the word, however well the rest is covered', () => {
    const docs = [{ text: 'If your box arrives warm, do not eat the meat or fish.' }];
    const stats = statsOf({ meat: 3, fish: 3, box: 20 });
    expect(assessGrounding('and is the meat halal?', docs, stats)).toMatchObject({
      grounded: false,
      reason: 'the knowledge base never mentions "halal"',
    });
    // A word the base lacks elsewhere in the question still gives way to a passage covering the rest.
    const app = assessGrounding(
      'Which Android version does the app need?',
      [{ text: 'The Android app needs Android 10 or later.' }],
      statsOf({ android: 2, app: 5 }),
    );
    expect(app.grounded).toBe(true);
  });

  it('a question in another language is not declined for its words of asking ("cuánto", "pagan")', () => {
    const notes = [
      {
        text: 'La ayuda de comida es de 11,00 euros por día trabajado y se paga con la tarjeta restaurante.',
      },
    ];
    const stats = statsOf({ ayuda: 2, comida: 2, centro: 3, zaragoza: 6, tarjeta: 1, restaur: 1 }, 60);
    const q = '¿Cuánto es la ayuda de comida en el centro de Zaragoza y cómo nos la pagan?';
    const g = assessGrounding(q, notes, stats);
    expect(g.reason).not.toContain('never mentions');
    // In English, a word the base never uses still declines the question.
    const english = assessGrounding('How much is the dental allowance at Zaragoza?', notes, stats);
    expect(english.reason).toContain('never mentions "dental"');
    // Words of another language in an English question do not make it one ("EN 175", "La Tasca").
    const standard = assessGrounding(
      'Which EN standard do dental visors need, EN 175 or EN 379?',
      notes,
      stats,
    );
    expect(standard.reason).toContain('never mentions');
  });

  it('a word the base knows by another name is not unknown ("vacation" where documents say "leave")', () => {
    const docs = [{ text: 'Employees get 25 days of annual leave.' }];
    const stats = statsOf({ employe: 20, annual: 5, leav: 9, dai: 30 });
    expect(assessGrounding('How many vacation days do employees get?', docs, stats).grounded).toBe(true);
    expect(expandUnknownWords('vacation days', stats)).toBe('vacation days leav annual leav');
    // A token with a digit the thesaurus knows is a word too ("401k" is a pension); a plain number is not.
    const pension = statsOf({ pension: 6, chang: 9 });
    expect(expandUnknownWords('change my 401k', pension)).toBe('change my 401k pension');
    expect(expandUnknownWords('change 12 times', pension)).toBe('change 12 times');
    // Only the three wordings the base uses most: "hol" must not drown "Boxing Day" in every word for leave.
    const calendar = statsOf({
      box: 2,
      dai: 40,
      holidai: 30,
      leav: 25,
      annual: 12,
      time: 20,
      off: 15,
      vacat: 1,
    });
    const expanded = expandUnknownWords('Boxing Day bank hol', calendar).split(' ');
    expect(expanded.slice(0, 4)).toEqual(['Boxing', 'Day', 'bank', 'hol']);
    expect(expanded).toContain('holidai');
    expect(expanded).not.toContain('vacat');
    // A word swapped only inside its phrase ("stat" for "bank" in "stat holiday") is searched alone as the
    // phrase's other wordings whole: "bank" alone would find banked time instead of the holiday calendar.
    const holidays = statsOf({ box: 2, dai: 40, bank: 12, statutori: 3, holidai: 30, public: 4 });
    expect(expandUnknownWords('is Boxing Day a stat for us', holidays)).toBe(
      'is Boxing Day a stat for us bank holidai public holidai statutori holidai',
    );
    // "Holiday" in the next sentence is no "stat holiday".
    expect(expandUnknownWords('is Boxing Day a stat? my holiday is booked', holidays)).not.toMatch(
      / bank (?!holidai)/,
    );
    expect(expandUnknownWords('stat holiday pay', holidays)).toBe(
      'stat holiday pay bank public statutori bank holidai',
    );
  });

  it('not grounded: passages about the question hold no fact of the kind asked for', () => {
    const docs = [{ text: 'Dinner on business trips is reimbursed with receipts.' }];
    const g = assessGrounding('How much is the dinner allowance on business trips?', docs);
    expect(g.grounded).toBe(false);
    expect(g.reason).toContain('holds an amount');
  });

  it('not grounded: an amount said without the measure asked for ("the microchipping fee")', () => {
    const docs = [
      {
        title: 'Animal shelter',
        text: 'Daily care at the Animal Shelter, per day or part day: $18.00. Release after hours: $75.00. Every dog is microchipped on arrival.',
      },
    ];
    const stats = statsOf({ anim: 4, shelter: 4, fee: 20, microchip: 2, care: 10, releas: 3 });
    const fee = assessGrounding("What's the microchipping fee at the animal shelter?", docs, stats);
    expect([fee.grounded, fee.reason]).toEqual([
      false,
      'no passage about "What\'s the microchipping fee at the animal shelter" holds an amount',
    ]);
    // The measure said beside its amount answers.
    const release = assessGrounding('What is the release fee at the animal shelter?', docs, stats);
    expect(release.grounded).toBe(true);
  });

  it('a time of day is told from a length of time and other figures', () => {
    for (const text of [
      'open 8.00am to 6.00pm',
      'closes at 21:00',
      '0830–1700 hrs',
      'opens at noon',
      'by 2200 hrs',
    ])
      expect([text, holdsTimeOfDay(text)]).toEqual([text, true]);
    for (const text of [
      'answered in 1-2 hrs',
      'closes for 45-60 mins',
      '2024-2025',
      '12.50 a session',
      'Section 4.12',
      // The clock's hours run to 23, and "hrs of" is a length of time.
      'report at 2900hrs',
      '1500 hrs of supervised practice',
    ])
      expect([text, holdsTimeOfDay(text)]).toEqual([text, false]);
  });

  it('a measure said cut short or as its unit answers; a word that only starts alike does not', () => {
    const known = { chunks: 100, df: () => 3 };
    const grounded = (question: string, text: string) =>
      assessGrounding(question, [{ title: 'Policy', text }], known).grounded;
    expect(
      grounded(
        "What's the maximum allowance for a hotel in London?",
        'The allowance for a London hotel is up to £210 a night.',
      ),
    ).toBe(true);
    expect(
      grounded(
        "What's the full fee for the training course?",
        'The course fee is £450. Book through the learning team.',
      ),
    ).toBe(true);
    expect(
      grounded(
        'What is the admin fee for a late rent payment?',
        'A late rent payment carries a £25 administration charge.',
      ),
    ).toBe(true);
    expect(
      grounded(
        'What is the hourly rate for agency staff?',
        'Agency staff are paid at a rate of £14 per hour.',
      ),
    ).toBe(true);
    // Another measure that shares a start, or another period, is no answer.
    expect(
      grounded('What is the cancellation fee for the course?', 'The cancer awareness course fee is £40.'),
    ).toBe(false);
    expect(
      grounded('What is the hourly rate for agency staff?', 'Agency staff are paid a daily rate of £180.'),
    ).toBe(false);
  });

  it("not grounded: nothing retrieved, or a named person's private data", () => {
    expect(assessGrounding('What is the hotel cap?', []).reason).toBe('no passage was retrieved');
    const g = assessGrounding("What is Helen Okafor's date of birth?", passages);
    expect([g.grounded, g.reason]).toEqual([false, 'asks for private information about Helen Okafor']);
  });

  it('a name the base does not know is not a reason to decline (a rule may cover it: "other cities")', () => {
    const docs = [{ text: 'Hotel cap · City: Other European cities · Cap: €140' }];
    expect(assessGrounding('What is the hotel cap in Munich?', docs).grounded).toBe(true);
    const stats = statsOf({ hotel: 3, cap: 2, citi: 4 }, 40);
    const munich = assessGrounding('What is the hotel cap in Munich?', docs, stats);
    expect(munich.reason).toBe(
      'the knowledge base never mentions the name "Munich" (a wider rule may cover it); the best passage covers 100% of the key words the knowledge base uses',
    );
    // Listed, so an answerer knows its evidence is for the rest of the question only.
    expect(munich.unknown).toEqual(['Munich']);
  });

  it('casual words the base never uses (a verb, an adverb, an everyday adjective) do not decline a question', () => {
    const docs = [
      { title: 'Lost property', text: 'Unclaimed items are kept for 3 months, then given to charity.' },
    ];
    const stats = statsOf({ lost: 2, properti: 2, kept: 5, month: 30, chariti: 1, item: 4 }, 40);
    const q =
      'Someone told me lost property is kept for ages, is that true? How long is it really kept whenever it is found?';
    const g = assessGrounding(q, docs, stats);
    expect([g.grounded, g.reason]).toEqual([
      true,
      'the best passage covers 100% of the key words the knowledge base uses',
    ]);
    // "Someone else involved", "I'm worried": how the asker feels or who joins in names no topic.
    const bill = [{ text: 'Recovery authority · Role: Duty manager · Discount off the bill: up to £250' }];
    const billStats = statsOf({ discount: 3, bill: 4, manag: 9, guest: 30, recoveri: 1, els: 6 }, 60);
    const involved = assessGrounding(
      "What's the most discount I can take off a guest's bill before I need to get someone else involved?",
      bill,
      billStats,
    );
    expect(involved.reason).not.toContain('never mentions');
    // "Any extra leave": a word the base uses rarely, but casually, is no key word a passage must repeat.
    const neonatal = [{ text: 'Neonatal care leave: up to 12 weeks, paid for the first 2 weeks.' }];
    const extraStats = statsOf({ neonat: 2, care: 8, leav: 30, paid: 20, extra: 1, week: 25 }, 60);
    const extra = assessGrounding(
      'Is there any extra leave for neonatal care, and is it paid?',
      neonatal,
      extraStats,
    );
    expect(extra.reason).toBe('the best passage covers 100% of the key words the knowledge base uses');
    // Praise is judgement too ("a brilliant colleague").
    const brilliant = assessGrounding(
      'Is neonatal care leave paid for a brilliant colleague?',
      neonatal,
      statsOf({ neonat: 2, care: 8, leav: 30, paid: 20, colleagu: 12 }, 60),
    );
    expect(brilliant.reason).not.toContain('never mentions');
    // A noun the base never uses is still the topic: "sabbatical" below declines.
  });

  it('below the bar, only the words that may name the topic are weighed, not the verbs and adverbs of casual talk', () => {
    const docs = [{ title: 'Birthday leave', text: 'Everyone gets a free day off in their birthday month.' }];
    // The knowledge base uses every word of the question somewhere; the passage holds only the topic's.
    const stats = statsOf(
      { realli: 3, take: 9, birthdai: 2, dai: 30, whenev: 2, fanci: 1, dog: 1, work: 20 },
      60,
    );
    const q = 'Can I really take my birthday day off whenever I fancy?';
    expect(assessGrounding(q, docs, stats).grounded).toBe(true);
    expect(assessGrounding('Can I really take my dog to work whenever I fancy?', docs, stats).grounded).toBe(
      false,
    );
  });

  it('not grounded: a table whose retrieved rows each hold some of the values asked for, none all of them', () => {
    const row = (site: string, name: string, shift: string) => ({
      source: 'docs/first-aiders.csv',
      text: `site: ${site}\nname: ${name}\nrole: First aider\nshift: ${shift}\nextension: 51${name.length}`,
    });
    const docs = [
      row('Northampton', 'Joanne Pickering', 'Late shift'),
      row('Bellshill', 'Kirsty Donaldson', 'Early shift'),
      row('Bellshill', 'Graeme Baird', 'Nights'),
    ];
    const counts = {
      late: 1,
      earli: 1,
      night: 2,
      shift: 12,
      bellshil: 5,
      northampton: 5,
      first: 3,
      aider: 3,
    };
    const stats = statsOf(counts, 60);
    const late = assessGrounding("Who's the Bellshill first aider on the late shift?", docs, stats);
    expect([late.grounded, late.reason]).toEqual([
      false,
      'no retrieved table row holds "Bellshill", "late" together',
    ]);
    // One row holds both ("night" in "Nights"; "shift" is too common a word to pick rows by), so it is grounded.
    expect(
      assessGrounding('Who is the first aider on the night shift at Bellshill?', docs, stats).grounded,
    ).toBe(true);
    // Words of one column ("late", "early") pick by one column only: that is a question for two rows, not a miss.
    expect(
      assessGrounding('Who are the first aiders on the late and early shifts?', docs, stats).grounded,
    ).toBe(true);
    // What the asker says about themselves first picks no rows: "Graeme" is in one row, "Northampton" in another.
    const told = "I'm Graeme Baird and I'm moving to Northampton. Who is the first aider on the late shift?";
    const names = { graem: 1, baird: 1 };
    expect(assessGrounding(told, docs, statsOf({ ...counts, ...names }, 60)).grounded).toBe(true);
  });

  it('"this year" picks no row, though another row says "each year"', () => {
    const docs = [
      "holiday: International Women's Day\ndate: 2031-03-08\nday: Saturday\nhead_office: Closed\nabaiang_station: Open 0700-1400\nnotes: Falls on a Saturday",
      "holiday: International Women's Day (day in lieu)\ndate: 2031-03-10\nday: Monday\nhead_office: Closed\nabaiang_station: Closed\nnotes: Day in lieu",
      'holiday: National Health Day\ndate: 2031-04-07\nday: Monday\nhead_office: Closed\nabaiang_station: Closed\nnotes: Date set by Government notice each year',
    ].map((text) => ({ source: 'docs/data/holidays.csv', text }));
    const sets = docs.map((d) => new Set(tokenize(d.text)));
    const stats = { chunks: 40, df: (t: string) => sets.filter((set) => set.has(t)).length };
    const open = (q: string) => assessGrounding(q, docs, stats);
    expect(open("Is the Abaiang station open on International Women's Day this year?").grounded).toBe(true);
  });

  it('a word the table’s caption says is said of every row: it picks none', () => {
    const caption = 'Premium added to the hourly rate, by site and shift';
    const row = (site: string, shift: string, premium: string) => ({
      source: 'docs/pay.html',
      text: `${caption} · Site: ${site} · Shift: ${shift} · Premium per hour: ${premium}`,
    });
    const docs = [
      row('Kaunas factory', 'I', 'none'),
      row('Kaunas factory', 'III', '+50% of your hourly rate'),
      row('Ukmerge plant', 'II', '1,40 € until 22:00'),
    ];
    const stats = statsOf(
      { premium: 4, hour: 3, rate: 3, site: 6, shift: 12, ii: 2, ukmerg: 2, plant: 3 },
      60,
    );
    const asked = assessGrounding(
      "What's the hourly premium for shift II at the Ukmerge plant?",
      docs,
      stats,
    );
    expect([asked.grounded, asked.reason]).toEqual([true, expect.stringMatching(/^the best passage covers/)]);
    // Words the caption does not say still pick rows: no row is the night shift at Ukmerge.
    const night = assessGrounding("What's the premium for shift III at the Ukmerge plant?", docs, stats);
    expect(night.grounded).toBe(false);
  });

  it('reads the counts of a phrase said another way: "pay range" is known where the base says "pay band"', async () => {
    // The base says "pay band", never "range"; it knows the question's other words.
    const known: Record<string, number> = { pai: 3, band: 3, hour: 2, reach: 1, truck: 1, driver: 4 };
    const index = {
      termStats: async (terms: string[]) => ({
        chunks: 40,
        df: new Map(terms.filter((t) => known[t]).map((t) => [t, known[t]!])),
      }),
    };
    const stats = await knowledgeTermStats(index, 'What is the hourly pay range for a reach truck driver?');
    expect(stats.df('band')).toBe(3);
    const rows = [{ text: 'Pay bands · Band: W2 · Roles: reach truck driver · Hourly: £13.60 to £14.40' }];
    const g = assessGrounding('What is the hourly pay range for a reach truck driver?', rows, stats);
    expect(g.reason).not.toContain('never mentions');
  });

  it('a sentence opening with a pronoun is read with the one before it, which says what it is', () => {
    const docs = [
      {
        title: 'Wellbeing',
        text: 'Brightside is our free counselling helpline, open every day. It offers up to 6 sessions per issue.',
      },
    ];
    const g = assessGrounding('How many sessions can I get through the free counselling helpline?', docs);
    expect([g.grounded, g.expects]).toEqual([true, 'count']);
  });

  it('a sentence holding the fact is about the question when read with the sentence before it', () => {
    const docs = [
      {
        text: 'Every apprentice has a mentor at their hotel and a monthly one-to-one. A Ridgeway College assessor visits every 10 weeks.',
      },
      { text: 'Uniforms are replaced every 12 months.' },
    ];
    const stats = statsOf({ apprentic: 3, colleg: 1, check: 8, uniform: 2 }, 60);
    const q = 'How often does someone from the college check on apprentices?';
    expect(assessGrounding(q, docs, stats).grounded).toBe(true);
    // Apart, the first sentence holds no length of time and the second says nothing of apprentices.
    const apart = [
      { text: docs[0]!.text.split('. ')[1]! },
      { text: 'Every apprentice has a mentor at their hotel.' },
    ];
    expect(assessGrounding(q, apart, stats).grounded).toBe(false);
  });

  it('a part that names nothing of its own asks about its story, told by a sentence and the one before it', () => {
    const docs = [
      {
        title: 'IT Service Desk and PeopleHub',
        text: 'Enter the 6-digit code sent by SMS to the phone number HR holds for you. The code is valid for 10 minutes. Passwords expire every 90 days.',
      },
      { text: 'Tell your shift foreman by phone or SMS at least 1 hour before your shift starts.' },
    ];
    const stats = statsOf({ peoplehub: 6, code: 4, sm: 3, expir: 2, type: 5 }, 60);
    const q = 'The PeopleHub code they SMS me keeps expiring before I type it. how long is it valid';
    expect(assessGrounding(q, docs, stats).grounded).toBe(true);
    // Not when the sentence holding the length says nothing of the story: the one before it tells it alone.
    const unrelated = [
      {
        title: 'PeopleHub login',
        text: 'Enter the code sent by SMS. If the code expires before you type it, request a new one.',
      },
      { title: 'Records', text: 'Codes sent by SMS can expire. Payslips are kept for 7 years.' },
    ];
    expect(assessGrounding(q, unrelated, stats).grounded).toBe(false);
  });

  it('a thesaurus phrase the base says another way is not an unknown word ("salary range", "pay band")', () => {
    const docs = [
      { title: 'Pay bands', text: 'Band: O2 · Role: HR advisor · Minimum: £27,000 · Maximum: £31,500' },
    ];
    const stats = statsOf({ pai: 4, band: 6, role: 8, hr: 5, advisor: 2, salari: 3 }, 50);
    const g = assessGrounding("What's the salary range for an HR advisor?", docs, stats);
    expect(g.reason).not.toContain('never mentions');
  });

  it('words the base uses everywhere (its own name, "policy") do not outweigh a word it never uses', () => {
    const docs = [{ text: 'Lumen Notes policy: Lumen Notes keeps your notes safe.' }];
    // "Lumen", "Notes" and "policy" are in most of the 40 chunks; "sabbatical" in none.
    const stats = statsOf({ lumen: 38, note: 39, polici: 30 }, 40);
    const g = assessGrounding('Does Lumen Notes have a sabbatical policy?', docs, stats);
    expect([g.grounded, g.reason]).toEqual([false, 'the knowledge base never mentions "sabbatical"']);
  });

  it('"what number do I ring" needs a phone number in the passage about it, wherever the passage gives it', () => {
    const docs = [
      { text: 'Fraud matters. Anonymous reports are welcome. Ring us. The number is 0808 157 0655.' },
    ];
    const q = 'I want to report fraud anonymously. What number do I ring?';
    expect([assessGrounding(q, docs).grounded, assessGrounding(q, docs).expects]).toEqual([true, 'contact']);
    const noNumber = [{ text: 'Fraud matters. Anonymous reports are welcome: tell your manager by phone.' }];
    expect(assessGrounding(q, noNumber)).toMatchObject({
      grounded: false,
      reason:
        'no passage about "I want to report fraud anonymously. What number do I ring" holds a phone number or an address',
    });
    // "The number of days" asks for a count, not a phone number; an ISO date is not a phone number.
    expect(assessGrounding('What is the number of days of leave?', docs).expects).toBe('count');
    expect(
      assessGrounding("What's the helpline's number?", [{ text: 'The helpline opened on 2025-04-01.' }])
        .grounded,
    ).toBe(false);
  });

  it('a row named in another spelling of the same phrase is the table\'s row ("Eid ul Adha" for "Eid ul Azha")', () => {
    const docs = [
      {
        text: 'Holidays 2028 · Holiday: Eid ul Azha · Date: 2028-05-05 to 2028-05-07 · Mills: Closed 3 days',
      },
      {
        text: 'Holidays 2028 · Holiday: Eid ul Fitr · Date: 2028-02-27 to 2028-02-29 · Mills: Closed 3 days',
      },
    ];
    expect(assessGrounding('When are the Eid ul Adha holidays in 2028?', docs).grounded).toBe(true);
    // A holiday the table has no row for is still not.
    const diwali = assessGrounding('When are the Diwali holidays in 2028?', docs);
    expect([diwali.grounded, diwali.reason]).toEqual([
      false,
      'no retrieved row of the table is for "Diwali"',
    ]);
  });

  it('not grounded: a row the table has no row for, named by the noun of its rows ("a family room")', () => {
    const docs = [
      {
        text: 'Target cleaning times · Room type: Classic double · Departure clean: 30 · Stayover clean: 20',
      },
      { text: 'Target cleaning times · Room type: Junior suite · Departure clean: 45 · Stayover clean: 25' },
    ];
    const g = assessGrounding("What's the target departure clean time for a family room?", docs);
    expect([g.grounded, g.reason]).toEqual([false, 'no retrieved row of the table is for "family"']);
    expect(assessGrounding("What's the target departure clean time for a junior suite?", docs).grounded).toBe(
      true,
    );
  });

  it('a length of service the asker names is held by the band of the row that holds it, not said by a row', () => {
    const row = (band: string, days: string) => ({
      text: `Annual leave · Completed years of service: ${band} · Front-line grades: ${days} · Supervisors: 16 days`,
    });
    const docs = [row('3 to 5 years', '12 days'), row('6 to 9 years', '14 days')];
    const ask = (years: number) =>
      assessGrounding(`I'm a supervisor, ${years} years in company, annual leave how many days?`, docs);
    expect(ask(7).grounded).toBe(true);
    // A length no band holds is still not answered.
    expect(ask(15).grounded).toBe(false);
    // Only the number said as a quantity is excused: another number still names a row.
    const flats = [
      { text: 'Deposits · Bedrooms: 2 · Tenancy length: 1 to 3 years · Deposit: £800' },
      { text: 'Deposits · Bedrooms: 3 · Tenancy length: 1 to 3 years · Deposit: £1,000' },
    ];
    const stats: TermStats = { chunks: 100, df: () => 3 };
    const deposit = (q: string) => assessGrounding(q, flats, stats).grounded;
    expect(deposit('How much is the deposit for a 5 bedroom flat after 2 years tenancy?')).toBe(false);
    expect(deposit('How much is the deposit for a 3 bedroom flat after 2 years tenancy?')).toBe(true);
  });

  it("not grounded: a row named in the asker's story that the table lacks, though another document says the name", () => {
    const docs = [
      {
        source: 'docs/overtime.html',
        text: 'Overtime rules by work state · Work state: California · Daily overtime (1.5×): Hours over 8 in a workday',
      },
      {
        source: 'docs/overtime.html',
        text: 'Overtime rules by work state · Work state: Texas · Daily overtime (1.5×): None',
      },
      {
        source: 'docs/per-diem.html',
        text: 'Daily meals · Tier: Tier 1 · Area: Boston, Seattle, Washington, DC · Dinner: $56',
      },
    ];
    // In a base of 100 chunks, each word in a few: "Washington" is rare enough to name a row.
    const stats: TermStats = { chunks: 100, df: () => 3 };
    const ask = (state: string) =>
      assessGrounding(
        `I'm an hourly remote employee in ${state} state. Do I get overtime after 8 hours in a day?`,
        docs,
        stats,
      );
    const g = ask('Washington');
    expect([g.grounded, g.reason]).toEqual([false, 'no retrieved row of the table is for "Washington"']);
    expect(ask('Texas').grounded).toBe(true);
  });

  it('an amount the asker names is a value the rule answers by its threshold, not a word to find', () => {
    const docs = [
      { text: 'Get an itemized receipt for every expense of $75 or more. Per diem meals need no receipts.' },
      { text: 'Is there a gym reimbursement? Yes, up to $40 a month.' },
    ];
    const stats: TermStats = { chunks: 100, df: () => 3 };
    const g = assessGrounding('Do I need to keep the receipt for a $40 expense?', docs, stats);
    expect(g.grounded).toBe(true);
    expect(g.coverage).toBeGreaterThan(0.7);
  });

  it('not grounded: a number for a series of columns that none of them has, unless a passage says it', () => {
    const table = {
      source: 'docs/leave.html',
      text: 'Annual leave · Completed years: 5 to 9 · 5 days a week: 31 · 4 days a week: 24.8 · 3 days a week: 18.6',
    };
    const stats: TermStats = { chunks: 100, df: () => 3 };
    const ask = (docs: Array<{ source?: string; text: string }>) =>
      assessGrounding(
        'I have 6 years of service and work 2 days a week. How many days of annual leave do I get?',
        docs,
        stats,
      );
    const g = ask([table]);
    expect([g.grounded, g.reason]).toEqual([false, 'no retrieved table has a column for "2 days a week"']);
    const prose = {
      source: 'docs/part-time.md',
      text: 'If you work 2 days a week, your annual leave is 12.4 days.',
    };
    expect(ask([table, prose]).grounded).toBe(true);
  });

  it('not grounded: a quantity beyond every amount the passages about it state', () => {
    const docs = [
      { title: 'Long service awards', text: 'Service: 10 years · Award: £250' },
      { title: 'Long service awards', text: 'Service: 25 years · Award: £500' },
    ];
    const g = assessGrounding("What award do you get for 35 years' service?", docs);
    expect([g.grounded, g.reason]).toEqual([
      false,
      'no passage about "What award do you get for 35 years\' service" covers 35 years',
    ]);
    expect(assessGrounding("What award do you get for 25 years' service?", docs).grounded).toBe(true);
    // A yes/no question may ask past a limit: "no, the awards stop at 25 years" answers it.
    expect(assessGrounding("Is there an award for 35 years' service?", docs).grounded).toBe(true);
  });

  it('a phrase of the question said another way by the passage is covered ("pay it back", "repaid")', () => {
    const docs = [
      { text: 'The hardship fund lends up to £500, repaid through payroll over up to 6 months.' },
    ];
    const g = assessGrounding('How long do I get to pay it back to the hardship fund?', docs);
    expect([g.grounded, g.coverage]).toEqual([true, 1]);
  });

  it('"when" is answered by a length of time too', () => {
    const docs = [{ text: 'The reset link is valid for 30 minutes and works once.' }];
    expect(assessGrounding('When does the reset link expire?', docs).grounded).toBe(true);
  });
});

describe('a phrase the knowledge base says in other words', () => {
  // "clothing policy" is one of the thesaurus's wordings of "dress code".
  const stats = statsOf({ cloth: 2, polici: 30, code: 5, reason: 4 });
  const codes = {
    title: 'Special leave',
    text: 'Your manager records the leave using the reason codes below.',
  };

  it('is not said by its words in different documents ("clothing" here, "policy" there)', () => {
    const g = assessGrounding('What is the dress code?', [codes], stats);
    expect(g.grounded).toBe(false);
    expect(g.reason).toBe('the knowledge base never mentions "dress"');
  });

  it('is said when one passage holds the whole wording', () => {
    const policy = {
      title: 'Clothing policy',
      text: 'Wear clean, plain clothing; no slogans. The clothing policy applies.',
    };
    const g = assessGrounding('What is the dress code?', [policy, codes], stats);
    expect(g.reason).not.toContain('never mentions');
    expect(g.grounded).toBe(true);
  });
});

describe('a part that points back and says nothing of its own but talk', () => {
  it('"…, and what should I do when it goes off?" is read with the part before it', () => {
    const stats = statsOf({ ammonia: 2, leak: 3, alarm: 4, sound: 3, plant: 30, goe: 8, off: 25, siren: 2 });
    const alarm = {
      title: 'Ammonia leak alarm',
      text: 'The ammonia leak alarm is a rising and falling siren in the plant. When it sounds, leave by the nearest exit and go to the assembly point.',
    };
    const g = assessGrounding(
      'What does the ammonia leak alarm sound like at the plant, and what should I do when it goes off?',
      [alarm],
      stats,
    );
    expect(g.grounded).toBe(true);
  });

  it('a length asked for by its name is held by a sentence that names it, in a document that says what it is of', () => {
    const letter = (second: string) => [
      {
        source: 'docs/letter.txt',
        text: 'Re: seat cover fabric. We can supply the seat cover fabric in blue and grey.',
      },
      { source: 'docs/letter.txt', text: second },
    ];
    const stats = statsOf({
      seat: 3,
      cover: 5,
      fabric: 2,
      standard: 40,
      lead: 30,
      time: 20,
      carpet: 2,
      tile: 2,
      week: 9,
    });
    for (const asked of [
      'What is the standard lead time for the seat cover fabric?',
      'How long is the standard lead time for the seat cover fabric?',
    ]) {
      const own = assessGrounding(asked, letter('Our standard lead time is 7 weeks.'), stats);
      expect([own.grounded, own.expects], asked).toEqual([true, 'duration']);
    }
    // Review: a length said as "of three months", and a plain "time for" beside the name, are the length's own.
    expect(
      namesLengthAsked(
        'Managers have a notice period of three months.',
        'What is the notice period for managers?',
      ),
    ).toBe(true);
    expect(
      namesLengthAsked(
        'Our standard lead time is 7 weeks, so allow time for delivery.',
        'What is the standard lead time?',
      ),
    ).toBe(true);
    // Review: another thing's lead time is none of the fabric's.
    const carpet = letter('Our standard lead time for carpet tiles is 7 weeks.');
    expect(
      assessGrounding('What is the standard lead time for the seat cover fabric?', carpet, stats).grounded,
    ).toBe(false);
  });

  it('a part that asks only for a limit ("is there a max?") asks it of what the part before asked about', () => {
    const banked = [
      { text: 'Instead of being paid, you may bank overtime at the overtime rate, up to 80 hours.' },
    ];
    const stats = statsOf({ paid: 9, bank: 3, overtim: 4, rate: 12, hour: 20, maximum: 2 });
    for (const asked of [
      'Can I bank overtime instead of getting paid? Is there a max?',
      'Can I bank overtime instead of getting paid? What is the max?',
    ])
      expect(assessGrounding(asked, banked, stats).grounded, asked).toBe(true);
  });
});
