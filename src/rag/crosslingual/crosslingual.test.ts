import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { englishGlosses, englishOfLoanWord, languagesOf, withGlosses } from './index.js';

describe('the language of a text, by its function words', () => {
  it('tells Greek by its letters when a question is too short for its function words', () => {
    expect(languagesOf('ποση ωρα κολατσιο εχουμε στο Δαλι;')).toEqual(['el']);
    expect(languagesOf('Is the Δ3 tank for cow milk?')).toEqual([]);
  });

  it('tells the six glossary languages from English', () => {
    expect(languagesOf('Die Kantine ist von Montag bis Freitag für alle Mitarbeiter geöffnet.')).toEqual([
      'de',
    ]);
    expect(
      languagesOf('Les badges perdus sont remplacés par la réception dans un délai de deux jours.'),
    ).toEqual(['fr']);
    expect(languagesOf('El comedor del centro abre a las doce y cierra a las tres para todos.')).toEqual([
      'es',
    ]);
    expect(languagesOf('Não há estacionamento para visitantes; os colaboradores têm um cartão.')).toEqual([
      'pt',
    ]);
    expect(languagesOf('Il parcheggio è riservato ai dipendenti della sede con un permesso.')).toEqual([
      'it',
    ]);
    expect(languagesOf('Het kantoor is open van maandag tot vrijdag en je kunt er parkeren.')).toEqual([
      'nl',
    ]);
  });

  it('tells Norwegian, Swedish and Danish from English, and glosses them', () => {
    const norwegian = 'Kantina er åpen fra kl. 07:00 til 15:30, og lunsj må betales med kortet.';
    expect(languagesOf(norwegian)).toEqual(['no']);
    expect(englishGlosses(norwegian).split(' ')).toEqual(
      expect.arrayContaining(['canteen', 'lunch', 'card']),
    );
    expect(
      languagesOf('Kantinen har öppet från 07 till 15 och det är inte tillåtet att äta vid maskinerna.'),
    ).toEqual(['sv']);
    expect(
      languagesOf('Kantinen er åben fra 7 til 15, og det er ikke tilladt at spise ved maskinerne.'),
    ).toContain('da');
  });

  it('glosses the words English text keeps from the site’s language, never an English word or a name', () => {
    const glosses = englishGlosses(
      'Feriepenger are paid with the lønn in June. The lunsj in the kantina is free.',
    );
    expect(glosses.split(' ')).toEqual(expect.arrayContaining(['salary', 'lunch', 'canteen']));
    // "pause" and "prime" are English words too; "Bybanen" and "Fika" here are names.
    expect(englishGlosses('Take a pause at the prime time. Mr Bybanen and Ms Fika sign the rota.')).toBe('');
    // A holiday's name is read whole, not word by word.
    expect(englishGlosses('Lunes de Pascua is a holiday.')).toBe('easter monday');
    // A phrase kept whole, found by its word English has not ("élévateur", "après"), even after a capital.
    const kept =
      'With an autorisation you may drive a chariot élévateur. Buses leave for the Poste d’après-midi at 12h55.';
    expect(englishGlosses(kept).split(' ')).toEqual(expect.arrayContaining(['forklift', 'afternoon']));
    // Its English words alone are no phrase of another language.
    expect(englishGlosses('Push the chariot to the elevator on the upper floor of the market.')).toBe('');
  });

  it('reads a short Italian notice as Italian, by its articles and prepositions ("la", "alle", "del")', () => {
    const notice =
      'La navetta per il personale parte da Lazise alle 6:15 e alle 14:15 e ferma a Bardolino centro.';
    expect(languagesOf(notice)).toEqual(['it']);
    expect(englishGlosses(notice, ['it']).split(' ')).toEqual(expect.arrayContaining(['shuttle', 'staff']));
    // A deposit, in each glossary language.
    const uniform = 'La divisa viene consegnata il primo giorno contro una cauzione di 50 euro.';
    expect(englishGlosses(uniform, ['it']).split(' ')).toContain('deposit');
    expect(englishGlosses('Die Kaution beträgt 50 Euro.', ['de']).split(' ')).toContain('deposit');
    // Rotating shifts, as site notes say them.
    const rota = 'Subsídio de turno: 12% da retribuição base para quem trabalha em turnos\n  rotativos.';
    expect(englishGlosses(rota, ['pt']).split(' ')).toContain('rotating');
    // How to get there: the nearest underground stop, and how long the walk is.
    const metro = 'A paragem de metro mais próxima é a da Zona Industrial, a 10 minutos a pé.';
    expect(englishGlosses(metro, ['pt']).split(' ')).toEqual(
      expect.arrayContaining(['nearest', 'walk', 'stop', 'minutes']),
    );
    // Not false friends: "nächste Woche" is next week, "cerca de 200 euros" about 200, "het lopend jaar" the current year.
    expect(englishGlosses('Die nächste Woche ist frei.', ['de']).split(' ')).not.toContain('nearest');
    expect(englishGlosses('Cuesta cerca de 200 euros.', ['es']).split(' ')).not.toContain('nearest');
    expect(englishGlosses('Het lopend jaar telt.', ['nl']).split(' ')).not.toContain('walk');
  });

  it('reads a hotel’s and a help desk’s words: the stay, check-in, the apartment, response and resolution, clocking in', () => {
    const hotel =
      'La entrada es a partir de las 2:00 p.m.; la estancia máxima en el apartamento es de 3 noches. El marcaje omitido se justifica. La guagua sale a las 5:50.';
    expect(englishGlosses(hotel, ['es']).split(' ')).toEqual(
      expect.arrayContaining(['check', 'stays', 'apartments', 'clocking', 'punch', 'buses']),
    );
    const desk = 'Tiempo máximo de respuesta: 30 minutos. Tiempo máximo de solución: 8 horas.';
    expect(englishGlosses(desk, ['es']).split(' ')).toEqual(
      expect.arrayContaining(['response', 'resolution']),
    );
    // A department, a floor or a reimbursement is no flat and no response (review).
    expect(englishGlosses('Departamento de Recursos Humanos, segundo piso.', ['es'])).not.toContain(
      'apartment',
    );
    expect(englishGlosses('La prise en charge des frais de repas.', ['fr'])).not.toContain('response');
  });

  it('reads Polish, Croatian and Lithuanian notes, and their words English text keeps', () => {
    const polish = 'Wniosek o urlop wypoczynkowy należy złożyć przez system, który jest dostępny w stołówce.';
    expect(languagesOf(polish)).toEqual(['pl']);
    expect(englishGlosses(polish, ['pl']).split(' ')).toEqual(
      expect.arrayContaining(['annual', 'leave', 'canteen']),
    );
    const lithuanian =
      'Kasmetinės atostogos suteikiamos pagal grafiką, kuris skelbiamas iki kovo mėnesio, jei galite.';
    expect(englishGlosses(lithuanian, ['lt']).split(' ')).toEqual(
      expect.arrayContaining(['annual', 'leave']),
    );
    // Kept in English text: a phrase, or a day's name in any text.
    expect(englishGlosses('Book your godišnji odmor in the portal before May.').split(' ')).toEqual(
      expect.arrayContaining(['annual', 'leave']),
    );
    expect(englishGlosses('Lunch in the valgykla is free for the night shift.').split(' ')).toContain(
      'canteen',
    );
    expect(englishGlosses('Wigilia: the office closes at 12:00.').split(' ')).toContain('christmas');
    // Malay and Indonesian words that are Croatian forms too are not read as Croatian.
    expect(englishGlosses('Salah satu syarat cuti ialah kadar gaji yang tetap.').split(' ')).not.toContain(
      'hour',
    );
  });

  it('reads Russian and Greek notes in their own letters, and the Russian, Greek, Slovak and Czech words English text keeps', () => {
    const russian =
      'Сотрудник имеет право на ежегодный оплачиваемый отпуск, который должен быть согласован с руководителем.';
    expect(languagesOf(russian)).toEqual(['ru']);
    expect(englishGlosses(russian).split(' ')).toEqual(expect.arrayContaining(['leave', 'manager']));
    const greek = 'Η άδεια και οι βάρδιες του προσωπικού για την περίοδο του Πάσχα.';
    expect(languagesOf(greek)).toEqual(['el']);
    expect(englishGlosses(greek).split(' ')).toEqual(expect.arrayContaining(['leave', 'shift', 'staff']));
    expect(
      englishGlosses('When is the zarplata paid, and what does the stolovaya serve?').split(' '),
    ).toEqual(expect.arrayContaining(['salary', 'canteen']));
    expect(englishGlosses('My adeia for the vardia next week was approved.').split(' ')).toEqual(
      expect.arrayContaining(['leave', 'shift']),
    );
    // A table's column named in the site's language, capitalised as a header is ("Obed: 12:00–13:00").
    expect(
      englishGlosses('Hours · Section: Dye room · Smena: Day smena · Obed: 12:00–13:00').split(' '),
    ).toContain('lunch');
    // Slovak prose is told by its own words, and "zmena" alone is a change, not a shift.
    const slovak =
      'Zamestnanec, ktorý pracuje v noci, má nárok na príplatok podľa kolektívnej zmluvy, ktorá platí.';
    expect(languagesOf(slovak)).toEqual(['sk']);
    expect(
      englishGlosses('Každú zmenu adresy oznámte personálnemu oddeleniu, ktoré ju zapíše podľa zmluvy.'),
    ).not.toContain('shift');
    // Slovak and Czech words English text keeps.
    expect(
      englishGlosses('The office has no jedáleň, so we get gastráče for every working day.').split(' '),
    ).toEqual(expect.arrayContaining(['canteen', 'meal']));
    expect(
      englishGlosses('Ask for your dovolená a week ahead; the mistr decides on přesčasy.').split(' '),
    ).toEqual(expect.arrayContaining(['leave', 'overtime']));
  });

  it('reads Slovene notes, told from Croatian and Slovak, and a Slovene chat question typed without carons', () => {
    const slovene =
      'Delavec, ki dela ponoči, ima pravico do dodatka, kot ga določa kolektivna pogodba, ter do dodatnega dneva dopusta.';
    expect(languagesOf(slovene)).toEqual(['sl']);
    expect(englishGlosses(slovene).split(' ')).toEqual(
      expect.arrayContaining(['night', 'supplement', 'collective', 'agreement', 'leave']),
    );
    expect(
      languagesOf(
        'Vsi zaposleni morajo nositi zaščitno opremo, kadar so v skladišču. Čelade dobite pri vodji izmene.',
      ),
    ).toEqual(['sl']);
    // Croatian and Slovak notes are told as before.
    expect(
      languagesOf(
        'Radnik koji radi noću ima pravo na dodatak prema kolektivnom ugovoru, ako nije drugačije dogovoreno.',
      ),
    ).toEqual(['hr']);
    expect(
      languagesOf(
        'Zamestnanec, ktorý pracuje v noci, má nárok na príplatok podľa kolektívnej zmluvy, ktorá platí.',
      ),
    ).toEqual(['sk']);
    // An English question meets a Slovene sentence by the English its words are glossed with, whether the sentence is
    // told as Slovene or, too short to be told, read for the words it keeps.
    const sentence = 'Delavec ima pravico do 20 dni letnega dopusta.';
    const asked = tokenize('How many days of annual leave do I get?').filter((t) =>
      tokenize('days annual leave').includes(t),
    );
    expect(asked).toHaveLength(3);
    expect(tokenize(withGlosses(sentence, ['sl']))).toEqual(expect.arrayContaining(asked));
    expect(tokenize(withGlosses(sentence))).toEqual(expect.arrayContaining(asked));
    // A chat question with no function words and no carons is read by its words all the same.
    const chat = 'koliko dni dopusta imam?';
    expect(englishGlosses(chat, ['sl']).split(' ')).toEqual(expect.arrayContaining(['leave', 'days']));
    expect(englishGlosses(chat).split(' ')).toEqual(expect.arrayContaining(['leave', 'days']));
    expect(englishOfLoanWord('dopusta')).toContain('annual leave');
    expect(englishGlosses('a je nocna izmena placana bolj?', ['sl']).split(' ')).toEqual(
      expect.arrayContaining(['night', 'shift', 'paid']),
    );
    expect(englishGlosses('ali dobim potne stroske in kilometrino?', ['sl']).split(' ')).toEqual(
      expect.arrayContaining(['travel', 'costs', 'mileage']),
    );
    // A Slovene holiday's name in an English calendar row.
    expect(englishGlosses('site: Ljubljana · date: 2026-06-25 · holiday: Dan državnosti')).toBe(
      'national day',
    );
    expect(englishGlosses('date: 2026-04-06 · holiday: Velikonočni ponedeljek')).toContain('easter monday');
  });

  it('reads English prose, table rows and short labels as English', () => {
    expect(languagesOf('The canteen is open from Monday to Friday for all of our staff.')).toEqual([]);
    // A table row has no function words at all: too little to call it another language.
    expect(languagesOf('Room type: Classic double · Departure clean: 30 · Turndown: 8')).toEqual([]);
    expect(languagesOf('Parking')).toEqual([]);
  });
});

