import { describe, expect, it } from 'vitest';
import { nounKin } from '../wordnet/index.js';
import { assessGrounding } from './assess.js';
import type { TermStats } from './judged.js';
import { kinUnsaid } from './kin-said.js';

describe('a word the knowledge base never uses, and its kin in WordNet', () => {
  it('knows the kin of animals, groups, food and money, and leaves acts, things, people and times alone', () => {
    expect(nounKin('pets')).toContain('pet');
    expect(nounKin('pets')).not.toContain('male');
    expect(nounKin('dogs')).toContain('wolf');
    expect(nounKin('union')).toContain('trade union');
    expect(nounKin('rush')).toBeUndefined();
    expect(nounKin('cottage')).toBeUndefined();
    expect(nounKin('therapist')).toBeUndefined();
    expect(nounKin('weeknight')).toBeUndefined();
    expect(nounKin('zzyzx')).toBeUndefined();
  });

  it('a word whose kin no passage says names a thing the base lacks; one that goes with a name is told by it', () => {
    const hostel = ['Students may apply for a room in Iroko Hall. Rooms are shared by two students.'];
    expect(kinUnsaid(['pets'], hostel, 'Are students allowed to keep pets in the hostel?')).toEqual(['pets']);
    expect(kinUnsaid(['puppy'], ['Dogs are welcome in the garden.'], 'Can I bring my puppy?')).toEqual([]);
    expect(kinUnsaid(['tab'], ['Filter under Menu, then Filters.'], 'Is it under the Menu tab?')).toEqual([]);
  });

  it('declines a question about pets in the hostel, though the rest of it is covered', () => {
    const docs = [
      {
        text: 'Postgraduate students may keep a room in Iroko Hall or Ixora Hall, the hostels on the Lagos campus.',
      },
      { text: 'Hostel rooms are allocated each session; students keep the key until they leave.' },
    ];
    const counts: Record<string, number> = {
      student: 9,
      allow: 4,
      keep: 5,
      hostel: 3,
      room: 6,
      hall: 4,
      session: 5,
    };
    const stats: TermStats = { chunks: 60, df: (t) => counts[t] ?? 0 };
    const g = assessGrounding('Are students allowed to keep pets in the hostel?', docs, stats);
    expect(g).toMatchObject({ grounded: false, reason: 'the knowledge base never mentions "pets"' });
  });
});
