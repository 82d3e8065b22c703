import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readAlbanian, typedInAlbanian, withoutUnknownAlbanian } from './roman-albanian.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in Albanian chat', () => {
  it('reads the pay a named person gets as theirs, so the private check sees it', () => {
    expect(readAlbanian('sa rroge merr gentian prifti? just curious')).toMatch(/salary of gentian prifti/);
    expect(privatePersonAsked(readAlbanian('sa rroge merr gentian prifti?'))).toBe('Gentian Prifti');
  });

  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readAlbanian('sa dite pushim vjetor kam?')).toBe('how many days annual leave?');
    expect(readAlbanian('ne cfare ore hapet mensa te premten?')).toBe('what time open canteen Friday?');
    expect(readAlbanian('kur del rroga e dhjetorit?')).toBe('when comes out salary December?');
    expect(readAlbanian('pushimi i drekes sa zgjat?')).toBe('how long lunch break?');
    expect(readAlbanian('deri kur duhet ta dorezoj raportin mjekesor?')).toBe(
      'until when need submit sick note?',
    );
    // "sa" of what is counted asks how many, and before "%" what percent.
    expect(readAlbanian('sa ore shtese lejohen ne jave?')).toBe('how many hours overtime allowed per week?');
    expect(readAlbanian('sa % e rroges mbahet per sigurime?')).toBe(
      'what percent salary deducted insurance?',
    );
    // "a" opening a question asks whether; "a ka" whether there is.
    expect(readAlbanian('a paguhen oret shtese ne turnin e nates?')).toBe('is paid overtime night shift?');
    expect(readAlbanian('a ka autobus per ne turnin e dyte?')).toBe('is there bus shift second?');
    expect(readAlbanian('sa dite para duhet te njoftoj menaxherin?')).toBe(
      'how many days before need njoftoj manager?',
    );
    // Whose it is, said after the thing ("lejen time"), goes before it.
    // "time" (my) is left as typed: it is an English word too.
    expect(readAlbanian('kush e miraton lejen time?')).toBe('who approves leave time?');
    // Two questions, each read on its own; "dhe" joins two that ask.
    expect(readAlbanian('sa dite pushim vjetor kam? a mund ta transferoj ne vitin tjeter?')).toBe(
      'how many days annual leave? can transferoj next year?',
    );
    expect(readAlbanian('sa dite raport mjekesor pa vizite te mjeku dhe kush e firmos?')).toBe(
      'how many days sick note without visit doctor, and who sign?',
    );
  });

  it('reads "ë" and "ç", a first word a phone capitalised, greetings, and the forms of Kosovo and the north', () => {
    expect(readAlbanian('Në çfarë ore hapet mensa të premten?')).toBe('what time open canteen Friday?');
    expect(readAlbanian('Çfarë dokumentesh duhen për paradhënie?')).toBe('what documents need advance?');
    expect(readAlbanian('Sa ditë pushim kemi për Bajram?')).toBe('how many days leave Bajram?');
    expect(readAlbanian('A mund te marr paradhenie ne rrogen e muajit tjeter?')).toBe(
      'can get advance salary next month?',
    );
    expect(readAlbanian('Pershendetje, a mund te me thoni sa dite leje kam per lindjen e femijes?')).toBe(
      'how many days leave birth child?',
    );
    expect(readAlbanian('flm, po dieta kur paguhet?')).toBe('when per diem paid?');
    expect(readAlbanian('A osht e hapur mensa sot?')).toBe('is open canteen today?');
    expect(readAlbanian('qka duhet me sjell per leje lindje?')).toBe('what need bring maternity leave?');
    expect(readAlbanian('qysh me marr pushim vjetor?')).toBe('how get annual leave?');
  });

  it('leaves a word it does not list as typed: an Italian one, a place, a holiday', () => {
    expect(readAlbanian('sa dite ferie kam?')).toBe('how many days ferie?');
    expect(readAlbanian('kur paguhet dieta per udhetim pune ne Shkoder?')).toBe(
      'when paid per diem business trip Shkoder?',
    );
  });

  it("reads a name after the linking article as the owner's, so a private request is seen", () => {
    const read = readAlbanian('sa eshte rroga e Arben Krasniqit?');
    expect(read).toBe('how much salary of Arben Krasniqit?');
    expect(privatePersonAsked(read)).toBe('Arben Krasniqit');
    expect(privatePersonAsked(readAlbanian('sa eshte rroga e Zonjës Hoxha?'))).toBe('Zonjës Hoxha');
    // One word, a place, is no person.
    expect(readAlbanian('ku eshte zyra e Tiranes?')).toBe('where office Tiranes?');
    expect(privatePersonAsked(readAlbanian('ku eshte zyra e Tiranes?'))).toBeUndefined();
  });

  it('keeps English, with an Albanian word or two in it, as it is', () => {
    for (const english of [
      'how many days of annual leave do I get?',
      'what time does the canteen open on Friday?',
      'is the bus free?',
      'is there a dieta for the pushim vjetor?',
      'when is the rroga paid, is there a bonus?',
      'A bus pass costs how much per month?',
      'can i take a day off for my turn at the hotel?',
    ]) {
      expect(typedInAlbanian(english)).toBe(false);
      expect(readAlbanian(english)).toBe(english);
    }
  });

  it("reads no other language's chat as Albanian", () => {
    for (const other of [
      'Bogura depot er cash counter koyta theke koyta khola thake?',
      'canteen e lunch er jonno koto taka kate?',
      'leave dite hobe ki?',
      'Lukla hostel ma kati raat free basna paincha?',
      'hostel ka gate kitne baje band hota hai?',
      'salary kab credit hua? mera kam ka paisa kitna hai?',
      'kapan gajian bulan ini? mau bayar cicilan',
      'a qué hora cierra la enfermería los viernes?',
      'quanti giorni di ferie ho? quando arriva la busta paga?',
    ])
      expect(typedInAlbanian(other)).toBe(false);
  });

  it('drops the forms of Albanian verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'a njoftohet shefi kur jam semure? dhe Dritan Hoxha?';
    const read = readAlbanian(written);
    expect(read).toBe('is njoftohet manager sick? Dritan Hoxha?');
    expect(withoutUnknownAlbanian(read, written, noWords)).toBe('is manager sick? Dritan Hoxha?');
  });
});
