import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { alternativesOf, phrasesIn } from './synonyms.js';

const alternatives = (word: string) => alternativesOf(tokenize(word)[0]!).map((a) => a.join(' '));

describe('other wordings of a word', () => {
  it('knows everyday and regional words for what a handbook says ("gas" for "petrol", "ring" for "phone")', () => {
    expect(alternatives('gas')).toContain(tokenize('petrol')[0]);
    expect(alternatives('ring')).toEqual(expect.arrayContaining([tokenize('phone')[0], tokenize('call')[0]]));
    expect(alternatives('longest')).toContain(tokenize('maximum period').join(' '));
    expect(alternatives('jab')).toContain(tokenize('vaccination')[0]);
    expect(alternatives('hols')).toContain(tokenize('holiday')[0]);
    expect(alternatives('bracelet')).toContain(tokenize('jewellery')[0]);
    expect(alternatives('mouse')).toContain(tokenize('pest')[0]);
    expect(alternatives('constant')).toContain(tokenize('continuous')[0]);
    expect(alternatives('nicu')).toContain(tokenize('neonatal care').join(' '));
    expect(alternatives('ciggie')).toContain(tokenize('smoking')[0]);
    expect(alternatives('motorbike')).toContain(tokenize('motorcycle')[0]);
    expect(alternatives('fridge')).toContain(tokenize('refrigerator')[0]);
    // Diwali's spellings, and kava by Fiji's name for it.
    expect(alternatives('deepawali')).toContain(tokenize('diwali')[0]);
    expect(alternatives('kava')).toContain(tokenize('yaqona')[0]);
    expect(alternatives('chopper')).toContain(tokenize('helicopter')[0]);
    expect(alternatives('rent')).toContain(tokenize('house charge').join(' '));
    expect(alternatives('loud')).toContain(tokenize('noise')[0]);
    // A finiquito is what every leaver is paid at the end, not severance.
    expect(alternatives('finiquito')).toContain(tokenize('final settlement').join(' '));
    expect(alternatives('severance')).not.toContain(tokenize('finiquito')[0]);
    expect(alternatives('pediluvio')).toContain(tokenize('foot bath').join(' '));
    expect(alternatives('retort')).toContain(tokenize('autoclave')[0]);
    // Papua New Guinea's everyday words, a Maltese grandmother, and the everyday names of what a handbook names.
    expect(alternatives('raskols')).toContain(tokenize('armed men').join(' '));
    expect(alternatives('wantoks')).toContain(tokenize('relatives')[0]);
    expect(alternatives('buai')).toContain(tokenize('betel nut').join(' '));
    expect(alternatives('kaikai')).toContain(tokenize('food')[0]);
    expect(alternatives('dinau')).toContain(tokenize('loan')[0]);
    expect(alternatives('dinau')).not.toContain(tokenize('debt')[0]);
    // "Armed men" lends its "men" no robber.
    expect(alternatives('men')).not.toContain(tokenize('robbers')[0]);
    expect(alternatives('nanna')).toContain(tokenize('grandparent')[0]);
    // Tips are no gratuity (India's and the Gulf's end-of-service pay), and a bus is no shuttle.
    expect(alternatives('tips')).not.toContain(tokenize('gratuities')[0]);
    expect(alternatives('bus')).not.toContain(tokenize('shuttle')[0]);
    // A sick line is a fit note, but a line manager's "line" is no note; activity is not idleness, an EV no
    // housekeeping, "in advance" no sub, and a name that must match a passport no employer's contribution.
    expect(alternativesOf('line', tokenize('Who is my line manager?')).flat()).not.toContain('note');
    expect(alternativesOf('activ', tokenize('What activities are planned?')).flat()).not.toContain('idl');
    expect(alternativesOf('ev', tokenize('Can I charge my EV at the office?')).flat()).not.toContain(
      'housekeep',
    );
    expect(alternativesOf('advanc', tokenize('How far in advance must I book?')).flat()).not.toContain('sub');
    expect(alternativesOf('match', tokenize('Does my name need to match my passport?'))).toEqual([]);
    expect(alternativesOf('sub')).toContainEqual(tokenize('travel advance'));
    expect(alternatives('diesel')).toContain(tokenize('fuel')[0]);
    expect(alternatives('phitlho')).toContain(tokenize('funeral')[0]);
    // Feeling rough is being unwell; Southern Africa's running stomach is diarrhoea.
    const phrase = (text: string) =>
      phrasesIn(tokenize(text)).flatMap((p) => p.alternatives.map((a) => a.join(' ')));
    expect(phrase('feeling rough today')).toContain(tokenize('sick')[0]);
    expect(phrase('feeling ill again')).toContain(tokenize('unwell')[0]);
    expect(phrase('had a running stomach')).toContain(tokenize('diarrhoea')[0]);
    // A birth does not answer for an adoption.
    expect(alternatives('adoption')).not.toContain(tokenize('birth')[0]);
    expect(alternatives('ordinary')).toContain(tokenize('everyday')[0]);
    expect(alternatives('funeral')).toContain(tokenize('bereavement')[0]);
    expect(alternatives('died')).toContain(tokenize('death')[0]);
    // "The roster for the following week" is next week's.
    expect(
      phrasesIn(tokenize('the roster for next week')).flatMap((p) => p.alternatives.map((a) => a.join(' '))),
    ).toContain(tokenize('following week').join(' '));
    // Machines by their everyday names: a printer's paper cutter, the finger machine at the gate.
    expect(alternatives('guillotine')).toContain(tokenize('paper cutter').join(' '));
    const fingerMachine = phrasesIn(tokenize('put my finger on the finger machine'));
    expect(fingerMachine.flatMap((p) => p.alternatives.map((a) => a.join(' ')))).toContain(
      tokenize('fingerprint scanner').join(' '),
    );
    // Regional Englishes: an Australian's afternoon, a New Zealander's family, a Singaporean's takeaway.
    expect(alternatives('arvo')).toContain(tokenize('afternoon')[0]);
    expect(alternatives('whanau')).toContain(tokenize('family')[0]);
    expect(alternatives('dabao')).toContain(tokenize('takeaway')[0]);
    // An evening is no dinner, a holiday no closure, and early no morning: each names a time of its own.
    expect(alternatives('evening')).not.toContain(tokenize('dinner')[0]);
    expect(alternatives('holiday')).not.toContain(tokenize('closed')[0]);
    expect(alternatives('early')).not.toContain(tokenize('morning')[0]);
    // Leave is time off: annual leave does not say anything of resigning.
    expect(alternatives('resign')).not.toContain(tokenize('leave')[0]);
    expect(alternatives('leave')).not.toContain(tokenize('resign')[0]);
    // Getting married is marriage, but "wed" is Wednesday's; weed is a garden's; refuse is a verb too.
    expect(alternatives('marriage')).toContain(tokenize('getting married').join(' '));
    expect(alternatives('wed')).not.toContain(tokenize('marriage')[0]);
    expect(alternatives('marijuana')).toContain(tokenize('cannabis')[0]);
    expect(alternatives('weed')).not.toContain(tokenize('cannabis')[0]);
    expect(alternatives('refuse')).not.toContain(tokenize('rubbish')[0]);
    // "Knock off" a bill is no end of a shift, so Singapore's "pang kang" does not lend it one.
    const knockOff = phrasesIn(tokenize('knock off a bill')).flatMap((p) =>
      p.alternatives.map((a) => a.join(' ')),
    );
    expect(knockOff).not.toContain(tokenize('end of shift').join(' '));
    // A hospital's ward is no stay in hospital, and "oil" is no day in lieu.
    expect(alternatives('ward')).not.toContain(tokenize('hospitalised')[0]);
    expect(alternatives('oil')).toEqual([]);
    // Paying for a thing is being charged for it; a charge is no salary.
    expect(alternatives('paying')).toContain(tokenize('charged')[0]);
    expect(alternatives('charge')).not.toContain(tokenize('salary')[0]);
    // Insurance is a policy with an insurer, not anything that "covers" or any "plan" ("covered by the Social
    // Protection Fund", "the halal plan"): health insurance is health cover as a phrase only.
    expect(alternatives('insurance')).not.toContain(tokenize('cover')[0]);
    expect(alternatives('insurance')).not.toContain(tokenize('plan')[0]);
    expect(
      phrasesIn(tokenize('health insurance')).flatMap((p) => p.alternatives.map((a) => a.join(' '))),
    ).toContain(tokenize('health cover').join(' '));
    // A unit and its abbreviation; "hrs" is left out, as stemmed it is "hr" (human resources).
    expect(alternatives('kilometre')).toContain(tokenize('km')[0]);
    expect(alternatives('pound')).toContain(tokenize('lb')[0]);
    expect(alternatives('micron')).toContain(tokenize('µm')[0]);
    expect(alternatives('married')).toContain(tokenize('marriage')[0]);
    // East Africa's "Idd" is the Eid.
    expect(alternatives('eid')).toContain(tokenize('idd')[0]);
    expect(alternatives('mileage')).toContain(tokenize('km rate').join(' '));
    // Scottish words for children; "cheap" travel is discounted travel. A "piece break" is not listed: "piece"
    // would then stand for a meal everywhere ("the piece rate").
    expect(alternatives('bairns')).toContain(tokenize('children')[0]);
    expect(alternatives('piece')).not.toContain(tokenize('meal')[0]);
    expect(alternatives('cheap')).toContain(tokenize('discounted')[0]);
    expect(alternatives('manned')).toContain(tokenize('staffed')[0]);
    expect(alternatives('hours')).not.toContainEqual(tokenize('hr')[0]);
    expect(alternatives('mc')).toContain(tokenize('medical certificate').join(' '));
    expect(alternatives('beep')).toContain(tokenize('intermittent')[0]);
    expect(alternatives('free')).toContain(tokenize('costs nothing').join(' '));
    // The noun and the verb stemming keeps apart; "valid" stays itself ("Is my visa valid for travel?").
    expect(alternatives('expiry')).toContain(tokenize('expire')[0]);
    expect(alternatives('valid')).not.toContainEqual(tokenize('expire')[0]);
    expect(alternatives('psl')).toContain(tokenize('sick leave').join(' '));
    expect(alternatives('ebike')).toContain(tokenize('electric bike').join(' '));
    // "OH" is occupational health, not health and safety ("OHS" stems to the same word, so it is not listed).
    expect(alternatives('oh')).toContain(tokenize('occupational health').join(' '));
    expect(alternatives('oh')).not.toContain(tokenize('health and safety').join(' '));
    expect(alternatives('bluetooth')).toContain(tokenize('hands-free').join(' '));
    expect(alternatives('sauna')).toContain(tokenize('thermal suite').join(' '));
    expect(alternatives('kp')).toContain(tokenize('kitchen porter').join(' '));
    expect(alternatives('referee')).toContain(tokenize('reference')[0]);
    expect(alternatives('nan')).toContain(tokenize('grandparent')[0]);
    expect(alternatives('brekkie')).toContain(tokenize('breakfast')[0]);
    expect(alternatives('weekdays')).toContain(tokenize('Monday to Friday').join(' '));
    expect(phrasesIn(tokenize('when is the chai break'))[0]?.alternatives).toContainEqual(
      tokenize('tea break'),
    );
    expect(alternatives('tacho')).toContain(tokenize('tachograph')[0]);
    expect(alternatives('xmas')).toContain(tokenize('christmas')[0]);
    expect(alternatives('chat')).toContain(tokenize('conversation')[0]);
    expect(alternatives('rammed')).toContain(tokenize('busy')[0]);
    expect(alternatives('helpline')).toContain(tokenize('advice line').join(' '));
    expect(alternatives('skim')).toContain(tokenize('deduct')[0]);
    // Reporting fraud is whistleblowing, and doing it anonymously is doing it in confidence.
    expect(alternatives('anonymously')).toContain(tokenize('in confidence').join(' '));
    // Slang with an everyday sense of its own is left out: "nicked my finger", "broke down", "the lift".
    expect(alternatives('nicked')).toEqual([]);
    expect(alternatives('broke')).toEqual([]);
    expect(alternatives('lift')).not.toContain(tokenize('car')[0]);
    expect(alternatives('hard')).toContain(tokenize('paper')[0]);
    // "cancel for good" is not "ahead" (of "in good time"), nor are goods "shipping".
    expect(alternatives('good')).toEqual([]);
    expect(alternatives('flat')).toEqual([]);
    expect(alternatives('engagement')).toEqual([]);
    // An engagement ring is jewellery; "engagement" alone ("the engagement survey") is not.
    expect(phrasesIn(tokenize('keep my engagement ring on'))[0]?.alternatives).toContainEqual(
      tokenize('jewellery'),
    );
    // "On the trot" is "trot" once its stop words go: consecutive.
    expect(alternatives('trot')).toContain(tokenize('consecutive')[0]);
  });

  it('a word known only from a phrase stands for the word another phrase has in its place', () => {
    // "graveyard shift" and "night shift": "graveyard" alone means "night".
    expect(alternatives('graveyard')).toContain(tokenize('night')[0]);
    // A word two phrases of the group share ("band" in "pay band" and "salary band") is not swapped: it is
    // "grade" in pay, but a "Grade: G3" row of a training table does not answer "the salary band for G3".
    expect(alternatives('band')).not.toContain(tokenize('grade')[0]);
  });

  it('a word swapped only inside its phrase stands for the whole other wordings when asked alone', () => {
    const stat = tokenize('stat')[0]!;
    const wordings = (question: string) => alternativesOf(stat, tokenize(question)).map((a) => a.join(' '));
    expect(wordings('is it a stat holiday')).toContain(tokenize('bank')[0]);
    expect(wordings('is Boxing Day a stat')).toContain(tokenize('statutory holiday').join(' '));
    expect(wordings('is Boxing Day a stat')).not.toContain(tokenize('bank')[0]);
    // The phrase's words one after the other: "holiday" later in the message is not "stat holiday".
    expect(wordings('is Boxing Day a stat? asking because my holiday is booked')).not.toContain(
      tokenize('bank')[0],
    );
  });

  it('a word with a meaning of its own is not swapped by a phrase ("expense report" is not "report" = "claim")', () => {
    expect(alternatives('report')).not.toContain(tokenize('claim')[0]);
    expect(alternatives('report')).toContain(tokenize('notify')[0]);
  });

  it('lists each wording once', () => {
    const ring = alternatives('ring');
    expect(ring).toEqual([...new Set(ring)]);
  });

  it('finds the phrases a question spells, stop words gone ("pay it back"), with their other wordings', () => {
    const found = phrasesIn(tokenize('how long do I get to pay it back'));
    expect(found.map((p) => p.words.join(' '))).toContain(tokenize('pay back').join(' '));
    const payBack = found.find((p) => p.words.join(' ') === tokenize('pay back').join(' '))!;
    expect(payBack.alternatives.map((a) => a.join(' '))).toContain(tokenize('repaid')[0]);
    expect(phrasesIn(tokenize('back pay'))).toEqual([]);
    // "Bottom of the band" is its minimum.
    const bottom = phrasesIn(tokenize('the bottom of the band to the top'));
    expect(bottom.flatMap((p) => p.alternatives.map((a) => a.join(' ')))).toContain(tokenize('minimum')[0]);
  });

  it('reads everyday wordings of a per diem and man overboard, and no phone that falls in the water', () => {
    const wordings = (q: string) =>
      phrasesIn(tokenize(q)).flatMap((p) => p.alternatives.map((a) => a.join(' ')));
    expect(wordings('how much daily money do i get')).toContain(tokenize('per diem').join(' '));
    expect(wordings('what if someone falls overboard')).toContain(tokenize('man overboard').join(' '));
    expect(wordings('what if my phone falls in the water')).not.toContain(
      tokenize('man overboard').join(' '),
    );
    expect(wordings('what if someone falls overboard')).not.toContain(tokenize('side')[0]);
  });
});
