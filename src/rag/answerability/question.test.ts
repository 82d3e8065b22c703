import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { tokenize } from '../../core/index.js';
import { holdsAnswerType } from './answer-shapes.js';
import { withAntecedent } from './antecedent.js';
import { assessGrounding, type TermStats } from './assess.js';
import {
  askedTerms,
  contentTerms,
  expectedAnswerType,
  partsAsked,
  questionContext,
  questionParts,
  topicTerms,
} from './question.js';
import { splitContext } from './question-context.js';

const statsOf = (counts: Record<string, number>, chunks = 100): TermStats => ({
  chunks,
  df: (t) => counts[t] ?? 0,
});

describe('what a question asks for', () => {
  it.each([
    // Typed on a phone ("What’s") or in a hurry ("whats"), as "What's".
    ['What’s the late shift premium?', 'amount'],
    ['whats the number for HR?', 'contact'],
    // Dates asked for; years of service are no date.
    ['What dates are the holidays?', 'date'],
    ['Which years of service count towards long service leave?', 'other'],
    ['How much is the dinner allowance in London?', 'amount'],
    // "How much" of a thing paid is money, however many words name it; of another thing, a quantity.
    ['how much night allowance do drivers get?', 'amount'],
    ['How much two wheeler loan do delivery associates get?', 'amount'],
    ['how much storage do I get?', 'count'],
    ['how much PTO allowance do I get?', 'count'],
    ['how much bag allowance do passengers get?', 'count'],
    ['how much compensation leave do I get for working a holiday?', 'count'],
    ['how much loan tenure is allowed?', 'count'],
    ['what % off do we get at the gym with Perks?', 'amount'],
    ['How much a month would it cost to add my kids to the cash plan?', 'amount'],
    ['How much extra is that a month?', 'amount'],
    ['What will the tuition for MSc Public Health be in the 2028/2029 session?', 'amount'],
    ['What is the rent for a single room at the estate?', 'amount'],
    ['What temperature is cold room CR-J7 set at?', 'amount'],
    ['How cold should the reefer truck be?', 'amount'],
    ['how fast should IT respond to a P3 job', 'duration'],
    ['how fast the generator go come on', 'duration'],
    ['how fast does the standby generator kick in?', 'duration'],
    ['how fast does it run at start up?', 'amount'],
    ["what are the harvesters' normal weekday hours?", 'time'],
    ['How many working hours are in a week?', 'duration'],
    ['How fast can I drive on the farm roads?', 'amount'],
    ['How fast are forklifts allowed to go in the yard?', 'amount'],
    ['Can you explain how hot desks are booked?', 'other'],
    ['How warm should I dress for the cold store?', 'other'],
    ['How heavy is the penalty for a late timesheet?', 'other'],
    ['What is the best way to rent a car for a work trip?', 'other'],
    ['What are the levy exemptions for apprentices?', 'other'],
    ['What is the tuition assistance policy?', 'other'],
    ['How much extra holiday do I get after 5 years?', 'count'],
    ['What are the IT help desk hours?', 'time'],
    ['What hours is the service desk manned?', 'time'],
    ['What are the library opening hours on Saturday?', 'time'],
    ['How much notice do I give?', 'duration'],
    // How much of a length of leave is paid: a length of time ("all 12 weeks with full pay"), not money.
    ['im pregnant!! how much of the maternity leave is paid', 'duration'],
    ['How much of my notice period do I have to work?', 'duration'],
    // Money of the leave is money: "holiday pay", "leave encashment".
    ['How much of my holiday pay is taxable?', 'amount'],
    ['How much of the leave encashment is taxed?', 'amount'],
    ['How much of my leave allowance is left?', 'duration'],
    // Money by another name: "how much lunch money", "how much spending cash" (an allowance may be days or data).
    ['hey how much lunch money we getting per shift now', 'amount'],
    ['how much spending cash do I get on a trip', 'amount'],
    // Notice, leave and holiday are lengths of time; "time off" keeps its words ("time" is no topic of a length).
    ['How much annual leave do I get?', 'duration'],
    // Leave pay is money; a leave allowance stays a count of what it allows (below).
    ['How much holiday pay do I get?', 'amount'],
    ['How long is the probation period?', 'duration'],
    ['How many days of annual leave do I get?', 'duration'],
    ['How many members sit on the Board?', 'count'],
    ['What score do I need on the bilingual test?', 'count'],
    ['whats the pass mark', 'count'],
    ['If I am a Senior Engineer, how much notice do I give when I quit?', 'duration'],
    // Money named by what it pays for: "study assistance", "tuition support" (tuition is money).
    ['How much study assistance can I get each year?', 'amount'],
    ['How much tuition support is there?', 'amount'],
    ['How much study leave do I get?', 'count'],
    // An allowance or support of days or data is no money.
    ['How much holiday allowance do I get?', 'count'],
    ['How much data allowance does my work phone have?', 'count'],
    ['When is payday?', 'date'],
    ['How early must I call in sick?', 'time'],
    ['Who leads the IT service desk?', 'person'],
    ["What's her extension?", 'contact'],
    ['What number do I ring for the Speak Up line?', 'contact'],
    ['What is the maximum number of nominations a month?', 'count'],
    ['What number do I ring for the maximum number of nominations?', 'contact'],
    ['How do I change my bank details?', 'steps'],
    ['walk me through the prestart walkaround on the truck', 'steps'],
    ['Could you walk me through the prestart check?', 'steps'],
    ['Steps to sign up for salary packaging?', 'steps'],
    ['whats the routine to get in with all the biosecurity stuff?', 'steps'],
    ['Which wash programme do I run them through?', 'other'],
    ['what should the driver do step by step?', 'steps'],
    ['kindly tell the procedure for COD cash deposit', 'steps'],
    ['Please explain the process to claim mileage.', 'steps'],
    ['tell me the process owner for payroll', 'other'],
    ['A guest is allergic to sesame. What do I actually do with her order?', 'steps'],
    ['Found a bracelet in a room - what am I supposed to do with it?', 'steps'],
    ['What am I actually meant to do if I find a fire?', 'steps'],
    ['My work laptop was stolen last night. What do I need to do?', 'steps'],
    ['What exactly am I supposed to do?', 'steps'],
    ['A contractor is coming on Thursday. What does he have to do when he turns up?', 'steps'],
    ["What's the process for sending it?", 'steps'],
    ['What does lunch cost at the Pune canteen?', 'amount'],
    ['What does the cost cover?', 'other'],
    ['What does the low cost plan include?', 'other'],
    // To have a thing done is a procedure; to get somewhere or get paid is not.
    ['How do I get my AWS certification fee reimbursed?', 'steps'],
    ['How do I get to the Leeds office?', 'other'],
    // To get a thing issued is a procedure too; to get a bus somewhere is not.
    ['How do I get a sea-time testimonial for my application?', 'steps'],
    ['How can I get my P60 reissued?', 'steps'],
    ['How do I get the bus to the depot?', 'other'],
    ['What does the winner get?', 'other'],
    ['Ann Lee is new. What does she do?', 'other'],
    ['What do they do at the Lyon office?', 'other'],
    ['Is the Lyon office open on Whit Monday?', 'yes-no'],
    ['What is the rule on pets?', 'other'],
    // The asker's story does not set the type; a question may open with a phrase that sets the scene.
    ['I got charged £5 for my badge. When is the next payday?', 'date'],
    ['Moving in next month. On top of the weekly charge, am I going to get a council tax bill?', 'yes-no'],
    // A reason: "why", "how come", "what's the reason"; a follow-up read after the question it follows.
    ['Why is the Family plan so expensive?', 'reason'],
    ['How come my box was late?', 'reason'],
    ["What's the reason for the deposit?", 'reason'],
    ['How much does the Family plan cost. Why?', 'reason'],
    // Chat leaves the question mark off: the last sentence is still what is asked.
    ['can i pay the driver in cash. why not tho', 'reason'],
    // …but a last sentence that asks nothing is not what is asked.
    ['how do i reset my password. i forgot it', 'steps'],
    ['can i pay by card. thanks', 'yes-no'],
    ['What are the dinner timings in the camp mess?', 'time'],
    // A request put politely asks for the thing, not whether it can be told.
    ['Can you tell me the public holidays for 2028?', 'other'],
    ['Could you please give me the night allowance rate?', 'amount'],
    // …but asking whether, or what "you" do, is yes or no.
    ['Can you tell me if I can carry over unused leave?', 'yes-no'],
    ['Can you tell me whether contractors get the bonus?', 'yes-no'],
    ['Do you give refunds for a late box?', 'yes-no'],
    // "why" inside a clause is not what is asked.
    ["That's why I ask: when is the cut-off?", 'date'],
    ['Can you explain why my box was late?', 'reason'],
    ['I want to know why I was charged twice', 'reason'],
    // Asking for something else with "why" (the price, put as a request).
    ["Why don't you tell me the price of the Single plan?", 'amount'],
    ['Why not just pause it?', 'other'],
    ["What's the reason code on my invoice?", 'other'],
    // A date asked for by naming it; a rate of the day is money.
    ['What is the last date to upload my investment proofs this year?', 'date'],
    ["What's the deadline to sign up for the session?", 'date'],
    ['What is the start date of the course?', 'date'],
    ['What is the day rate for a driver?', 'amount'],
    // A fine, an increment, a gratuity or a percentage asked for is money too.
    ['what is the fine if somebody smokes inside the room in staff village', 'amount'],
    ['whats the yearly increment % this year', 'amount'],
    ['how much gratuity do we get when we finish the contract?', 'amount'],
    ['what is the fine print on the contract about?', 'other'],
    // A penalty may be a warning, an increment a version's (second review).
    ['What is the penalty for not wearing a hard hat on site?', 'other'],
    // A length asked for by its name; not what comes with it.
    ['What is the new standard lead time for the seat cover fabric?', 'duration'],
    ["What's the probation period for new staff?", 'duration'],
    ['what is the response time for a P1 ticket', 'duration'],
    ['What is the notice period pay?', 'other'],
    // Review: a thing of the length, or what one is, is no length.
    ['What are the rules for the probation period?', 'other'],
    ['What is the purpose of the probation period?', 'other'],
    ['What is the probation period salary?', 'amount'],
    ["What is the notice period's pay?", 'other'],
    ['What is a grace period?', 'other'],
    // Review: with no "the", or with who asks after it.
    ['What is the notice period I have to give?', 'duration'],
    ['What is notice period for resignation?', 'duration'],
    ['What is my notice period once I resign?', 'duration'],
    ['how much rest do I need after a night call-out?', 'duration'],
  ])('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('splits off a second question asked by "by when" and a clause of its own, not "and when is it?"', () => {
    expect(
      questionParts(
        'How many days off sick before I need a medical certificate, and by when do I have to give it?',
      ),
    ).toEqual([
      'How many days off sick before I need a medical certificate',
      'by when do I have to give it?',
    ]);
    expect(questionParts('Where is the canteen, and when is it?')).toEqual([
      'Where is the canteen, and when is it?',
    ]);
    // A measure asked anew after a yes-no question: "how long does it take?" is a question of its own.
    expect(questionParts('can HR write me a reference letter, how long does it take?')).toEqual([
      'can HR write me a reference letter',
      'how long does it take?',
    ]);
    expect(questionParts('is it paid, and how much?')).toEqual(['is it paid, and how much?']);
  });

  it('a question mark with a question of four words or more after it ends a part, whatever that one opens with', () => {
    expect(
      questionParts('april roster when come out ah? and I want take leave in May, latest apply by when?'),
    ).toEqual(['april roster when come out ah?', 'and I want take leave in May, latest apply by when?']);
    // A short one goes on asking the one before.
    expect(questionParts('can I claim the doctor visit? upto how much?')).toEqual([
      'can I claim the doctor visit? upto how much?',
    ]);
    // A second question that opens with when it asks of, or with "until when".
    expect(
      questionParts('when is the flu jab at the revir, and on normal weeks which days is the doctor in?'),
    ).toEqual(['when is the flu jab at the revir', 'on normal weeks which days is the doctor in?']);
    expect(
      questionParts('whats last order at the tasting bar and until when does the bar-only shift run'),
    ).toEqual(['whats last order at the tasting bar', 'until when does the bar-only shift run']);
    expect(questionParts('can i carry unused leave to next year? how many days and until when')).toEqual([
      'can i carry unused leave to next year',
      'how many days until when',
    ]);
    // A follow-up that narrows the question, or asks with no word of asking, stays with it (review).
    for (const q of [
      'Who do I call if I am sick? My manager or HR?',
      'Is parking free? For staff on night shift only?',
      'Do we get paid for the public holiday? Even if it falls on my day off?',
      'can I claim the doctor visit? upto how much ?',
    ])
      expect(questionParts(q)).toEqual([q]);
    // A yes/no question after it asks by its verb before who does it.
    expect(
      questionParts(
        'Heroes Day is on a Sunday, so is the Monday off? And if I am at sea that day do I get holiday pay?',
      ),
    ).toHaveLength(2);
    // A yes/no question after it, its verb before a thing or a person (second review).
    for (const q of [
      'Where is the first aid room? Has the defibrillator been checked this month?',
      'Is the bonus paid in December? So does the night shift get it too?',
      'Is parking free? But is the staff car park open on Sundays?',
    ])
      expect([q, questionParts(q).length]).toEqual([q, 2]);
    // A clause that narrows the question is no question of its own; "And when I work…," is a condition (second review).
    expect(questionParts('Can I take my leave in July, and in the week when schools close?')).toHaveLength(1);
    expect(
      questionParts('What is the meal allowance? And when I work a double shift, how much extra do I get?'),
    ).toEqual(['What is the meal allowance', 'And when I work a double shift, how much extra do I get?']);
    // "And when …?" is a question of its own, no condition (review).
    expect(
      questionParts('What is the allowance? And when is it paid? And who approves the claim?'),
    ).toHaveLength(3);
    // A condition opened by "And if" still opens the question after it.
    expect(
      questionParts(
        'Do I get a paid day off for the move? And if I want the day after off as holiday too, how much notice do I need to give?',
      ),
    ).toEqual([
      'Do I get a paid day off for the move?',
      'And if I want the day after off as holiday too, how much notice do I need to give?',
    ]);
  });

  it('reads a condition before a question said without a comma as context for every part, but not a condition alone', () => {
    expect(
      questionParts(
        'if i work the evening shift on the syrups line what time do i finish, and how much is the evening allowance?',
      ),
    ).toEqual([
      'if i work the evening shift on the syrups line. what time do i finish',
      'if i work the evening shift on the syrups line. how much is the evening allowance?',
    ]);
    expect(questionParts('if my kid is sick, how many days can i take?')).toEqual([
      'if my kid is sick, how many days can i take?',
    ]);
    // A word of asking inside what the asker does not know, or before no verb of its own, asks nothing.
    expect(
      questionParts("if i don't know how much holiday i have left what should i do, and who do i ask?"),
    ).toEqual([
      "if i don't know how much holiday i have left. what should i do",
      "if i don't know how much holiday i have left. who do i ask?",
    ]);
    expect(
      questionParts('if i quit in february when do i turn my uniform in, and what do they charge for it?'),
    ).toEqual([
      'if i quit in february. when do i turn my uniform in',
      'if i quit in february. what do they charge for it?',
    ]);
    // "who joins" is a relative clause of the condition, not a question.
    expect(
      questionParts('If a supervisor refers a friend who joins as supervisor, how much referral money?'),
    ).toEqual(['If a supervisor refers a friend who joins as supervisor, how much referral money?']);
  });

  it('reads a part that refers back with the words of the part before, not with its asking', () => {
    const [first, second] = questionParts(
      "I'm moving into the freezer chamber. How much extra an hour do I get in there, and what kit do they give me for it?",
    );
    const read = withAntecedent(second!, first);
    expect(read).toBe(
      "I'm moving into the freezer chamber. what kit do they give me for it? extra an hour do I get in there",
    );
    // Still a question about kit, not "how much".
    expect(expectedAnswerType(read)).toBe('other');
    expect(withAntecedent('how far ahead should trips be booked?', 'Who runs the travel desk')).toBe(
      'how far ahead should trips be booked?',
    );
    // "This year" names a time, not what the part before asked about; "this" alone still points back.
    const pf = 'What percentage of my basic goes to PF';
    expect(withAntecedent('what is the last date to upload my proofs this year?', pf)).toBe(
      'what is the last date to upload my proofs this year?',
    );
    expect(withAntecedent('and who pays this?', pf)).toBe(
      'and who pays this? percentage of my basic goes to PF',
    );
    // "What's" is asking too: the topic is "the hourly pay range", not "s the hourly pay range".
    for (const whats of ["What's", 'What’s'])
      expect(withAntecedent('and is it more there?', `${whats} the hourly pay range`)).toBe(
        'and is it more there? the hourly pay range',
      );
    // "There" is the place the part names itself, not the part before: the night premium is asked alone.
    const [pay, premium] = questionParts(
      "I drive a reach truck at Bellshill. What's the hourly pay range for my job and how much is the night premium there?",
    );
    expect(withAntecedent(premium!, pay)).toBe(premium);
    // "is there" asks whether something exists: the part is still about what the part before asked.
    expect(withAntecedent('is there a limit at Bellshill?', 'How many days can I carry over')).toBe(
      'is there a limit at Bellshill? days can I carry over',
    );
    expect(withAntecedent('and is there a limit?', 'How many days can I carry over')).toBe(
      'and is there a limit? days can I carry over',
    );
  });

  it('a part that asks "who" of the same thing is a part of its own, though it says no word of its topic', () => {
    expect(questionParts('What is that supplier charged, and who tells them?')).toEqual([
      'What is that supplier charged',
      'who tells them?',
    ]);
    // A word of asking alone is still part of the question before it.
    expect(questionParts('What is the fee, and when?')).toEqual(['What is the fee, and when?']);
  });

  it('splits off a second question that opens with its condition, and keeps a bare condition with its question', () => {
    expect(
      questionParts(
        "What date is labour day this year, and if I'm rostered on that day do I get another day off?",
      ),
    ).toEqual(['What date is labour day this year', "if I'm rostered on that day do I get another day off?"]);
    expect(
      questionParts(
        'How long is probation, and once I am through it how much could I borrow on the hardship loan?',
      ),
    ).toEqual([
      'How long is probation',
      'once I am through it how much could I borrow on the hardship loan?',
    ]);
    // "if so" is no condition of its own: the question goes on.
    expect(questionParts('Can I carry over leave, and if so how many days?')).toEqual([
      'Can I carry over leave, and if so how many days?',
    ]);
    // A condition that asks nothing opens the question after it.
    expect(
      questionParts(
        'Is the wedding a paid day off, and if I want three weeks off for it, who needs to approve that?',
      ),
    ).toEqual([
      'Is the wedding a paid day off',
      'if I want three weeks off for it, who needs to approve that?',
    ]);
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
    // A second question may open with a word that joins it on.
    expect(
      questionParts('How much is the first aider allowance? Also how often is a full fire drill?'),
    ).toEqual(['How much is the first aider allowance', 'Also how often is a full fire drill?']);
    // "so" and "then" join no question on: "…and then do a day shift, get a rest day?" is one question.
    for (const q of [
      'Is it true that staff who work nights, and then do a day shift, get a rest day?',
      'I work weekends and so do my colleagues, is there a premium?',
    ])
      expect(questionParts(q)).toEqual([q]);
    // Without a subject after it, "and will" or "and did" goes on with the same question.
    const late = 'Who do I ring if I am running late and will miss the start of my shift?';
    expect(questionParts(late)).toEqual([late]);
    expect(questionParts('Who approved the rota, Will or Sam?')).toEqual([
      'Who approved the rota, Will or Sam?',
    ]);
  });

  it('a word that says how long something is valid names the kind of answer, not the topic', () => {
    expect(topicTerms('How long does the ENG1 certificate last?')).not.toContain(tokenize('last')[0]);
    expect(topicTerms('When is the last sailing?')).toContain(tokenize('last')[0]);
  });

  it('knows the shape of an answer: amounts, lengths of time, table cells under a unit, new names', () => {
    expect(holdsAnswerType('Dinner: up to £36.', 'amount')).toBe(true);
    // A length of time in seconds, as hand washing is timed.
    const wash = 'Wash hands and forearms with soap for at least 30 seconds and dry them.';
    expect(holdsAnswerType(wash, 'duration', 'how long do we wash hands before gowning up?')).toBe(true);
    expect(holdsAnswerType('Lávese las manos durante 40 segundos.', 'duration')).toBe(true);
    // A count of days is said in days or hours, not in seconds or minutes alone.
    const days = 'my granny passed away yesterday, how many days off do i get';
    expect(holdsAnswerType('Convalida: 72 °C per 15 secondi, prova della valvola.', 'duration', days)).toBe(
      false,
    );
    expect(holdsAnswerType('Death of a grandparent: 1 working day.', 'duration', days)).toBe(true);
    expect(
      holdsAnswerType('Ask at least 48 hours before.', 'duration', 'how many days notice do i need?'),
    ).toBe(true);
    // In English too: a unit's word without its figure counts nothing ("an approved unit", "the timer").
    const english = 'Pasteurise at 72 °C for 15 seconds in an approved unit, until the timer beeps.';
    expect(holdsAnswerType(english, 'duration', days)).toBe(false);
    const bereavement = 'how many bereavement days do i get?';
    expect(holdsAnswerType(english, 'duration', bereavement)).toBe(false);
    expect(holdsAnswerType('Bereavement: 3 days, paid.', 'duration', bereavement)).toBe(true);
    // A count under a column named for its unit still answers.
    expect(
      holdsAnswerType(
        'Laptop · Replaced after (months): 36',
        'duration',
        'after how many months is it replaced?',
      ),
    ).toBe(true);
    // A column named in a currency holds money; a column named like a word does not.
    expect(holdsAnswerType('kit: Jua Plus TV · deposit_kes: 5,000 · term_months: 24', 'amount')).toBe(true);
    expect(holdsAnswerType('Item: Parking · Amount (EUR): 12', 'amount')).toBe(true);
    expect(holdsAnswerType('pen: 3 · room: 12', 'amount')).toBe(false);
    // Eastern Caribbean tables name their dollar "ECD" beside its ISO code.
    expect(holdsAnswerType('item: Basic wage, Grade 3 · rate_ecd: 15.40 · unit: per hour', 'amount')).toBe(
      true,
    );
    expect(holdsAnswerType('item: Basic wage · checked: 15', 'amount')).toBe(false);
    // A sign after the figure, as much of Europe writes it.
    expect(holdsAnswerType('Each till starts the day with a float of 150,00 €.', 'amount')).toBe(true);
    // A row whose currency cell names the currency of its figures.
    expect(
      holdsAnswerType(
        'task: Cut green cane\nrate_per_task: 8400\ncurrency: MWK\nextra_per_unit: 2900',
        'amount',
      ),
    ).toBe(true);
    expect(
      holdsAnswerType('task: Cut green cane\ncurrency: MWK\nnotes: Only in marked fields', 'amount'),
    ).toBe(false);
    // The currency column named in the site's language; in the currency asked for too.
    const row = 'articulo: Protector auditivo de copa\ncosto_reposicion: 12500\nmoneda: CRC';
    expect(holdsAnswerType(row, 'amount')).toBe(true);
    expect(holdsAnswerType(row, 'amount', 'how many colones is it?')).toBe(true);
    expect(holdsAnswerType('item: Helmet · price: 12 · Währung: EUR', 'amount')).toBe(true);
    // A column named for money in a code that is a word too, and such a code after a figure only money is written as.
    expect(holdsAnswerType('prenda: Botas · costo_reposicion_cup: 3600.00', 'amount')).toBe(true);
    expect(holdsAnswerType('Precio: 1 500,00 CUP', 'amount')).toBe(true);
    expect(holdsAnswerType('product: Hand gel · hand_gel: 2', 'amount')).toBe(false);
    expect(holdsAnswerType('Add 3 CUP of rice', 'amount')).toBe(false);
    expect(holdsAnswerType('dryer_feed_rate_kgs: 450', 'amount')).toBe(false);
    // Figures named for days or a phone are no money, and the currency asked for is read in both new forms.
    expect(holdsAnswerType('method: SEPA transfer · currency: EUR · processing_days: 3', 'amount')).toBe(
      false,
    );
    expect(
      holdsAnswerType('rate_per_task: 8400 · currency: MWK', 'amount', 'how much is it in kwacha?'),
    ).toBe(true);
    expect(holdsAnswerType('The float is 150,00 €.', 'amount', 'How much is the float in euros?')).toBe(true);
    expect(holdsAnswerType('Evening premium: 1,25 $ an hour', 'amount')).toBe(true);
    // A rate the asker gave is no answer; a rate of the text's own is.
    const onTop = 'how much does Tobyl pay into my pension on top of the 10% OPV?';
    expect(
      holdsAnswerType('pension contributions (OPV) of 10% to the Unified Pension Fund', 'amount', onTop),
    ).toBe(false);
    expect(holdsAnswerType('The company adds 5% on top of your 10%.', 'amount', onTop)).toBe(true);
    expect(
      holdsAnswerType('The OPV is 10% of pay, capped at 50 times the minimum wage.', 'amount', onTop),
    ).toBe(true);
    // A column whose name gives its currency in brackets: its cells' bare figures are money, in that currency.
    const rent =
      'House: Reynihús · Monthly rent (kr.) › Room for one: 89.000 · Monthly rent (kr.) › Shared room: 58.000';
    expect(holdsAnswerType(rent, 'amount')).toBe(true);
    expect(holdsAnswerType('Item: Parking · Fee [€]: 12', 'amount')).toBe(true);
    expect(holdsAnswerType('Grade: SO II · Basic salary (in euros): 2.140', 'amount')).toBe(true);
    expect(holdsAnswerType('Parking · Fee (EUR): 12', 'amount', 'how much is parking in rupees?')).toBe(
      false,
    );
    expect(holdsAnswerType('Parking · Fee (EUR): 12', 'amount', 'how much is parking in euros?')).toBe(true);
    // Brackets that name no currency, or a one-letter sign that may be a mark, say nothing of money.
    for (const row of [
      'Stage (days): 12',
      'Valve (R): 4',
      'Room · Size (m²): 14',
      'Beam · Length (ft): 12',
      'Bag · Weight (pounds): 45',
      'Matches (won): 12',
      'Tank · Capacity (TK): 102',
      'Downtime (MNT): 4',
      'Catheter size (Fr.): 14',
    ])
      expect(holdsAnswerType(row, 'amount')).toBe(false);
    for (const word of ['Cover · SAR: 24 hours', 'Stack · php: 8', 'Events · COP: 29'])
      expect(holdsAnswerType(word, 'amount')).toBe(false);
    // How often, in distance or running hours; a number asked for by what it numbers.
    expect(holdsAnswerType('Change the oil every 2,000 km.', 'duration')).toBe(true);
    // A length with its bound: "2 or more consecutive days".
    expect(
      holdsAnswerType(
        'If you are absent for 2 or more consecutive days, you need a certificate.',
        'duration',
      ),
    ).toBe(true);
    expect(holdsAnswerType('Bring 2 or more forms of ID.', 'duration')).toBe(false);
    // How far ahead: "the day before" is a length of time ahead; it says nothing of how long a thing lasts.
    const ahead = 'How far ahead do I have to ask for a permit?';
    expect(
      holdsAnswerType('Raise the request no later than 16.00 the day before the work.', 'duration', ahead),
    ).toBe(true);
    expect(holdsAnswerType('Raise the request in PTW Online.', 'duration', ahead)).toBe(false);
    expect(
      holdsAnswerType(
        'The review happens the month before your probation ends.',
        'duration',
        'How long is the probation period?',
      ),
    ).toBe(false);
    expect(holdsAnswerType('Service the generator every 250 running hours.', 'duration')).toBe(true);
    expect(holdsAnswerType('Pay to Paybill 4077123.', 'contact', 'What is the paybill number?')).toBe(true);
    // A year or opening hours are no such number.
    expect(
      holdsAnswerType('The paybill changed in January 2027.', 'contact', 'What is the paybill number?'),
    ).toBe(false);
    expect(
      holdsAnswerType('Support is open 0800–1700 weekdays.', 'contact', 'What is the support number?'),
    ).toBe(false);
    expect(holdsAnswerType('Pay to Paybill 4077123.', 'contact', 'What number do I call for help?')).toBe(
      false,
    );
    expect(
      holdsAnswerType('Pay to Paybill 4077123.', 'contact', "What is the help desk's phone number?"),
    ).toBe(false);
    // A rate of pay said as a multiple of it.
    expect(holdsAnswerType('Sunday overtime is paid at double time.', 'amount')).toBe(true);
    expect(holdsAnswerType('Saturdays are paid at time and a half.', 'amount')).toBe(true);
    // A multiple of pay in the ways rate tables write it; a count of times is no amount.
    for (const rate of [
      'Rate: 1.5 × base rate',
      'Overtime is paid at 1.25 × basic beyond 45 hours.',
      'Rate: 1,5 times the normal hourly wage',
      'Sunday: double the normal hourly wage',
      'Bank holidays are paid at time-and-a-half.',
    ])
      expect(holdsAnswerType(rate, 'amount')).toBe(true);
    for (const other of [
      'Fire drills are held 3 times a year.',
      'Band 5 pay scales are reviewed each April.',
      'There are two salary reviews a year.',
      'Your final salary is paid over 2 pay periods.',
      'Monitors are 24 × 16 inches.',
      'Use 2 × AA batteries.',
    ])
      expect(holdsAnswerType(other, 'amount')).toBe(false);
    // An amount in the currency asked for: "in ringgit" is not answered in Singapore dollars.
    expect(holdsAnswerType('Night shift: S$12 per shift', 'amount', 'How much is it in ringgit?')).toBe(
      false,
    );
    expect(holdsAnswerType('Senai Depot: RM 70 per night', 'amount', 'How much is it in ringgit?')).toBe(
      true,
    );
    // Amounts in any currency, by its sign, code or name: rand, rupees, Canadian dollars.
    expect(holdsAnswerType('8-ton truck · Limit per month: R22 000 · Fuel: Diesel', 'amount')).toBe(true);
    expect(holdsAnswerType('4-ton truck · Limit per month: ZAR 12 000', 'amount')).toBe(true);
    expect(holdsAnswerType('Travel advance of Rs. 4,500 per trip', 'amount')).toBe(true);
    expect(holdsAnswerType('The sign-on bonus is CAD 2,000.', 'amount')).toBe(true);
    expect(holdsAnswerType('Staff coffee is 75¢ a cup.', 'amount')).toBe(true);
    expect(holdsAnswerType('Photocopies cost 10 cents a page.', 'amount')).toBe(true);
    // A code that starts with R is no rand: "HSR-R04 leaves at 04:30".
    expect(holdsAnswerType('Route HSR-R04 · Seats: 4', 'amount')).toBe(false);
    expect(holdsAnswerType('Kilometre rate: R4,95 per km', 'amount', 'how many rand per km?')).toBe(true);
    expect(holdsAnswerType('Kilometre rate: $0.68 per km', 'amount', 'how many rand per km?')).toBe(false);
    expect(holdsAnswerType('Mileage: CAD 0.68 per km', 'amount', 'how many dollars a km?')).toBe(true);
    // Nothing to pay is an amount too: "is it free?" is answered by it.
    expect(holdsAnswerType('Cancelling costs nothing.', 'amount')).toBe(true);
    expect(holdsAnswerType('You are not charged for skipped weeks.', 'amount')).toBe(true);
    expect(holdsAnswerType('There is no extra fee for a second box.', 'amount')).toBe(true);
    // A row of rates in cents beside what they are paid per, with no currency written.
    const rate =
      'allowance: Leading hand allowance · unit: per week · townsville_mackay: 89.40 · cairns: 89.40';
    expect(holdsAnswerType(rate, 'amount', "what's my weekly allowance?")).toBe(true);
    expect(holdsAnswerType('Shift: Early · Start: 06.30 · Breaks: one per shift', 'amount')).toBe(false);
    expect(holdsAnswerType('We meet at 10.30 once per week.', 'amount')).toBe(false);
    // A figure a clock could show is money when the row names its currency in words.
    const dollars = 'differential: Bilingual · rn_or_lpn: 1.25 · notes: Dollars per hour; lasts 3 years';
    expect(holdsAnswerType(dollars, 'amount', 'how much extra per hour is it?')).toBe(true);
    expect(holdsAnswerType('Shift: Late · Break: 1.25 · notes: one per hour', 'amount')).toBe(false);
    // An extension in a site note's language is a way to reach someone ("extensión 4400", "interno 210").
    expect(holdsAnswerType('Emergencias: llame al 112 y después a la extensión 4400.', 'contact')).toBe(true);
    expect(holdsAnswerType('Telefona al interno 210.', 'contact')).toBe(true);
    expect(holdsAnswerType('name: Ilse Varga · extension: 4200', 'contact')).toBe(true);
    expect(holdsAnswerType('Daniel Okoro handles billing. His extension is 4419.', 'contact')).toBe(true);
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
    // "How many times do I press it?": twice.
    expect(holdsAnswerType('Press the emergency button on the ETM twice.', 'count')).toBe(true);
    // Money is no count and no length of time ("£30.00 Night-out allowance").
    expect(holdsAnswerType('Allowance per night: £30.00 Night-out allowance', 'count')).toBe(false);
    expect(holdsAnswerType('Allowance per night: £30.00 Night-out allowance', 'duration')).toBe(false);
    expect(holdsAnswerType('Up to 3 nights, then £30 a night.', 'count')).toBe(true);
    expect(holdsAnswerType('Probation lasts six months.', 'duration')).toBe(true);
    // Days of a kind a school or a bank counts.
    expect(
      holdsAnswerType('A seat not used for 5 school days in a row goes to the next person.', 'duration'),
    ).toBe(true);
    expect(holdsAnswerType('Funds clear in 3 banking days.', 'duration')).toBe(true);
    // An e-mail address asked for is not answered by a phone line; a number or an e-mail may answer "how do I
    // contact…".
    const eap = 'What is the email address of the EAP?';
    expect(holdsAnswerType('Phone the toll-free line on 0800 204 040, 24 hours a day.', 'contact', eap)).toBe(
      false,
    );
    expect(holdsAnswerType('Write to eap@ubuntucare.example.', 'contact', eap)).toBe(true);
    expect(
      holdsAnswerType('Phone 0800 204 040.', 'contact', 'What number or e-mail do I use for the EAP?'),
    ).toBe(true);
    // Opening hours as people write them.
    expect(holdsAnswerType('Opening hours are 9 to 5.', 'time')).toBe(true);
    expect(holdsAnswerType('Stop: Santa Justa · Time: 05h35 · Returns: 14h10', 'time')).toBe(true);
    expect(holdsAnswerType('The help desk is open from 8 h 30.', 'time')).toBe(true);
    expect(holdsAnswerType('Take the 4h course first.', 'time')).toBe(false);
    for (const text of [
      'The course lasts 1h30.',
      'A 2h30 session on Monday.',
      'Cycle time 1 h 15 per batch.',
    ])
      expect(holdsAnswerType(text, 'time')).toBe(false);
    expect(holdsAnswerType('The desk is staffed 8–18 on weekdays.', 'time')).toBe(true);
    // The 24-hour clock with "hrs", as a hospital roster writes it.
    expect(holdsAnswerType('Days: Sunday · Counter open: 0900–1300hrs', 'time')).toBe(true);
    expect(holdsAnswerType('Phone the ward by 1900hrs.', 'date')).toBe(true);
    expect(holdsAnswerType('Days: Sunday · Counter open: closed', 'time')).toBe(false);
    expect(holdsAnswerType('Report at 2900hrs.', 'time')).toBe(false);
    // Without "hrs", as a mine camp writes it: a range opening before 20:00, a time with its leading zero.
    expect(holdsAnswerType('Meal: Dinner · Mess open: 1600 – 2000', 'time')).toBe(true);
    expect(holdsAnswerType('Day shift prestart at the go-line: 0545', 'time')).toBe(true);
    // A timetable's departure or arrival cell, whatever its first figure.
    expect(
      holdsAnswerType('Day: Wednesday · Perth to Marra Ridge › Departs: 1330 · Arrives: 1525', 'time'),
    ).toBe(true);
    expect(holdsAnswerType('Flight: SPX435 · Seats: 1330', 'time')).toBe(false);
    expect(holdsAnswerType('Departs: 13305', 'time')).toBe(false);
    // A deposit or a count of departures is no time (review).
    expect(holdsAnswerType('Room: Deluxe · Rate: 4500 · Dep: 1500', 'time')).toBe(false);
    expect(holdsAnswerType('Flights per year · Departures: 1240 · Arrivals: 1236', 'time')).toBe(false);
    for (const notTime of [
      'The 2027–2028 season',
      'Call 0800 123 456 for help.',
      'Stock code 0545-22.',
      'The gym is in Room 0412.',
      'Part numbers 0545 and 0546 are in stock.',
      'Built 1914–1918 by the railway.',
      'Load from 1000 - 1500 kg per trip.',
      'Phone (0121) 496 0000',
      'Shift allowance: $1000 – 1500',
      'Darwin NT 0800',
      'Route 1234',
    ])
      expect(holdsAnswerType(notTime, 'time')).toBe(false);
    // How often: "every quarter", "quarterly", "twice a year".
    for (const often of [
      'Fire drills are held every quarter.',
      'Drills run quarterly.',
      'We test twice a year.',
    ])
      expect(holdsAnswerType(often, 'duration')).toBe(true);
    // The end of a date before a "day:" cell is no length of time.
    expect(holdsAnswerType('date: 2026-01-06 day: Tuesday event: Epifania', 'duration')).toBe(false);
    expect(holdsAnswerType('Rotas go up 14 days ahead.', 'duration')).toBe(true);
    // Words that say what kind of days a length counts may stand between the number and the unit.
    expect(holdsAnswerType('You may carry over up to 5 unused days.', 'duration')).toBe(true);
    expect(holdsAnswerType('Staff get 8 paid sick days a year.', 'duration')).toBe(true);
    expect(holdsAnswerType('The calendar marks 8 blue days.', 'duration')).toBe(false);
    expect(holdsAnswerType('Role: CAD specialist · Replacement cycle (months): 36', 'duration')).toBe(true);
    // A field named with its unit, as exports name columns.
    expect(holdsAnswerType('code: CP-08 · product: Chlorapyr 240 SC · rei_hours: 48', 'duration')).toBe(true);
    expect(holdsAnswerType('code: CP-08 · product: Chlorapyr 240 SC · ppe_level: 3', 'duration')).toBe(false);
    for (const field of [
      'rate_per_hour: 12.50',
      'cost_per_night: 9500',
      'pay_day: 25',
      'opening_hours: 08:00-17:00',
    ])
      expect(holdsAnswerType(`city: Mombasa · ${field}`, 'duration')).toBe(false);
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
    expect(holdsAnswerType('A paragem de metro fica a 10 minutos a pé.', 'duration')).toBe(true);
    expect(holdsAnswerType('La fermata è a 5 minuti dal magazzino.', 'duration')).toBe(true);
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

  it('"how often" is answered by a rate or an occasion, not only by a length of time', () => {
    const often = 'how often does the gate pick people for a hand search?';
    expect(
      holdsAnswerType('The gate picks 1 in 5 exits at random for a hand search.', 'duration', often),
    ).toBe(true);
    expect(
      holdsAnswerType(
        'Field staff receive 5 shirts each year.',
        'duration',
        'How often do I get new shirts?',
      ),
    ).toBe(true);
    const hat = 'How often do I get a new hard hat?';
    expect(holdsAnswerType('Ask for a replacement when it is worn or damaged.', 'duration', hat)).toBe(true);
    expect(holdsAnswerType('Hard hats are issued by the stores.', 'duration', hat)).toBe(false);
    // "a" is a rate only before a unit of time: "book a visit" says how, not how often.
    expect(
      holdsAnswerType(
        'Book a visit with the contractor.',
        'duration',
        'How often are extinguishers checked?',
      ),
    ).toBe(false);
    // Only "how often" reads a rate so: "how long" still needs a length of time.
    expect(
      holdsAnswerType('Field staff receive 5 shirts each year.', 'duration', 'How long do shirts last?'),
    ).toBe(false);
  });

  it('"who is the HR manager?" asks who holds a role: a person\'s name answers it, another role or team does not', () => {
    const who = 'Who is the HR manager?';
    expect(holdsAnswerType('Managers may agree fewer remote days with their team.', 'person', who)).toBe(
      false,
    );
    expect(holdsAnswerType('Ask the People Team in Halden Hub.', 'person', who)).toBe(false);
    expect(holdsAnswerType('Owner: Learning & Development Manager', 'person', who)).toBe(false);
    expect(holdsAnswerType('name: Deirdre Lonergan · role: HR Manager', 'person', who)).toBe(true);
    // The same holds for such a part of a longer question, but not for "who do I ask…".
    const part = 'When is payday, and who is our HR coordinator?';
    expect(holdsAnswerType('Ask the People Team in Halden Hub.', 'person', part)).toBe(false);
    expect(holdsAnswerType('Ask the People Team.', 'person', 'Who do I ask about payday?')).toBe(true);
  });

  it('knows a reason by its words of cause, purpose, rule or condition', () => {
    expect(holdsAnswerType('Packed boxes cannot be paused, because they are prepared ahead.', 'reason')).toBe(
      true,
    );
    expect(holdsAnswerType('Wear gloves to protect your hands.', 'reason')).toBe(true);
    expect(holdsAnswerType('Balances are shown in hours if you work 12-hour shifts.', 'reason')).toBe(true);
    expect(holdsAnswerType('Overtime is paid at time and a half, so plan shifts early.', 'reason')).toBe(
      true,
    );
    expect(holdsAnswerType('The Family plan costs 89 EUR per week.', 'reason')).toBe(false);
    expect(holdsAnswerType('Pause your plan for up to eight weeks under Settings.', 'reason')).toBe(false);
    // Words that look like a reason and are not one.
    expect(holdsAnswerType('If you have questions, ring 0800 123.', 'reason')).toBe(false);
    expect(holdsAnswerType('Since 2020 we deliver to Belgium.', 'reason')).toBe(false);
    expect(holdsAnswerType('This is the Family plan, for four people.', 'reason')).toBe(false);
    expect(holdsAnswerType('Staff are invited to meet the team on Monday.', 'reason')).toBe(false);
    expect(holdsAnswerType('Why choose Fernway?', 'reason')).toBe(false);
    // "How often": every so many of anything.
    expect(holdsAnswerType('Coveralls go in the laundry bin after every 3 shifts.', 'duration')).toBe(true);
    expect(holdsAnswerType('Every 3 of us share a desk.', 'duration')).toBe(false);
    expect(holdsAnswerType('There is one fire marshal for every 20 employees.', 'duration')).toBe(false);
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

  it('a statement set off by a dash, or told before a wish to know, is context', () => {
    expect(
      questionContext(
        "Good to know. The whole trip is about ten weeks — I might be wrong, but wasn't there a maximum on a break?",
      ),
    ).toEqual({
      context: 'Good to know. The whole trip is about ten weeks',
      asked: "I might be wrong, but wasn't there a maximum on a break?",
    });
    expect(
      questionContext(
        "Ha, worth a try. Seriously though, a friend gave me a code from a flyer and I'd like to know when those stop working.",
      ),
    ).toEqual({
      context: 'Ha, worth a try. Seriously though, a friend gave me a code from a flyer',
      asked: "I'd like to know when those stop working.",
    });
    // A few words are no statement of the dash's own (a first piece that asks nothing is read as context later).
    const short = 'Quick one — can I skip a week?';
    // With no question mark, a condition that goes on to ask ("if … will I …") is the question after the story.
    expect(
      splitContext(
        'I have a babalas after a wedding. if I tell the foreman before the test will I be disciplined',
      ),
    ).toEqual({
      context: 'I have a babalas after a wedding.',
      asked: 'if I tell the foreman before the test will I be disciplined',
    });
    expect(splitContext(short)).toEqual({ context: '', asked: short });
  });

  it('hedges and apologies are no words of the topic', () => {
    // Irregular forms of everyday verbs name no topic, as their regular forms do not.
    expect(contentTerms('What percentage of my basic goes to PF?')).toEqual(['percentag', 'basic', 'pf']);
    // "Kindly advise" is how a question is put; an adviser is a topic (review).
    expect(contentTerms('Kindly advise what percentage goes to PF.')).toEqual(['percentag', 'pf']);
    expect(contentTerms('Is there a financial adviser I can talk to?')).toContain('advis');
    expect(contentTerms('Who took the leave they were given?')).toEqual(['leav']);
    expect(contentTerms("I might be wrong, but wasn't there a maximum on a pause?")).toEqual([
      'maximum',
      'paus',
    ]);
    expect(contentTerms("Sorry, I don't mean to be rude, but I'm assuming the box is free?")).toEqual([
      'box',
      'free',
    ]);
    // Singapore's particles say nothing of the topic either, where they end a clause; inside one they are words.
    expect(contentTerms('the bonus paid which month har? can claim or not lah')).toEqual(
      contentTerms('the bonus paid which month? can claim or not'),
    );
    expect(contentTerms('compassionate leave for my ah ma')).toContain('ah');
    expect(contentTerms('who is mr liao')).toContain('liao');
    // East and Central Africa's "ka" (small) after a determiner; Hindi and Urdu's "ka" (of) after a name stays.
    expect(contentTerms('how many lates for my ka young brother')).toEqual(
      contentTerms('how many lates for my young brother'),
    );
    expect(contentTerms('how much is the ka allowance per night')).not.toContain('ka');
    expect(contentTerms('Ayesha Khan ka mobile number')).toContain('ka');
    // Hong Kong's particles too: "ar", "la", "wor" where they end a clause.
    expect(contentTerms('annual leave have how many days ar?')).toEqual(
      contentTerms('annual leave have how many days?'),
    );
    expect(contentTerms('forgot my password again la. how to reset')).toEqual(
      contentTerms('forgot my password again. how to reset'),
    );
    // Who asked the asker is the story ("Resident ask me…"); residents asked about are the topic.
    expect(contentTerms('Resident ask me how much to book the table?')).toEqual(
      contentTerms('how much to book the table?'),
    );
    expect(
      contentTerms('residents keep asking me at counter - the other lift still can use or not?'),
    ).not.toContain('resid');
    expect(contentTerms('Can residents book the clubhouse?')).toContain('resid');
    expect(contentTerms('Can tenants ask us to repair the boiler?')).toContain('tenant');
    // "Ka Wai Chuen" names a place: only "ka" in lower case after a determiner is the diminutive.
    expect(contentTerms('Is the Ka Wai Chuen car park open on Sunday?')).toContain('ka');
    // A time of day that names a thing ("the afternoon shift") says which one, not the kind of answer.
    expect(askedTerms('I am on afternoon shift. The bus leaves what time?')).toContain('afternoon');
    expect(askedTerms('What time in the afternoon does the bus leave?')).not.toContain('afternoon');
  });

  it('reads the parts of a question read from another language, its words of asking where the answer goes', () => {
    // "en la ofi de aduanas cuanto es el vale de almuerzo y a q hora almuerza el turno normal?"
    expect(partsAsked('oficina aduanas how much vale lunch and what time lunch turno normal?')).toEqual([
      'oficina aduanas how much vale lunch',
      'what time lunch turno normal?',
    ]);
    // "le 8 mars a l'unite karite on travaille ou pas? et la majoration de jour c combien": a yes-no question
    // keeps its question mark, so it still asks.
    expect(partsAsked('8 March unite karite work? and majoration day how much')).toEqual([
      '8 March unite karite work?',
      'majoration day how much',
    ]);
    expect(partsAsked('utk visite medicale when, and shuttle shift 1 part what time?')).toEqual([
      'utk visite medicale when',
      'shuttle shift 1 part what time?',
    ]);
    // Said in English, a question word inside a story is still the story.
    expect(partsAsked("I'm not sure when, and who do I ask about my shift?")).toEqual([
      'who do I ask about my shift?',
    ]);
  });

  it('a part asked with its question word where the answer goes is a part of its own', () => {
    expect(
      partsAsked(
        'our lorry is leaving for Mombasa on monday 29th may. when will they offload us at Shimanzi, and the night allowance in Kenya is how much?',
      ),
    ).toEqual(['when will they offload us at Shimanzi', 'the night allowance in Kenya is how much?']);
    expect(
      partsAsked(
        'The engineer is coming. Each machine must stay at the depot workshop how long, and the battery must charge how full before we send?',
      ),
    ).toEqual([
      'Each machine must stay at the depot workshop how long',
      'the battery must charge how full before we send?',
    ]);
    // A question reported or not known is the asker's story, not a part.
    expect(partsAsked('My manager asked me how long, can I extend my parental leave?')).toEqual([
      'can I extend my parental leave?',
    ]);
    expect(partsAsked("I don't know how much, can you tell me the rate?")).toEqual([
      'can you tell me the rate?',
    ]);
    // A list said with "and" asks once; a question word fronted by a word or two is read as before.
    expect(partsAsked('I need the form, and the manager signs it when?')).toHaveLength(1);
    expect(
      questionContext('Central is open late. Until what time, and what rate do I get that night?').context,
    ).toContain('Until what time');
  });

  it('reads a question with a long run of spaces in linear time', () => {
    // Four times the run takes about four times as long, not sixteen (a ratio of two runs side by side, so a loaded
    // machine slows both alike).
    const spaces = (n: number) => questionParts(`What is${' '.repeat(n)}the mileage rate?`);
    expect(growthOf(spaces, 1_000_000)).toBeLessThan(9);
  });

  // Each reading in its own test: together they take seconds on a loaded machine.
  it('reads a long run of spaces after a comma in linear time', () => {
    // After a comma, before an aside's laughter.
    const comma = (n: number) => questionContext(`can i pause it,${' '.repeat(n)}x lol`);
    expect(growthOf(comma, 3_000_000)).toBeLessThan(9);
  });

  it('reads long runs of dots in linear time', () => {
    // Reading runs of dots leaves the garbage collector work that grows faster than the text (ratios of 7 to 10 at
    // n = 80,000, 4 to 6 here): a large n evens it out.
    const dots = (n: number) => questionContext(`${'a.. '.repeat(n)}how?`);
    expect(growthOf(dots, 240_000)).toBeLessThan(9);
  });

  it('reads a question word where the answer goes after a long run of spaces or words in linear time', () => {
    // A question word where the answer goes, after a long run of spaces or words.
    const howFull = (n: number) =>
      questionParts(`it must stay${' '.repeat(n)}how long, and the battery must charge how full?`);
    expect(growthOf(howFull, 800_000)).toBeLessThan(9);
    const words = (n: number) =>
      questionParts(`${'word '.repeat(n)}how long, and ${'x '.repeat(n)}how full?`);
    expect(growthOf(words, 250_000)).toBeLessThan(9);
  });

  it('a part asked where its answer goes ("must I send it when?") stands on its own', () => {
    expect(questionParts('I was sick 3 days, do I need a certificate? must I send it when?')).toEqual([
      'I was sick 3 days. do I need a certificate',
      'I was sick 3 days. must I send it when?',
    ]);
  });

  it('a reason given by "in case …" is context, not what a part asks', () => {
    const q =
      "Starting at Utrecht on Monday. Where do I leave my bike? And what's the phone number for our HR coordinator in case I can't find the staff door?";
    expect(partsAsked(q)).toEqual([
      'Where do I leave my bike',
      "And what's the phone number for our HR coordinator?",
    ]);
    expect(questionContext(q).context).toBe(
      "Starting at Utrecht on Monday. in case I can't find the staff door",
    );
    // Too little would be left to ask: "in case" stays; "in case of a gas leak" is what is asked about.
    expect(partsAsked('Why in case?')).toEqual(['Why in case?']);
    expect(partsAsked('Who should I call in case of a gas leak?')).toEqual([
      'Who should I call in case of a gas leak?',
    ]);
  });

  it('a need of help said at the end ("if I have questions") is dropped; what the questions are about is asked', () => {
    const q =
      'Which day is the rig out of service, and who is the engineering foreman at Lufubu if I have questions?';
    expect(partsAsked(q)).toEqual([
      'Which day is the rig out of service',
      'who is the engineering foreman at Lufubu?',
    ]);
    expect(questionContext('Who is the payroll officer if we have any queries?')).toEqual({
      context: '',
      asked: 'Who is the payroll officer?',
    });
    expect(questionContext(q).context).toBe('');
    expect(partsAsked('Who do I call if I have questions about my payslip?')).toEqual([
      'Who do I call if I have questions about my payslip?',
    ]);
    // Only after a part that asks whom to turn to: otherwise the need is what is asked about.
    expect(partsAsked('What should I do if I need help?')).toEqual(['What should I do if I need help?']);
    expect(partsAsked('What happens if we have more questions?')).toEqual([
      'What happens if we have more questions?',
    ]);
    // A reason said before it is still context.
    expect(
      questionContext('Who is the HR coordinator in case I cannot find the door, if I have questions?'),
    ).toEqual({ context: 'in case I cannot find the door', asked: 'Who is the HR coordinator?' });
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
    const clerk = 'whats the number for the speak up line? want to report a clerk who is cheating farmers';
    expect(questionContext(clerk).asked).toBe('whats the number for the speak up line?');
    // After a verb of asking, "who" and "which" ask again.
    const onCall = 'Can I swap my Friday shift? need to know who is on call that night';
    expect(questionContext(onCall).context).toBe('');
    expect(questionContext('Which locker do I get? not sure which is mine').context).toBe('');
  });

  it('reads a question typed in a chat: shorthand, laughter and the markers of a new question name no topic', () => {
    expect(contentTerms('is just reporting enough lol, ngl kinda weird')).toEqual(
      contentTerms('is just reporting weird'),
    );
    expect(contentTerms('done thx. random other thing, when does the driver come')).toEqual(
      contentTerms('done. when does the driver come'),
    );
    expect(contentTerms('ok back to the pause, is there a max')).toEqual(
      contentTerms('the pause, is there a max'),
    );
    expect(contentTerms('totally separate q, what day is my card charged')).toEqual(
      contentTerms('what day is my card charged'),
    );
    // "As part of it" says what a thing belongs to; "which part of the form" asks about a part.
    expect(contentTerms('who gets an ECG as part of it?')).toEqual(['ecg']);
    expect(contentTerms('which part of the form do I sign?')).toContain('part');
    // Only lower case, as chat writes them: "RN" is a nurse. "Is this email legit?" asks whether it is.
    expect(contentTerms('What is the night shift pay rate for an RN?')).toContain('rn');
    expect(contentTerms('is this email legit')).toContain('legit');
    expect(contentTerms('is that legit lol')).toEqual(contentTerms('is that'));
    // "other" and "quick" still name things when no question follows them as a marker.
    expect(contentTerms('is there another quick recipe')).toEqual(
      contentTerms('is there another quick recipe'),
    );
    expect(contentTerms('what other payment methods')).toContain('payment');
  });

  it('a last clause that laughs or shrugs is said beside the question; a clause that asks is not', () => {
    const q = 'what day does the money get taken off my card, payday is the 25th so timing kinda matters lol';
    expect(questionContext(q)).toEqual({
      context: 'payday is the 25th so timing kinda matters lol',
      asked: 'what day does the money get taken off my card',
    });
    const why = 'wait so u keep my invoices after?? whats the reason for that, feels kinda sketchy ngl';
    expect(questionContext(why).context).toBe('feels kinda sketchy ngl');
    expect(expectedAnswerType(why)).toBe('reason');
    // A clause that asks stays asked, laughter or not; no comma, no aside.
    expect(questionContext('can i pause it, how long can i pause it lol').context).toBe('');
    expect(questionContext('can i pause my box lol').context).toBe('');
    // A clause that qualifies the question is part of it, laughing or not.
    expect(questionContext('can i get a refund, even on sale items lol').context).toBe('');
    expect(questionContext('how much is the family plan, the one for 4 ppl lol').context).toBe('');
    expect(questionContext('can i cancel my plan, for my kids lol').context).toBe('');
    // A longer clause after a preposition is a remark of its own.
    expect(questionContext('can i cancel my plan, in fairness the recipes got boring lol').context).toBe(
      'in fairness the recipes got boring lol',
    );
  });

  it('a last sentence without a mark asks when a clause of it asks ("…, can i use both at once")', () => {
    const q = 'where do i put a discount code. i have another one too, can i use both at once or nah';
    // The earlier sentence and the clause that asks nothing are both context.
    expect(questionContext(q)).toEqual({
      context: 'where do i put a discount code. i have another one too',
      asked: 'can i use both at once or nah',
    });
    // A statement with no clause that asks stays what it is.
    expect(questionContext('i reset my password. i forgot it again, sorry').context).toBe('');
  });

  it('dots inside a question are a pause in it, not the end of a sentence', () => {
    expect(questionContext('do you deliver to... ghent?')).toEqual({
      context: '',
      asked: 'do you deliver to  ghent?',
    });
    expect(expectedAnswerType('how long can i pause it for... 3 weeks?')).toBe('duration');
    // Closed by "or not", a question asks whether, however it opens; an earlier question word still decides.
    expect(expectedAnswerType("if im sick 2 days i need a doctor's note or not?")).toBe('yes-no');
    expect(expectedAnswerType('can drink with the guests or not allowed')).toBe('yes-no');
    expect(expectedAnswerType('how much do I get, or not?')).toBe('amount');
    expect(expectedAnswerType('What determines whether a claim is approved or not?')).toBe('other');
    // A statement's dots end it, though it opens with a verb ("was double billed…").
    expect(questionContext('was double billed by the app.. can i get a refund')).toEqual({
      context: 'was double billed by the app.',
      asked: 'can i get a refund',
    });
  });

  it('a sentence ending in a run of dots is a statement before the question', () => {
    const q =
      'ok but im on a work trip til thursday and barely check that inbox.. how long before the link dies';
    expect(questionContext(q)).toEqual({
      context: 'ok but im on a work trip til thursday and barely check that inbox.',
      asked: 'how long before the link dies',
    });
  });

  it('each part asks after the context, read as a sentence of its own', () => {
    const q =
      'i deleted my account. feels kinda sketchy ngl. do you keep my invoices? whats the reason for that';
    const parts = questionParts(q);
    expect(parts).toHaveLength(2);
    expect(expectedAnswerType(parts[1]!)).toBe('reason');
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

describe('the words a question asks about', () => {
  it('leaves out the words naming the kind of answer ("valid" in "how long is the link valid?")', () => {
    expect(askedTerms('How long is the link valid?')).toEqual(['link']);
    expect(askedTerms('Is my visa valid for travel to Malaysia?')).toContain('valid');
  });
});
