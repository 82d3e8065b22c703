import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// A hotel handbook answered offline: the fire procedure, and a checklist that names the linen room.
const open = useExtractiveApp({ maxSentences: 3, k: 2 });
const docs = {
  'fire.md':
    '# Fire\n\nIf you find a fire:\n\n1. Raise the alarm at the nearest call point.\n2. Leave by the nearest exit and go to the assembly point.\n',
  'starters.md':
    '# New starters\n\n- Collect your uniform from the linen room on your first day.\n- Ask the linen room for a spare if a bin bag of laundry goes missing.\n',
};

describe('examples the asker gives', () => {
  it('do not steer retrieval or the answer: the question asked in general is answered', async () => {
    const app = await open(docs);
    const question =
      "What am I actually meant to do if I find a fire? Like say a bin's gone up in the linen room";
    const passages = await app.passages({ vars: { question } });
    expect(passages[0]!.source).toBe('kb/fire.md');
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('Raise the alarm at the nearest call point.');
    expect(r.text).not.toContain('linen room');
  });
});
