/**
 * @module Where a document applies: what it says of itself (front-matter `applies_to:`, a string or a list), or
 * the statement of scope that opens it, in English ("Applies to UK sites", "It applies to all employees of the
 * Leeds and Bristol offices", "This page covers colleagues at our UK hotels"). A question about a workplace the
 * statement leaves out (the Zaragoza depot, for a policy that applies to UK sites) is not answered from it.
 */
import type { LoadedDocument } from './document.js';

/** The scope a document's metadata declares (`applies_to`, a string or a list), as one line; else undefined. */
export function scopeOf(metadata: Record<string, unknown>): string | undefined {
  for (const declared of [metadata.applies_to, metadata.appliesTo]) {
    if (typeof declared === 'string' && declared.trim()) return declared.trim();
    if (!Array.isArray(declared)) continue;
    const listed = declared.filter((v) => typeof v === 'string' && v.trim()).map((v) => String(v).trim());
    if (listed.length) return listed.join(', ');
  }
  return undefined;
}

/** The document's statement of where it applies, if it makes one: declared, or stated in its opening. */
export function documentScope(doc: LoadedDocument): string | undefined {
  const declared = scopeOf(doc.metadata);
  if (declared) return declared;
  const opening = doc.blocks
    .map((b) => b.text)
    .join('\n')
    .slice(0, OPENING);
  for (const m of opening.matchAll(SCOPE_STATEMENT)) {
    const object = m[1]!.trim();
    // A statement wrapped over lines ("…at the observatory: staff,\ncontractors and visitors.") reads as one line.
    if (isScope(object))
      return m[0]
        .replace(/^[\s.·|—–-]+/, '')
        .replace(/\s+/g, ' ')
        .trim();
  }
  return undefined;
}

/** `doc` with `metadata.applies_to` set to the scope its opening states, when it declares none itself. */
export function withScope(doc: LoadedDocument): LoadedDocument {
  if (scopeOf(doc.metadata)) return doc;
  const scope = documentScope(doc);
  return scope ? { ...doc, metadata: { ...doc.metadata, applies_to: scope } } : doc;
}

// Only the opening states a document's scope: "apply to the DVLA for a replacement" later on is a step.
const OPENING = 800;
// A statement of scope opens a sentence or a labelled segment ("· Applies to UK sites ·", "Applies to: all UK
// employees", "It applies to…", "1.1 This procedure applies to…", "This page covers colleagues at…"), its
// subject the document itself, and runs to the end of its clause, over a line break after a comma, "and" or "or"
// (a wrapped line) but not before a blank line, a list item or a heading. "Employees must apply to HR…", "To apply to the scheme…", "Does the permit apply to…?", "This
// does not apply to…" and "The London weighting applies to…" are no statements of scope.
const SCOPE_STATEMENT =
  /(?:^|[.!?·|—–:]\s*|\n\s*(?:[-*]\s+)?)(?:\*\*)?(?:\d+(?:\.\d+)*\s+)?(?:(?:it|they|(?:this|these|the)\s+(?:[\p{L}-]+\s+)?(?:policy|policies|procedure|page|document|guidance|guide|handbook|section|rules|scheme|agreement|notes|terms|summary|standards|limits))\s+)?(?:(?:applies|apply)\s+to:?|covers|is\s+for)(?:\*\*)?\s+((?:[^.;?!·|\n]|(?<=(?:,|\s(?:and|or))[^\S\n]{0,3})\n(?![^\S\n]*(?:\n|[-*]\s|\d+[.)]\s|#))){2,160})/giu;
// What a scope's object names: people or sites ("all UK colleagues", "our UK hotels"), or places by name
// ("Leeds and Bristol"); never travel ("everyone travelling on company business", "trips to the US"); visitors
// are people.
const SCOPE_NOUN =
  /(?<!\p{L})(?:colleagues?|staff|employees?|people|workers?|everyone|sites?|offices?|hotels?|depots?|warehouses?|stores?|branches|locations?|visitors?|contractors?)(?!\p{L})/iu;
const TRAVEL = /(?<!\p{L})(?:travel\w*|trips?|journeys?|visit(?:s|ing|ed)?|abroad|destinations?)(?!\p{L})/iu;
const isScope = (object: string) =>
  !TRAVEL.test(object) && (SCOPE_NOUN.test(object) || /^(?:the\s+)?\p{Lu}\p{L}+/u.test(object));
