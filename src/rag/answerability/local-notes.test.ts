import { describe, expect, it } from 'vitest';
import { besidePlaceNotes, namesAskedPlace, notesForElsewhere, placesAsked, statsWithout } from './index.js';

const salzburgNotes = {
  source: 'kb/salzburg-hinweise.txt',
  text: 'Für das Mittagessen gibt es einen Zuschuss von 7,50 EUR an jedem Arbeitstag im Büro.',
};

describe('notes in another language answer only for the places they name', () => {
  it('keeps them for their own place, named in the file name or by a region it lies in', () => {
    expect(notesForElsewhere('What is the lunch subsidy at the Salzburg office?', salzburgNotes)).toBe(false);
    expect(notesForElsewhere('What is the lunch subsidy in the Austrian office?', salzburgNotes)).toBe(false);
  });

  it("drops them for another place's question, and keeps them when no place is asked", () => {
    expect(notesForElsewhere('What is the lunch subsidy at the York hotel?', salzburgNotes)).toBe(true);
    expect(notesForElsewhere('What is the lunch subsidy?', salzburgNotes)).toBe(false);
  });

  it("marks a company policy that never names the place, when the place's own notes are retrieved", () => {
    const policy = { source: 'kb/meals.md', text: 'Every office pays a lunch subsidy of £5 a day.' };
    const salzburgPolicy = { source: 'kb/meals.md', text: 'In Salzburg the subsidy is paid on a meal card.' };
    const passages = [salzburgNotes, policy, salzburgPolicy];
    const beside = besidePlaceNotes('What is the lunch subsidy at the Salzburg office?', passages);
    expect(passages.map(beside)).toEqual([false, true, false]);
    // Without the place's notes, or asked about no place, the policy is the rule for everyone.
    expect(besidePlaceNotes('What is the lunch subsidy at the Salzburg office?', [policy])(policy)).toBe(
      false,
    );
    expect(besidePlaceNotes('What is the lunch subsidy?', passages)(policy)).toBe(false);
  });

  it('tells a passage that names the place asked about, in its text or file name', () => {
    const asked = placesAsked('What is the lunch subsidy at the Salzburg office?');
    expect(namesAskedPlace(salzburgNotes, asked)).toBe(true);
    expect(namesAskedPlace({ text: 'Every office pays a lunch subsidy.' }, asked)).toBe(false);
  });

  it('never drops an English passage, which may state a rule for every site', () => {
    const english = {
      source: 'kb/meals.md',
      text: 'Every office pays a lunch subsidy of £5 a day to all of its staff.',
    };
    expect(notesForElsewhere('What is the lunch subsidy at the York hotel?', english)).toBe(false);
  });

  it('reads a site named before its noun as a place asked about ("the Bristol office")', () => {
    expect(placesAsked('What time does the Bristol office open?').map((p) => p.word)).toEqual(['Bristol']);
    expect(placesAsked('Who is the fire warden at the Leeds office?').map((p) => p.word)).toEqual(['Leeds']);
    // A code is no place: "NS" of grade "NS3" is not Nova Scotia.
    expect(placesAsked('What is the basic salary for NS3?')).toEqual([]);
    expect(placesAsked('The Bristol office opens at 8. Does it close at 6?').map((p) => p.word)).toEqual([
      'Bristol',
    ]);
    // Or before the word for its people, or after "our".
    expect(placesAsked('How many days can the Porto lot carry over?').map((p) => p.word)).toEqual(['Porto']);
    expect(placesAsked('I work in our Graz office. Is lunch paid?').map((p) => p.word)).toEqual(['Graz']);
    // A name in capitals before the word for people is a team, not a place.
    expect(placesAsked('Do the QA team get overtime paid?')).toEqual([]);
    // With no "the" before it, only a place WordNet knows: not a grade or a department.
    expect(placesAsked('How much PTO do Toronto employees get per year?').map((p) => p.word)).toEqual([
      'Toronto',
    ]);
    expect(placesAsked('Do Gold staff get a bonus?')).toEqual([]);
    // Review: a name of two words after the question's first word.
    expect(placesAsked('Do New York employees get a bonus?').map((p) => p.word)).toEqual(['New', 'York']);
    expect(placesAsked('What do Finance staff get?')).toEqual([]);
    // A department or an ordinary word before "office" names no place.
    for (const q of [
      'Where is the HR office?',
      'Who works in the Head office?',
      'Is the Security office open?',
    ])
      expect(placesAsked(q)).toEqual([]);
  });

  it('keeps the notes when the question names a team, not a site', () => {
    expect(placesAsked('Where is the canteen for Engineering staff?')).toEqual([]);
    expect(notesForElsewhere('Where is the lunch subsidy for Engineering staff?', salzburgNotes)).toBe(false);
  });
});

describe('word counts without the notes for other places', () => {
  it('takes away what the dropped notes hold, glossed, and nothing else', () => {
    const stats = { chunks: 50, df: (t: string) => ({ lunch: 3, subsidi: 1, offic: 20 })[t] ?? 0 };
    const less = statsWithout(stats, [salzburgNotes]);
    // "Mittagessen" is lunch and "Zuschuss" a subsidy: the one chunk that said "subsidy" was the notes.
    expect(less.df('subsidi')).toBe(0);
    expect(less.df('lunch')).toBe(2);
    expect(less.df('offic')).toBe(19);
    expect(less.chunks).toBe(50);
    expect(statsWithout(stats, [])).toBe(stats);
  });
});
