import { describe, expect, it } from 'vitest';
import { foldedWords } from './glossary.js';
import { CA_FORMS, CA_FUNCTION_WORDS, CA_SHARED_WORDS } from './glossary-ca.js';
import { GLOSSARY, NAMED_DAYS } from './glossary-data.js';
import { EL_FORMS } from './glossary-el.js';
import { HR_FORMS } from './glossary-hr.js';
import { LT_FORMS } from './glossary-lt.js';
import { PL_FORMS } from './glossary-pl.js';
import { RU_FORMS } from './glossary-ru.js';
import { SK_FORMS } from './glossary-sk.js';
import { SL_FORMS } from './glossary-sl.js';
import { FUNCTION_WORDS, languagesOf } from './language.js';

// Words (English, or another glossary language's with another meaning) a one-word Catalan form or function word must
// never fold to: the checks glossary-languages.test.ts makes of each language, made here of Catalan.
const LOOKALIKES =
  'to pay ten post bus plan data date minute torn nit any plus net cost costs import personal company cap caps ' +
  'hotel hotels taxi metro parking vehicle vehicles total final primer absent funeral supervisor director client ' +
  'clients porter notes manual circular gratis cafe cafes dinar fill fills infant infants vigilant eventual vacant ' +
  'interlocutor protocol augment conductor combustible exempt retard retards taxa divisa perdues pero per on sense ' +
  'fins pot hem dues molt i a o l d s n de en al la el les un una que ha han cada ni seu seus uns unes ' +
  'mentre altra altre nostra va';

// Catalan words a one-word form must not be, folded, as they are another, commoner Catalan word: "més" (more) folds
// to "mes" (a month), "marc" (a frame) is "març", "sou" is a salary and "you are"; the rest say too many things.
const OTHER_CATALAN_WORDS =
  'mes marc sou baixa part falta prima fons menor menors vol vols moll taller efectiu';

const keys = new Set(GLOSSARY.map((e) => e.en[0]));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const entries = Object.entries(CA_FORMS);

