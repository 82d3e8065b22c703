import { describe, expect, it } from 'vitest';
import { readPortugueseQuestion } from './portuguese-question.js';

describe('a question asked in Portuguese of an English knowledge base', () => {
  it('is read as the English it asks: its words of asking and its days in English, its grammar left out', () => {
    expect(readPortugueseQuestion('a que horas abre a cantina na sexta?')).toBe(
      'what time open cantina Friday?',
    );
    // With its accents as without them.
    expect(readPortugueseQuestion('Quando é que pagam o subsídio de férias?')).toBe(
      'when paid subsídio férias?',
    );
    expect(readPortugueseQuestion('quando e que pagam o subsidio de ferias?')).toBe(
      'when paid subsidio ferias?',
    );
    expect(readPortugueseQuestion('quantos dias de ferias tenho direito por ano?')).toBe(
      'how many days ferias am I entitled per year?',
    );
    expect(readPortugueseQuestion('Quanto tempo demora a baixa médica a ser paga?')).toBe(
      'how long baixa médica pay?',
    );
    expect(readPortugueseQuestion('bom dia, ate quando posso entregar o atestado?')).toBe(
      'until when can I submit atestado?',
    );
    expect(readPortugueseQuestion('qual e o valor do subsidio de natal este ano?')).toBe(
      'what valor subsidio natal year?',
    );
  });

  it('reads "de quanto em quanto tempo" as how often, not how long', () => {
    expect(readPortugueseQuestion('de quanto em quanto tempo trocam os filtros?')).toMatch(/how often/);
    expect(readPortugueseQuestion('com que frequência é a formação?')).toMatch(/how often/);
    expect(readPortugueseQuestion('quanto tempo demora o reembolso?')).toMatch(/how long/);
  });

  it('reads the chat of Brazil, Portugal, Angola and Mozambique alike', () => {
    // Brazil: "vocês", "dá pra", "ônibus", "contracheque".
    expect(readPortugueseQuestion('vcs pagam hora extra no sabado?')).toBe('paid overtime Saturday?');
    expect(readPortugueseQuestion('da pra pegar o onibus da empresa ate a fabrica?')).toBe(
      'can I onibus empresa until fabrica?',
    );
    expect(readPortugueseQuestion('pq descontaram 3 faltas no meu contracheque?')).toBe(
      'why deduct 3 absent contracheque?',
    );
    // Portugal: a pronoun joined to its verb, "segunda-feira", "autocarro".
    expect(readPortugueseQuestion('Pagam-me as horas extraordinárias ao domingo?')).toBe(
      'paid overtime Sunday?',
    );
    expect(readPortugueseQuestion('Dá-me o recibo de vencimento de março, por favor')).toBe(
      'recibo vencimento March',
    );
    expect(readPortugueseQuestion('O autocarro passa a que horas na segunda-feira?')).toBe(
      'autocarro what time Monday?',
    );
    // Angola: "ordenado", "carrinha", "armazém".
    expect(readPortugueseQuestion('o ordenado deste mes ja caiu? ainda nao recebi nada')).toBe(
      'salary month? receive',
    );
    expect(readPortugueseQuestion('a carrinha do armazem sai a que horas de segunda a sexta?')).toBe(
      'carrinha armazem leave what time Monday Friday?',
    );
    // Mozambique: "posso faltar", "decimo terceiro".
    expect(readPortugueseQuestion('posso faltar no dia 5 para ir ao hospital?')).toBe(
      'can I absent day 5 hospital?',
    );
    expect(readPortugueseQuestion('o decimo terceiro é pago em dezembro ou em janeiro?')).toBe(
      'decimo terceiro paid December January?',
    );
  });

  it('reads the verbs of a question about work in English, and drops those that say nothing of its topic', () => {
    expect(readPortugueseQuestion('como faço para pedir adiantamento do salário?')).toBe(
      'how request adiantamento salary?',
    );
    expect(readPortugueseQuestion('onde entrego o atestado medico?')).toBe('where submit atestado doctor?');
    expect(readPortugueseQuestion('quem autoriza a folga se eu trabalhar no feriado?')).toBe(
      'who approve folga work feriado?',
    );
    expect(readPortugueseQuestion('tenho que avisar o chefe quantos dias antes de tirar ferias?')).toBe(
      'do I have to notify chefe how many days antes ferias?',
    );
    // Only words Spanish has too: no Spanish word of its own ("el", "hora" without its "s").
    expect(readPortugueseQuestion('que horas abre o refeitorio?')).toBe('what time open refeitorio?');
    // Words Spanish has too ("me", "por", "hora"), read as Portuguese by those only Portuguese has ("pagam", "no").
    expect(readPortugueseQuestion('quanto me pagam por hora extra no domingo?')).toBe(
      'how much paid overtime Sunday?',
    );
    expect(readPortugueseQuestion('quantas horas extras posso fazer por semana?')).toBe(
      'how many overtime can I per week?',
    );
    // "Segunda quinzena" is the second half of a month, not a Monday.
    expect(readPortugueseQuestion('Posso tirar férias na segunda quinzena de agosto?')).toBe(
      'can I férias segunda quinzena August?',
    );
    // "Segunda via" is a copy, not a Monday; "São Domingos" a place, not a Sunday.
    expect(readPortugueseQuestion('onde peço a segunda via do recibo de vencimento?')).toBe(
      'where request copy recibo vencimento?',
    );
    expect(readPortugueseQuestion('a que horas fecha a loja de São Domingos no domingo?')).toBe(
      'what time close loja São Domingos Sunday?',
    );
  });

  it('leaves an English question with a Portuguese word or two as it is', () => {
    for (const q of [
      'how many days of annual leave do I get?',
      'what time does the canteen open on Friday?',
      'is the bus free?',
      'is the subsidio de natal paid in november or december?',
      'how many days of ferias do I get after one year?',
      'where do I hand in the atestado medico',
      'can the carrinha pick me up at the armazem on sabado?',
      'who signs my recibo de vencimento if the chefe is away',
      'do we get ajudas de custo for a diaria outside Luanda',
    ])
      expect(readPortugueseQuestion(q)).toBe(q);
  });

  it('leaves a Spanish, Italian, French or Romanian question as it is', () => {
    for (const q of [
      'cuantos dias de vacaciones me dan por ano?',
      '¿a qué hora abre el comedor el sábado?',
      'tengo que llevar el certificado medico a la oficina de personal?',
      'cuando pagan la prima de vacaciones, en junio o en julio?',
      'quanti giorni di ferie posso prendere a luglio?',
      'a che ora apre la mensa il venerdi?',
      'posso portare il mio badge in ufficio quando sono in ferie?',
      "combien de jours de congés est-ce que j'ai par an ?",
      'a quelle heure ouvre la cantine le vendredi ?',
      'unde se depune cererea de concediu?',
    ])
      expect(readPortugueseQuestion(q)).toBe(q);
  });

  it('reads chat shorthand in a Portuguese question: qto, qts, qd', () => {
    expect(readPortugueseQuestion('qto é o subsidio de alimentação agora por dia?')).toBe(
      'how much subsidio alimentação now per day?',
    );
    expect(readPortugueseQuestion('sao qts tentativas erradas ate bloquear?')).toContain(
      'how many tentativas',
    );
    expect(readPortugueseQuestion('a maquina vai estar parada qd na visita? q horas?')).toContain('when');
    // "quer dizer" is Portuguese's alone: "o q quer dizer o 294?" asks what it means.
    expect(readPortugueseQuestion('no codigo do lote o q quer dizer o 294?')).toContain('what');
    // Shorthand in capitals, or in an English question, is left as typed.
    expect(readPortugueseQuestion('QTO custa?')).toBe('QTO custa?');
    expect(readPortugueseQuestion('what does qto mean in the log?')).toBe('what does qto mean in the log?');
  });
});

describe('"e" typed for "é" (review)', () => {
  it('joins a second question only before a word of asking with a clause after it', () => {
    expect(readPortugueseQuestion('o turno da noite e quantas horas?')).not.toContain('and');
    expect(readPortugueseQuestion('a farmacia e onde?')).not.toContain('and');
    expect(readPortugueseQuestion('o refeitorio e aberto ao sabado?')).not.toContain('and');
    expect(
      readPortugueseQuestion('qts dias de ferias tenho por ano e quando é a paragem de natal este ano?'),
    ).toContain('and when');
  });
});
