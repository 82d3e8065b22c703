import { describe, expect, it } from 'vitest';
import { americanSpelling, slipsOf, stem, wrongKeysOf } from '../../core/index.js';
import type { TermStats } from './assess.js';
import { correctSpelling, withChatSpellings } from './spelling.js';

// A knowledge base that uses these words (as stems), in this many chunks.
function base(words: Record<string, number>) {
  const counts = new Map(Object.entries(words).map(([w, n]) => [stem(w), n]));
  const stats: TermStats = { chunks: 50, df: (t) => counts.get(t) ?? 0 };
  const reads: string[][] = [];
  const index = {
    termStats: async (terms: string[]) => {
      reads.push(terms);
      return { chunks: 50, df: new Map(terms.map((t) => [t, counts.get(t) ?? 0])) };
    },
  };
  return { stats, index, reads };
}

describe('slips of the keyboard', () => {
  it('reads chat shorthand as the words it stands for, only as whole lower-case words', () => {
    expect(withChatSpellings('how many r veggie evry week, do u deliver b4 9')).toBe(
      'how many are veggie every week, do you deliver before 9',
    );
    expect(withChatSpellings('Who runs R&D? Is UR on the U-turn list? pls tell ur boss')).toBe(
      'Who runs R&D? Is UR on the U-turn list? please tell your boss',
    );
    // Barbados and the Eastern Caribbean.
    expect(withChatSpellings('how long I could drive before I gotta tek a rest')).toBe(
      'how long I could drive before I gotta take a rest',
    );
    expect(withChatSpellings('how much de meal allowance is fuh a long duty?')).toBe(
      'how much de meal allowance is for a long duty?',
    );
    // The Bahamas: "y'all", however its apostrophe is typed.
    expect(withChatSpellings("how much money y'all ga give me, yall or y’all")).toBe(
      'how much money you ga give me, you or you',
    );
    // Not a code nor a name: "pon" (a passive optical network), "Wunna" (a Burmese name).
    expect(withChatSpellings('de brakes gone, wuh steps I follow? is the pon down? ask wunna aung')).toBe(
      'de brakes gone, what steps I follow? is the pon down? ask wunna aung',
    );
    // A slip too short for the spelling check.
    expect(withChatSpellings('what date is Tijelovo and wich day is it')).toBe(
      'what date is Tijelovo and which day is it',
    );
    // Not an abbreviation with dots, and not shorthand the knowledge base itself uses.
    expect(withChatSpellings('do u ship to the u.s.?')).toBe('do you ship to the u.s.?');
    expect(withChatSpellings('is the pasta gf? is there msg in it')).toBe(
      'is the pasta gf? is there msg in it',
    );
    expect(withChatSpellings('what hrs r u open', (w) => w === 'hr')).toBe('what hrs are you open');
    // Caribbean English as typed.
    expect(withChatSpellings('how much a km dey paying? wha is the rate')).toBe(
      'how much a km they paying? what is the rate',
    );
    expect(withChatSpellings('sending me to Kampala for 3 nites')).toBe('sending me to Kampala for 3 nights');
    // West African Pidgin as typed.
    expect(withChatSpellings('wetin be the maximum temperature for the séchoir?')).toBe(
      'what be the maximum temperature for the séchoir?',
    );
    expect(withChatSpellings('who be the oga for the magasin P7')).toBe('who be the boss for the magasin P7');
    expect(withChatSpellings('hw much is the fish box, wot time fr the bus')).toBe(
      'how much is the fish box, what time for the bus',
    );
    expect(withChatSpellings('wats the extra rate per tonne?')).toBe("what's the extra rate per tonne?");
    expect(withChatSpellings('can i go in tommorow?')).toBe('can i go in tomorrow?');
    expect(withChatSpellings('r we getting paid for snow days this yr?')).toBe(
      'are we getting paid for snow days this year?',
    );
    // Elsewhere "yr" is "your" as chat types it, and stays as typed.
    expect(withChatSpellings('how do i update yr bank details?')).toBe('how do i update yr bank details?');
  });

  it('leaves a word the thesaurus knows as written: "wantoks" are relatives, no slip of "wantons"', async () => {
    const { stats, index } = base({ wanton: 2, relative: 5 });
    expect(await correctSpelling(index, 'how long can my wantoks stay', stats)).toBe(
      'how long can my wantoks stay',
    );
  });

  it('still corrects a slip that only stems like a word of the thesaurus ("boking" is no "boke")', async () => {
    const { stats, index } = base({ booking: 8 });
    expect(await correctSpelling(index, 'how do I cancel a boking', stats)).toBe('how do I cancel a booking');
  });

  it('reads shorthand before it looks for slips', async () => {
    const { stats, index } = base({ deliver: 10 });
    expect(await correctSpelling(index, 'wat days do u deliver', stats)).toBe('what days do you deliver');
    // The word shorthand stands for is no slip, though the counts were read for the words as typed.
    expect(await correctSpelling(index, 'how quickly must i ack a page', stats)).toBe(
      'how quickly must i acknowledge a page',
    );
  });

  it('never replaces a word by a slip that its stem reads as the word itself ("quickly" is no "quicklye")', async () => {
    // The index reads a stem as its own stem again, as the in-memory engine does: "quickly" counts as "quickli".
    const counts = new Map([['quickli', 3]]);
    const index = {
      termStats: async (terms: string[]) => ({
        chunks: 50,
        df: new Map(terms.map((t) => [t, counts.get(stem(t)) ?? 0])),
      }),
    };
    const stats: TermStats = { chunks: 50, df: () => 0 };
    expect(await correctSpelling(index, 'How quickly do you attend?', stats)).toBe(
      'How quickly do you attend?',
    );
  });

  it('corrects a slip to the word the base uses in either spelling ("organsiation": "organisation")', async () => {
    // The base counts words as it indexes them: British spellings in their American form, stemmed.
    const counts = new Map([[stem(americanSpelling('organisation')), 6]]);
    const index = {
      termStats: async (terms: string[]) => ({
        chunks: 50,
        df: new Map(terms.map((t) => [t, counts.get(t) ?? 0])),
      }),
    };
    const stats: TermStats = { chunks: 50, df: (t) => counts.get(t) ?? 0 };
    expect(await correctSpelling(index, 'Who runs the organsiation staff party?', stats)).toBe(
      'Who runs the organisation staff party?',
    );
  });

  it('knows the slips people make: neighbours swapped, a doubled letter typed once or twice', () => {
    expect(slipsOf('reciept')).toContain('receipt');
    expect(slipsOf('sesions')).toContain('sessions');
    expect(slipsOf('holliday')).toContain('holiday');
    expect(slipsOf('payrol')).toContain('payroll');
    // A letter left out after the first.
    expect(slipsOf('contribtion')).toContain('contribution');
    // Not another letter put in a letter's place.
    expect(slipsOf('dental')).not.toContain('rental');
  });

  it('lists no slips of a run of letters longer than any word, so a pasted "aaaa…" costs nothing', () => {
    expect(slipsOf('a'.repeat(20_000))).toEqual([]);
    expect(slipsOf('telecomunications')).toContain('telecommunications');
  });

  it('reads a word no one knows as the slip the knowledge base uses', async () => {
    const { stats, index } = base({ receipt: 4, session: 3, claim: 9 });
    expect(await correctSpelling(index, 'I lost the reciept, can I still claim?', stats)).toBe(
      'I lost the receipt, can I still claim?',
    );
    expect(await correctSpelling(index, 'How many counselling sesions are free?', stats)).toBe(
      'How many counselling sessions are free?',
    );
    const pension = base({ contribution: 5, pension: 6 });
    expect(await correctSpelling(pension.index, 'Can I raise my pension contribtion?', pension.stats)).toBe(
      'Can I raise my pension contribution?',
    );
  });

  it('leaves alone a real word the base lacks, a name, a short word, and a question with nothing unknown', async () => {
    const { stats, index, reads } = base({ trail: 2, claim: 9, parsi: 1, ferry: 3 });
    // "trial" is one swap from "trail", but the dictionary knows it: the base simply lacks it.
    expect(await correctSpelling(index, 'How long is the trial period?', stats)).toBe(
      'How long is the trial period?',
    );
    expect(await correctSpelling(index, 'Is the Pasris office open?', stats)).toBe(
      'Is the Pasris office open?',
    );
    expect(await correctSpelling(index, 'Is the fery free?', stats)).toBe('Is the fery free?');
    // A form of a word the dictionary knows is that word ("tipping" of "tip"), not a slip of "tripping".
    const trips = base({ trip: 3, unload: 2 });
    expect(await correctSpelling(trips.index, 'Where do I wait while tipping?', trips.stats)).toBe(
      'Where do I wait while tipping?',
    );
    reads.length = 0;
    expect(await correctSpelling(index, 'Can I claim?', stats)).toBe('Can I claim?');
    expect(reads).toEqual([]);
  });

  it("knows a wrong key after the first letter: a letter in another's place or one too many", () => {
    expect(wrongKeysOf('allowence')).toContain('allowance');
    expect(wrongKeysOf('paycvheck')).toContain('paycheck');
    // Never the first letter, which people rarely get wrong.
    expect(wrongKeysOf('dental')).not.toContain('rental');
    expect(wrongKeysOf('xpaycheck')).not.toContain('paycheck');
    expect(wrongKeysOf('a'.repeat(20_000))).toEqual([]);
  });

  it('reads a wrong key as the word the base uses, only when that is an English word', async () => {
    const { stats, index } = base({ allowance: 5, uniform: 4, share: 9 });
    expect(await correctSpelling(index, 'what is the unifprm allowance?', stats)).toBe(
      'what is the uniform allowance?',
    );
    expect(await correctSpelling(index, 'what is the uniform allpwance?', stats)).toBe(
      'what is the uniform allowance?',
    );
    // "sharesive" would be counted as "share", the stem it shares with the base, but it is no word.
    expect(await correctSpelling(index, 'is there a sharesave scheme?', stats)).toBe(
      'is there a sharesave scheme?',
    );
  });

  it('reads a slip as the English word among slips the base uses as often ("personsl": "personal")', async () => {
    // The base counts "persons" (the stem of "personsal") as often as "person", as an index that stems again does.
    const counts = new Map([
      ['person', 5],
      ['persons', 5],
      ['mobil', 3],
    ]);
    const stats: TermStats = { chunks: 50, df: (t) => counts.get(t) ?? 0 };
    const index = {
      termStats: async (terms: string[]) => ({
        chunks: 50,
        df: new Map(terms.map((t) => [t, counts.get(t) ?? 0])),
      }),
    };
    expect(await correctSpelling(index, 'what is his personsl mobile number?', stats)).toBe(
      'what is his personal mobile number?',
    );
  });

  it('reads a slip of a common word the base lacks as that word, and leaves real words WordNet lacks', async () => {
    const { stats, index } = base({ laptop: 3, shift: 8 });
    expect(await correctSpelling(index, 'can i take it bfeore my shift', stats)).toBe(
      'can i take it before my shift',
    );
    expect(await correctSpelling(index, 'my computre is slow, do I get a laptop?', stats)).toBe(
      'my computer is slow, do I get a laptop?',
    );
    // Words the spelling dictionary knows though WordNet does not are no slips ("whenever" is not "wherever").
    for (const q of ['can I swap shifts whenever I like?', 'do we get wellies?', 'is there burnout support?'])
      expect(await correctSpelling(index, q, stats)).toBe(q);
    // A short word no dictionary knows may be shorthand: "tacho" is not guessed as "taco".
    expect(await correctSpelling(index, 'who calibrates the tacho?', stats)).toBe(
      'who calibrates the tacho?',
    );
  });

  it('leaves names, words joined into one, other languages and private questions as typed', async () => {
    const { stats, index } = base({
      night: 5,
      shift: 5,
      premium: 3,
      health: 4,
      card: 2,
      healthcare: 3,
      salary: 6,
    });
    for (const question of [
      // A name the spelling dictionary writes with a capital is no slip ("francis" is no "francs").
      'is francis gordon on nights?',
      // Two words written as one are read only for the commonest slips ("nightshift" is no "nightshirt").
      'what is the nightshift premium',
      'where is my healthcard',
      // Another language is not read as slips of English ("combien" is no "combine").
      'combien de jours de congés maladie',
      // A private question keeps its words, so the check that declines it still sees them.
      "What is Sharon Bailey's birthdate?",
    ])
      expect(await correctSpelling(index, question, stats)).toBe(question);
    // Fragments the spelling dictionary knows ("den", "tel") do not make a slip two words.
    const dental = base({ dental: 4, insurance: 5 });
    expect(await correctSpelling(dental.index, 'what is the dentel insurance', dental.stats)).toBe(
      'what is the dental insurance',
    );
  });

  it('reads a key hit beside the one meant in a word that looks like two, and a slip of a month', async () => {
    const { stats, index } = base({ password: 6, meeting: 4, date: 5, term: 3, salary: 4, january: 3 });
    // "paws"+"sword" and "meed"+"ting" are words, but one key too many makes them.
    expect(await correctSpelling(index, 'how long must a new pawssword be?', stats)).toBe(
      'how long must a new password be?',
    );
    expect(await correctSpelling(index, 'what date is the meedting for third term?', stats)).toBe(
      'what date is the meeting for third term?',
    );
    // Names are no words of another language: the question is English, and its slips are read.
    expect(await correctSpelling(index, 'can Ashok Rajendran move the meedting?', stats)).toBe(
      'can Ashok Rajendran move the meeting?',
    );
    // One vowel for another, though the word looks like two ("pass" and "anger").
    const bus = base({ passenger: 4, bus: 6 });
    expect(await correctSpelling(bus.index, 'where does a passanger sit on the bus?', bus.stats)).toBe(
      'where does a passenger sit on the bus?',
    );
    // A month the dictionary knows only capitalised.
    expect(await correctSpelling(index, 'when is janiary salary paid?', stats)).toBe(
      'when is january salary paid?',
    );
  });

  it('leaves a word written with an accent as typed: "mariée" is no slip of a word stemmed like "mardi"', async () => {
    // The index reads "mardiée" as the base's "mardi" (Tuesday), as the in-memory engine stems it again.
    const counts = new Map([['mardi', 12]]);
    const index = {
      termStats: async (terms: string[]) => ({
        chunks: 50,
        df: new Map(terms.map((t) => [t, counts.get(stem(t).replace(/é$/, '')) ?? 0])),
      }),
    };
    const stats: TermStats = { chunks: 50, df: () => 0 };
    expect(await correctSpelling(index, 'la secrétaire est mariée ?', stats)).toBe(
      'la secrétaire est mariée ?',
    );
  });
});
