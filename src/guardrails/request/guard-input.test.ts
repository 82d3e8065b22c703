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
