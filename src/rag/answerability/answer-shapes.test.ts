import { describe, expect, it } from 'vitest';
import { holdsAnswerType, saysWhen } from './answer-shapes.js';

describe('a sentence that says when', () => {
  it('reads a day of every month as saying when', () => {
    expect(saysWhen('Pay is monthly, on the last working day of the month, into your bank account.')).toBe(
      true,
    );
    expect(saysWhen('Wages are paid at the end of each month.')).toBe(true);
    expect(saysWhen('Salaries arrive on the second working day of the month.')).toBe(true);
    expect(saysWhen('Vouchers are loaded at the start of each calendar month.')).toBe(true);
  });

  it('does not read a length of time or a monthly frequency as saying when', () => {
    expect(saysWhen('Pay is monthly, into your bank account.')).toBe(false);
    expect(saysWhen('You may take up to 30 days a year.')).toBe(false);
    expect(saysWhen('Claims are settled within a month.')).toBe(false);
    expect(saysWhen('The end of the month report lists every claim.')).toBe(false);
  });
});

describe('pay for a length of time', () => {
  it('is an amount in French, Spanish and Portuguese as in English', () => {
    for (const text of [
      "La prime de fin d'année est égale à un mois de salaire de base.",
      'El aguinaldo equivale a un mes de sueldo.',
      'O subsídio de férias é de um mês de salário.',
      "One month's basic salary is paid in December.",
    ])
      expect(holdsAnswerType(text, 'amount')).toBe(true);
    // A length of time alone is no amount.
    expect(holdsAnswerType('Le préavis est de un mois.', 'amount')).toBe(false);
  });
});

describe('an amount asked for as a limit', () => {
  it('is a measure in the units limits are set in', () => {
    const asked = "what's our internal aflatoxin B1 limit for releasing a lot?";
    expect(holdsAnswerType('Limit: Internal release · Aflatoxin B1: 3,0 µg/kg', 'amount', asked)).toBe(true);
    expect(holdsAnswerType('Leave the chamber above 35 ppm of CO.', 'amount', 'what is the CO limit?')).toBe(
      true,
    );
    expect(holdsAnswerType('Hearing protection above 85 dB(A).', 'amount', 'what is the noise limit?')).toBe(
      true,
    );
    expect(
      holdsAnswerType('Noise above 85 dBA needs ear defenders.', 'amount', 'what is the noise limit?'),
    ).toBe(true);
    expect(holdsAnswerType('The safety valve opens at 7 bar.', 'amount', 'what is the valve limit?')).toBe(
      true,
    );
    expect(holdsAnswerType('Lots are tested by the laboratory.', 'amount', asked)).toBe(false);
    // A unit's letters that are words or names too, before what they name: no measure.
    const pay = 'how much is the night shift allowance?';
    expect(holdsAnswerType('We have 2 bar staff on the night shift.', 'amount', pay)).toBe(false);
    expect(holdsAnswerType('The 3 DB servers are backed up nightly.', 'amount', pay)).toBe(false);
    expect(holdsAnswerType('Use 1 CM of tape on each box.', 'amount', pay)).toBe(false);
  });

  it('is no answer to a question about pay, a price or a charge, which is answered in money', () => {
    const sunday = 'how much pay for Sunday if work canning line?';
    expect(holdsAnswerType('Working pressure is 8 bar.', 'amount', sunday)).toBe(false);
    expect(holdsAnswerType('Each bag holds 20 kg of copra.', 'amount', 'what is the price of a bag?')).toBe(
      false,
    );
    // Money beside a measure still answers it; a measured limit still answers a question about a limit.
    expect(holdsAnswerType('Sunday work is paid at WST 6.90 an hour.', 'amount', sunday)).toBe(true);
    expect(holdsAnswerType('A 20 kg bag costs $3.50.', 'amount', 'what is the price of a bag?')).toBe(true);
    expect(holdsAnswerType('Sunday work is paid at double time for 8 hours.', 'amount', sunday)).toBe(true);
    expect(holdsAnswerType('Working pressure is 8 bar.', 'amount', 'what is the boiler limit?')).toBe(true);
    // An allowance or a charge may be given in kind (review).
    const baggage = 'What is the baggage allowance on the staff flight?';
    expect(holdsAnswerType('The baggage allowance is 20 kg per person.', 'amount', baggage)).toBe(true);
    const fuel = 'How much fuel allowance do drivers get?';
    expect(holdsAnswerType('Drivers get a fuel allowance of 60 litres a week.', 'amount', fuel)).toBe(true);
  });
});

