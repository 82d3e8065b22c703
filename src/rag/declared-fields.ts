/**
 * @module What a document's front-matter declares about its currency and scope that tandem cannot use
 * (`status: obsolet`, `applies_to: 42`): ingest still indexes the document, as if the field were not there, and
 * reports each field with what to write instead, so a typo does not silently leave a superseded policy looking
 * current.
 */
import { levenshtein } from '../core/index.js';
import { namesReplacement, STATUS_NAMES, statusMeant } from './currency.js';

/** The problems of a document's declared `status`, `applies_to` and `superseded_by`, each said to be fixed. */
export function declaredFieldProblems(metadata: Record<string, unknown>): string[] {
  return [
    statusProblem(metadata.status),
    ...(['applies_to', 'appliesTo'] as const).map((key) => scopeProblem(key, metadata[key])),
    ...(['superseded_by', 'supersededBy', 'replaced_by', 'replacedBy'] as const).map((key) =>
      replacementProblem(key, metadata[key]),
    ),
  ].filter((p): p is string => p !== undefined);
}

function statusProblem(status: unknown): string | undefined {
  if (status === undefined || status === null) return undefined;
  if (statusMeant(status)) return undefined;
  const said = typeof status === 'string' ? status.trim().toLowerCase() : '';
  const near = STATUS_NAMES.find((w) => levenshtein(w, said) <= 2);
  const meant = near ? `did you mean "${near}"? ` : '';
  return `status: ${shown(status)} is not a status tandem knows, so it counts as none (the document is current unless another one says it replaces it); ${meant}write current, draft or superseded (archived, approved, in review and the like are read too)`;
}

// A scope is text or a list of texts; a list's other items are left out, and said to be.
function scopeProblem(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return undefined;
  const places = Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.trim()) : [];
  if (Array.isArray(value) && places.length === value.length && places.length) return undefined;
  const fix = `write where the document applies, as text or a list (${key}: UK sites, or ${key}: [Leeds, Bristol])`;
  return places.length
    ? `${key}: ${shown(value)} holds items that are not places, left out; ${fix}`
    : `${key}: ${shown(value)} says no place, so the document counts as applying everywhere; ${fix}`;
}

function replacementProblem(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === false || namesReplacement(value)) return undefined;
  return `${key}: ${shown(value)} names no document, so this field does not mark the document superseded; write the file or title that replaces it`;
}

// A value as the person wrote it: a string quoted, anything else as YAML would show it.
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
