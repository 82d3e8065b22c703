import { describe, expect, it } from 'vitest';
import { readCatalanQuestion } from './catalan-question.js';

describe('a question asked in Catalan of an English knowledge base', () => {
  it('is read as the English it asks: its words of asking, its days and its nouns of work in English', () => {
    expect(readCatalanQuestion('quants dies de vacances tinc?')).toBe('how many days holidays?');
    expect(readCatalanQuestion('quan cobrem la nomina de desembre?')).toBe('when paid payslip December?');
    expect(readCatalanQuestion('a quina hora surt el bus del personal cap a Soldeu?')).toBe(
      'what time leave staff bus to Soldeu?',
    );
    expect(readCatalanQuestion('com demano un avançament?')).toBe('how request advance?');
    expect(readCatalanQuestion("quant paguen d'hores extres els diumenges?")).toBe(
      'how much paid overtime Sundays?',
    );
    expect(readCatalanQuestion('qui es el cap de pistes?')).toBe('who is head of slopes?');
    expect(readCatalanQuestion("puc portar la meva parella a l'allotjament?")).toBe(
      'can I bring partner accommodation?',
    );
    expect(readCatalanQuestion("on es recull l'uniforme?")).toBe('where collect uniform?');
    expect(readCatalanQuestion('q he de fer si estic malalt?')).toBe('what do I have to do if sick?');
    expect(readCatalanQuestion('Quants dies de vacances em queden aquest any?')).toBe(
      'how many days holidays year?',
    );
  });

  it('reads the questions of pay, pay dates and allowances', () => {
    expect(readCatalanQuestion('quant cobro al mes si faig el torn de nit?')).toBe(
      'how much paid per month if night shift?',
    );
    expect(readCatalanQuestion('quan cobrem?')).toBe('when paid?');
    expect(readCatalanQuestion('quant es cobra de plus de nocturnitat?')).toBe(
      'how much paid night allowance?',
    );
    expect(readCatalanQuestion('cada quant cobrem les propines?')).toBe('how often paid tips?');
    expect(readCatalanQuestion('hi ha dietes si treballo fora?')).toBe('is there allowance if work away?');
    expect(readCatalanQuestion('quant costa el forfet per als treballadors?')).toBe(
      'how much does it cost ski pass workers?',
    );
    expect(readCatalanQuestion('quines hores extres es paguen doble?')).toBe('what overtime paid double?');
    // "quant d'…": Cape Verdean Creole's reader would take it for its own "quant".
    expect(readCatalanQuestion("quant cobro d'hores extres?")).toBe('how much paid overtime?');
    expect(readCatalanQuestion("quant val l'allotjament?")).toBe('how much does it cost accommodation?');
    expect(readCatalanQuestion("m'han descomptat dies de la nomina, a qui ho dic?")).toBe(
      'deduct days payslip, who?',
    );
  });

  it('reads the questions of leave, sickness and sick notes', () => {
    expect(readCatalanQuestion('quants dies de baixa em paguen si em poso malalt?')).toBe(
      'how many days sick leave paid if sick?',
    );
    expect(readCatalanQuestion('on porto el justificant del metge?')).toBe(
      'where bring medical certificate?',
    );
    expect(readCatalanQuestion("he d'entregar el full de baixa a recursos humans?")).toBe(
      'do I have to submit sick note HR?',
    );
    expect(readCatalanQuestion('bon dia, com puc demanar la baixa per maternitat?')).toBe(
      'how can I request maternity leave?',
    );
    expect(readCatalanQuestion('tinc dret a dies lliures si treballo els festius?')).toBe(
      'am I entitled days off if work public holidays?',
    );
    expect(readCatalanQuestion("quants dies festius tenim a l'any?")).toBe(
      'how many days public holidays year?',
    );
    expect(readCatalanQuestion("puc agafar vacances a l'agost?")).toBe('can I take holidays August?');
    expect(readCatalanQuestion('tinc febre, he de portar el justificant del metge el primer dia?')).toBe(
      'fever, do I have to bring medical certificate first day?',
    );
  });

  it('reads the questions of shifts and transport, and keeps a place named in several words whole', () => {
    expect(readCatalanQuestion('puc canviar el torn amb un company?')).toBe('can I change shift colleague?');
    expect(readCatalanQuestion('que passa si arribo tard al torn de mati?')).toBe(
      'what happens if arrive late morning shift?',
    );
    expect(readCatalanQuestion('hi ha bus el dissabte a la nit?')).toBe('is there bus Saturday night?');
    expect(readCatalanQuestion('quants torns de nit fem?')).toBe('how many night shifts?');
    expect(readCatalanQuestion('hola! quan surt el bus cap a Grandvalira demà al matí?')).toBe(
      'when leave bus to Grandvalira tomorrow morning?',
    );
    expect(readCatalanQuestion('la llançadora cap a Pas de la Casa passa diumenge?')).toBe(
      'shuttle to Pas de la Casa Sunday?',
    );
  });

  it('reads the questions of uniforms and kit, lodging and the canteen', () => {
    expect(readCatalanQuestion('quan em donen les botes i els guants?')).toBe('when boots and gloves?');
    expect(readCatalanQuestion('el casc es obligatori a les pistes?')).toBe('helmet compulsory slopes?');
    expect(readCatalanQuestion('on son les taquilles del vestidor?')).toBe('where locker changing room?');
    expect(readCatalanQuestion('em donen uniforme nou cada temporada?')).toBe('uniform new every season?');
    expect(readCatalanQuestion('a quina hora obre el menjador per esmorzar?')).toBe(
      'what time open canteen breakfast?',
    );
    expect(readCatalanQuestion('el pis de personal te wifi?')).toBe('staff accommodation wifi?');
  });

  it('reads the questions of advances and loans', () => {
    expect(readCatalanQuestion('es pot demanar una bestreta a mitjans de mes?')).toBe(
      'can I request advance mid-month?',
    );
    expect(readCatalanQuestion('em poden avançar part de la nomina?')).toBe('can they advance part payslip?');
    expect(readCatalanQuestion("l'empresa fa prestecs als treballadors?")).toBe('company loan workers?');
    expect(readCatalanQuestion("quant d'avançament puc demanar?")).toBe('how much advance can I request?');
  });

  it("reads a private question about a named colleague, the colleague's name kept as typed", () => {
    expect(readCatalanQuestion('quin es el numero de telefon de la Marta?')).toBe(
      'what is phone number Marta?',
    );
    expect(readCatalanQuestion('quant guanya la Laia de sou?')).toBe('how much earn Laia salary?');
    expect(readCatalanQuestion('quina adreça te en Pere?')).toBe('what address Pere?');
    // "Marc" is a name after "en", March after "de".
    expect(readCatalanQuestion("quina malaltia te en Marc? esta de baixa des de l'1 de març")).toBe(
      'what illness Marc? sick leave since 1 March',
    );
  });

  it('reads it typed without apostrophes, in shorthand, in Valencian or Balearic, or mixed with English', () => {
    expect(readCatalanQuestion('quant paguen dhores extres els diumenges?')).toBe(
      'how much paid overtime Sundays?',
    );
    expect(readCatalanQuestion('puc portar la meva parella a lallotjament?')).toBe(
      'can I bring partner accommodation?',
    );
    expect(readCatalanQuestion('xq no he cobrat les hores extra?')).toBe('why paid overtime?');
    expect(readCatalanQuestion('qnts dies de vacanses tinc?')).toBe('how many days holidays?');
    expect(readCatalanQuestion('què he de fer si perdo la targeta?')).toBe(
      'what do I have to do if lose card?',
    );
    // Valencian "ix" (leaves) and "deixe" (I leave); Balearic "cobram" and the article "sa".
    expect(readCatalanQuestion('a quina hora ix el bus de la residencia?')).toBe(
      'what time leave bus accommodation?',
    );
    expect(readCatalanQuestion('on deixe la roba de treball?')).toBe('where leave work clothes?');
    expect(readCatalanQuestion('quan cobram sa nomina?')).toBe('when paid payslip?');
    expect(readCatalanQuestion('puc fer overtime el diumenge?')).toBe('can I overtime Sunday?');
    expect(readCatalanQuestion('quan cobrem el bonus de temporada?')).toBe('when paid bonus season?');
  });

  it('leaves an English question, with a Catalan word or two or none, as it is', () => {
    for (const q of [
      'how many days of holidays do I have?',
      'when are we paid the December payslip?',
      'what time does the staff bus leave for Soldeu?',
      'can I bring my parella to the allotjament?',
      'where do I collect the uniforme?',
      'is the menjador open on diumenge?',
      'who is the cap de pistes?',
      'how much is the paga extra in juny?',
      'Overtime pay on Mon?',
      'hi, quick question about the bus',
      // Names and acronyms spelt as Catalan words ("hui" today, "soc" I am, "nit" night, "ara" now).
      "Hui Ling's mobile number?",
      "Hui's shift tomorrow?",
      'SOC director on call?',
      'NIT campus bus times?',
      "Ara's leave balance?",
    ])
      expect(readCatalanQuestion(q)).toBe(q);
  });

  it('leaves a question in Spanish as it is, its own readers\u2019 among them', () => {
    for (const q of [
      // Spanish's own reader's test questions.
      'a que hora cierra la enfermeria de planta 1 los viernes?',
      '¿a qué hora abre el comedor el sábado?',
      'si me llaman de emergencia un domingo cuantas horas me pagan minimo',
      'cuantas semanas le dan a una cuando va a parir',
      'q bola asere, a q hora es el jama y pasa la guagua?',
      'me dieron incapacidad de 5 dias en el seguro, me pagan esos dias??',
      'como reporto q voy a faltar x enfermedad?',
      // The same questions as the Catalan ones, in Spanish.
      'cuántos días de vacaciones tengo',
      'a qué hora sale el bus',
      'puedo llevar a mi pareja al alojamiento?',
      'quien es el jefe de pistas?',
      'que tengo que hacer si estoy enfermo?',
      'hay bus el sabado por la noche?',
      // "tarda" takes long in Spanish and Portuguese; "dic" is Spanish's December.
      '¿El bus tarda mucho en llegar?',
      'la baja tarda en pagarse?',
      'Por que o pagamento tarda tanto?',
      '¿La nómina de dic es doble?',
    ])
      expect(readCatalanQuestion(q)).toBe(q);
  });

  it('leaves a question in French, Portuguese, Italian, Romanian or Occitan as it is', () => {
    for (const q of [
      // French's and Portuguese's own readers' test questions.
      "c'est quand la paie ce mois-ci svp",
      'on a droit a combien de jours de conges payes par an?',
      'ou on depose la demande de conge?',
      'kan nou gagn lapay sa mwa la?',
      'a que horas abre a cantina na sexta?',
      'quantos dias de ferias tenho direito por ano?',
      'pq descontaram 3 faltas no meu contracheque?',
      'vcs pagam hora extra no sabado?',
      'o decimo terceiro é pago em dezembro ou em janeiro?',
      // The same questions as the Catalan ones, in each.
      'combien de jours de vacances j’ai par an ?',
      'est-ce que je peux amener ma copine au logement ?',
      'a que horas sai o autocarro para Soldeu?',
      'posso levar a minha namorada para o alojamento?',
      'quanti giorni di ferie ho?',
      "posso portare la mia compagna nell'alloggio?",
      'a che ora parte la navetta per Soldeu?',
      'cate zile de concediu am?',
      'cand se plateste salariul?',
      'quant de jorns de vacanças ai ?',
      'a quina ora parte lo bus per Soldeu ?',
      'cossí pòdi demandar un avançament ?',
    ])
      expect(readCatalanQuestion(q)).toBe(q);
  });
});
