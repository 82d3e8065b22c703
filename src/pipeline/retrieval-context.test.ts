import { describe, expect, it } from 'vitest';
import { contextVariables } from './retrieval-context.js';

describe('the context a prompt sees', () => {
  it('marks a superseded passage as possibly out of date and a draft as not in force', () => {
    const { context } = contextVariables([
      { id: 'a', source: 'kb/travel.md', text: 'The cap is £190.' },
      { id: 'b', source: 'kb/travel-2022.md', text: 'The cap is £160.', status: 'superseded' },
      { id: 'c', source: 'kb/travel-draft.md', text: 'The cap is £210.', status: 'draft' },
    ]);
    expect(context.split('\n\n').map((p) => p.split('\n')[0])).toEqual([
      '[1] (kb/travel.md)',
      '[2] (kb/travel-2022.md) [SUPERSEDED: may be out of date]',
      '[3] (kb/travel-draft.md) [DRAFT: not in force]',
    ]);
  });
});
