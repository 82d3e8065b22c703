/**
 * A project whose model writes every request it receives to `seen.jsonl` (so a test can check what the
 * model saw) and answers by a few rules: an e-mail placeholder is echoed back, "promise" draws a banned
 * phrase. Its app redacts PII, blocks injections and blocks answers that make promises.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempProject } from './temp-project.js';

const model = `import { appendFileSync } from 'node:fs';
export default (options) => ({
  async generate(req) {
    appendFileSync(options.log, JSON.stringify(req.messages) + '\\n');
    const last = req.messages.at(-1).content;
    const text = /promise/.test(last)
      ? 'We guarantee your money back within one day. Nothing can go wrong.'
      : /\\[EMAIL_1\\]/.test(last)
        ? 'Thanks, we will write to [EMAIL_1] within a day. Anything else?'
        : 'Happy to help with your order.';
    return { text, usage: { inputTokens: 10, outputTokens: 10, totalTokens: 20 } };
  },
});
`;

/** Writes the project; returns its directory and the path of the model's request log. */
export function guardedProject(): { dir: string; seen: string } {
  const dir = tempProject({
    'prompts/shop.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nYou help with orders.\n{{history}}\n{{role "user"}}\n{{question}}\n',
    'providers/model.ts': model,
  });
  const seen = join(dir, 'seen.jsonl');
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `
providers:
  model: { type: script, module: providers/model.ts, options: { log: ${JSON.stringify(seen)} } }
guardrails:
  pii: { check: pii, action: redact }
  injection: { check: injection, action: block, message: "I can only help with orders." }
  no-promises: { check: banned, phrases: [guarantee], action: block, message: "Let me check that with a colleague." }
apps:
  shop:
    prompt: shop
    route: model
    guardrails: [pii, injection, no-promises]
`,
  );
  return { dir, seen };
}
