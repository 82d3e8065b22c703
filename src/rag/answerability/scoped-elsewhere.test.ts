import { describe, expect, it } from 'vitest';
import { placesAsked, scopedElsewhere, workplacesAsked } from './index.js';

const uk = {
  source: 'kb/sick-pay.md',
  text: 'Company sick pay is paid from day one.',
  appliesTo: 'UK sites',
};
const elsewhere = (question: string, passage = uk) => scopedElsewhere(question, passage);

describe('a document that says where it applies, for a question about another workplace', () => {
  it('is written for elsewhere when its scope leaves out the workplace asked about', () => {
    expect(elsewhere('Is sick pay paid from day one at the Zaragoza depot?')).toBe(true);
    expect(elsewhere('I work in our Graz office. Is sick pay paid from day one?')).toBe(true);
    expect(elsewhere('I work in Malmö. Is sick pay paid from day one?')).toBe(true);
    expect(elsewhere('Is sick pay paid from day one at the Malmö office?')).toBe(true);
  });

  it('applies to a workplace inside its scope, and to a destination rather than a workplace', () => {
    expect(elsewhere('Is sick pay paid from day one at the Edinburgh hotel?')).toBe(false);
    expect(elsewhere('What can I claim for dinner on a trip to France?')).toBe(false);
    expect(elsewhere('What is the nightly limit on a business trip for the Salzburg hotel?')).toBe(false);
    expect(elsewhere('How much can a hotel cost on a trip to the Salzburg office?')).toBe(false);
  });

  it('judges no place WordNet cannot place, and none the caller has not found notes for', () => {
    expect(elsewhere('Is sick pay paid from day one at the Doncaster depot?')).toBe(false);
    const question = 'Is sick pay paid from day one at the Zaragoza depot?';
    expect(scopedElsewhere(question, uk, placesAsked(question), [])).toBe(false);
  });

  it('judges nothing by a scope that names no place, or reaches past the places it names', () => {
    const q = 'Is sick pay paid from day one at the Zaragoza depot?';
    expect(elsewhere(q, { ...uk, appliesTo: 'all staff' })).toBe(false);
    expect(elsewhere(q, { ...uk, appliesTo: 'all offices worldwide, including the UK' })).toBe(false);
    expect(elsewhere(q, { ...uk, appliesTo: undefined } as unknown as typeof uk)).toBe(false);
    // "US" is a stop word no index keeps, and "EU" no region WordNet gives a city: neither is judged.
    expect(elsewhere('Is sick pay paid at the Chicago office?', { ...uk, appliesTo: 'US offices' })).toBe(
      false,
    );
    expect(elsewhere('Is sick pay paid at the Salzburg office?', { ...uk, appliesTo: 'EU sites' })).toBe(
      false,
    );
    // Nor a scope that names places to leave them out: it would be read backwards.
    expect(elsewhere(q, { ...uk, appliesTo: 'all employees, except those at our UK sites' })).toBe(false);
  });

  it('judges by a declared place, and by all sites of a country', () => {
    const q = 'I work in Graz. Is sick pay paid from day one?';
    expect(elsewhere(q, { ...uk, appliesTo: 'Spain' })).toBe(true);
    expect(elsewhere(q, { ...uk, appliesTo: 'all sites in the UK' })).toBe(true);
    expect(elsewhere('I work in Graz. How do I claim sick pay?')).toBe(true);
  });

  it('keeps a passage for a question that also asks about a place inside its scope, or that names the place', () => {
    expect(elsewhere('Is sick pay the same at the Leeds office as at the Zaragoza depot?')).toBe(false);
    const seconded = { ...uk, text: 'Staff seconded to the Zaragoza depot keep UK sick pay.' };
    expect(elsewhere('Is sick pay paid from day one at the Zaragoza depot?', seconded)).toBe(false);
  });

  it('drops a passage that names the place only to send it to its own rules', () => {
    const pointer = {
      ...uk,
      text: 'Company sick pay is paid from day one. Colleagues at Zaragoza follow the local sickness rules in their site notes.',
    };
    expect(elsewhere('Is sick pay paid from day one at the Zaragoza depot?', pointer)).toBe(true);
  });
});

describe('the workplaces a question asks about', () => {
  const words = (question: string) => workplacesAsked(question).map((p) => p.word);
  it('are the places it asks of, not where the asker drives, flies or meets a client', () => {
    expect(words('Im driving my own car to a client in Metz for 2 days - whats the km rate?')).toEqual([]);
    expect(words('What is the per diem on a business trip to Tokyo?')).toEqual([]);
    expect(words('I have a meeting at Bettembourg, can I park there?')).toEqual([]);
    expect(words('Is sick pay paid from day one at the Zaragoza depot?')).toEqual(['Zaragoza']);
    // A workplace and a destination in one question: only the workplace.
    expect(words('I work in Wasserbillig. Whats the km rate when driving to a client in Metz?')).toEqual([
      'Wasserbillig',
    ]);
    expect(placesAsked('Im driving to a client in Metz').map((p) => p.word)).toEqual(['Metz']);
  });
});
