/**
 * @module Colour only where a person reads it: per stream, so `tandem … 2> log.txt` keeps escape codes out of
 * the file even on a terminal. FORCE_COLOR wins (0 or false turns colour off), then NO_COLOR and TERM=dumb.
 */
import { createColors } from 'picocolors';

/** Whether text written to `stream` should carry colour codes. */
export function colorsWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false; // any non-empty value, as no-color.org asks
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Colours for text written to stdout. */
export const stdoutColors = createColors(colorsWanted(process.stdout));

/** Colours for text written to stderr. */
export const stderrColors = createColors(colorsWanted(process.stderr));
