import { describe, expect, it } from 'vitest';
import { readRomanianQuestion } from './romanian-question.js';

describe('a question asked in Romanian of an English knowledge base', () => {
  it('is read as the English it asks: its words of asking, its days and phrases in English, its grammar left out', () => {
    expect(readRomanianQuestion('cate zile de concediu de odihna am pe an?')).toBe(
      'how many days annual leave year?',
    );
    expect(readRomanianQuestion('la ce ora pleaca microbuzul vineri?')).toBe(
      'what time leave microbuz Friday?',
    );
    expect(readRomanianQuestion('cand se plateste salariul luna asta?')).toBe('when paid salary this month?');
    expect(readRomanianQuestion('unde e cantina?')).toBe('where cantina?');
    expect(readRomanianQuestion('care e programul de lucru la depozit?')).toBe(
      'which working hours depozit?',
    );
    expect(readRomanianQuestion('Buna ziua, va rog unde depun foaia de boala?')).toBe(
      'where submit sick note?',
    );
  });

  it('reads it alike typed with the marks of "ă â î ș ț", or with Moldova\'s older "î"', () => {
    expect(readRomanianQuestion('câte zile de concediu de odihnă am pe an?')).toBe(
      'how many days annual leave year?',
    );
    expect(readRomanianQuestion('la ce oră pleacă microbuzul de la fabrică vineri seara?')).toBe(
      'what time leave microbuz fabrică Friday evening?',
    );
    expect(readRomanianQuestion('Cum pot să iau o zi liberă pe 8 martie?')).toBe(
      'how can I take day off 8 March?',
    );
    expect(readRomanianQuestion('pînă cînd trebuie să depun certificatul medical?')).toBe(
      'until when do I have to submit medical certificate?',
    );
    expect(readRomanianQuestion('mi-a venit fluturașul de salariu, de ce s-a scăzut prima?')).toBe(
      'payslip, why deduct prima?',
    );
  });

  it('reads the verbs of a question about work in English, and drops those that say nothing of its topic', () => {
    expect(readRomanianQuestion('se platesc orele suplimentare sambata si duminica?')).toBe(
      'paid overtime Saturday Sunday?',
    );
    expect(readRomanianQuestion('am dreptul la concediu medical daca sunt in perioada de proba?')).toBe(
      'entitled to sick leave perioada proba?',
    );
    expect(readRomanianQuestion('ce trebuie sa fac ca sa primesc diurna pentru deplasare?')).toBe(
      'what do I have to do get diurna deplasare?',
    );
    expect(readRomanianQuestion('pot sa schimb tura cu un coleg?')).toBe('can I change shift colleague?');
    expect(readRomanianQuestion('am voie sa fumez in pauza de masa?')).toBe('allowed to smoke lunch break?');
    expect(readRomanianQuestion('cat costa pranzul la cantina?')).toBe(
      'how much does it cost lunch cantina?',
    );
  });

  it('reads "luni" as months after a number and Monday else, "mai" as May after a date, "care" as asking only opening a clause', () => {
    expect(readRomanianQuestion('dupa cate luni de lucru pot sa iau concediu?')).toBe(
      'after how many months work can I take leave?',
    );
    expect(readRomanianQuestion('luni lucreaza cantina?')).toBe('Monday work cantina?');
    expect(readRomanianQuestion('de 1 mai lucram sau avem zi libera?')).toBe('1 May work day off?');
    expect(readRomanianQuestion('colegii care lucreaza in schimbul de noapte primesc tichete de masa?')).toBe(
      'colleagues work shift night get tichete masa?',
    );
  });

  it('keeps the Russian words Moldovan staff mix in as typed, and takes none of them for Romanian', () => {
    expect(readRomanianQuestion('cand se da zarplata si otpusk cat dureaza?')).toBe(
      'when zarplata otpusk how long?',
    );
    expect(readRomanianQuestion('cînd vine premia?')).toBe('when premia?');
    for (const q of [
      'skolko dnei otpusk u menya?',
      'kogda budet zarplata i avans?',
      'smena bolnicinii premia',
    ])
      expect(readRomanianQuestion(q)).toBe(q);
  });

  it('leaves an English question, with a Romanian word or two or none, as it is', () => {
    for (const q of [
      'how many days of annual leave do I get?',
      'what time does the canteen open on Friday?',
      'is the bus free?',
      'when is the avans paid, and how much is the prima?',
      'where do I hand in the foaie de boala?',
      'is the microbuz running on sambata?',
      'cate zile de concediu de odihna do I get?',
      'who takes care of the cat during the Christmas party?',
    ])
      expect(readRomanianQuestion(q)).toBe(q);
  });

  it("leaves a question in Romanian's neighbours, Spanish, Italian, French and Portuguese, as it is", () => {
    for (const q of [
      'cuantos dias de vacaciones me tocan este año?',
      'a que hora abre el comedor el sabado?',
      'a che ora apre la mensa venerdi?',
      'quanti giorni di ferie ho all anno?',
      'combien de jours de congé j ai par an?',
      'est-ce que le pot de départ est payé?',
      'quantos dias de ferias eu tenho por ano?',
      'a que horas sai o autocarro da fabrica?',
    ])
      expect(readRomanianQuestion(q)).toBe(q);
  });
});