describe('English words for text in another language', () => {
  it('glosses words and phrases of the text’s own language, accents folded', () => {
    const german = 'Alle Mitarbeiter erhalten einen Zuschuss für das Mittagessen.';
    expect(englishGlosses(german).split(' ')).toEqual(expect.arrayContaining(['subsidy', 'lunch']));
    // Written without its accents, a word is still found.
    expect(
      englishGlosses(
        'Os colaboradores têm direito a 22 dias de ferias por ano, que são marcadas com o gestor.',
      ).split(' '),
    ).toEqual(expect.arrayContaining(['holiday']));
  });

  it('finds the parts of a German or Dutch compound word', () => {
    const glosses = englishGlosses('Der Essenszuschuss wird für jeden Arbeitstag im Büro bezahlt.').split(
      ' ',
    );
    expect(glosses).toEqual(expect.arrayContaining(['subsidy', 'meal']));
  });

  it('leaves English text as it is, however many glossary words it spells', () => {
    const english = 'The late shift has a premium and the canteen offers a free lunch for all staff.';
    expect(englishGlosses(english)).toBe('');
    expect(withGlosses(english)).toBe(english);
  });

  it('appends the glosses after the text, so what is quoted is never changed', () => {
    const french = 'Les frais de repas sont remboursés sur présentation du justificatif.';
    const out = withGlosses(french);
    expect(out.startsWith(`${french}\n`)).toBe(true);
    expect(out.slice(french.length + 1).split(' ')).toEqual(expect.arrayContaining(['meal']));
  });
});

