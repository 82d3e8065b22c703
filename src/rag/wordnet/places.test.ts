import { describe, expect, it } from 'vitest';
import { placeOf } from './index.js';

const joined = (names: string[][] | undefined) => (names ?? []).map((n) => n.join(' '));

describe('places, by WordNet', () => {
  it('knows a city by its names and the regions it lies in, up to its continent', () => {
    const milan = placeOf('Milan')!;
    expect(joined(milan.names)).toContain('milano');
    expect(joined(milan.regions)).toEqual(expect.arrayContaining(['lombardy', 'italy', 'europe']));
    expect(joined(milan.regionAdjectives)).toEqual(expect.arrayContaining(['italian', 'european']));
    // Past the continent lie hemispheres and the Earth, which name nothing a handbook would.
    expect(joined(milan.regions)).not.toContain('northern hemisphere');
    expect(joined(placeOf('Chicago')!.regions)).toEqual(
      expect.arrayContaining(['united states', 'north america']),
    );
  });

  it('reads an adjective as the place it pertains to, and lists the places inside a country', () => {
    const austria = placeOf('Austrian')!;
    expect(joined(austria.names)).toContain('austria');
    expect(joined(austria.parts)).toEqual(expect.arrayContaining(['vienna', 'graz']));
    // A place named by an ordinary word would be found in any passage using that word.
    expect(joined(placeOf('France')!.parts)).not.toContain('nice');
  });

  it('reads a nationality as its country before a river of its name, and knows what people call cities', () => {
    expect(joined(placeOf('Canadian')!.names)).toEqual(expect.arrayContaining(['canada']));
    expect(joined(placeOf('Canadian')!.parts)).toEqual(expect.arrayContaining(['montreal']));
    expect(joined(placeOf('NYC')!.names)).toContain('new york city');
    expect(joined(placeOf('LA')!.names)).toContain('los angeles');
    expect(joined(placeOf('Philly')!.names)).toContain('philadelphia');
    // "la" in lower case is a word of French or Spanish, not Los Angeles; the names of a JavaScript object's
    // own properties are no nicknames.
    expect(placeOf('la')).toBeUndefined();
    for (const word of ['Constructor', 'constructor', 'toString', '__proto__'])
      expect(placeOf(word)).toBeUndefined();
  });

  it('takes the sense the word is first written for, and spells names without accents', () => {
    // Paris in France, not Paris in Texas; Aberdeen in Scotland, not in Washington.
    expect(joined(placeOf('Paris')!.regions)).not.toContain('united states');
    expect(joined(placeOf('Aberdeen')!.regions)).toContain('scotland');
    expect(joined(placeOf('Zürich')!.regions)).toContain('switzerland');
    // Oceans are no region: the UK does not lie "in the Atlantic" for a passage to name it by.
    expect(joined(placeOf('London')!.regions)).not.toContain('atlantic');
  });

  it('is undefined for a word that names no place, or that is an ordinary word too', () => {
    expect(placeOf('Finance')).toBeUndefined();
    expect(placeOf('Home')).toBeUndefined();
    expect(placeOf('West')).toBeUndefined();
    expect(placeOf('Bellshill')).toBeUndefined();
    expect(placeOf('Maia')).toBeUndefined(); // a crab's genus in WordNet, not a place
    // A city that is an ordinary word too is none; a country or a capital is a place all the same.
    expect(placeOf('Nice')).toBeUndefined();
    expect(placeOf('Reading')).toBeUndefined();
    expect(placeOf('Berlin')?.regions[0]).toEqual(['germany']);
    expect(placeOf('Turkey')?.names[0]).toEqual(['turkey']);
    expect(placeOf('Chile')?.regions).toContainEqual(['south', 'america']);
    expect(placeOf('Germany')?.parts).toContainEqual(['berlin']);
    // Review: the country or capital it was let in as, and no adjective.
    expect(placeOf('Tripoli')?.regions).toContainEqual(['libya']);
    expect(placeOf('Chad')?.names[0]).toEqual(['chad']);
    expect(placeOf('Male')).toBeUndefined();
  });
});
