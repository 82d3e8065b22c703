import { describe, expect, it } from 'vitest';
import { judgeStatuses } from '../../test/support/currency-judge.js';
import { localUntilSaid } from './in-force-until-local.js';
import { STATUS_WORDS } from './status-words.js';

// Each file written, loaded as ingest loads it, and judged against the others.
const judge = (files: Record<string, string>, day = '2031-10-08') =>
  judgeStatuses(files, new Date(`${day}T12:00:00Z`));

const rules = 'Everyone in the distillery wears goggles and gloves. Questions go to the supervisor.\n';
const pravila = 'Svi radnici u hladnjači nose zaštitnu odjeću. Pitanja idu smjenovođi.\n';
const kanones = 'Όλοι οι εργαζόμενοι φορούν σκούφο και ποδιά. Ερωτήσεις στον επόπτη βάρδιας.\n';

describe('older versions said in English headers, Greek and Bosnian', () => {
  it('a header that says "Valid until:" with a day first date marks the timetable old once it has passed', async () => {
    const status = await judge(
      {
        'bus-2030.txt': `STAFF BUS TIMETABLE\n\nValid from:   07/01/2030\nValid until:  28/02/2031\nIssued by:    Transport\n\n${rules}`,
        'bus.txt': `STAFF BUS TIMETABLE\n\nValid from:   01/03/2031\nValid until:  28/02/2032\nIssued by:    Transport\n\n${rules}`,
      },
      '2031-03-12',
    );
    expect(status).toEqual({ 'docs/bus-2030.txt': 'superseded', 'docs/bus.txt': undefined });
  });

  it('a code at the end of a bold line and a version on its own line make a Markdown file a lower version', async () => {
    const status = await judge({
      'sop-v2.md': `# Distillery procedure\n\n**Belvidere Spice · Grenville plant · GV-DS-01**\n\n**Version 2, effective 1 March 2029.**\n\n${rules}`,
      'sop-v3.md': `# Distillery procedure\n\n**Belvidere Spice · Grenville plant · GV-DS-01**\n\n**Version 3, effective 1 February 2031.**\n\n${rules}`,
    });
    expect(status).toEqual({ 'docs/sop-v2.md': 'superseded', 'docs/sop-v3.md': undefined });
  });

  it('a register that lists a code withdrawn under every label withdraws the circular that gives it', async () => {
    const register = [
      {
        ref: 'HR-07',
        title: 'Meal and Travel Allowances (Finance circular)',
        version: 'July 2029',
        status: 'Withdrawn',
      },
      { ref: 'HR-07A', title: 'Rates and Allowances Table 2031', version: '2031', status: 'In force' },
      // A code withdrawn under a label but in force at a version keeps the document that gives it.
      { ref: 'SAF-05', title: 'Lockout Procedure', version: '3', status: 'In force' },
      { ref: 'SAF-05', title: 'Machine Isolation Procedure', version: '2023', status: 'Withdrawn' },
    ];
    const status = await judge({
      'register.json': JSON.stringify({ register: 'Policy register', documents: register }),
      'circular.txt': `BELVIDERE SPICE CO-OPERATIVE\nFINANCE DEPARTMENT - CIRCULAR HR-07\n\nMEAL AND TRAVEL ALLOWANCES\n\n${rules}`,
      'loto.md': `# Lockout Procedure\n\n**Printers Ltd · Health & Safety · SAF-05 · Version 3**\n\n${rules}`,
    });
    expect(status['docs/circular.txt']).toBe('superseded');
    expect(status['docs/loto.md']).toBeUndefined();
  });

  it('reads Greek and Bosnian status words in a register, and a row withdrawn in 2028 leaves the 2031 policy', async () => {
    const register = [
      {
        ref: 'HR-06',
        title: 'Διαδικασία HR-06: Άδεια ασθενείας',
        version: 'Ιανουάριος 2028',
        status: 'Αποσύρθηκε',
      },
      { ref: 'HR-06', title: 'Άδεια ασθενείας', version: '2031', status: 'Σε ισχύ' },
      { ref: 'HR-07', title: 'Υπερωρίες', version: '2030', status: 'Σε ισχύ' },
      { ref: 'HR-08', title: 'Στολές εργασίας', version: '2031', status: 'Σε ισχύ' },
    ];
    const status = await judge({
      'register.json': JSON.stringify({ register: 'Policy register', documents: register }),
      'adeia.md': `---\ntitle: Άδεια ασθενείας\nref: HR-06\neffective: 2031-02-01\n---\n\n# Άδεια ασθενείας\n\n${kanones}`,
    });
    expect(status['docs/adeia.md']).toBeUndefined();
    expect(['αποσύρθηκε', 'σε ισχύ', 'povučen', 'na snazi'].map((w) => STATUS_WORDS[w])).toEqual([
      'superseded',
      'current',
      'superseded',
      'current',
    ]);
  });

  it('a Greek or Bosnian note at the end that names the successor and its day marks the document old', async () => {
    const rule = '-'.repeat(60);
    const status = await judge({
      'tilefona.txt': `ΕΣΩΤΕΡΙΚΑ ΤΗΛΕΦΩΝΑ\n\n${kanones}\n${rule}\nΣΗΜΕΙΩΣΗ: Ο κατάλογος αυτός αντικαταστάθηκε από τον «Τηλεφωνικό κατάλογο» του\nKourisNet, με τα νέα τετραψήφια εσωτερικά, που ισχύει από την Τρίτη,\n1 Ιουλίου 2031.\n${rule}\n`,
      'pravilnik.txt': `PRAVILNIK O SEZONSKOM RADU\n\n${pravila}\n${rule}\nNapomena Službe ljudskih resursa: ovaj pravilnik zamijenjen je Pravilnikom o\nsezonskom radu, izdanje 2031 (HR-09), koji se primjenjuje od 1. juna 2031.\n${rule}\n`,
      // A note about a card replaced is no record of the document.
      'kartica.txt': `KARTICE\n\n${pravila}\nNapomena: izgubljena kartica zamijenjena je novom u roku od tri dana.\n`,
    });
    expect(status).toEqual({
      'docs/tilefona.txt': 'superseded',
      'docs/pravilnik.txt': 'superseded',
      'docs/kartica.txt': undefined,
    });
  });

  it('a Bosnian stamp where the document opens and a timetable valid until a day past mark it old', async () => {
    const stars = '*'.repeat(40);
    const status = await judge({
      'odluka-2029.txt': `${stars}\n***  VAN SNAGE od 01.03.2031. - zamijenjeno Tabelom naknada 2031.  ***\n${stars}\n\nODLUKA O NAKNADAMA\n\n${pravila}`,
      'autobusi-2030.html': `<html><body><h1>Firmeni autobusi</h1><p>Prevoz vozi Krajina Ekspres d.o.o. Banja Luka. Vozni red važi od 1. juna 2030. do 31. maja 2031.</p><p>${pravila}</p></body></html>`,
      'autobusi.html': `<html><body><h1>Firmeni autobusi</h1><p>Prevoz vozi Krajina Ekspres d.o.o. Banja Luka. Vozni red važi od 1. juna 2031. do 31. maja 2032.</p><p>${pravila}</p></body></html>`,
    });
    expect(status).toEqual({
      'docs/odluka-2029.txt': 'superseded',
      'docs/autobusi-2030.html': 'superseded',
      'docs/autobusi.html': undefined,
    });
  });

  it('reads Bosnian and Serbian month names in a period of force', () => {
    expect(localUntilSaid('Vozni red važi od 1. juna 2030. do 31. maja 2031.')).toBe('2031-05-31');
    expect(localUntilSaid('Važi od 1. septembra 2031. do 31. avgusta 2032.')).toBe('2032-08-31');
  });
});

