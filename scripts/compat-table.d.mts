// Types of compat-table.mjs, for the test that checks README against it.
import type { CompatDocument } from '../test/support/compat-document.js';

export const START: string;
export const END: string;
/** The section between the markers (markers excluded), rendered from the results document `doc`. */
export function renderCompatTable(doc: CompatDocument): string;
/** `readme` with the section between the markers replaced by the table rendered from `doc`. */
export function withCompatTable(readme: string, doc: CompatDocument): string;
/** The section between the markers of `readme`, as `withCompatTable` writes it, or undefined. */
export function compatSectionOf(readme: string): string | undefined;