describe('what the glossary must not read into a text', () => {
  it('reads English with "no", "do", "as" and "per" as English', () => {
    for (const english of [
      '- No jeans\n- No trainers\nDo keep your badge visible',
      'FAQ: Do I need a pass? No. Do as you like.',
      'Rate: £120 per night per room · non-refundable',
    ])
      expect(languagesOf(english)).toEqual([]);
  });

  it('glosses a phrase, not also its words, and never a compound by a short part alone', () => {
    const dutch = englishGlosses('Roken is in het gebouw niet toegestaan en je kunt er ook niet parkeren.');
    expect(dutch.split(' ')).toEqual(expect.arrayContaining(['forbidden']));
    expect(dutch.split(' ')).not.toContain('allowed');
    // A hospital ("Kranken|haus") is no sick leave, a menu ("Speise|karte") no card.
    const german = englishGlosses('Das Krankenhaus ist neben dem Büro und die Speisekarte hängt an der Tür.');
    expect(german.split(' ')).not.toContain('sick');
    expect(german.split(' ')).not.toContain('card');
  });

  it('glosses a holiday named in its own language in any text, as an English calendar row writes it', () => {
    const row = 'site: Porto · date: 2026-06-04 · holiday: Corpo de Deus · type: national';
    expect(languagesOf(row)).toEqual([]);
    expect(englishGlosses(row)).toBe('corpus christi');
    expect(englishGlosses('site: Zaragoza · date: 2026-04-02 · holiday: Jueves Santo')).toContain(
      'maundy thursday',
    );
    expect(englishGlosses('date: 2026-04-06 · holiday: Lunes de Pascua · region: Comunitat Valenciana')).toBe(
      'easter monday',
    );
    // A single word another word shares is glossed only in its own language's text: "Natal" is a province too.
    expect(englishGlosses('KwaZulu-Natal depot, Durban')).toBe('');
    // English text that names no foreign holiday gets nothing; nor does the English name itself.
    expect(englishGlosses('The carnival comes to town on Shrove Tuesday.')).toBe('');
  });
});
