import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation, type TandemError } from '../errors.js';
import { loadConfig } from './load-config.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function errorOf(yaml: string, env: NodeJS.ProcessEnv = {}): Promise<TandemError> {
  try {
    await loadConfig(project({ 'tandem.yaml': yaml }), { env });
  } catch (err) {
    return err as TandemError;
  }
  throw new Error('expected the config to be rejected');
}

// Each bad config, and what the user must read: file:line:column field, the message, the hint.
const badConfigs: Array<{ name: string; yaml: string; where: string; message: string; hint?: string }> = [
  {
    name: 'a base URL without scheme',
    yaml: 'providers:\n  openai:\n    type: openai\n    model: gpt-4o\n    baseUrl: localhost:8000\n',
    where: 'tandem.yaml:5:14 providers.openai.baseUrl',
    message: 'expected a URL, got "localhost:8000"',
    hint: 'include the scheme, e.g. http://localhost:8000/v1',
  },
  {
    name: 'a misspelt provider type',
    yaml: 'providers:\n  x:\n    type: openaii\n    model: m\n',
    where: 'tandem.yaml:3:11 providers.x.type',
    message: 'unknown provider type "openaii"',
    hint: 'type must be one of openai, anthropic, ai-sdk, extractive, echo, script (did you mean "openai"?)',
  },
  {
    name: 'an ai-sdk package given as a path',
    yaml: 'providers:\n  g:\n    type: ai-sdk\n    package: ./node_modules/@ai-sdk/google\n    model: gemini-2.5-flash\n',
    where: 'tandem.yaml:4:14 providers.g.package',
    message:
      'expected an npm package name, e.g. @ai-sdk/google or @ai-sdk/amazon-bedrock, got "./node_modules/@ai-sdk/google"',
  },
  {
    name: 'an ai-sdk provider without its package',
    yaml: 'providers:\n  g:\n    type: ai-sdk\n    model: gemini-2.5-flash\n',
    where: 'tandem.yaml:3:5 providers.g.package',
    message: 'missing required field "package" (expected a string)',
  },
  {
    name: 'a provider without a type',
    yaml: 'providers:\n  x:\n    model: m\n',
    where: 'tandem.yaml:3:5 providers.x.type',
    message: 'provider needs a "type"',
  },
  {
    name: 'a misspelt field',
    yaml: 'providers:\n  x:\n    type: anthropic\n    model: m\n    maxToken: 10\n',
    where: 'tandem.yaml:5:15 providers.x.maxToken',
    message: 'unknown field "maxToken"',
    hint: 'did you mean "maxTokens"?',
  },
  {
    name: 'a missing required field',
    yaml: 'providers:\n  x:\n    type: openai\n',
    where: 'tandem.yaml:3:5 providers.x.model',
    message: 'missing required field "model" (expected a string)',
  },
  {
    name: 'a route target that does not exist',
    yaml: 'providers:\n  local:\n    type: echo\nroutes:\n  r:\n    targets: [locl]\n',
    where: 'tandem.yaml:6:15 routes.r.targets[0]',
    message: 'unknown provider or route "locl"',
    hint: 'did you mean "local"?',
  },
  {
    name: 'a route with no targets',
    yaml: 'routes:\n  r:\n    targets: []\n',
    where: 'tandem.yaml:3:14 routes.r.targets',
    message: 'needs at least 1 item',
  },
  {
    name: 'a wrong type for a number',
    yaml: 'providers:\n  l:\n    type: echo\napps:\n  a:\n    prompt: answer\n    maxSteps: many\n',
    where: 'tandem.yaml:7:15 apps.a.maxSteps',
    message: 'expected a number, got "many"',
  },
  {
    name: 'a number out of range',
    yaml: 'providers:\n  l:\n    type: extractive\n    maxSentences: 0\n',
    where: 'tandem.yaml:4:19 providers.l.maxSentences',
    message: 'must be at least 1, got 0',
  },
  {
    name: 'a share above 1',
    yaml: 'providers:\n  l:\n    type: extractive\n    minScore: 15\n',
    where: 'tandem.yaml:4:15 providers.l.minScore',
    message: 'must be at most 1, got 15',
  },
  {
    name: 'a list where a mapping belongs',
    yaml: 'providers:\n  - type: echo\n',
    where: 'tandem.yaml:2:3 providers',
    message: 'expected a mapping, got a list',
  },
  {
    name: 'a name with a space',
    yaml: 'providers:\n  "my provider":\n    type: echo\n',
    where: 'tandem.yaml:3:5 providers.my provider',
    message: 'invalid name "my provider": use letters, digits, "-", "_" or "." (no spaces, no "/" or ":")',
  },
  {
    name: 'an app whose route is unknown',
    yaml: 'providers:\n  l:\n    type: echo\napps:\n  a:\n    prompt: answer\n    route: fast\n',
    where: 'tandem.yaml:7:12 apps.a.route',
    message: 'unknown provider or route "fast"',
  },
  {
    name: 'a YAML syntax error',
    yaml: 'providers:\n  x: {type: echo\n',
    where: 'tandem.yaml:3:1',
    message: 'YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }',
    hint: 'Check indentation (spaces, not tabs) and that brackets and quotes are closed.',
  },
  {
    name: 'an unknown top-level section',
    yaml: 'provider:\n  x:\n    type: echo\n',
    where: 'tandem.yaml:2:3 provider',
    message: 'unknown field "provider"',
    hint: 'did you mean "providers"?',
  },
  {
    name: 'a route that shares a provider name',
    yaml: 'providers:\n  x:\n    type: echo\nroutes:\n  x:\n    targets: [x]\n',
    where: 'tandem.yaml:6:5 routes.x',
    message: '"x" is already a provider name',
  },
  {
    name: 'an app that uses an unknown knowledge base',
    yaml: 'providers:\n  l:\n    type: echo\nknowledge:\n  help:\n    sources: kb/*.md\napps:\n  a:\n    prompt: p\n    knowledge: hlep\n',
    where: 'tandem.yaml:10:16 apps.a.knowledge',
    message: 'unknown knowledge base "hlep"',
    hint: 'did you mean "help"?',
  },
  {
    name: 'an app that uses a knowledge base when none is declared',
    yaml: 'providers:\n  l:\n    type: echo\napps:\n  a:\n    prompt: p\n    knowledge: help\n',
    where: 'tandem.yaml:7:16 apps.a.knowledge',
    message: 'unknown knowledge base "help"',
    hint: 'declare it under knowledge:',
  },
  {
    name: 'vector retrieval without an embedder',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      mode: vector\n',
    where: 'tandem.yaml:5:13 knowledge.help.retrieval.mode',
    message: 'mode vector needs an embedder',
    hint: 'add embedder: <provider> to this knowledge base, or use mode: bm25',
  },
  {
    name: 'a stemming the index does not know',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      stemming: krovetz\n',
    where: 'tandem.yaml:5:17 knowledge.help.retrieval.stemming',
    message: 'expected one of "porter", "derivational", got "krovetz"',
  },
  {
    name: 'a misspelt field weight',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      fieldWeights: { titel: 2 }\n',
    where: 'tandem.yaml:5:30 knowledge.help.retrieval.fieldWeights.titel',
    message: 'unknown field "titel"',
    hint: 'did you mean "title"?',
  },
  {
    name: 'field weights that are all 0',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      fieldWeights: { title: 0, headings: 0, text: 0 }\n',
    where: 'tandem.yaml:5:21 knowledge.help.retrieval.fieldWeights',
    message: 'at least one field weight must be above 0',
    hint: 'leave fieldWeights out for 1 each, or give title, headings or text a weight above 0',
  },
  {
    name: 'a chunk overlap as long as the chunk',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    chunking: { size: 200, overlap: 300 }\n',
    where: 'tandem.yaml:4:37 knowledge.help.chunking.overlap',
    message: 'overlap must be smaller than size',
    hint: 'overlap is how many tokens of a chunk repeat from the previous one: e.g. size 300, overlap 40',
  },
  {
    name: 'query expansion with FTS5 ranking',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      lexicalEngine: fts5\n      expansion: rm3\n',
    where: 'tandem.yaml:6:18 knowledge.help.retrieval.expansion',
    message: 'query expansion needs the in-memory engine: FTS5 cannot weigh the terms it adds',
    hint: 'remove lexicalEngine: fts5 (memory is the default), or remove expansion',
  },
  {
    name: 'an expansion method tandem does not have',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      expansion: rm4\n',
    where: 'tandem.yaml:5:18 knowledge.help.retrieval.expansion',
    message: 'expected one of false, "rm3", got "rm4"',
    hint: 'expansion is false, rm3, or { method: rm3, fbDocs: 10, fbTerms: 10, originalWeight: 0.5 }',
  },
  {
    name: 'a misspelt expansion setting',
    yaml: 'knowledge:\n  help:\n    sources: kb/*.md\n    retrieval:\n      expansion: { method: rm3, fbDoc: 5 }\n',
    where: 'tandem.yaml:5:40 knowledge.help.retrieval.expansion.fbDoc',
    message: 'unknown field "fbDoc"',
    hint: 'did you mean "fbDocs"?',
  },
  {
    name: 'an embedder that is not a provider',
    yaml: 'providers:\n  openai:\n    type: openai\n    model: m\nknowledge:\n  help:\n    sources: kb/*.md\n    embedder: opnai\n',
    where: 'tandem.yaml:8:15 knowledge.help.embedder',
    message: 'unknown provider or route "opnai"',
    hint: 'did you mean "openai"?',
  },
  {
    name: 'a phone region libphonenumber-js does not know',
    yaml: 'guardrails:\n  pii:\n    check: pii\n    regions: [US, XX]\n',
    where: 'tandem.yaml:4:19 guardrails.pii.regions[1]',
    message: '"XX" is not a region libphonenumber-js knows',
    hint: 'use a two-letter ISO 3166 code, e.g. US, GB, DE, FR, NL, ES, IT, BE',
  },
  {
    name: 'a phone region in small letters',
    yaml: 'guardrails:\n  pii:\n    check: pii\n    regions: [gb]\n',
    where: 'tandem.yaml:4:15 guardrails.pii.regions[0]',
    message: '"gb" is not a region libphonenumber-js knows',
    hint: 'write region codes in capitals: GB',
  },
  {
    name: 'both country: and regions: on a PII guardrail',
    yaml: 'guardrails:\n  pii:\n    check: pii\n    country: NL\n    regions: [US]\n',
    where: 'tandem.yaml:4:14 guardrails.pii.country',
    message: 'give regions: or country:, not both',
    hint: 'put NL in the regions: list and remove country:',
  },
  {
    name: 'a store URL that is not PostgreSQL',
    yaml: 'store:\n  url: mysql://tandem:hunter2@db/tandem\n',
    where: 'tandem.yaml:2:8 store.url',
    message:
      'expected a PostgreSQL URL, e.g. postgres://user@db.example.com:5432/tandem?schema=tandem (write the password as ${PGPASSWORD}, or leave it to PGPASSWORD)',
  },
];

