import type { GuardrailConfig } from '../core/index.js';
import { PII_KINDS } from './checks/pii/index.js';

/** A guardrail in plain words (errors, feedback to the model, the playbook). */
export function describe(c: GuardrailConfig): string {
  switch (c.check) {
    case 'pii':
      return `no personal data (${(c.kinds ?? PII_KINDS).join(', ')})`;
    case 'injection':
      return c.mode === 'llm' || c.mode === 'both'
        ? `no attempts to override the instructions (judged by ${c.route}${c.mode === 'both' ? ' and the built-in classifier' : ''})`
        : 'no attempts to override the instructions';
    case 'length':
      return `between ${c.min ?? 0} and ${c.max ?? '∞'} words`;
    case 'format':
      return c.format === 'json' ? 'valid JSON' : 'plain text, no Markdown headings or tables';
    case 'citations':
      return 'every statement cites a retrieved passage, like [1]';
    case 'banned':
      return `never says ${[...(c.phrases ?? []).map((p) => `"${p}"`), ...(c.patterns ?? [])].join(', ')}`;
    case 'topic':
      return c.allow?.length ? `only about ${c.allow.join(', ')}` : `never about ${c.deny!.join(', ')}`;
    case 'language':
      return `written in ${c.languages!.join(' or ')}`;
    case 'schema':
      return 'matches the output schema';
    case 'llm':
      return `not ${c.rubric} (judged by ${c.route})`;
    case 'script':
      return `passes ${c.module}`;
    case 'grounded':
      return 'answers only when the retrieved passages cover the question';
  }
}
