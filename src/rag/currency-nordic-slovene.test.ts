import { describe, expect, it } from 'vitest';
import { judgeStatuses } from '../../test/support/currency-judge.js';
import { localUntilSaid } from './in-force-until-local.js';
import { dateReaders } from './normalise/dates.js';

// Each file written, loaded as ingest loads it, and judged against the others.
const judge = (files: Record<string, string>) => judgeStatuses(files, new Date('2031-11-04T12:00:00Z'));

const rules = 'Alle ansatte skal bære sikkerhedsbriller i produktionen. Spørgsmål til holdlederen.\n';
const pravila = 'Vsi zaposleni morajo v proizvodnji nositi zaščitna očala. Vprašanja vodji izmene.\n';

describe('documents that say in Danish or Slovene that they are old', () => {
  it('reads a period of force in Danish and Slovene, a closed-up range too', () => {
    expect(localUntilSaid('Gælder 01.01.2029-31.12.2030')).toBe('2030-12-31');
    expect(localUntilSaid('Velja od 01.01.2029 do 31.12.2030.')).toBe('2030-12-31');
    expect(localUntilSaid('Gyldig 01.01.2029 - 31.12.2030')).toBe('2030-12-31');
    // A single day is no range.
    expect(localUntilSaid('Gælder 01.01.2029')).toBeUndefined();
  });

  it('a stamp in capitals where it opens, a labelled note at its end or a status word marks it old', async () => {
    const status = await judge({
      'regler.txt': `UDGÅET - afløst af "Indhandling af hellefisk" fra 15.05.2031.\n\nREGLER FOR INDHANDLING\n\n${rules}`,
      'vozni-red.txt': `VOZNI RED AVTOBUSA\n\n${pravila}\nOpomba kadrovske službe (25.08.2031): nadomeščeno z voznim redom od 1. 9. 2031.\n`,
      'dopust.md': `---\nnaslov: Letni dopust\nstatus: razveljavljeno\n---\n\n# Letni dopust\n\n${pravila}`,
      'dopust-novo.md': `---\nnaslov: Letni dopust 2031\nstatus: veljavno\n---\n\n# Letni dopust 2031\n\n${pravila}`,
      // A word of the same family in a sentence, a cancelled flight or a card replaced says nothing of the document.
      'vejr.txt': `VEJRLIG\n\nHvis flyet er udgået eller aflyst, betaler firmaet hotellet.\n\n${rules}`,
      'kartica.txt': `KARTICE\n\n${pravila}\nIzgubljena kartica: nadomeščena z novo v treh dneh.\n`,
      // A labelled note about a card, a shift or a refund is no record of the document (review).
      'opomba.txt': `KARTICE\n\n${pravila}\nOpomba: zamenjana s novo kartico v treh dneh.\n`,
      'vagt.txt': `VAGTER\n\n${rules}\nBemærk: afløst af nattevagten kl. 22.00.\n`,
      'refusjon.txt': `REISER\n\n${rules}\nMerk: Erstattet av forsikringen, ikke av firmaet.\n`,
      // A status field that names its successor after the word ("afløst af NU-02").
      'status-da.md': `---\ntitel: Kølerum\nstatus: afløst af NU-02\n---\n\n# Kølerum\n\n${rules}`,
      'status-sl.md': `---\nnaslov: Sušilnice\nstatus: nadomeščeno z VD-08\n---\n\n# Sušilnice\n\n${pravila}`,
    });
    expect(status).toEqual({
      'docs/regler.txt': 'superseded',
      'docs/vozni-red.txt': 'superseded',
      'docs/dopust.md': 'superseded',
      'docs/dopust-novo.md': 'current',
      'docs/vejr.txt': undefined,
      'docs/kartica.txt': undefined,
      'docs/opomba.txt': undefined,
      'docs/vagt.txt': undefined,
      'docs/refusjon.txt': undefined,
      'docs/status-da.md': 'superseded',
      'docs/status-sl.md': 'superseded',
    });
  });

  it('a French banner that says the page is archived or the grid no longer applied marks it old', async () => {
    const status = await judge({
      'grille-2029.txt': `GRILLE DES SALAIRES\n\nPage archivée. Cette grille n'est plus appliquée : elle a été remplacée le 1er janvier 2031.\n\n${rules}`,
      'grille.txt': `GRILLE DES SALAIRES 2031\n\nCette grille est appliquée depuis le 1er janvier 2031.\n\n${rules}`,
      // "n'est plus en vigueur" with a day after it, or at the end, still marks it (review).
      'note.txt': `NOTE RH\n\nATTENTION : cette note n'est plus en vigueur depuis le 1er juillet 2031, voir la note RH-12.\n\n${rules}`,
      'bareme.txt': `BARÈME\n\nCe barème n'est plus en vigueur\n\n${rules}`,
    });
    expect(status).toEqual({
      'docs/grille-2029.txt': 'superseded',
      'docs/grille.txt': undefined,
      'docs/note.txt': 'superseded',
      'docs/bareme.txt': 'superseded',
    });
  });

  it('an edition in force from a later day replaces one of the same code, its code field kept whole ("VD-07")', async () => {
    const status = await judge({
      'vilicarji.md': `---\nnaslov: Varno delo z viličarji\noznaka: VD-07\nvelja_od: 2028-03-01\n---\n\n# Varno delo z viličarji\n\n${pravila}`,
      'varno-delo.txt': `VARNO DELO Z VILIČARJI\n\nKolpa Les d.d. · Obrat Kočevje · Navodilo VD-07 · Izdaja 3\n\nVelja od 1. septembra 2031. ${pravila}`,
      // A checklist of the same code goes with its instruction, not in its place (review).
      'frys.md': `---\ntitel: Frysehusinstruks\nref: NU-01\ngyldig_fra: 2029-03-15\n---\n\n# Frysehusinstruks\n\n${rules}`,
      'frys-tjek.txt': `FRYSEHUSINSTRUKS TJEKLISTE TIL VIKARER\n\nImaq · NU-01 · Version 3\n\nGælder fra søndag den 1. juni 2031. ${rules}`,
      // Another code is another document.
      'zaga.md': `---\nnaslov: Varno delo na žagi\noznaka: VD-09\nvelja_od: 2028-03-01\n---\n\n# Varno delo na žagi\n\n${pravila}`,
    });
    expect(status).toEqual({
      'docs/vilicarji.md': 'superseded',
      'docs/varno-delo.txt': undefined,
      'docs/zaga.md': undefined,
      'docs/frys.md': undefined,
      'docs/frys-tjek.txt': undefined,
    });
  });

  it('"En vigueur le 1er février" and "Gælder fra søndag den 1. juni" date an edition of the same code', async () => {
    const status = await judge({
      'collecte.md': `---\ntitle: Collecte du lait\nref: COL-01\neffective: 2028-03-01\n---\n\n# Collecte du lait\n\n${rules}`,
      'procedure.txt': `PROCÉDURE DE COLLECTE DU LAIT\n\nLaiterie · Collecte · COL-01 · Version 3\n\nEn vigueur le 1er février 2031. ${rules}`,
      'frys.md': `---\ntitel: Frysehusinstruks\nref: NU-01\ngyldig_fra: 2029-03-15\n---\n\n# Frysehusinstruks\n\n${rules}`,
      'frys-ny.txt': `FRYSEHUSINSTRUKS\n\nImaq · Frysehus Nuuk · NU-01 · Version 3\n\nGælder fra søndag den 1. juni 2031. ${rules}`,
    });
    expect(status).toEqual({
      'docs/collecte.md': 'superseded',
      'docs/procedure.txt': undefined,
      'docs/frys.md': 'superseded',
      'docs/frys-ny.txt': undefined,
    });
  });
});

describe('dates in Danish and Slovene', () => {
  const read = (text: string) =>
    dateReaders.flatMap((r) => [...text.matchAll(r.pattern)].map((m) => r.read(m)).filter(Boolean));
  it('reads "1. septembra 2031", "15. marts 2029" and "3. maj 2031" as those days', () => {
    expect(JSON.stringify(read('Velja od 1. septembra 2031.'))).toContain('1 September 2031');
    expect(JSON.stringify(read('Erstatter instruksen af 15. marts 2029.'))).toContain('15 March 2029');
    expect(JSON.stringify(read('Mødet er den 3. maj 2031.'))).toContain('3 May 2031');
    // Spanish "marca" is a brand, not Slovene March.
    expect(read('Tenemos 12 de marca blanca y 8 de marca propia.')).toEqual([]);
  });
});