describe('config errors', () => {
  for (const c of badConfigs) {
    it(`reports ${c.name}`, async () => {
      const err = await errorOf(c.yaml);
      expect(err.code).toBe('CONFIG_INVALID');
      expect(formatLocation(err.where!)).toBe(c.where);
      expect(err.message).toBe(c.message);
      if (c.hint) expect(err.hint).toBe(c.hint);
    });
  }

  it('reports every invalid field in one pass', async () => {
    const err = await errorOf('providers:\n  a:\n    type: openai\n  b:\n    type: echo\n    extra: 1\n');
    expect([err, ...err.related].map((e) => e.where?.path)).toEqual([
      'providers.a.model',
      'providers.b.extra',
    ]);
  });

  it('says where to start when there is no config', async () => {
    await expect(loadConfig(project({}))).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      hint: expect.stringContaining('tandem init'),
    });
  });

  it('says so when the project directory does not exist', async () => {
    const missing = join(project({}), 'no-such-dir');
    await expect(loadConfig(missing)).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      message: `no such directory: ${missing}`,
      hint: expect.stringContaining('--cwd'),
    });
  });

  it('names a --config file that does not exist, or is a directory', async () => {
    const dir = project({ 'tandem.yaml': 'version: 1\n' });
    for (const [file, what] of [
      ['nothere.yaml', 'does not exist'],
      ['.', 'is a directory, not a config file'],
    ])
      await expect(loadConfig(dir, { file })).rejects.toMatchObject({
        code: 'CONFIG_NOT_FOUND',
        message: `--config ${resolve(dir, file!)} ${what}`,
        hint: expect.stringContaining('--config'),
      });
  });

  it('names a --config file that is no config at all (a README), instead of trying to import it', async () => {
    const dir = project({ 'tandem.yaml': 'version: 1\n', 'README.md': '# Notes\n' });
    await expect(loadConfig(dir, { file: 'README.md' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'README.md is not a tandem config: it is neither YAML nor TypeScript/JavaScript',
      hint: 'Pass the path of a tandem.yaml (or tandem.config.ts) to --config.',
    });
  });

  it('says so when the project directory given is a file', async () => {
    const dir = project({ 'tandem.yaml': 'version: 1\n' });
    const file = join(dir, 'tandem.yaml');
    await expect(loadConfig(file)).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      message: `${file} is a file, not a project directory`,
      hint: expect.stringContaining(`--cwd (perhaps ${dir})`),
    });
  });
});

