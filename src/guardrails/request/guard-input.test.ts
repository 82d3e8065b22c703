import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardrailSchema } from '../../core/index.js';
import { createGuard } from '../guard.js';

describe('earlier turns at the stage they are', () => {
  it("a tool's earlier result is checked as retrieved text, the user's turns as input", async () => {
    const root = mkdtempSync(join(tmpdir(), 'tandem-guard-'));
    // A script check that fails and says which stage it was run at.
    writeFileSync(
      join(root, 'stage.mjs'),
      'export default (text, { stage }) => ({ pass: false, reason: stage });\n',
    );
    const guard = createGuard(
      [
        {
          name: 'stage',
          config: guardrailSchema.parse({
            check: 'script',
            module: 'stage.mjs',
            on: 'input',
            action: 'warn',
          }),
        },
      ],
      { root, provider: async () => undefined as never },
    );
    const g = guard.begin();
    await g.input({
      vars: { question: 'and now?' },
      history: [
        { role: 'user', content: 'look it up' },
        { role: 'tool', name: 'lookup', toolCallId: 'c1', content: '{"found": "parcel"}' },
      ],
    });
    const evidence = g.decisions.flatMap((d) => d.evidence);
    expect(evidence).toEqual(['input', 'history[0] user: input', 'history[1] tool: retrieved']);
  });
});

describe('a turn the app refused, replayed by a client', () => {
  it('leaves the conversation with its refusal, so the turns after it are judged on their own', async () => {
    const guard = createGuard(
      [
        {
          name: 'no-weather',
          config: guardrailSchema.parse({
            check: 'banned',
            phrases: ['weather'],
            on: 'input',
            action: 'block',
            message: 'I can only help with Fernway.',
          }),
        },
      ],
      { root: tmpdir(), provider: async () => undefined as never },
    );
    const history = [
      { role: 'user' as const, content: 'My box arrived warm.' },
      { role: 'assistant' as const, content: 'Report it within 48 hours. [1]' },
      { role: 'user' as const, content: "What's the weather in Amsterdam tomorrow?" },
      { role: 'assistant' as const, content: 'I can only help with  Fernway.' },
    ];
    const g = guard.begin();
    const out = await g.input({ vars: { question: 'ok, how long do I have to report it?' }, history });
    expect(out.blocked).toBeUndefined();
    expect(out.history).toEqual(history.slice(0, 2));
    // A client that kept a long refusal's opening only replays it all the same; a few words of it, or an answer
    // that opens with its words, are no refusal.
    const long = createGuard(
      [
        {
          name: 'on-topic',
          config: guardrailSchema.parse({
            check: 'banned',
            phrases: ['weather'],
            on: 'input',
            action: 'block',
            message:
              'I can only help with questions about Fernway. Please contact support for anything else.',
          }),
        },
      ],
      { root: tmpdir(), provider: async () => undefined as never },
    );
    const cases: Array<[string, number]> = [
      ['I can only help with questions about Fernway.', 2],
      ['I can only help', 4],
      [
        'I can only help with questions about Fernway. Please contact support for anything else. Boxes ship Friday.',
        4,
      ],
    ];
    for (const [content, kept] of cases) {
      const replayed = [
        ...history.slice(0, 2),
        { role: 'user' as const, content: 'Boxes?' },
        { role: 'assistant' as const, content },
      ];
      const out2 = await long.begin().input({ vars: { question: 'and Friday?' }, history: replayed });
      expect(out2.history).toHaveLength(kept);
    }
    // A turn whose reply was an answer is still read, and refused.
    const answered = [
      { role: 'user' as const, content: "What's the weather in Amsterdam tomorrow?" },
      { role: 'assistant' as const, content: 'Sunny.' },
    ];
    const again = await guard.begin().input({ vars: { question: 'and Friday?' }, history: answered });
    expect(again.blocked).toBe('I can only help with Fernway.');
  });
});
