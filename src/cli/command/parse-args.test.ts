import { describe, expect, it } from 'vitest';
import { type ArgDefs, parseArgs, tokenizeArgv } from './index.js';

const defs = {
  suites: { type: 'positional', variadic: true, description: 'suite files' },
  concurrency: { type: 'number', integer: true, min: 1, alias: 'j', description: 'samples at once' },
  cache: { type: 'boolean', default: true, description: 'use the cache' },
  output: { type: 'string', multiple: true, alias: 'o', description: 'report file' },
  mode: { type: 'enum', options: ['bm25', 'vector'], description: 'mode' },
  k: { type: 'number', integer: true, min: 1, description: 'how many' },
  port: { type: 'number', integer: true, min: 0, max: 65535, default: 8787, description: 'port' },
} satisfies ArgDefs;

const parse = (argv: string[]) => parseArgs(tokenizeArgv(argv, defs), defs, 'tandem x');

describe('command-line parsing', () => {
  it('gives typed values, defaults and repeated flags in every spelling', () => {
    expect(
      parse(['a.yaml', '-j8', '--output=r.json', '-o', 'r.xml', 'b.yaml', '--no-cache', '-k', '3']),
    ).toEqual({
      suites: ['a.yaml', 'b.yaml'],
      concurrency: 8,
      cache: false,
      output: ['r.json', 'r.xml'],
      k: 3,
      port: 8787,
    });
    expect(parse(['--concurrency', '2', '--mode=vector', '--port', '0'])).toMatchObject({
      concurrency: 2,
      mode: 'vector',
      port: 0,
      cache: true,
      suites: [],
      output: [],
    });
  });

  it('reads everything after -- as words, even when it looks like a flag', () => {
    expect(parse(['--', '--ci', '-j']).suites).toEqual(['--ci', '-j']);
  });

  it('reports every problem, the unknown flag first', () => {
    let caught: unknown;
    try {
      parse(['--port', '70000', '--cahce']);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({
      code: 'USAGE',
      message: 'unknown option --cahce for tandem x',
      hint: 'did you mean --cache? (tandem x --help lists its options)',
      related: [{ message: '--port expects a whole number from 0 to 65535, got "70000"' }],
    });
  });

  it('lists the options when it cannot guess, an option on by default with the name that turns it off', () => {
    expect(() => parse(['--zzzzzzzz'])).toThrow(
      expect.objectContaining({
        hint: 'tandem x takes --concurrency, --cache, --no-cache, --output, --mode, --k, --port',
      }),
    );
  });

  it('an unknown option of a command that takes inputs is told how inputs are given', () => {
    const withInputs = {
      var: { type: 'string', multiple: true, description: 'an input, key=value' },
    } satisfies ArgDefs;
    expect(() => parseArgs(tokenizeArgv(['--question', 'hi'], withInputs), withInputs, 'tandem run')).toThrow(
      expect.objectContaining({
        message: 'unknown option --question for tandem run',
        hint: "a prompt's input is given as --var question=… (tandem run --help lists its options)",
      }),
    );
  });

  it('a query typed where the knowledge base goes is told how it was read, and the whole call shown', () => {
    const search = {
      knowledge: { type: 'positional', description: 'knowledge base name', required: true },
      query: { type: 'positional', description: 'what to look for', required: true },
    } satisfies ArgDefs;
    const call = (argv: string[]) => () => parseArgs(tokenizeArgv(argv, search), search, 'tandem search');
    expect(call(['how late is the canteen open?'])).toThrow(
      expect.objectContaining({
        message: 'missing <QUERY>: what to look for',
        hint: '"how late is the canteen open?" was read as <KNOWLEDGE>; give both: tandem search <KNOWLEDGE> "how late is the canteen open?"',
      }),
    );
    // One word is the knowledge base's name: the query was left out.
    expect(call(['handbook'])).toThrow(
      expect.objectContaining({ hint: 'tandem search --help shows how to call it' }),
    );
  });

  it('takes a negative number as a value, but not another flag', () => {
    expect(() => parse(['-k', '-2'])).toThrow('-k expects a whole number of 1 or more, got "-2"');
    // A flag with a short name is told about by both names, whichever was typed.
    expect(() => parse(['-j', '0'])).toThrow('-j/--concurrency expects a whole number of 1 or more, got "0"');
    expect(() => parse(['--mode', '--cache'])).toThrow('--mode needs a value');
  });
});