describe('config values', () => {
  it('fills defaults and interpolates ${VAR} and ${VAR:-default} from the environment', async () => {
    const dir = project({
      'tandem.yaml':
        'providers:\n  o:\n    type: openai\n    model: ${MODEL:-gpt-4o-mini}\n    apiKey: ${KEY}\n    baseUrl: http://${HOST}/v1\n',
    });
    const { config } = await loadConfig(dir, { env: { KEY: 'sk-1', HOST: 'localhost:8000' } });
    expect(config.providers.o).toEqual({
      type: 'openai',
      model: 'gpt-4o-mini',
      apiKey: 'sk-1',
      baseUrl: 'http://localhost:8000/v1',
      timeoutMs: 120_000,
    });
    expect(config.store.path).toBe('.tandem/tandem.db');
    expect(config.prompts.dir).toBe('prompts');
  });

  it('fits the default chunk overlap to a small chunk size, and keeps an overlap given', async () => {
    const chunking = async (line: string) => {
      const dir = project({ 'tandem.yaml': `knowledge:\n  help:\n    sources: kb/*.md\n${line}` });
      return (await loadConfig(dir)).config.knowledge.help!.chunking;
    };
    expect(await chunking('')).toEqual({ size: 300, overlap: 40 });
    expect(await chunking('    chunking: { size: 32 }\n')).toEqual({ size: 32, overlap: 8 });
    expect(await chunking('    chunking: { size: 32, overlap: 0 }\n')).toEqual({ size: 32, overlap: 0 });
    expect(await chunking('    chunking: { size: 1000 }\n')).toEqual({ size: 1000, overlap: 40 });
  });

  it('reads a PostgreSQL store URL with its password from the environment', async () => {
    const dir = project({
      'tandem.yaml': 'store:\n  url: postgres://tandem:${PGPASSWORD}@db.internal:5432/app?schema=team_a\n',
    });
    const { config } = await loadConfig(dir, { env: { PGPASSWORD: 's3cret' } });
    expect(config.store).toEqual({
      path: '.tandem/tandem.db',
      url: 'postgres://tandem:s3cret@db.internal:5432/app?schema=team_a',
    });
  });

  it('reads an ai-sdk provider with its package settings from the environment', async () => {
    const dir = project({
      'tandem.yaml':
        'providers:\n  gemini:\n    type: ai-sdk\n    package: "@ai-sdk/google"\n    model: gemini-2.5-flash\n    options: { apiKey: "${GOOGLE_API_KEY}" }\n',
    });
    const { config } = await loadConfig(dir, { env: { GOOGLE_API_KEY: 'g-1' } });
    expect(config.providers.gemini).toEqual({
      type: 'ai-sdk',
      package: '@ai-sdk/google',
      model: 'gemini-2.5-flash',
      method: 'languageModel',
      options: { apiKey: 'g-1' },
      timeoutMs: 120_000,
    });
  });

  it('complains about an unset variable only when its provider is used, pointing at the line', async () => {
    const loaded = await loadConfig(
      project({
        'tandem.yaml':
          'providers:\n  o:\n    type: openai\n    model: m\n    apiKey: ${OPENAI_API_KEY}\n  l:\n    type: echo\n',
      }),
      { env: {} },
    );
    expect(() => loaded.requireEnv(['providers', 'l'])).not.toThrow();
    try {
      loaded.requireEnv(['providers', 'o']);
      throw new Error('expected CONFIG_ENV_MISSING');
    } catch (err) {
      const e = err as TandemError;
      expect(e.code).toBe('CONFIG_ENV_MISSING');
      expect(e.message).toBe('providers.o.apiKey uses ${OPENAI_API_KEY}, which is not set');
      expect(formatLocation(e.where!)).toBe('tandem.yaml:5:13 providers.o.apiKey');
      expect(e.hint).toContain('export OPENAI_API_KEY=');
    }
  });

  it('loads tandem.config.ts written with defineConfig, validated by the same schema', async () => {
    const dir = project({
      'tandem.config.ts':
        "import { defineConfig } from 'tandem';\nexport default defineConfig({ providers: { local: { type: 'extractive' } }, defaults: { route: 'local' } });\n",
    });
    const { config, file } = await loadConfig(dir);
    expect(file.endsWith('tandem.config.ts')).toBe(true);
    expect(config.providers.local).toEqual({
      type: 'extractive',
      maxSentences: 3,
      minScore: 0.15,
      minTerms: 2,
      fallbackText: "I don't know based on the information I have.",
    });

    const bad = project({
      'tandem.config.ts': "export default { providers: { local: { type: 'extractve' } } };\n",
    });
    await expect(loadConfig(bad)).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      where: { file: 'tandem.config.ts', path: 'providers.local.type' },
    });
  });
});
