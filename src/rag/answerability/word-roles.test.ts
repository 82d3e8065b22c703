import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { timeFrameStems, topicalStems, withoutFrame } from './word-roles.js';

const topical = (question: string) => [...topicalStems(question)];
const stem = (word: string) => tokenize(word)[0]!;

describe('words that may name what a question is about', () => {
  it('leave out a verb the tagger takes for a thing, told by where it stands', () => {
    expect(topical('Which of those suits him?')).not.toContain(stem('suits'));
    expect(topical('Does that count as overtime?')).not.toContain(stem('count'));
    expect(topical('Does it cover dental?')).not.toContain(stem('cover'));
    expect(topical('Does the bigger plan cover that many?')).not.toContain(stem('cover'));
    expect(topical('Does that plan cover it?')).not.toContain(stem('cover'));
    expect(topical('A new address still counts for the box?')).not.toContain(stem('counts'));
  });

  it('keep the nouns beside them: a subject, an object, a noun after "this" or "that", "US" sizes', () => {
    for (const [question, word] of [
      ['Does this policy apply to contractors?', 'policy'],
      ['Does this jacket come in XL?', 'jacket'],
      ['Can that gazebo go in the car park?', 'gazebo'],
      ['Does the hotel serve breakfast all day?', 'breakfast'],
      ['Does the hotel have a pool any guest can use?', 'pool'],
      ['Can the team book the boardroom every Friday?', 'boardroom'],
      ['Can the manager give the intern a laptop?', 'intern'],
      ['Can the chef make a birthday cake my size?', 'cake'],
      ['Are the boots US sizes?', 'boots'],
      ['Are the night shifts also weekends?', 'night'],
    ])
      expect(topical(question!)).toContain(stem(word!));
  });
});

describe("words of the asker's frame", () => {
  it('are left out beside a word of the topic: when they ask, "the process", a thing "ready"', () => {
    expect(withoutFrame(['fill', 'diesel', stem('tonight')])).toEqual(['fill', 'diesel']);
    expect(withoutFrame([stem('fitting'), stem('rental'), stem('process')])).toEqual([
      stem('fitting'),
      stem('rental'),
    ]);
    expect(withoutFrame([stem('W-2'), stem('ready')])).toEqual([stem('W-2')]);
  });

  it('are all there is when nothing else is asked ("What is the process?", "Is it ready?")', () => {
    expect(withoutFrame([stem('process')])).toEqual([stem('process')]);
    expect(withoutFrame([stem('processing')])).toEqual([stem('processing')]);
    expect(withoutFrame([stem('ready')])).toEqual([stem('ready')]);
  });
});

describe('the words of time that frame a question', () => {
  it('are "year" of "this year" and "month" of "next month", not "day" of "per day"', () => {
    expect([...timeFrameStems('Is the station open on Women’s Day this year? and next month?')]).toEqual([
      'year',
      'month',
    ]);
    expect([...timeFrameStems('How much is the allowance per day in year 2?')]).toEqual([]);
    expect([...timeFrameStems('Is the plant shut the last week of December?')]).toEqual([]);
  });
});
