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
    ).toBe('how much maximum presta empresa prestamo personal and how many months?');
    // With its accents as without them.
    expect(readSpanishQuestion('¿a qué hora abre el comedor el sábado?')).toBe(
      'what time open comedor Saturday?',
    );
    expect(readSpanishQuestion('perdi mi gafete ayer, cuanto cuesta uno nuevo?')).toBe(
      'lose gafete yesterday, how much does it cost nuevo?',
    );
  });

  it('reads the verbs of a question about work in English, and drops those that say nothing of its topic', () => {
    expect(readSpanishQuestion('si me llaman de emergencia un domingo cuantas horas me pagan minimo')).toBe(
      'call emergencia Sunday how many hours paid minimum',
    );
    expect(readSpanishQuestion('cuanto se tarda soporte en contestar si no puedo entrar a miportal')).toBe(
      'how long soporte respond can I entrar miportal',
    );
    expect(readSpanishQuestion('hasta que humedad hay que secar el cacao en las marquesinas')).toBe(
      'until humedad dry cacao marquesinas',
    );
    expect(readSpanishQuestion('si me mandan a la otra finca, me lo pagan?')).toBe('send finca, paid?');
    expect(readSpanishQuestion('cuantas semanas le dan a una cuando va a parir')).toBe(
      'how many weeks when birth',
    );
    // A verb with its pronouns written onto it is the verb ("mandarlos": send them).
    expect(readSpanishQuestion('cuando hay que mandarlos a la administracion')).toBe(
      'when send administracion',
    );
    // Caribbean chat: a greeting and "buddy" say nothing; "el jama" is the meal, "la guagua" kept for the glossary.
    expect(readSpanishQuestion('q bola asere, a q hora es el jama y pasa la guagua?')).toBe(
      ', what time meal and guagua?',
    );
    // A saint's name is a place's, not a day: "Santo Domingo".
    expect(readSpanishQuestion('a que hora abre y cierra la oficina de santo domingo?')).toBe(
      'what time open and close oficina santo domingo?',
    );
  });

  it('reads "cada cuanto" as how often, not how much', () => {
    expect(readSpanishQuestion('cada cuanto le hacen mantenimiento a los cabezales?')).toMatch(/how often/);
    expect(readSpanishQuestion('con qué frecuencia cambian los filtros?')).toMatch(/how often/);
    expect(readSpanishQuestion('cuanto cuesta el almuerzo?')).toMatch(/how much/);
  });

  it('leaves an English question with a Spanish word or two as it is', () => {
    for (const q of [
      'how much is the bono de asistencia and what day do they pay it this month?',
      'where can i see my colilla de pago from last week',
      'is the CD open on thursday 4 of october (feriado morazanico)? what hours',
    ])
      expect(readSpanishQuestion(q)).toBe(q);
  });

  it("reads chat's shorthand, the past a story is told in, and which and now", () => {
    expect(readSpanishQuestion('a q hora sale el bus de la ruta 2?')).toBe('what time leave bus ruta 2?');
    expect(readSpanishQuestion('cual es mi horario si entro a alimentacion')).toBe(
      'what is horario start alimentacion',
    );
    expect(readSpanishQuestion('me dieron incapacidad de 5 dias en el seguro, me pagan esos dias??')).toBe(
      'incapacidad 5 days seguro, paid days??',
    );
    expect(readSpanishQuestion('cuanto es el bono de cosecha ahora')).toBe('how much bono cosecha now');
    expect(readSpanishQuestion('cuanto tiempo puede durar el viaje de las postlarvas')).toBe(
      'how long travel postlarvas',
    );
    // "x" is "por" before a word, never between figures.
    expect(readSpanishQuestion('como reporto q voy a faltar x enfermedad?')).not.toContain(' x ');
    expect(readSpanishQuestion('cuantas cajas de 2 x 3 caben en la bodega?')).toContain('2 x 3');
    // "q" in an English question is no Spanish word.
    expect(readSpanishQuestion('q about the Q3 bonus')).toBe('q about the Q3 bonus');
  });
});

describe('"dejar" is no leave (review)', () => {
  it('keeps "me dejan" and "deja de" from reading as leave', () => {
    expect(readSpanishQuestion('¿me dejan trabajar desde casa los viernes?')).not.toContain('leave');
    expect(readSpanishQuestion('que hago si la maquina deja de funcionar?')).not.toContain('leave');
  });
});