describe('a length of time', () => {
  it('is read in the units of Norwegian, Swedish, Danish and Croatian too', () => {
    for (const text of [
      'Én egenmelding kan vare inntil 8 kalenderdager.',
      'Prøvetiden is 6 måneder.',
      'Sjuklönen betalas i 14 dagar.',
      'Du får 3 uger ferie.',
      'Bolovanje do 6 mjeseci plaća poslodavac.',
    ])
      expect([text, holdsAnswerType(text, 'duration')]).toEqual([text, true]);
  });

  it('is said by a sentence that leads into a list, but not by a label before its value', () => {
    const leads = 'The line operator tests it at the start of the turno and every 60 minutes:';
    expect(holdsAnswerType(leads, 'duration', 'How often must the metal detector be tested?')).toBe(true);
    // A frequency before the list of what is checked still says one.
    const often = 'Check one bottle from each line every 30 minutes: label straight, lot number readable.';
    expect(holdsAnswerType(often, 'duration', 'how often do we check labels on the bottling line')).toBe(
      true,
    );
    expect(holdsAnswerType('Minutes: see the board.', 'duration')).toBe(false);
    // French "ans" only after a number: "Ans: 4" answers a question (review).
    expect(holdsAnswerType('renouvellement: tous les 2 ans', 'duration')).toBe(true);
    expect(holdsAnswerType('Q: How many people share a cabin? Ans: 4', 'duration')).toBe(false);
    // A date's day before a "day:" cell labels what follows: no length of time.
    expect(holdsAnswerType('date: 2026-01-06 day: Tuesday', 'duration')).toBe(false);
  });

  it('is no word that only looks like a unit', () => {
    expect(holdsAnswerType('The kitchen timer is on the wall.', 'duration')).toBe(false);
    for (const text of [
      'Each fryer has 2 timer buttons.',
      'Our office is at 42 Dana Street.',
      'Ask for form 7 Sati.',
    ])
      expect([text, holdsAnswerType(text, 'duration')]).toEqual([text, false]);
    expect(
      holdsAnswerType('Work at a time, Warming break: with the shift head’s approval.', 'duration'),
    ).toBe(false);
    expect(holdsAnswerType('Dagskift and kveldskift are on the rota.', 'duration')).toBe(false);
  });
});

describe('an amount of money', () => {
  it('is the krone with its sign before the figure, as Norway writes it', () => {
    expect(holdsAnswerType('Lunsj koster kr 65 i kantina.', 'amount')).toBe(true);
    expect(holdsAnswerType('Kveldstillegg: kr 28,50 per time', 'amount')).toBe(true);
    expect(holdsAnswerType('Lunsj is served in the kantina.', 'amount')).toBe(false);
    expect(holdsAnswerType('KR 12 is the cost centre for the kitchen.', 'amount')).toBe(false);
  });

  it('is an amount in a table row whose currency cell names its figures, its columns named in Portuguese or Spanish', () => {
    const row =
      'codigo: AC-06 · descricao: Viatura própria em serviço · base: por km · valor: 35.00 · moeda: CVE';
    expect(holdsAnswerType(row, 'amount')).toBe(true);
    expect(holdsAnswerType('monto: 1200 · moneda: USD', 'amount')).toBe(true);
    // A count of days or a code beside the currency cell is no amount.
    expect(holdsAnswerType('dias: 12 · moeda: CVE', 'amount')).toBe(false);
    expect(holdsAnswerType('codigo: 12 · moeda: CVE', 'amount')).toBe(false);
  });

  it('is a figure under a column of money named in Dutch, German or the Nordic languages, beside its currency', () => {
    const row = 'code: TF-01 · basis: per maand · bedrag: 250.00 · valuta: SRD · ingangsdatum: 2029-01-01';
    expect(holdsAnswerType(row, 'amount')).toBe(true);
    expect(holdsAnswerType('Betrag: 45,00 · Währung: EUR', 'amount')).toBe(true);
    expect(holdsAnswerType('belopp: 120 · valuta: SEK', 'amount')).toBe(true);
    expect(holdsAnswerType('dagen: 12 · valuta: SRD', 'amount')).toBe(false);
    // A word of money inside another word names no money (review).
    expect(holdsAnswerType('Kostenstelle: 4711 · Währung: EUR', 'amount')).toBe(false);
    expect(holdsAnswerType('Summary_count: 12 · currency: EUR', 'amount')).toBe(false);
    // As whole words they are money's (second review).
    expect(holdsAnswerType('Preis: 45,00 · Währung: EUR', 'amount')).toBe(true);
    expect(holdsAnswerType('Kosten: 45,00 · Währung: EUR', 'amount')).toBe(true);
    expect(holdsAnswerType('Summa: 450 · Valuta: SEK', 'amount')).toBe(true);
  });

  it('reads no money in a column whose name only starts like a word of money ("primer_turno") (review)', () => {
    expect(holdsAnswerType('primer_turno: 3 · moneda: USD', 'amount')).toBe(false);
    expect(holdsAnswerType('primeiro_turno: 2 · moeda: CVE', 'amount')).toBe(false);
    expect(holdsAnswerType('prime annuelle: 200 · devise: EUR', 'amount')).toBe(true);
  });
});

