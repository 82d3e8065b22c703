import { describe, expect, it } from 'vitest';
import { readFrenchQuestion } from './french-question.js';

describe('a question asked in French of an English knowledge base', () => {
  it('is read as the English it asks: its words of asking and its days in English, its grammar left out', () => {
    expect(readFrenchQuestion('a quelle heure ouvre la cantine le samedi?')).toBe(
      'what time open canteen Saturday?',
    );
    // With its accents as without them.
    expect(readFrenchQuestion('À quelle heure ferme la cantine le vendredi?')).toBe(
      'what time close canteen Friday?',
    );
    expect(readFrenchQuestion("c'est quand la paie ce mois-ci svp")).toBe('when pay month');
    expect(readFrenchQuestion('jusqu’à quand je peux déposer mon certificat médical?')).toBe(
      'until when can I submit medical certificate?',
    );
    expect(readFrenchQuestion("Bonjour, est-ce que la navette passe à l'usine le dimanche?")).toBe(
      'shuttle factory Sunday?',
    );
  });

  it('reads the nouns of pay and work, of one word or several, and the verbs of a question about work', () => {
    expect(readFrenchQuestion('on a droit a combien de jours de conges payes par an?')).toBe(
      'are we entitled how many days paid leave year?',
    );
    expect(readFrenchQuestion('les heures supplementaires du dimanche sont payees combien?')).toBe(
      'overtime Sunday paid how much?',
    );
    // "heures sup" after "combien d'" is overtime, not hours; "griller une clope" is to smoke.
    expect(readFrenchQuestion("c'est combien d'heures sup max par semaine maintenant ?")).toBe(
      'how many overtime hours max week now?',
    );
    expect(readFrenchQuestion("combien d'heure supplémentaire par semaine ?")).toBe(
      'how many overtime hours week?',
    );
    expect(readFrenchQuestion('on peut griller une clope à côté de la chaufferie ?')).toBe(
      'can we smoke côté chaufferie?',
    );
    expect(readFrenchQuestion('ou est-ce que je recupere ma fiche de paie du mois dernier')).toBe(
      'where collect payslip month last',
    );
    expect(readFrenchQuestion("il faut un certificat medical pour un arret maladie d'un jour ?")).toBe(
      'medical certificate sick leave day?',
    );
    expect(readFrenchQuestion('la prime de fin d’année est versée quand stp')).toBe(
      'year-end bonus paid when',
    );
    expect(readFrenchQuestion('Combien on touche de per diem pour un déplacement à Bouaké?')).toBe(
      'how much get per diem travel Bouaké?',
    );
    expect(readFrenchQuestion('y a-t-il une navette pour le poste de nuit?')).toBe(
      'is there shuttle night shift?',
    );
    expect(readFrenchQuestion('je dois prévenir mon chef combien de jours avant?')).toBe(
      'must I notify chef how many days before?',
    );
    // Chat's shorthand, and a question with only one word of asking in it.
    expect(readFrenchQuestion('c koi les horaires de la navette stp')).toBe('what is hours shuttle');
    expect(readFrenchQuestion('indemnite de deplacement cest combien par jour?')).toBe(
      'allowance travel how much day?',
    );
    expect(readFrenchQuestion('le repos compensateur, ça marche comment?')).toBe('rest compensateur, how?');
    expect(readFrenchQuestion('le bus est gratuit le dimanche?')).toBe('bus free Sunday?');
  });

  it('reads the words of weather, the sea and safety at work', () => {
    const read = readFrenchQuestion('À partir de quelle vitesse du vent on annule le bateau pour Praslin ?');
    expect(read).toMatch(/\bspeed\b/);
    expect(read).toMatch(/\bwind\b/);
    expect(read).toMatch(/\bcancel\b/);
    expect(read).toMatch(/\bboat\b/);
    expect(readFrenchQuestion('on a droit à combien de paires de gants et un casque ?')).toMatch(
      /gloves.*helmet/,
    );
  });

  it('reads "tous les combien" as how often, not how much', () => {
    expect(readFrenchQuestion('les gants nitrile on les change tous les combien')).toMatch(/how often/);
    expect(readFrenchQuestion('les gants nitrile on les change tous les combien')).not.toMatch(/how much/);
    expect(readFrenchQuestion("exercice d'abandon du navire, c'est tous les combien ?")).toMatch(/how often/);
    expect(readFrenchQuestion("c'est combien le repas ?")).toMatch(/how much/);
  });

  it('reads "ou" as where only where it asks it', () => {
    expect(readFrenchQuestion('ou on depose la demande de conge?')).toBe('where submit request leave?');
    expect(readFrenchQuestion("l'entrepot c'est ou svp")).toBe('warehouse where');
    // "samedi ou dimanche": or.
    expect(readFrenchQuestion('je peux travailler samedi ou dimanche pour récupérer mon repos?')).toBe(
      'can I work Saturday Sunday collect rest?',
    );
  });

  it('reads the Mauritian Kreol its speakers type', () => {
    expect(readFrenchQuestion('kan nou gagn lapay sa mwa la?')).toBe('when do we get pay this month?');
    expect(readFrenchQuestion('ki ler kantinn ouver samdi?')).toBe('what time canteen open Saturday?');
    expect(readFrenchQuestion('eski mo kapav pran konze vandredi?')).toBe('can I leave Friday?');
    expect(readFrenchQuestion('konbien zour konze maladi nou ena drwa dan enn lane?')).toBe(
      'how many days sick leave are we entitled year?',
    );
    expect(readFrenchQuestion('kot mo bizin avoy mo sertifika medikal?')).toBe(
      'where must I send medical certificate?',
    );
    expect(readFrenchQuestion('kisannla mo bizin aple si mo malad?')).toBe('who must I call sick?');
    expect(readFrenchQuestion('Kot pou dimann lavans?')).toBe('where request advance?');
    // Kreol's "ou" is "you" and its "mwa" "me" as well as "month": a month only after a word that counts it.
    expect(readFrenchQuestion('ou kone kot biro RH?')).toBe('where office RH?');
    expect(readFrenchQuestion('Eski ou kapav dir mwa ki ler biro ouver?')).toBe(
      'can you what time office open?',
    );
  });

  it('leaves an English question with a French or Kreol word or two as it is', () => {
    for (const q of [
      'how many days of annual leave do I get?',
      'what time does the canteen open on Friday?',
      'is the bus free?',
      'when is the prime de fin d’annee paid?',
      'where do I send my arret maladie?',
      'can I give my certificat medical to the chef d’equipe on Monday?',
      'is the navette running on jour ferie?',
      'when do we get the lapay this month?',
      'navette on samedi and dimanche?',
      "I'd like to know if the cantine is open on samedi",
      'my conge starts lundi, who do I tell?',
    ])
      expect(readFrenchQuestion(q)).toBe(q);
  });

  it('leaves a question in Spanish, Portuguese, Italian, Romanian, Indonesian or Serbian as it is', () => {
    for (const q of [
      '¿a qué hora cierra la enfermería los viernes?',
      'cuanto les pagan por hora extra a los que trabajan el domingo',
      'quantos dias de ferias eu tenho direito?',
      'o autocarro e gratis ou pago? ate quando posso pedir o subsidio de ferias',
      'a che ora apre la mensa il venerdi?',
      "posso prendere le ferie ad agosto? c'è un modulo per l'ufficio?",
      'la ce ora se deschide cantina si cand se plateste salariul?',
      "c'è la mensa aperta il sabato? l'orario?",
      'ferias: posso tirar em dezembro? e o subsidio de natal, quando cai?',
      // Indonesian's "kan" and "mo", Serbian's "je": Kreol's and French's too.
      'saya mo tanya, gaji kan cair tanggal 25 kan?',
      'kad je isplata, je li?',
    ])
      expect(readFrenchQuestion(q)).toBe(q);
  });

  it("reads chat's shorthand and clipped words as the words they stand for", () => {
    expect(readFrenchQuestion('un médecin peut faire au max cb de gardes de 24h par mois ?')).toBe(
      'doctor max how many gardes 24h month?',
    );
    expect(readFrenchQuestion('cb de temps dure une rotation de renfort ?')).toBe(
      'how long rotation renfort?',
    );
    expect(readFrenchQuestion("je me suis piqué au labo d'Owendo, le kit TPE il est où exactement")).toBe(
      'piqué laboratoire Owendo, kit TPE where',
    );
    expect(readFrenchQuestion('mdp monespace il faut combien de caracteres minimum')).toBe(
      'password monespace how many caracteres minimum',
    );
    // Initials in an English question are no French word.
    expect(readFrenchQuestion('cb is my favourite initials')).toBe('cb is my favourite initials');
  });
});

describe('a mouth is no jam (review)', () => {
  it('reads "bouchée" as blocked, but not "bouches d\'incendie"', () => {
    expect(readFrenchQuestion("où sont les bouches d'incendie dans l'usine?")).not.toContain('blocked');
    expect(readFrenchQuestion("l'égreneuse est bouchée, je fais comment?")).toContain('blocked');
  });
});
