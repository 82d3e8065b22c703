import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from './answer-shapes.js';
import { assessGrounding, type TermStats } from './assess.js';
import { knowledgeTermStats } from './corpus-stats.js';
import { expandUnknownWords } from './expand.js';
import {
  contentTerms,
  expectedAnswerType,
  questionContext,
  questionExamples,
  questionParts,
} from './question.js';

describe('what a question asks for', () => {
  it.each([
    ['How much is the dinner allowance in London?', 'amount'],
    ['what % off do we get at the gym with Perks?', 'amount'],
    ['How much a month would it cost to add my kids to the cash plan?', 'amount'],
    ['How much extra is that a month?', 'amount'],
    ['How much extra holiday do I get after 5 years?', 'count'],
    ['How much notice do I give?', 'count'],
    ['How long is the probation period?', 'duration'],
    ['How many days of annual leave do I get?', 'duration'],
    ['How many members sit on the Board?', 'count'],
    ['If I am a Senior Engineer, how much notice do I give when I quit?', 'count'],
    ['When is payday?', 'date'],
    ['How early must I call in sick?', 'time'],
    ['Who leads the IT service desk?', 'person'],
    ["What's her extension?", 'contact'],
    ['What number do I ring for the Speak Up line?', 'contact'],
    ['What is the maximum number of nominations a month?', 'count'],
    ['What number do I ring for the maximum number of nominations?', 'contact'],
    ['How do I change my bank details?', 'steps'],
    ['A guest is allergic to sesame. What do I actually do with her order?', 'steps'],
    ['Found a bracelet in a room - what am I supposed to do with it?', 'steps'],
    ['What am I actually meant to do if I find a fire?', 'steps'],
    ['Is the Lyon office open on Whit Monday?', 'yes-no'],
    ['What is the rule on pets?', 'other'],
  ])('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('splits a question that asks two things, and each part keeps the stated context', () => {
    expect(questionParts('Who leads the IT desk, and how soon must a lost laptop be reported?')).toEqual([
      'Who leads the IT desk',
      'how soon must a lost laptop be reported?',
    ]);
    expect(
      questionParts("I'm an Engineer (G2). What is my training budget, and how many days of leave do I get?"),
    ).toEqual([
      "I'm an Engineer (G2). What is my training budget",
      "I'm an Engineer (G2). how many days of leave do I get?",
    ]);
    expect(questionParts('What is the cap for hotels and meals?')).toEqual([
      'What is the cap for hotels and meals?',
    ]);
    // A second question may start "am I", "will" or "did" too.
    expect(
      questionParts('How long does a new password have to be, and am I going to get nagged to change it?'),
    ).toEqual(['How long does a new password have to be', 'am I going to get nagged to change it?']);
    expect(questionParts('When is payday and will it be early at Christmas?')).toEqual([
      'When is payday',
      'will it be early at Christmas?',
    ]);
    // Without a subject after it, "and will" or "and did" goes on with the same question.
    const late = 'Who do I ring if I am running late and will miss the start of my shift?';
    expect(questionParts(late)).toEqual([late]);
    expect(questionParts('Who approved the rota, Will or Sam?')).toEqual([
      'Who approved the rota, Will or Sam?',
    ]);
  });

  it('knows the shape of an answer: amounts, lengths of time, table cells under a unit, new names', () => {
    expect(holdsAnswerType('Dinner: up to £36.', 'amount')).toBe(true);
    // An extension in a site note's language is a way to reach someone ("extensión 4400", "interno 210").
    expect(holdsAnswerType('Emergencias: llame al 112 y después a la extensión 4400.', 'contact')).toBe(true);
    expect(holdsAnswerType('Telefona al interno 210.', 'contact')).toBe(true);
    expect(holdsAnswerType('name: Ilse Varga · extension: 4200', 'contact')).toBe(true);
    expect(holdsAnswerType('Consulte el reglamento interno 2024.', 'contact')).toBe(false);
    // "How long does a password have to be?" is answered by a length in characters; "when" is not.
    const howLong = 'How long does a new password have to be?';
    expect(holdsAnswerType('Passwords must be at least 14 characters.', 'duration', howLong)).toBe(true);
    expect(holdsAnswerType('Passwords must mix letters and digits.', 'duration', howLong)).toBe(false);
    expect(holdsAnswerType('Your PIN has 4 digits.', 'date', 'When does my PIN expire?')).toBe(false);
    expect(holdsAnswerType('The yard speed limit is 5 mph.', 'amount')).toBe(true);
    expect(holdsAnswerType('Life cover pays 4 times your basic salary.', 'amount')).toBe(true);
    expect(holdsAnswerType('Drive slowly in the yard, 5 times a day.', 'amount')).toBe(false);
    expect(holdsAnswerType('Dinner is reimbursed with receipts.', 'amount')).toBe(false);
    // A money column of a table row ("rate: 0.67 · currency: EUR"), not any cell with a number.
    expect(holdsAnswerType('vehicle: car 6 CV rate: 0.67 unit: per km currency: EUR', 'amount')).toBe(true);
    expect(holdsAnswerType('Type of leave: Moving house · Paid days per year: 1', 'amount')).toBe(false);
    // A count is a number: "a laptop" counts nothing.
    expect(holdsAnswerType('The Board has seven members.', 'count')).toBe(true);
    expect(holdsAnswerType('Never leave a laptop visible in a parked car.', 'count')).toBe(false);
    // Money is no count and no length of time ("£30.00 Night-out allowance").
    expect(holdsAnswerType('Allowance per night: £30.00 Night-out allowance', 'count')).toBe(false);
    expect(holdsAnswerType('Allowance per night: £30.00 Night-out allowance', 'duration')).toBe(false);
    expect(holdsAnswerType('Up to 3 nights, then £30 a night.', 'count')).toBe(true);
    expect(holdsAnswerType('Probation lasts six months.', 'duration')).toBe(true);
    // The end of a date before a "day:" cell is no length of time.
    expect(holdsAnswerType('date: 2026-01-06 day: Tuesday event: Epifania', 'duration')).toBe(false);
    expect(holdsAnswerType('Rotas go up 14 days ahead.', 'duration')).toBe(true);
    expect(holdsAnswerType('Role: CAD specialist · Replacement cycle (months): 36', 'duration')).toBe(true);
    // A day of a month in the site notes' languages; a word that only looks like a month is none.
    expect(holdsAnswerType('Il personale stagionale prende servizio il 16 marzo.', 'date')).toBe(true);
    expect(holdsAnswerType('O prémio é pago a 15 de dezembro.', 'date')).toBe(true);
    expect(holdsAnswerType('Les équipes de Mars et Vénus se réunissent.', 'date')).toBe(false);
    expect(holdsAnswerType('Each floor has 2 junior fire marshals.', 'date')).toBe(false);
    expect(holdsAnswerType('The set menu is 2 mains and a dessert.', 'date')).toBe(false);
    expect(holdsAnswerType('Pick 3 mars bars from the shop.', 'date')).toBe(false);
    expect(holdsAnswerType('Le dépôt ferme le 3 mars 2026.', 'date')).toBe(true);
    const who = 'Who is the Health and Safety Manager?';
    expect(holdsAnswerType('Report injuries to the Health and Safety Manager.', 'person', who)).toBe(false);
    expect(holdsAnswerType('name: Owen Barraclough · job: Health and Safety Manager', 'person', who)).toBe(
      true,
    );
  });

  it('an amount asked for in a currency is answered only in that currency', () => {
    const q = 'What is the monthly heating contribution in euros for the Lyon office?';
    expect(holdsAnswerType('Staff receive a monthly contribution of £18 towards heating.', 'amount', q)).toBe(
      false,
    );
    expect(holdsAnswerType('Lyon staff receive 20 EUR a month towards heating.', 'amount', q)).toBe(true);
    expect(holdsAnswerType('Lyon staff receive €20 a month towards heating.', 'amount', q)).toBe(true);
    // A question that names no currency takes any.
    const any = 'What is the monthly heating contribution?';
    expect(
      holdsAnswerType('Staff receive a monthly contribution of £18 towards heating.', 'amount', any),
    ).toBe(true);
  });

  it('reads units of time in the languages site notes are written in, and only as words', () => {
    expect(holdsAnswerType('Der Urlaubsanspruch beträgt 25 Arbeitstage.', 'duration')).toBe(true);
    expect(holdsAnswerType('Os trabalhadores têm 22 dias de férias.', 'duration')).toBe(true);
    // "Percentage: 20" is no length of time, though "tag" ends "percentage".
    expect(holdsAnswerType('Percentage: 20', 'duration')).toBe(false);
  });

  it('knows answers said in words: "free", "unlimited", a department, an e-mail address', () => {
    expect(holdsAnswerType('Country: Belgium · Delivery fee: free', 'amount')).toBe(true);
    expect(holdsAnswerType('Employees receive a tax-free bonus from the trust.', 'amount')).toBe(false);
    expect(holdsAnswerType('Plan: Enterprise · Members: unlimited', 'count')).toBe(true);
    const who = 'Who do I ask about a broken screen?';
    expect(holdsAnswerType('Ask IT through the service portal.', 'person', who)).toBe(true);
    expect(holdsAnswerType('Write to it@example.com for help.', 'person', who)).toBe(true);
    expect(holdsAnswerType('Restart it and try again.', 'person', who)).toBe(false);
  });

  it('what the asker says before asking is context, not a part of its own', () => {
    const q = "I'm off to Paris next month for a client workshop — what can I spend on a hotel per night?";
    expect(questionParts(q)).toEqual([q]);
    expect(questionContext(q)).toEqual({
      context: "I'm off to Paris next month for a client workshop",
      asked: 'what can I spend on a hotel per night?',
    });
    // A passage need not repeat the context: the question is still grounded on the hotel cap alone.
    const docs = [{ text: 'Hotel cap · City: Paris · Standard cap: €195 per night' }];
    expect(assessGrounding(q, docs).grounded).toBe(true);
  });

  it('with no question mark, a request after a story is what is asked, the story context', () => {
    const q =
      "I've come down with a nasty chest infection and won't make my shift tomorrow. Walk me through what I need to do, calling in, sick notes, all that.";
    expect(questionContext(q)).toEqual({
      context: "I've come down with a nasty chest infection and won't make my shift tomorrow.",
      asked: 'Walk me through what I need to do, calling in, sick notes, all that.',
    });
    // Statements alone ask nothing of their own: nothing is split off.
    const told = 'My shift starts at six. I will be late.';
    expect(questionContext(told)).toEqual({ context: '', asked: told });
  });

  it('a remark after the question that asks nothing is context too', () => {
    const q = 'Can they roster me for an early shift after a late one? seems harsh to me';
    expect(questionContext(q)).toEqual({
      context: 'seems harsh to me',
      asked: 'Can they roster me for an early shift after a late one?',
    });
    // A second question after the first is a question, not a remark.
    const two = 'Who approves overtime? And how is it paid?';
    expect(questionContext(two).context).toBe('');
    expect(questionContext('How do I book a desk? Also how do I cancel one').context).toBe('');
    expect(questionContext('Is the bar paid weekly? the restaurant, what about them').context).toBe('');
    expect(questionContext('Is the canteen open on Sundays? If not where can I get food').context).toBe('');
    expect(questionContext('How do I book leave? Need to know how many days I have left').context).toBe('');
    // A question word inside a clause of the remark asks nothing.
    const mate = 'How often is the tronc paid out? My mate who works elsewhere only gets hers every quarter';
    expect(questionContext(mate)).toEqual({
      context: 'My mate who works elsewhere only gets hers every quarter',
      asked: 'How often is the tronc paid out?',
    });
  });

  it('a time of day in the question is a value, like a number, not a word to find', () => {
    const stats = statsOf({ night: 10, premium: 5, start: 20, '22': 3, '00': 6, '06': 3 });
    const q = 'Does the night premium start at midnight?';
    const docs = [{ text: 'The night premium is paid for hours worked between 22:00 and 06:00.' }];
    // The base never says "midnight", as it never says "23:30": a time asked about is not a topic it lacks.
    const verdict = assessGrounding(q, docs, stats);
    expect(verdict.grounded).toBe(true);
    expect(verdict.reason).not.toContain('midnight');
  });
});

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
    expect(contentTerms('What sort code do I give payroll?')).toContain('sort');
    expect(contentTerms('Is a benefit in kind taxed?')).toContain('kind');
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

  it('a length of time may be said as "every third night", in bold or not', () => {
    const docs = [{ title: 'Linen', text: 'Stayover guests get fresh bed linen every **third night**.' }];
    // Markdown emphasis is read through.
    expect(assessGrounding('How often is the bed linen changed for a stayover?', docs).grounded).toBe(true);
    expect(holdsAnswerType('Rotas are published **14 days** ahead.', 'duration')).toBe(true);
  });

  it('not grounded: a word the knowledge base never uses, in any wording it knows, and the rest not covered by one passage', () => {
    const stats = statsOf({ compani: 10, insur: 3, employe: 20, firm: 8 });
    const g = assessGrounding('Which company provides dental insurance for employees?', passages, stats);
    expect(g.grounded).toBe(false);
    // "provides" is a verb: how the asker talks, not what they ask about.
    expect(g.reason).toBe('the knowledge base never mentions "dental"');
    // The rest of a question covered by one passage outweighs one unknown word ("version" here).
    const docs = [{ text: 'The Android app needs Android 10 or later.' }];
    const app = assessGrounding(
      'Which Android version does the app need?',
      docs,
      statsOf({ android: 2, app: 5 }),
    );
    expect(app.grounded).toBe(true);
    expect(app.unknown).toEqual(['version']);
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
  });

  it('not grounded: passages about the question hold no fact of the kind asked for', () => {
    const docs = [{ text: 'Dinner on business trips is reimbursed with receipts.' }];
    const g = assessGrounding('How much is the dinner allowance on business trips?', docs);
    expect(g.grounded).toBe(false);
    expect(g.reason).toContain('holds an amount');
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

  it('not grounded: a place the base knows, missing from every passage about the rest of the question', () => {
    const docs = [
      { title: 'Shift premium', text: 'Shift: Late · Northampton: £1.10 · Doncaster: £1.05' },
      { title: 'Sites', text: 'Colleagues in Zaragoza follow the local agreement.' },
    ];
    const stats = statsOf({ late: 3, shift: 6, premium: 2, zaragoza: 4 }, 60);
    const g = assessGrounding('What is the late shift premium in Zaragoza?', docs, stats);
    expect([g.grounded, g.reason]).toEqual([
      false,
      'no retrieved passage on the rest of the question mentions "Zaragoza"',
    ]);
    // Named by the passage, by a row for the rest ("all other sites"), or by a document about the place, it is grounded.
    expect(assessGrounding('What is the late shift premium in Doncaster?', docs, stats).grounded).toBe(true);
    const other = [
      { title: 'Shift premium', text: 'Shift: Late · Doncaster: £1.05 · All other sites: £1.00' },
    ];
    expect(assessGrounding('What is the late shift premium in Zaragoza?', other, stats).grounded).toBe(true);
    const siteNotes = [
      ...docs,
      // The site's own notes, in Spanish: read through the glossary ("complemento", "turno de tarde").
      {
        source: 'docs/zaragoza-notas.txt',
        text: 'En el centro de Zaragoza, el complemento por el turno de tarde es de 0,90 euros por hora.',
      },
    ];
    expect(assessGrounding('What is the late shift premium in Zaragoza?', siteNotes, stats).grounded).toBe(
      true,
    );
  });

  it('a place told before the question is asked about when the question points back to it ("there")', () => {
    const docs = [
      { title: 'Shift premium', text: 'Shift: Late · Northampton: £1.10 · Doncaster: £1.05' },
      { title: 'Sites', text: 'Colleagues in Zaragoza follow the local agreement.' },
    ];
    const stats = statsOf({ late: 3, shift: 6, premium: 2, zaragoza: 4, start: 5, job: 5 }, 60);
    const there = assessGrounding(
      "I start a job in Zaragoza. What's the late shift premium there?",
      docs,
      stats,
    );
    expect(there.reason).toBe('no retrieved passage on the rest of the question mentions "Zaragoza"');
    const ours = assessGrounding(
      "I'm based at Zaragoza. What's the late shift premium at our depot?",
      docs,
      stats,
    );
    expect(ours.grounded).toBe(false);
    // "there's", "has there been", "isn't there" and "that" as a conjunction point nowhere.
    for (const q of [
      "I'm based at Zaragoza. Is it true there's a late shift premium?",
      "I'm based at Zaragoza. Has there been a late shift premium?",
      "I'm based at Zaragoza. Isn't there a late shift premium?",
      "I'm based at Zaragoza. Does it say that site staff get a late shift premium?",
    ])
      expect([q, assessGrounding(q, docs, stats).grounded]).toEqual([q, true]);
    // Told as context only, the place need not be named by the answer ("is there" points nowhere).
    const context = 'I start a job in Zaragoza. Is there a late shift premium?';
    expect(assessGrounding(context, docs, stats).grounded).toBe(true);
  });

  it('a place is named by a region it lies in or a place inside it; a place the base knows nothing of, by no row', () => {
    const rates = [
      {
        title: 'Hotel rates',
        text: [
          'Room rate · City: London · Cap: £190',
          'Room rate · City: Other UK cities · Cap: £125',
          'Room rate · City: Paris · Cap: €195',
          'Room rate · City: Other European cities · Cap: €140',
        ].join('\n\n'),
      },
      { title: 'Graz office', text: 'The fire warden at the Graz office is Katharina Pölzl.' },
    ];
    const stats = statsOf(
      { room: 4, rate: 6, hotel: 5, london: 6, pari: 3, european: 2, europ: 2, graz: 3, fire: 2, warden: 1 },
      80,
    );
    // Milan lies in Europe: the "Other European cities" row answers for it.
    expect(assessGrounding('What is the hotel room rate for a trip to Milan?', rates, stats).grounded).toBe(
      true,
    );
    // A base that mentions Milan elsewhere: a row for Italy names it; a row for Spain does not.
    const country = (name: string) => [
      { title: 'Hotel rates', text: `Room rate · Country: ${name} · Cap: €150` },
    ];
    const milanKnown = statsOf({ room: 4, rate: 6, hotel: 5, trip: 3, milan: 1, itali: 1, spain: 1 }, 80);
    const milan = 'What is the hotel room rate for a trip to Milan?';
    expect(assessGrounding(milan, country('Italy'), milanKnown).grounded).toBe(true);
    expect(assessGrounding(milan, country('Spain'), milanKnown).grounded).toBe(false);
    // "English" before a noun that is no place ("English lessons") does not name London.
    const lessons = [
      { title: 'Hotel rates', text: 'Room rate for English lessons at the hotel · Cap: £150' },
    ];
    const london = statsOf({ room: 4, rate: 6, hotel: 5, london: 2, english: 1 }, 80);
    expect(assessGrounding('What is the hotel room rate in London?', lessons, london).grounded).toBe(false);
    // Tokyo lies in no region the rows name, and "other UK cities" is the rest of the UK, not of the world.
    // Searched by what the base knows of them: Milan by its region, the Austrian office by the place inside it.
    expect(expandUnknownWords('hotel rate in Milan', stats)).toBe('hotel rate in Milan europ european');
    expect(
      expandUnknownWords('fire warden at the Austrian office', statsOf({ austrian: 2, graz: 3 }, 80)),
    ).toBe('fire warden at the Austrian office graz');
    const tokyo = assessGrounding('What is the hotel room rate for a trip to Tokyo?', rates, stats);
    expect([tokyo.grounded, tokyo.reason]).toEqual([
      false,
      'no retrieved passage on the rest of the question mentions "Tokyo"',
    ]);
    // "The Austrian office" is named by a passage about Graz, which lies in Austria.
    const statsWithAustria = statsOf({ fire: 2, warden: 1, graz: 3, austrian: 2, offic: 30 }, 80);
    expect(
      assessGrounding('Who is the fire warden at the Austrian office?', rates, statsWithAustria).grounded,
    ).toBe(true);
    expect(
      assessGrounding(
        'Who is the fire warden at the Leeds office?',
        rates,
        statsOf({ fire: 2, warden: 1, graz: 3, leed: 2, offic: 30 }, 80),
      ).grounded,
    ).toBe(false);
  });

  it('not grounded: the amount asked for a place, held only by a passage for other places', () => {
    expect(expectedAnswerType("What's the late shift premium in Zaragoza?")).toBe('amount');
    const passages = [
      {
        title: 'Shift allowances',
        text: 'Shift premium per hour · Shift: Late · Northampton: £1.10 · Doncaster: £1.05',
      },
      { title: 'Zaragoza site notes', text: 'At Zaragoza the late shift runs from 14:00 to 22:00.' },
    ];
    const stats = statsOf({ late: 6, shift: 20, premium: 5, zaragoza: 3, northampton: 8, doncast: 8 }, 80);
    const zaragoza = assessGrounding("What's the late shift premium in Zaragoza?", passages, stats);
    expect([zaragoza.grounded, zaragoza.reason]).toEqual([
      false,
      `no passage about "What's the late shift premium in Zaragoza" holds an amount`,
    ]);
    // The table does hold it for a place it names.
    expect(assessGrounding("What's the late shift premium in Doncaster?", passages, stats).grounded).toBe(
      true,
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

  it('reads the counts of a phrase said another way: "pay range" is known where the base says "pay band"', async () => {
    // The base says "pay band", never "range"; it knows the question's other words.
    const known: Record<string, number> = { pai: 3, band: 3, hourli: 2, reach: 1, truck: 1, driver: 4 };
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
