/**
 * @module The question as it is asked, the same for every reader (retrieval, the verdict, the offline answerer):
 * a pasted text cut to its opening and its end, sentences run together without a question mark ended, the
 * greeting, frame and thanks around it taken off, and names typed in lower case capitalised.
 */
import { withNamesCapitalised } from './capitals.js';
import { withoutPleasantries } from './pleasantries.js';
import { readableQuestion } from './question-length.js';
import { withSentencesEnded } from './run-on.js';

/** The question as asked, read the way chat types it ("hi team, quick q. where does helen okafor sit thanks"). */
export function questionAsAsked(typed: string): string {
  return withNamesCapitalised(withoutPleasantries(withSentencesEnded(readableQuestion(typed))));
}