describe('the Catalan forms of the glossary', () => {
  const avoided = new Set(LOOKALIKES.split(' '));

  it('cover every concept the other languages give forms for, each by a concept of the glossary', () => {
    const covered = new Set(
      [EL_FORMS, HR_FORMS, LT_FORMS, PL_FORMS, RU_FORMS, SK_FORMS, SL_FORMS].flatMap((forms) =>
        Object.keys(forms),
      ),
    );
    expect(entries.length).toBeGreaterThan(400);
    expect([...covered].filter((key) => !CA_FORMS[key]?.length)).toEqual([]);
    expect(entries.map(([key]) => key).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('are lower case, trimmed, with single spaces, and none is listed twice for one concept, accents folded or not', () => {
    const bad = entries.flatMap(([key, list]) => {
      const folded = list.map((f) => foldedWords(f).join(' '));
      return [
        ...(list.length ? [] : [`${key}: no forms`]),
        ...list
          .filter((f) => !f || f !== f.toLowerCase().trim() || /\s{2}/.test(f))
          .map((f) => `${key}: ${f}`),
        ...folded.filter((f, i) => folded.indexOf(f) !== i).map((f) => `${key}: ${f} twice`),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('hold no one-word form that folds to a look-alike or to another, commoner Catalan word', () => {
    const other = new Set(OTHER_CATALAN_WORDS.split(' '));
    const clashes = entries.flatMap(([key, list]) =>
      list
        .filter((f) => !f.includes(' ') && (avoided.has(fold(f)) || other.has(fold(f))))
        .map((f) => `${key}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('give no one-word form that another glossary language gives a concept with no English word in common', () => {
    // Such a word would no longer be glossed in English text that keeps it (glossary.ts reads a word two languages
    // mean differently as no loan word). "oficina" is an office in Spanish and a workshop in Portuguese already.
    const known = new Set(['oficina']);
    const senses = new Map<string, Set<string>>();
    for (const entry of GLOSSARY)
      for (const form of CA_FORMS[entry.en[0]!] ?? []) {
        const [word, ...more] = foldedWords(form);
        if (word && !more.length)
          senses.set(word, new Set([...(senses.get(word) ?? []), ...entry.en.flatMap(foldedWords)]));
      }
    const clashes: string[] = [];
    for (const entry of GLOSSARY)
      for (const [lang, forms] of Object.entries(entry))
        if (lang !== 'en')
          for (const form of forms ?? []) {
            const [word, ...more] = foldedWords(form);
            const mine = word && !more.length ? senses.get(word) : undefined;
            if (mine && !known.has(word!) && !entry.en.flatMap(foldedWords).some((w) => mine.has(w)))
              clashes.push(`${word}: ${lang} ${entry.en[0]}`);
          }
    expect(clashes).toEqual([]);
  });

  it('name every named day, and none by a surname or a given name alone', () => {
    // Named days are glossed in any text that names them ("Cap d'Any", "Sant Esteve"): "Nadal" is a surname and
    // "Assumpció" a given name, so they are read alone only in Catalan text, as the concept "christmas".
    expect(NAMED_DAYS.map((e) => e.en[0]!).filter((key) => !CA_FORMS[key]?.length)).toEqual([]);
    expect(CA_FORMS['christmas day']).not.toContain('nadal');
    expect(CA_FORMS['assumption day']).not.toContain('assumpció');
    expect(CA_FORMS['christmas']).toContain('nadal');
  });
});

describe('the Catalan function words', () => {
  const words = CA_FUNCTION_WORDS.split(' ');
  const shared = CA_SHARED_WORDS.split(' ');

  it('are 20 to 45 distinct lower-case words, none a look-alike', () => {
    const avoided = new Set(LOOKALIKES.split(' '));
    expect(words.length).toBeGreaterThanOrEqual(20);
    expect(words.length).toBeLessThanOrEqual(45);
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => !/^\p{Ll}+$/u.test(w) || avoided.has(fold(w)))).toEqual([]);
  });

  it('are no other language’s function words but "als" (Dutch), and the shared words are all another’s', () => {
    const others = new Map<string, string[]>();
    for (const [lang, list] of Object.entries(FUNCTION_WORDS))
      if (lang !== 'ca') for (const w of list.split(' ')) others.set(w, [...(others.get(w) ?? []), lang]);
    expect(words.filter((w) => others.has(w))).toEqual(['als']);
    expect(shared.filter((w) => !others.has(w))).toEqual([]);
    expect(shared.filter((w) => words.includes(w))).toEqual([]);
    expect(new Set(shared).size).toBe(shared.length);
  });
});

// language.ts's rule as it was before Catalan (its lists without Catalan's), to show that every other language's text
// is told as before; Catalan's second reading (see CA_SHARED_WORDS) is language.ts's own `languagesOf`.
const MIN_FUNCTION_WORDS = 3;

function languagesByCount(words: string[], withCatalan: boolean): string[] {
  const counts = new Map<string, number>();
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    if (lang === 'ca' && !withCatalan) continue;
    const own = new Set(list.split(' '));
    counts.set(lang, words.filter((w) => own.has(w)).length);
  }
  const english = counts.get('en') ?? 0;
  counts.delete('en');
  const best = Math.max(0, ...counts.values());
  if (best < MIN_FUNCTION_WORDS || best <= 2 * english) return [];
  return [...counts].filter(([, n]) => n === best).map(([lang]) => lang);
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];

/** language.ts's `languagesOf` as it was, without Catalan. */
const languagesBefore = (text: string) => languagesByCount(wordsOf(text), false);

/** language.ts's `languagesOf`, Catalan wired in: counted as before, then read again for Catalan. */
const languagesWithCatalan = (text: string) => languagesOf(text);

// Handbook paragraphs as Catalan staff notes write them (Catalonia, Valencia, the Balearic Islands, Andorra).
const CATALAN: Record<string, string> = {
  vacances:
    "Cada treballador té dret a 23 dies laborables de vacances per any natural. Les vacances s'han de sol·licitar amb un mes d'antelació a través del portal de l'empleat, i el responsable de l'equip les ha d'aprovar. Els dies que no s'hagin gaudit abans del 31 de març de l'any següent es perden.",
  nòmina:
    "La nòmina es paga l'últim dia laborable de cada mes mitjançant transferència bancària al compte que ens hàgiu indicat. Rebreu el rebut de salari en format electrònic i el podeu consultar en qualsevol moment. Les pagues extres de juny i de desembre es poden prorratejar en dotze mensualitats si així ho demaneu per escrit.",
  'hores extres':
    'Les hores extres són voluntàries, tret que el conveni col·lectiu disposi una altra cosa, i sempre han de ser autoritzades prèviament pel cap de torn. Es compensen amb temps de descans dins dels quatre mesos següents o, si el treballador ho prefereix, es paguen amb un recàrrec del 25 % sobre el preu de l’hora ordinària.',
  torns:
    "L'hotel funciona amb tres torns: el torn de matí, de 7 a 15 h; el torn de tarda, de 15 a 23 h, i el torn de nit, de 23 a 7 h. El quadrant de torns es publica al tauler d'anuncis amb dues setmanes d'antelació. Els canvis de torn entre companys s'han de comunicar al cap de recepció i només són vàlids quan aquest els ha aprovat.",
  'baixa per malaltia':
    "Si estàs malalt i no pots venir a treballar, avisa el teu responsable abans de l'inici del torn. A partir del quart dia d'absència cal presentar el comunicat de baixa emès pel metge de capçalera. Durant la baixa per incapacitat temporal l'empresa complementa la prestació fins al 100 % del salari durant els primers trenta dies.",
  dietes:
    "Els desplaçaments per motius de feina donen dret a una dieta de 40 euros per dia quan cal pernoctar fora de casa, i de 20 euros quan només s'hi dina. El quilometratge es paga a 0,26 euros per quilòmetre. Cal adjuntar els tiquets i les factures a la nota de despeses dins dels quinze dies posteriors al viatge.",
  allotjament:
    "El personal de temporada que ho sol·liciti pot allotjar-se a la residència de treballadors, situada a cinc minuts a peu de l'hotel. Les habitacions són dobles i tenen bany propi; el lloguer es descompta de la nòmina cada mes. No es permeten visites a les habitacions després de les 23 h, i cal mantenir la cuina comuna neta.",
  festius:
    "A més dels festius nacionals, a Catalunya són festius l'11 de setembre i el 26 de desembre, Sant Esteve. Cada municipi té, a més, dues festes locals. Qui treballi un dia festiu cobrarà un plus del 75 % o podrà gaudir d'un dia de descans compensatori dins del mateix mes.",
  valencià:
    "Les vacacions són de 22 dies hàbils a l'any. La seua sol·licitud s'ha de fer amb quinze dies d'antelació, i el personal que treballe en torns ha de coordinar-les amb el seu cap abans de demanar-les. Els dies que no es gaudisquen durant l'any es perden, tret que la baixa ho haja impedit.",
  andorrà:
    "El personal té dret a 30 dies naturals de vacances l'any, que es reparteixen entre l'estiu i l'hivern segons les necessitats del servei. Durant la baixa per malaltia, la seguretat social paga una part del salari a partir del quart dia, i l'empresa hi afegeix la resta fins al salari íntegre.",
};

// The same notes in Spanish and French, and others' short notes: none may be told Catalan.
const NOT_CATALAN: Record<string, string> = {
  'es vacaciones':
    'Los trabajadores tienen derecho a 30 días naturales de vacaciones al año. Las vacaciones deben solicitarse con un mes de antelación a través del portal del empleado, y el responsable del equipo es quien las aprueba.',
  'es nómina':
    'La nómina se abona el último día hábil de cada mes mediante transferencia a la cuenta bancaria que nos haya indicado. El recibo de salario está disponible en el portal y puede consultarse en cualquier momento.',
  'es horas extra':
    'Las horas extra son voluntarias, salvo que el convenio colectivo disponga otra cosa, y siempre deben ser autorizadas por el jefe de turno. Se compensan con descanso o se pagan con un recargo del 25 %.',
  'es turnos':
    'El hotel funciona con tres turnos: el turno de mañana, de 7 a 15 h; el turno de tarde, de 15 a 23 h, y el turno de noche, de 23 a 7 h. El cuadrante se publica en el tablón de anuncios.',
  'es uniforme': 'El uniforme es gratuito; el lavado corre a cargo de la lavandería del hotel.',
  'es tarjeta': 'Es obligatorio que el personal lleve la tarjeta visible en todo momento.',
  'es oficina': 'La oficina es la de la planta baja, junto a la recepción.',
  'es informamos': 'Les informamos de que el servicio de comedor permanecerá cerrado el lunes.',
  'es diferencia': 'Se les pagará la diferencia en la nómina del mes siguiente, que es la de marzo.',
  'es comedor': 'El comedor del centro abre a las doce y cierra a las tres para todos.',
  'fr congés':
    "Les congés payés doivent être posés au moins un mois à l'avance dans le portail RH. Le responsable valide la demande et le salarié reçoit une confirmation par courriel.",
  'fr paie':
    'La paie est versée le dernier jour ouvré du mois par virement sur le compte bancaire que vous nous avez indiqué.',
  'fr heures supplémentaires':
    "Les heures supplémentaires sont majorées de 25 % et doivent être validées par le chef d'équipe avant d'être effectuées.",
  'fr uniforme':
    "L'uniforme est remis le premier jour contre une caution de 50 euros, restituée à la fin du contrat.",
  'fr badges': 'Les badges perdus sont remplacés par la réception dans un délai de deux jours.',
  'fr logement':
    "Le personnel saisonnier peut être logé dans la résidence du personnel, à cinq minutes à pied de l'hôtel.",
  it: 'Le ferie devono essere richieste con un mese di anticipo tramite il portale del dipendente e approvate dal responsabile.',
  pt: 'Os colaboradores têm direito a 22 dias de ferias por ano, que são marcadas com o gestor.',
  de: 'Die Kantine ist von Montag bis Freitag für alle Mitarbeiter geöffnet.',
  nl: 'Het kantoor is open van maandag tot vrijdag en je kunt er parkeren.',
  en: 'Hi all, the canteen is open from Monday to Friday for all of our staff, and the rota is on the board.',
  'en greeting': 'Hi Marta, hi Joan, hi Pau: the rota is on the board.',
};

describe('telling Catalan text by its function words', () => {
  it('does not tell a note with fewer than three words only Catalan writes (a known gap: "tot" is Dutch too)', () => {
    const uniforme =
      "L'empresa lliura a cada empleat dos uniformes complets el primer dia de feina, a canvi d'una fiança de 50 euros que es retorna en acabar el contracte. L'uniforme s'ha de portar net i en bon estat durant tot el torn. El servei de bugaderia de l'hotel el renta de franc; deixeu-lo al vestidor abans de les 10 h.";
    expect(languagesWithCatalan(uniforme)).not.toContain('ca');
    expect(
      languagesWithCatalan(
        'Openingstijden: maandag tot vrijdag 8 tot 18, zaterdag 9 tot 12, zondag gesloten.',
      ),
    ).toEqual([]);
  });

  it.each(Object.entries(CATALAN))('tells the note on %s as Catalan', (_, text) => {
    expect(languagesWithCatalan(text)).toEqual(['ca']);
  });

  it.each(Object.entries(NOT_CATALAN))('does not tell the note "%s" as Catalan', (_, text) => {
    expect(languagesWithCatalan(text)).not.toContain('ca');
  });

  it('leaves every other text told as before (language.ts’s own examples too)', () => {
    const texts = [
      ...Object.values(NOT_CATALAN),
      'Les badges perdus sont remplacés par la réception dans un délai de deux jours.',
      'El comedor del centro abre a las doce y cierra a las tres para todos.',
      'Não há estacionamento para visitantes; os colaboradores têm um cartão.',
      'Il parcheggio è riservato ai dipendenti della sede con un permesso.',
      'Kantina er åpen fra kl. 07:00 til 15:30, og lunsj må betales med kortet.',
      'Kantinen har öppet från 07 till 15 och det är inte tillåtet att äta vid maskinerna.',
      'Kantinen er åben fra 7 til 15, og det er ikke tilladt at spise ved maskinerne.',
      'La navetta per il personale parte da Lazise alle 6:15 e alle 14:15 e ferma a Bardolino centro.',
      'Wniosek o urlop wypoczynkowy należy złożyć przez system, który jest dostępny w stołówce.',
      'Zamestnanec, ktorý pracuje v noci, má nárok na príplatok podľa kolektívnej zmluvy, ktorá platí.',
      'Сотрудник имеет право на ежегодный оплачиваемый отпуск, который должен быть согласован с руководителем.',
      'Η άδεια και οι βάρδιες του προσωπικού για την περίοδο του Πάσχα.',
      'La entrada es a partir de las 2:00 p.m.; la estancia máxima en el apartamento es de 3 noches.',
      'Rate: £120 per night per room · non-refundable',
      'date: 2026-04-06 · holiday: Lunes de Pascua · region: Comunitat Valenciana',
      'The canteen is open from Monday to Friday for all of our staff.',
    ];
    expect(texts.filter((t) => languagesWithCatalan(t).join() !== languagesBefore(t).join())).toEqual([]);
  });

  it('needs the second reading: by count alone, Spanish’s words (its articles, "que", "es") outnumber Catalan’s own', () => {
    const byCount = Object.values(CATALAN).map((t) => languagesByCount(wordsOf(t), true));
    expect(byCount.filter((l) => l.join() === 'es').length).toBeGreaterThan(0);
  });
});

describe('the concepts a Catalan note names', () => {
  // The glossary's matching, in short: a form is found where its folded words stand in a row in the text's.
  function conceptsIn(text: string): string[] {
    const words = foldedWords(text);
    return entries
      .filter(([, forms]) =>
        forms.some((form) => {
          const f = foldedWords(form);
          return words.some((_, i) => f.every((w, j) => words[i + j] === w));
        }),
      )
      .map(([key]) => key);
  }

  it.each([
    ['vacances', ['annual leave', 'leave year', 'in advance', 'expire', 'working day']],
    ['nòmina', ['payslip', 'bank account', 'thirteenth month', 'pro rata']],
    ['hores extres', ['overtime', 'collective agreement', 'supervisor', 'rest period']],
    ['torns', ['shift', 'early shift', 'late shift', 'night shift', 'rota', 'notice board']],
    ['baixa per malaltia', ['sick', 'sick leave', "doctor's note", 'doctor', 'absence']],
    ['dietes', ['per diem', 'mileage', 'receipt', 'invoice', 'expense claim']],
    ['allotjament', ['accommodation', 'temporary worker', 'walk', 'kitchen']],
    ['festius', ['public holiday', 'boxing day', 'supplement', 'time off in lieu']],
    ['valencià', ['annual leave', 'shift', 'working day']],
    ['andorrà', ['annual leave', 'calendar day', 'sick leave', 'social security']],
  ])('the note on %s names %j', (name, expected) => {
    expect(conceptsIn(CATALAN[name]!)).toEqual(expect.arrayContaining(expected));
  });

  it('reads a day, "col·lega" and "l’any" as a handbook writes them', () => {
    expect(conceptsIn('Tens un dia lliure a l’any.')).toEqual(
      expect.arrayContaining(['day', 'year', 'annual']),
    );
    // "dies" alone is English's too ("before the link dies"): read only in "dies sencers".
    expect(conceptsIn('Tens 30 dies sencers a l’any.')).toContain('day');
    expect(conceptsIn('Parla amb un col.lega o amb la teva collega.')).toContain('colleague');
    expect(conceptsIn('El seu cap de setmana és lliure.')).not.toContain('manager');
    expect(conceptsIn('Digues-ho al més aviat possible.')).not.toContain('month');
  });
});
