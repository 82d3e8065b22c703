import { describe, expect, it } from 'vitest';
import { placeOf } from './index.js';

const joined = (names: string[][] | undefined) => (names ?? []).map((n) => n.join(' '));

describe('places, by WordNet', () => {
  it('knows a city by its names and the regions it lies in, up to its continent', () => {
    const milan = placeOf('Milan')!;
    expect(joined(milan.names)).toContain('milano');
    expect(joined(milan.regions)).toEqual(
      expect.arrayContaining(['lombardy', 'italy', 'europe', 'european']),
    );
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

  it('is undefined for a word that names no place', () => {
    expect(placeOf('Finance')).toBeUndefined();
    expect(placeOf('Bellshill')).toBeUndefined();
    expect(placeOf('Maia')).toBeUndefined(); // a crab's genus in WordNet, not a place
  });
});
