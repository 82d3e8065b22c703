import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation, sha256, type TandemError } from '../core/index.js';
import { openSqliteStore } from '../store/index.js';
import { createPromptLibrary } from './prompt-library.js';
import { checkPromptInput } from './render-prompt.js';

function library(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-prompts-'));
  mkdirSync(join(dir, 'prompts'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'prompts', name), text);
  const store = openSqliteStore(':memory:');
  return { lib: createPromptLibrary(join(dir, 'prompts'), store.prompts), store, dir };
}

const answer = `---
model: default
config:
  temperature: 0.3
  maxOutputTokens: 200
input:
  schema:
    question: string, what was asked
    tone?: string
    count?: integer
  default:
    tone: warm
---
{{role "system"}}
{{> persona}} Keep a {{tone}} tone.
{{role "user"}}
Example question
{{role "model"}}
Example answer
{{history}}
{{role "user"}}
{{question}}
`;

describe('rendering', () => {
  it('renders roles, partials, defaults and few-shot turns into messages, with settings from config', async () => {
    const { lib } = library({ 'answer.prompt': answer, '_persona.prompt': 'You are Lumen.' });
    const prompt = await lib.load('answer');
    const r = await lib.render(prompt, { question: "Can't I export <b>notes</b>?" });
    expect(r.messages).toEqual([
      { role: 'system', content: 'You are Lumen. Keep a warm tone.' },
      { role: 'user', content: 'Example question' },
      { role: 'assistant', content: 'Example answer' },
      { role: 'user', content: "Can't I export <b>notes</b>?" }, // no HTML escaping in prompts
    ]);
    expect(r.settings).toEqual({ temperature: 0.3, maxTokens: 200 });
    expect(r.model).toBe('default');
    expect(r.output.format).toBe('text');
  });

  it('places conversation history at {{history}}', async () => {
    const { lib } = library({ 'answer.prompt': answer, '_persona.prompt': 'P.' });
    const r = await lib.render(await lib.load('answer'), { question: 'and now?' }, [
      { role: 'user', content: 'earlier' },
      { role: 'assistant', content: 'reply' },
    ]);
    expect(r.messages.slice(3).map((m) => `${m.role}:${m.content}`)).toEqual([
      'user:earlier',
      'assistant:reply',
      'user:and now?',
    ]);
  });

  it('coerces string inputs to the declared types', async () => {
    const { lib } = library({ 'answer.prompt': answer, '_persona.prompt': 'P.' });
    const r = await lib.render(await lib.load('answer'), { question: 'q', count: '3' });
    expect(r.input.count).toBe(3);
  });

  it('rejects a blank question, the input a message fills; another input may be blank', async () => {
    const notes =
      '---\ninput:\n  schema:\n    question: string\n    notes: string\n---\n{{question}} {{notes}}\n';
    const { lib } = library({ 'ask.prompt': notes });
    const prompt = await lib.load('ask');
    await expect(checkPromptInput(prompt, { question: 'hi', notes: '' })).resolves.toBeUndefined();
    await expect(checkPromptInput(prompt, { question: ' \u200b ', notes: 'x' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: 'input "question" of prompt "ask" is empty',
    });
  });

  it('rejects input that does not match the schema, naming what is expected', async () => {
    const { lib } = library({ 'answer.prompt': answer, '_persona.prompt': 'P.' });
    const prompt = await lib.load('answer');
    const missing = await lib.render(prompt, { tone: 'dry' }).catch((e: TandemError) => e);
    expect(missing).toMatchObject({
      code: 'INPUT_INVALID',
      message: 'input for prompt "answer" is invalid: question: is required',
    });
    expect((missing as TandemError).hint).toBe(
      'expected inputs: question, tone?, count? (pass them with --var name=value)',
    );
    const wrong = await lib.render(prompt, { question: 'q', count: 'three' }).catch((e: TandemError) => e);
    expect((wrong as Error).message).toContain('count: must be integer, got "three"');
    const extra = await lib.render(prompt, { question: 'q', colour: 'red' }).catch((e: TandemError) => e);
    expect((extra as Error).message).toContain('colour: is not expected');
    expect((extra as Error).message).not.toContain('did you mean');
    const typo = await lib.render(prompt, { questoin: 'q' }).catch((e: TandemError) => e);
    expect((typo as Error).message).toContain('questoin: is not expected (did you mean question?)');
  });

  it('turns a Picoschema output schema into JSON Schema and asks for JSON', async () => {
    const { lib } = library({
      'classify.prompt':
        '---\noutput:\n  schema:\n    label(enum): [bug, question]\n    confidence: number\n---\nClassify: {{text}}\n',
    });
    const r = await lib.render(await lib.load('classify'), { text: 'it crashes' });
    expect(r.output).toEqual({
      format: 'json',
      schema: {
        type: 'object',
        properties: { label: { enum: ['bug', 'question'] }, confidence: { type: 'number' } },
        required: ['label', 'confidence'],
        additionalProperties: false,
      },
    });
    expect(r.messages).toEqual([{ role: 'user', content: 'Classify: it crashes' }]);
  });
});

describe('versions and labels', () => {
  it('identifies a version by the hash of its content and keeps each one in the store', async () => {
    const { lib, store, dir } = library({ 'a.prompt': 'Version one {{x}}' });
    const v1 = await lib.load('a');
    expect(v1.version).toBe(sha256('Version one {{x}}'));
    writeFileSync(join(dir, 'prompts', 'a.prompt'), 'Version two {{x}}');
    const v2 = await lib.load('a');
    await lib.load('a'); // unchanged: not stored twice
    expect((await store.prompts.listVersions('a')).map((v) => v.version).sort()).toEqual(
      [v1.version, v2.version].sort(),
    );
  });

  it('loads a labelled or hash-prefixed version from the store after the file has changed', async () => {
    const { lib, store, dir } = library({ 'a.prompt': 'Old {{x}}' });
    const old = await lib.load('a');
    await store.prompts.setLabel('a', 'production', old.version);
    writeFileSync(join(dir, 'prompts', 'a.prompt'), 'New {{x}}');
    expect((await lib.render(await lib.load('a@production'), { x: '1' })).messages[0]!.content).toBe('Old 1');
    expect((await lib.load(`a@${old.version.slice(0, 8)}`)).source).toBe('Old {{x}}');
    expect((await lib.load('a')).source).toBe('New {{x}}');
    await expect(lib.load('a@staging')).rejects.toMatchObject({
      code: 'PROMPT_NOT_FOUND',
      message: 'prompt "a" has no label or version "staging"',
    });
  });

  it('makes a new version when a partial it uses changes, even through another partial', async () => {
    const { lib, dir } = library({
      'a.prompt': '{{> header}} Answer {{x}}',
      '_header.prompt': 'You are Lumen. {{> tone}}',
      '_tone.prompt': 'Be warm.',
      '_unused.prompt': 'Never included.',
    });
    const v1 = await lib.load('a');
    expect(v1.partials).toEqual({ header: 'You are Lumen. {{> tone}}', tone: 'Be warm.' });
    writeFileSync(join(dir, 'prompts', '_unused.prompt'), 'Still never included.');
    expect((await lib.load('a')).version).toBe(v1.version);
    writeFileSync(join(dir, 'prompts', '_tone.prompt'), 'Be curt.');
    const v2 = await lib.load('a');
    expect(v2.version).not.toBe(v1.version);
    expect(v2.source).toBe(v1.source);
  });

  it('keeps the partials with a stored version, so a label renders what was labelled', async () => {
    const { lib, store, dir } = library({ 'a.prompt': '{{> tone}} {{x}}', '_tone.prompt': 'Be warm.' });
    await store.prompts.setLabel('a', 'production', (await lib.load('a')).version);
    writeFileSync(join(dir, 'prompts', '_tone.prompt'), 'Be curt.');
    const render = async (ref: string) =>
      (await lib.render(await lib.load(ref), { x: 'Hi' })).messages[0]!.content;
    expect(await render('a@production')).toBe('Be warm. Hi');
    expect(await render('a')).toBe('Be curt. Hi');
  });
});

// Bad prompt files: each must say where and what.
const badPrompts: Array<{ name: string; source: string; where: string; message: string; render?: boolean }> =
  [
    {
      name: 'broken front-matter YAML',
      source: '---\nmodel: [a\n---\nHi',
      where: 'p.prompt:2:10',
      message: 'YAML syntax error',
    },
    {
      name: 'an unknown front-matter field',
      source: '---\nmodle: x\n---\nHi',
      where: 'p.prompt:2:8 modle',
      message: 'unknown field "modle"',
    },
    {
      name: 'a temperature out of range',
      source: '---\nconfig:\n  temperature: 7\n---\nHi',
      where: 'p.prompt:3:16 config.temperature',
      message: 'must be at most 2, got 7',
    },
    {
      name: 'a misspelt config key',
      source: '---\nmodel: m\nconfig:\n  temprature: 0.2\n---\nHi',
      where: 'p.prompt:4:15 config.temprature',
      message: 'unknown field "temprature"',
    },
    {
      name: 'an unknown output format',
      source: '---\noutput:\n  format: xml\n---\nHi',
      where: 'p.prompt:3:11 output.format',
      message: 'expected one of "text", "json", got "xml"',
    },
    {
      name: 'an unclosed block helper',
      source: '---\nmodel: m\n---\nline one\n{{#if x}}\nno end',
      where: 'p.prompt:6',
      message: 'template syntax error',
    },
    {
      name: 'a missing partial',
      source: 'Hi {{> tone}}',
      where: 'p.prompt:1',
      message: 'partial "tone" not found',
      render: true,
    },
    {
      name: 'an empty template',
      source: '---\nmodel: m\n---\n',
      where: 'p.prompt:4',
      message: 'the prompt rendered to no messages',
      render: true,
    },
  ];

describe('prompt file errors', () => {
  for (const c of badPrompts) {
    it(`reports ${c.name}`, async () => {
      const { lib } = library({ 'p.prompt': c.source });
      const err = (await (async () => {
        const prompt = await lib.load('p');
        if (c.render) await lib.render(prompt, {});
      })().then(
        () => undefined,
        (e) => e,
      )) as TandemError;
      expect(err?.code).toBe('PROMPT_INVALID');
      expect(formatLocation({ ...err.where!, file: err.where!.file.split('/').pop()! })).toBe(c.where);
      expect(err.message.startsWith(c.message)).toBe(true);
    });
  }

  it('names the config key a misspelt one was probably meant to be', async () => {
    const { lib } = library({ 'p.prompt': '---\nconfig:\n  temprature: 0.2\n---\nHi' });
    await expect(lib.load('p')).rejects.toMatchObject({
      code: 'PROMPT_INVALID',
      message: 'unknown field "temprature"',
      hint: 'did you mean "temperature"?',
    });
  });

  it('suggests the nearest name for an unknown prompt', async () => {
    const { lib } = library({ 'answer.prompt': 'x' });
    await expect(lib.load('anwser')).rejects.toMatchObject({
      code: 'PROMPT_NOT_FOUND',
      hint: 'did you mean "answer"?',
    });
  });
});