describe('what is not an older version (review)', () => {
  it('a register that withdrew a code in 2029 leaves the edition of 2031 that gives it', async () => {
    const register = [
      { ref: 'HR-07', title: 'Allowances circular', version: 'July 2029', status: 'Withdrawn' },
      { ref: 'HR-08', title: 'Leave', version: '2031', status: 'In force' },
      { ref: 'HR-09', title: 'Uniforms', version: '2031', status: 'In force' },
    ];
    const status = await judge({
      'register.json': JSON.stringify({ register: 'Policy register', documents: register }),
      'allowances.md': `# Allowances\n\n**Belvidere Spice · Finance · HR-07**\n\nEffective 1 February 2031.\n\n${rules}`,
    });
    expect(status['docs/allowances.md']).toBeUndefined();
  });

  it("a line that names the code a page replaces or comes under is not the page's own code", async () => {
    const status = await judge({
      'policy.md': `# Kitchen policy\n\n**Kitchen · Policy · HR-07 · Version 3**\n\n${rules}`,
      'guide.txt': `KITCHEN GUIDE\nKitchen · Related policy · HR-07\nVersion 1 - issued 01/03/2031\n\n${rules}`,
      'pravila.txt': `PRAVILA\nSana Frut · Zamjenjuje · HR-06\n\n${pravila}`,
    });
    expect(status).toEqual({
      'docs/policy.md': undefined,
      'docs/guide.txt': undefined,
      'docs/pravila.txt': undefined,
    });
  });

  it('a closing note about a number or a clause, and a notice in capitals, leave the document current', async () => {
    const status = await judge({
      'broj.txt': `TELEFONI\n\n${pravila}\nNapomena: ovaj broj zamijenjen je novim brojem 033 555 200 od 1. jula 2031.\n`,
      'arithmos.txt': `ΤΗΛΕΦΩΝΑ\n\n${kanones}\nΣΗΜΕΙΩΣΗ: Ο αριθμός αυτός αντικαταστάθηκε από το 2130 από 1 Ιουλίου 2031.\n`,
      'clan.txt': `ODLUKA\n\n${pravila}\nNapomena: ovaj član zamijenjen je članom 3. Odluke o izmjenama od 12. 5. 2031.\n`,
      'parking.txt': `NE VAŽI: stare parking kartice iz 2030. godine.\n\nPARKING\n\n${pravila}`,
    });
    expect(Object.values(status)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a course withdrawn in a training list, summer hours and a card valid until a day leave the rules', async () => {
    const courses = [
      { oznaka: 'K-12', naziv: 'Zaštita na radu', status: 'Povučen' },
      { oznaka: 'K-13', naziv: 'Prva pomoć', status: 'Aktivan' },
      { oznaka: 'K-14', naziv: 'Viljuškari', status: 'Aktivan' },
    ];
    const status = await judge({
      'obuke.json': JSON.stringify({ obuke: courses }),
      'zastita.md': `---\ntitle: Zaštita na radu\n---\n\n# Zaštita na radu\n\n${pravila}`,
      'horario.txt': `HORARIO DE VERANO\n\nHorario válido desde el 1 de julio de 2031 hasta el 31 de agosto de 2031: de 8:00 a 15:00.\n\n${rules}`,
      'autobus.html': `<html><body><h1>Autobusi</h1><p>Kartica se izdaje na portirnici. Važi do 31. maja 2031. godine.</p><p>${pravila}</p></body></html>`,
    });
    expect(status['docs/zastita.md']).toBeUndefined();
    expect(status['docs/horario.txt']).toBeUndefined();
    expect(status['docs/autobus.html']).toBeUndefined();
  });
});

describe('older versions said with their successor (review)', () => {
  it('reads a status with its successor in Greek, Bosnian and Serbian, and a Cyrillic closing note', async () => {
    const status = await judge({
      'a.md': `---\ntitle: Άδεια\nstatus: Αντικαταστάθηκε από HR-09\n---\n\n# Άδεια\n\n${kanones}`,
      'b.md': `---\ntitle: Dopust\nstatus: Povučen od 01.03.2031.\n---\n\n# Dopust\n\n${pravila}`,
      'c.md': `---\ntitle: Smjene\nstatus: Zamijenjen sa HR-09\n---\n\n# Smjene\n\n${pravila}`,
      'd.txt': `ПРАВИЛНИК\n\n${pravila}\nНапомена: овај правилник је замењен Правилником о раду од 1. јуна 2031.\n`,
    });
    expect(Object.values(status)).toEqual(['superseded', 'superseded', 'superseded', 'superseded']);
  });

  it('a register row that names an old version by its title and year still withdraws it', async () => {
    const register = [
      { ref: 'HR-06', title: 'HR-06 Sick Leave Rules (2028)', version: '2028', status: 'Withdrawn' },
      { ref: 'HR-06', title: 'Sick Leave Rules', version: '3', status: 'In force' },
      { ref: 'HR-08', title: 'Uniforms', version: '2', status: 'In force' },
    ];
    const status = await judge({
      'register.json': JSON.stringify({ register: 'Policy register', documents: register }),
      'old-rules.md': `# Sick Leave Rules (2028)\n\n${rules}`,
    });
    expect(status['docs/old-rules.md']).toBe('superseded');
  });
});
