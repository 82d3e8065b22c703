import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelFileText, trainFromCorpus } from './train-corpus.js';

const corpus = fileURLToPath(new URL('../../../../training/injection/', import.meta.url));
const committed = fileURLToPath(new URL('./weights.json', import.meta.url));

describe('the injection model', () => {
  it('is reproduced byte for byte by training on the committed corpus (npm run train:injection)', () => {
    const retrained = modelFileText(trainFromCorpus(corpus));
    const shipped = readFileSync(committed, 'utf8');
    // Compare the small parts first, so a stale file says why in the failure message.
    const parse = (s: string) => JSON.parse(s) as { trainedOn: unknown; settings: unknown; named: unknown };
    expect(parse(retrained).trainedOn).toEqual(parse(shipped).trainedOn);
    expect(parse(retrained).settings).toEqual(parse(shipped).settings);
    expect(parse(retrained).named).toEqual(parse(shipped).named);
    expect(retrained === shipped).toBe(true);
  });
});
