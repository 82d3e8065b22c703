import { describe, expect, it } from 'vitest';
import { readSpanishQuestion } from './spanish-question.js';

describe('a question asked in Spanish of an English knowledge base', () => {
  it('is read as the English it asks: its words of asking and its days in English, its grammar left out', () => {
    expect(readSpanishQuestion('a que hora cierra la enfermeria de planta 1 los viernes?')).toBe(
      'what time close enfermeria planta 1 Friday?',
    );
    expect(
      readSpanishQuestion(
        'cuanto es lo maximo que presta la empresa en prestamo personal y a cuantos meses?',
      ),
    ).toBe('how much maximum presta empresa prestamo personal how many meses?');
    // With its accents as without them.
    expect(readSpanishQuestion('¿a qué hora abre el comedor el sábado?')).toBe(
      'what time open comedor Saturday?',
    );
    expect(readSpanishQuestion('perdi mi gafete ayer, cuanto cuesta uno nuevo?')).toBe(
      'perdi gafete yesterday, how much does it cost uno nuevo?',
    );
  });

  it('leaves an English question with a Spanish word or two as it is', () => {
    for (const q of [
      'how much is the bono de asistencia and what day do they pay it this month?',
      'where can i see my colilla de pago from last week',
      'is the CD open on thursday 4 of october (feriado morazanico)? what hours',
    ])
      expect(readSpanishQuestion(q)).toBe(q);
  });
});
