import { describe, expect, it } from 'vitest';
import { assessGrounding, type TermStats } from './assess.js';
import { privatePersonAsked } from './private-request.js';
import { contentTerms } from './question.js';

const statsOf = (counts: Record<string, number>, chunks = 100): TermStats => ({
  chunks,
  df: (t) => counts[t] ?? 0,
});

// A Dutch base: its pages are told to be Dutch and indexed with their Dutch stems too ("molen" also as "mol").
const meals = {
  title: 'Vergoedingen',
  text: 'code: MV-01 · vergoeding: Maaltijdvergoeding bij overwerk · voor_wie: Uurloners molen · bedrag: 85.00 · valuta: SRD',
};

describe('a question asked in the language of its documents', () => {
  it("is covered by a table row whose few words tell no language, through the question's own stems", () => {
    // The row was too short to be told Dutch: the index holds "molen" as written, not its stem "mol".
    const stats = statsOf({ maaltijdvergoed: 3, overwerk: 4, molen: 6, uurlon: 2 });
    const g = assessGrounding('hoeveel maaltijdvergoeding bij overwerk in de molen', [meals], stats);
    expect(g.grounded).toBe(true);
  });

  it('reads its small words as no key words and its other words as their stems', () => {
    expect(contentTerms('hoeveel werkdagen verlof krijg ik bij de geboorte')).toEqual([
      'werkdag',
      'verlof',
      'geboort',
    ]);
  });
});

describe('private details asked in Dutch or Russian', () => {
  it.each([
    ['wat is het bankrekeningnummer van Shanti Jagesar?', 'Shanti Jagesar'],
    ['mag ik het woonadres van Ravi Ramdin?', 'Ravi Ramdin'],
    ['чем болеет хомич людмила, она на больничном?', 'хомич людмила'],
  ])('%j asks for %s', (question, person) => {
    expect(privatePersonAsked(question)).toBe(person);
  });

  it('leaves the account number of the company alone', () => {
    expect(
      privatePersonAsked('wat is het rekeningnummer van de Belastingdienst voor de loonheffing?'),
    ).toBeUndefined();
  });
});
