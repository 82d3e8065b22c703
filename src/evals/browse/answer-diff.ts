/** @module A word diff of two answers, as the compare page shows them side by side. */
import { diffWordsWithSpace } from 'diff';

/** A run of words: in both answers, only in B (added) or only in A (removed). */
export interface AnswerDiff {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** The words of `a` and `b`, marked as kept, added in `b` or removed from `a`. */
export function answerDiff(a: string, b: string): AnswerDiff[] {
  return diffWordsWithSpace(a, b).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
