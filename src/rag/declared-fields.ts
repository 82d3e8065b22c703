/**
 * @module What a document's front-matter declares about its currency and scope that tandem cannot use
 * (`status: obsolet`, `applies_to: 42`): ingest still indexes the document, and reports each field with what
 * to write instead, so a typo does not silently leave a superseded policy looking current.
 */
import { STATUS_NAMES } from './currency.js';

/** The problems of a document's declared `status`, `applies_to` and `superseded_by`, each said to be fixed. */
export function declaredFieldProblems(metadata: Record<string, unknown>): string[] {
  return [statusProblem(metadata.status), ...scopeProblems(metadata), supersededByProblem(metadata)].filter(
    (p): p is string => p !== undefined,
  );
}

function statusProblem(status: unknown): string | undefined {
  if (status === undefined || status === null) return undefined;
  if (typeof status === 'string' && STATUS_NAMES.includes(status.trim().toLowerCase())) return undefined;
  return `status: ${shown(status)} is not a status tandem knows; write current, draft or superseded (or ${STATUS_NAMES.filter((w) => !['current', 'draft', 'superseded'].includes(w)).join(', ')})`;
}

function scopeProblems(metadata: Record<string, unknown>): string[] {
  return (['applies_to', 'appliesTo'] as const)
    .filter((field) => metadata[field] !== undefined && metadata[field] !== null && !isScope(metadata[field]))
    .map(
      (field) =>
        `${field}: ${shown(metadata[field])} says no place; write where the document applies, as text or a list (applies_to: UK sites, or applies_to: [Leeds, Bristol])`,
    );
}

function supersededByProblem(metadata: Record<string, unknown>): string | undefined {
  const by = metadata.superseded_by ?? metadata.supersededBy;
  if (by === undefined || by === null || typeof by === 'string' || by === true) return undefined;
  return `superseded_by: ${shown(by)} names no document; write the file or title that replaces this one`;
}

const isScope = (value: unknown) =>
  (typeof value === 'string' && value.trim() !== '') ||
  (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== ''));

// A value as the person wrote it: a string quoted, anything else as YAML would show it.
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
