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
