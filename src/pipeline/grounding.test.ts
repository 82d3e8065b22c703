import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { createScriptedProvider } from '../providers/testing/index.js';
import { loadProject, type Project } from './index.js';

// The prompt a team writes when a model answers: it is told when the passages cannot answer.
const PROMPT = `---
input:
  schema:
    question: string
---
{{role "system"}}
Answer from the passages.
{{#unless grounded}}The passages do not answer this ({{grounding.reason}}). Say you do not know.{{/unless}}
{{context}}
{{role "user"}}
{{question}}
`;

const files = (guardrail = '') => ({
  'tandem.yaml': `
providers:
  model: { type: echo }
  backup: { type: echo }
${guardrail}
knowledge:
  kb: { sources: kb/*.md, retrieval: { k: 2 } }
apps:
  bot:
    prompt: bot
    route: model
    knowledge: kb
${guardrail ? '    guardrails: [evidence]' : ''}
`,
  'prompts/bot.prompt': PROMPT,
  'kb/travel.md':
    '# Travel\n\nThe London hotel cap is £190 per night. Trains are booked through the travel desk. Company cars are insured by the firm.\n',
  'kb/leave.md': '# Leave\n\nEmployees get 25 days of annual leave a year, plus bank holidays.\n',
});

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function open(guardrail = '') {
  const model = createScriptedProvider([{ text: 'From the model.' }], 'model');
  const backup = createScriptedProvider([{ text: 'From the backup route.' }], 'backup');
  project = await loadProject(tempProject(files(guardrail)), { providerOverrides: { model, backup } });
  await (await project.knowledge.get('kb')).ingest();
  return { model, backup, app: await project.app('bot') };
}

const UNANSWERABLE = 'Which company provides dental insurance for employees?';
const ANSWERABLE = 'What is the hotel cap in London per night?';

describe('the answerability signal with a real model', () => {
  it('a prompt sees grounded: false and the reason; the result and the trace carry the verdict', async () => {
    const { model, app } = await open();
    const r = await app.run({ vars: { question: UNANSWERABLE } });
    expect(r.grounding).toMatchObject({ grounded: false });
    expect(r.grounding!.reason).toContain('"dental"');
    const system = String(model.calls[0]!.messages[0]!.content);
    expect(system).toContain(
      `The passages do not answer this (${r.grounding!.reason}). Say you do not know.`,
    );
    // The model is still called (no guardrail): the prompt decides what to do with the signal.
    expect(r.text).toBe('From the model.');
    expect(model.calls[0]!.grounding).toEqual(r.grounding);
    const trace = await project!.store.traces.get(r.traceId);
    expect(trace?.spans[0]?.attributes).toMatchObject({
      grounded: false,
      groundingReason: r.grounding!.reason,
    });
  });

  it('a grounded question: the prompt gets no warning', async () => {
    const { model, app } = await open();
    const r = await app.run({ vars: { question: ANSWERABLE } });
    expect(r.grounding).toMatchObject({ grounded: true, expects: 'amount' });
    expect(String(model.calls[0]!.messages[0]!.content)).not.toContain('do not answer');
  });

  it('the grounded guardrail answers its fallback message without calling the model, streamed or not', async () => {
    const { model, app } = await open(`guardrails:
  evidence: { check: grounded, action: fallback, message: "I can't find that in our documents." }`);
    const r = await app.run({ vars: { question: UNANSWERABLE } });
    expect(r.text).toBe("I can't find that in our documents.");
    expect(r.blocked).toBeUndefined();
    // Declined, and why, as an answer the answerer declined says it: one field for a script to read.
    expect(r.declined).toBe(true);
    expect(r.declinedReason).toBe(r.grounding!.reason);
    expect(r.guardrails).toEqual([
      expect.objectContaining({ name: 'evidence', check: 'grounded', passed: false, action: 'fallback' }),
    ]);
    const deltas: string[] = [];
    for await (const ev of app.stream({ vars: { question: UNANSWERABLE } }))
      if (ev.type === 'text-delta') deltas.push(ev.text);
    expect(deltas.join('')).toBe("I can't find that in our documents.");
    expect(model.calls).toHaveLength(0);
    const answered = await app.run({ vars: { question: ANSWERABLE } });
    expect(answered.text).toBe('From the model.');
    expect(answered.guardrails).toEqual([
      expect.objectContaining({ name: 'evidence', passed: true, action: 'none' }),
    ]);
  });

  it('block refuses; fallback to a route lets another route answer', async () => {
    const blocked = await open(
      'guardrails:\n  evidence: { check: grounded, message: "Not in the handbook." }',
    );
    const r = await blocked.app.run({ vars: { question: UNANSWERABLE } });
    expect([r.text, r.blocked, blocked.model.calls.length]).toEqual(['Not in the handbook.', true, 0]);
    await project!.close();
    const routed = await open(
      'guardrails:\n  evidence: { check: grounded, action: fallback, fallback: backup }',
    );
    const f = await routed.app.run({ vars: { question: UNANSWERABLE } });
    expect([f.text, routed.model.calls.length, routed.backup.calls.length]).toEqual([
      'From the backup route.',
      0,
      1,
    ]);
  });

  it('grounded runs on retrieved passages only: on: output is a config error with a hint', async () => {
    await expect(open('guardrails:\n  evidence: { check: grounded, on: output }')).rejects.toThrow(
      /grounded runs on retrieved passages/,
    );
  });

  it('a slip of the keyboard is read as the word the knowledge base uses: found, judged and shown as read', async () => {
    const { model, app } = await open();
    const r = await app.run({ vars: { question: 'How many days of anual leave do I get?' } });
    expect(r.grounding).toMatchObject({
      grounded: true,
      question: 'How many days of annual leave do I get?',
    });
    expect(model.calls[0]!.grounding?.question).toBe('How many days of annual leave do I get?');
    const trace = await project!.store.traces.get(r.traceId);
    expect(trace?.spans[0]?.attributes).toMatchObject({
      correctedQuery: 'How many days of annual leave do I get?',
    });
    // A question without a slip carries no such field.
    const plain = await app.run({ vars: { question: ANSWERABLE } });
    expect(plain.grounding?.question).toBeUndefined();
  });
});
