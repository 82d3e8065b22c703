/**
 * @module Versions a document register lists: a register with a row per version of one document ("HR-08 · Loan and
 * Advance Policy · version 2 · Superseded" beside "HR-08 · version 3 · In force") says which version applies. A
 * document that gives that code and not the version in force (an older text that says "Policy: HR-08" and no
 * version) is superseded by the one document that gives the version in force.
 */
import { groupBy } from '../core/index.js';
import type { DocumentStatus } from './currency.js';
import { CODE, CODE_SAID, compareVersions, VERSION_SAID } from './currency-codes.js';
import type { LoadedDocument } from './document.js';
import type { IndexedDocument } from './knowledge-index.js';

/** Where a register's row keeps the code, version and status it lists ("HR-08|2|superseded"). */
export const REGISTER_ROW = 'registerRow';

/** The code, version and status a register's row lists, as metadata to keep; none unless it lists all three. */
export function registerRow(
  doc: LoadedDocument,
  statuses: Array<DocumentStatus | undefined>,
): Record<string, string> {
  const text = doc.blocks.map((b) => b.text).join('\n');
  const code = text.match(CODE_FIELD)?.[1];
  const version = text.match(VERSION_FIELD)?.[1];
  const status = statuses.find((s) => s === 'current' || s === 'superseded');
  return code && version && status
    ? { [REGISTER_ROW]: `${code}|${version.replace(/^v/i, '')}|${status}` }
    : {};
}

const CODE_FIELD = new RegExp(
  `(?:^|\\n|·)[^\\S\\n]*(?:doc(?:ument)?[_ ]?(?:no|number|id|ref|code)|ref|reference|code)[^\\S\\n]*:[^\\S\\n]*(${CODE})(?![\\w-])`,
  'i',
);
// Its value may repeat the word ("version: Version 3").
const VERSION_FIELD =
  /(?:^|\n|·)[^\S\n]*(?:version|revision|rev|issue|edition)[^\S\n]*:[^\S\n]*(?:(?:version|revision|rev|issue|edition)[^\S\n]+)?(v?\d{1,3}(?:\.\d{1,3}){0,2})(?![\w.])/i;

/**
 * The documents a register says are not the version in force, with the source of the one that is: for a code the
 * register lists in force at one version and superseded at another, each document giving that code at a lower
 * version or at none, when exactly one document gives the version in force.
 */
export function registerVersions(
  docs: IndexedDocument[],
  applies: (doc: IndexedDocument) => boolean,
  saysOwnStatus: (doc: IndexedDocument) => boolean,
): Map<string, string> {
  const rows = docs.flatMap((d) => {
    const row = d.metadata[REGISTER_ROW];
    if (typeof row !== 'string') return [];
    const [code, version, status] = row.split('|') as [string, string, string];
    return [{ code, version, status }];
  });
  const older = new Map<string, string>();
  for (const [code, listed] of groupBy(rows, (r) => r.code)) {
    const inForce = [...new Set(listed.filter((r) => r.status === 'current').map((r) => r.version))];
    if (inForce.length !== 1 || !listed.some((r) => r.status === 'superseded')) continue;
    const giving = docs.filter((d) => d.metadata[CODE_SAID] === code && applies(d));
    const current = giving.filter((d) => sameVersion(d, inForce[0]!));
    if (current.length !== 1) continue;
    for (const d of giving)
      if (d !== current[0] && !saysOwnStatus(d) && isLower(d, inForce[0]!))
        older.set(d.id, current[0]!.source);
  }
  return older;
}

const versionOf = (d: IndexedDocument) =>
  typeof d.metadata[VERSION_SAID] === 'string' ? (d.metadata[VERSION_SAID] as string) : undefined;
const sameVersion = (d: IndexedDocument, version: string) =>
  versionOf(d) !== undefined && compareVersions(versionOf(d)!, version) === 0;
// No version at all is lower: the register lists the one in force, and this document does not give it.
const isLower = (d: IndexedDocument, version: string) =>
  versionOf(d) === undefined || compareVersions(versionOf(d)!, version) < 0;
