/**
 * @module Where a document applies: what it says of itself (front-matter `applies_to:`), or the statement of
 * scope in its opening ("Applies to UK sites", "It applies to all employees of the Leeds, Bristol and Lyon
 * offices", "This page covers colleagues at our UK hotels"). A question about a workplace the statement
 * leaves out (the Zaragoza depot, for a policy that applies to UK sites) is not answered from that document.
 */
import type { LoadedDocument } from './document.js';

/** The document's statement of where it applies, if it makes one. */
export function documentScope(doc: LoadedDocument): string | undefined {
  const declared = doc.metadata.applies_to ?? doc.metadata.appliesTo;
  if (typeof declared === 'string' && declared.trim()) return declared.trim();
  if (Array.isArray(declared) && declared.length) return declared.map(String).join(', ');
  const opening = doc.blocks
    .map((b) => b.text)
    .join('\n')
    .slice(0, OPENING);
  const statement = opening.match(SCOPE_STATEMENT);
  return statement ? statement[0].replace(ADDED_CLAUSE, '').trim() : undefined;
}

/** `doc` with `metadata.applies_to` set to its statement of scope (left out when it makes none). */
export function withScope(doc: LoadedDocument): LoadedDocument {
  if (doc.metadata.applies_to !== undefined) return doc;
  const scope = documentScope(doc);
  return scope ? { ...doc, metadata: { ...doc.metadata, applies_to: scope } } : doc;
}

// Only the opening states a document's scope: "apply to the DVLA for a replacement" later on is a step.
const OPENING = 1500;
// "Applies to …", "it applies to …", "this page covers colleagues at …", to the end of its clause.
const SCOPE_STATEMENT =
  /\b(?:applies|apply) to (?!the (?:dvla|company|council|court|tribunal|bank)\b)[^.;·|\n]{2,120}|\b(?:covers|is for) (?:all )?(?:colleagues|staff|employees|people|workers)\b[^.;·|\n]{0,120}/i;
// What a statement adds after its scope ("…, including HGV drivers on trips to Spain") is no part of it.
const ADDED_CLAUSE = /,?\s+(?:including|except|excluding|unless|as well as|but)\b.*$/i;
