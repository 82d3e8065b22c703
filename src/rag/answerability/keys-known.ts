/**
 * @module What the readers of a word by its key share (cyrillic-read.ts, greek-read.ts): the question's words whose
 * keys the base holds, asked of a base that has keys at all.
 */
import { tokenize } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';

/**
 * Of `keys` (a question's word and its key), those whose key's every term the base counts; undefined when the base
 * does not count `marker` (it holds no text keyed so: there a key may be an English word's stem, "party" "part").
 */
export async function keysTheBaseHas(
  index: Pick<KnowledgeIndex, 'termStats'>,
  keys: ReadonlyMap<string, string>,
  marker: string,
): Promise<Array<[string, string]> | undefined> {
  const terms = [...new Set([...keys.values()].flatMap((k) => tokenize(k)))];
  const { df } = await index.termStats([...terms, marker]);
  if (!df.get(marker)) return undefined;
  return [...keys].filter(([, key]) => {
    const keyTerms = tokenize(key);
    return keyTerms.length > 0 && keyTerms.every((t) => (df.get(t) ?? 0) > 0);
  });
}
