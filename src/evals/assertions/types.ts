import type { Provider } from '../../core/index.js';
import type { AppResult } from '../../pipeline/index.js';
import type { AssertionRecord } from '../../store/index.js';

/** Everything a check may look at. */
export interface AssertionContext {
  /** The answer text. */
  output: string;
  result: AppResult;
  vars: Record<string, unknown>;
  expected?: string;
  /** Expected source ids of the case (RAG checks). */
  sources?: string[];
  /** Project root, for script checks. */
  root: string;
  judge?: () => Promise<{ provider: Provider; prompt: (type: string) => Promise<string> }>;
  embedder?: () => Promise<Provider>;
  /**
   * The app's passages for this case at depth `k` (best first), for a retrieval check deeper than the run
   * retrieved; absent when the app has no knowledge base to ask.
   */
  retrieve?: (k: number) => Promise<AppResult['retrieved']>;
  signal?: AbortSignal;
}

/** What a check decides: pass or fail with a score in 0..1 and a reason a person can read. */
export interface CheckOutcome {
  pass: boolean;
  score: number;
  reason: string;
}

/** A check could not be measured (a judge gave no usable verdict, a provider failed): never a silent fail. */
export class CheckError extends Error {
  override readonly name = 'CheckError';
}

/**
 * What a check reads from its assertion. A suite's assertions were validated by their shape when it loaded;
 * checks still guard their fields, since a program may build assertions by hand.
 */
export interface CheckSpec {
  type: string;
  value?: unknown;
  threshold?: number;
  min?: number;
  max?: number;
  k?: number;
  args?: Record<string, unknown>;
  weight: number;
  metric?: string;
}

export type Check = (spec: CheckSpec, ctx: AssertionContext) => CheckOutcome | Promise<CheckOutcome>;

/** The recorded result of one assertion (the store's shape). */
export type AssertionResult = AssertionRecord;