describe('a share asked for', () => {
  it('is answered by a percentage, a fraction or "interest-free", not by money alone', () => {
    const percent = 'what percentage of my pay goes to NIB?';
    expect(holdsAnswerType('Staff shop purchases are limited to $60.00 a pay.', 'amount', percent)).toBe(
      false,
    );
    expect(holdsAnswerType('Employees pay 3.9% of insurable wages to NIB.', 'amount', percent)).toBe(true);
    const interest = "What's the interest rate on a staff loan?";
    expect(holdsAnswerType('A certified copy of your pay record costs BZD 30.', 'amount', interest)).toBe(
      false,
    );
    expect(
      holdsAnswerType('Staff loans are interest-free and repaid over 10 pays.', 'amount', interest),
    ).toBe(true);
    expect(
      holdsAnswerType(
        'Half of the fee is paid by the company.',
        'amount',
        'What proportion of the fee is paid?',
      ),
    ).toBe(true);
    // A time or an order said with a fraction's word is no share; "pour cent", "por cento" and "por ciento" are (review).
    expect(holdsAnswerType('NIB contributions are paid each quarter.', 'amount', percent)).toBe(false);
    expect(holdsAnswerType('Deductions of $60.00 are made on the third Friday.', 'amount', percent)).toBe(
      false,
    );
    expect(holdsAnswerType('La cotisation est de 3,9 pour cent du salaire.', 'amount', percent)).toBe(true);
    expect(holdsAnswerType('A contribuição é de 3,9 por cento do salário.', 'amount', percent)).toBe(true);
    expect(holdsAnswerType('La cuota es del 3,9 por ciento.', 'amount', percent)).toBe(true);
    // A percentage column, hyphenated fractions, Italian and German (second review).
    expect(
      holdsAnswerType(
        'contribution: NIB · employee rate (%): 3.9 · employer rate (%): 5.1',
        'amount',
        percent,
      ),
    ).toBe(true);
    expect(holdsAnswerType('Two-thirds of the fee is paid by the company.', 'amount', percent)).toBe(true);
    expect(holdsAnswerType('La quota è del 9 per cento.', 'amount', percent)).toBe(true);
    expect(holdsAnswerType('Der Beitrag beträgt 9 Prozent.', 'amount', percent)).toBe(true);
    // A sum asked with the interest in it is money (review).
    const total = 'With the interest rate, how much do I repay in total on a $1,000 staff loan?';
    expect(holdsAnswerType('You repay $1,050.00 in total over 10 pays.', 'amount', total)).toBe(true);
    // Any other amount asked is still answered in money.
    expect(holdsAnswerType('The loan is up to $500.00.', 'amount', 'How much can I borrow?')).toBe(true);
  });
});

describe('how far ahead asked', () => {
  it('is answered by a length said ahead of something, not by a length of something else', () => {
    const ahead = 'how far ahead do I have to put in for annual leave?';
    expect(holdsAnswerType('Annual leave: 18 working days', 'duration', ahead)).toBe(false);
    expect(
      holdsAnswerType('Ask in PeopleDesk at least 10 working days before the first day.', 'duration', ahead),
    ).toBe(true);
    expect(
      holdsAnswerType('Resignation: 4 weeks’ notice in writing.', 'duration', 'how much notice do I give?'),
    ).toBe(true);
    // "How much notice" asks the notice's length, said any way (an FAQ's answer under its question).
    expect(
      holdsAnswerType(
        'One month for G1 and G2; two months for G3.',
        'duration',
        'how much notice do I give?',
      ),
    ).toBe(true);
    expect(
      holdsAnswerType(
        'mindestens 10 Arbeitstage vor der Reise',
        'duration',
        'how far ahead does HR need to know?',
      ),
    ).toBe(true);
    // A warning, a lead time, and notice said in French, Spanish or German, are said ahead too (review).
    expect(
      holdsAnswerType(
        'Give your manager 2 weeks’ warning in writing.',
        'duration',
        'how much warning do I need to give?',
      ),
    ).toBe(true);
    expect(holdsAnswerType('Requests need 2 weeks lead time.', 'duration', ahead)).toBe(true);
    expect(holdsAnswerType('Démission : préavis de 1 mois.', 'duration', 'how much notice do I give?')).toBe(
      true,
    );
    expect(holdsAnswerType('Pídelas con 15 días de antelación.', 'duration', ahead)).toBe(true);
    expect(holdsAnswerType('Bitte 14 Tage vorher beantragen.', 'duration', ahead)).toBe(true);
    // "How long" asks for any length.
    expect(holdsAnswerType('Annual leave: 18 working days', 'duration', 'how long is annual leave?')).toBe(
      true,
    );
  });
});
