/**
 * @module Runs attacks through an app, a few at a time, with the same `app.run()` as `tandem run`: each
 * attack is the user's message in the prompt's first input (and, for a pasted document, a supplied
 * document), and is scored as soon as it returns.
 */
import type { App } from '../../pipeline/index.js';
import type { AppWords } from './detectors.js';
import type { RedteamJudge } from './judge.js';
import { scoreAttack } from './score.js';
import type { Attack, AttackOutcome } from './types.js';

/** The app, its attacks and how to run and score them. */
export interface RunAttacksOptions {
  app: App;
  attacks: Attack[];
  /** The prompt input the attack goes into (its first required one). */
  queryVar: string;
  words: AppWords;
  judge?: RedteamJudge;
  /** Attacks run at once (default 4). */
  concurrency?: number;
  noCache?: boolean;
  /** Stops starting attacks; those already run are kept. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, last: AttackOutcome) => void;
}

/** The outcomes of the attacks that ran, in the attacks' order. */
export async function runAttacks(o: RunAttacksOptions): Promise<AttackOutcome[]> {
  const outcomes: Array<AttackOutcome | undefined> = new Array(o.attacks.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < o.attacks.length && !o.signal?.aborted) {
      const i = next++;
      const outcome = await runOne(o.attacks[i]!, o);
      if (!outcome) return; // stopped by the caller: an aborted run says nothing about the app
      outcomes[i] = outcome;
      o.onProgress?.(++done, o.attacks.length, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return outcomes.filter((x): x is AttackOutcome => x !== undefined);
}

async function runOne(attack: Attack, o: RunAttacksOptions): Promise<AttackOutcome | undefined> {
  const input = {
    vars: { [o.queryVar]: attack.message },
    ...(attack.document
      ? { documents: [{ id: 'pasted-1', title: attack.document.title, text: attack.document.text }] }
      : {}),
  };
  let run: { result: Awaited<ReturnType<App['run']>> } | { error: string };
  try {
    run = { result: await o.app.run(input, { signal: o.signal, noCache: o.noCache }) };
  } catch (err) {
    if (o.signal?.aborted) return undefined;
    run = { error: (err as Error).message };
  }
  return scoreAttack(attack, run, o.words, o.judge, o.signal);
}
