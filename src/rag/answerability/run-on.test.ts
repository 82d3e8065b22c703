import { describe, expect, it } from 'vitest';
import { questionAsAsked } from './as-asked.js';
import { withSentencesEnded } from './run-on.js';

describe('sentences run together without a question mark', () => {
  it('are ended where a capitalised opener follows a word in lower case', () => {
    expect(
      withSentencesEnded(
        "My friend is an RN and she's applying here If she gets hired do I get a referral bonus",
      ),
    ).toBe("My friend is an RN and she's applying here. If she gets hired do I get a referral bonus");
    expect(
      withSentencesEnded(
        'Where am I allowed to fill up with the gas card for my truck Can I just use any services',
      ),
    ).toBe('Where am I allowed to fill up with the gas card for my truck? Can I just use any services');
    // After a name, before an opener no name goes on with.
    expect(
      withSentencesEnded(
        'When will my P60 for last tax year be up on PeopleHub Need it for a mortgage application.',
      ),
    ).toBe('When will my P60 for last tax year be up on PeopleHub? Need it for a mortgage application.');
  });

  it('are left as typed with a question mark anywhere, a name, or a clause of the asker inside a sentence', () => {
    for (const question of [
      'Is it true? I heard it is If so when',
      'Can Will Smith book leave in May',
      "What's the weekend allowance, and what's the plate number of the ute I'm taking home",
      'How long must I rest, and what is the minimum time I am paid for the call-out',
      'how do i book annual leave',
      // Names and titles that open with an opener's word, after a word that ends no sentence.
      'can I work from Our Lady hospital',
      'is the Just Eat discount still on',
      'book via My HR portal',
      'is the Do Not Disturb setting on',
      'can you Please send it',
      // A name goes on with "My", "Our", "What": only the openers no name does break after one.
      'is the Kestrel My Rewards app down',
      'What is Doncaster What Matters week',
      'what does PeopleHub Do for payroll',
      'is Pride Month Also a holiday',
    ])
      expect(withSentencesEnded(question)).toBe(question);
  });

  it('are read so by every reader, with the greeting and the thanks taken off', () => {
    expect(questionAsAsked('Hi team, do they charge for a locker Thanks')).toBe(
      'Do they charge for a locker?',
    );
  });
});
