import { describe, expect, it } from 'vitest';
import { americanWordsOf, queryTerms, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('drops stop words and stems what is left', () => {
    expect(tokenize('How do I reset my passwords?')).toEqual(['reset', 'password']);
  });

  it('drops "I\'ll" and "I\'d" but keeps "ill" and "ID", which are words', () => {
    expect(tokenize("I'm ill, I'll stay home")).toEqual(['ill', 'stai', 'home']);
    expect(tokenize("I'd bring a photo ID")).toEqual(['bring', 'photo', 'id']);
    expect(tokenize('dont im ive')).toEqual([]);
  });

  it('reads British and American spellings of a word as one ("organisation", "organization")', () => {
    const pairs: Array<[string, string]> = [
      ['the organisation', 'the organization'],
      ['organised', 'organized'],
      ['Health Centre', 'health center'],
      ['colours', 'colors'],
      ['driving licence', 'driving license'],
      ['the labourers', 'the laborers'],
      ['paediatric ward', 'pediatric ward'],
      ['centred', 'centered'],
      // Whatever the ending: the family, not a list of its forms.
      ['behavioural', 'behavioral'],
      ['organisational', 'organizational'],
      ['favourably', 'favorably'],
      ['neighbourhoods', 'neighborhoods'],
      ['centring', 'centering'],
      ['recognisable', 'recognizable'],
      ['catalogued', 'cataloged'],
      ['manoeuvring', 'maneuvering'],
      ['haemoglobin', 'hemoglobin'],
    ];
    for (const [british, american] of pairs) expect(tokenize(british)).toEqual(tokenize(american));
    // Only listed families: "hour", "tour", "exercise" and "foes" stay as they are; "cheque" is no "check".
    expect(tokenize('hour tour exercise foes cheque')).toEqual(['hour', 'tour', 'exercis', 'foe', 'chequ']);
    expect(queryTerms('organisation centre')).toEqual(['organization', 'center']);
    // Not where the American spelling is another word's, nor a name.
    expect(tokenize('litres')).not.toEqual(tokenize('literally'));
    expect(tokenize('Caesar')).toEqual(['caesar']);
    // Beside the text for FTS5, read as queries read words: accents folded, digits kept in the word.
    expect(americanWordsOf('Le théâtre municipal, colour2, organised')).toEqual([
      'theater',
      'color2',
      'organized',
    ]);
  });

  it('reads a word without its clitic ("rota\'d", "we\'ve", "the manager\'s")', () => {
    expect(tokenize("If I'm rota'd on, we've asked the manager's deputy")).toEqual([
      'rota',
      'ask',
      'manag',
      'deputi',
    ]);
  });

  it('folds accents on Latin and Greek letters, as people type without them, and leaves other scripts whole', () => {
    expect(tokenize('Café Bellevue, Tūranga, crème brûlée')).toEqual(
      tokenize('cafe Bellevue, Turanga, creme brulee'),
    );
    expect(tokenize('Πόση ώρα κολατσιό έχουμε στο Δάλι;')).toEqual(
      tokenize('ποση ωρα κολατσιο εχουμε στο Δαλι;'),
    );
    expect(tokenize('πόση ώρα')).toEqual(['ποση', 'ωρα']);
    expect(tokenize('नमस्ते')).toEqual(['नमस्ते']);
    expect(tokenize('отпуск йод')).toEqual(['отпуск', 'йод']);
  });

  it("reads a period's adjective as its noun, so an hourly rate meets a rate per hour", () => {
    expect(tokenize('hourly rate, daily allowance, monthly pass')).toEqual(
      tokenize('hour rate, day allowance, month pass'),
    );
    expect(tokenize('rate per hour')).toEqual(expect.arrayContaining(tokenize('hourly rate')));
  });
});
