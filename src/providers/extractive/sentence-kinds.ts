/**
 * @module Sentences that answer nothing on their own: a heading repeated as a sentence, a label, a memo's header, a
 * pointer elsewhere ("see the announcement"), and a sentence about its document itself ("This policy explains…").
 */
import { splitSentences } from '../../core/index.js';
import type { RankedSentence } from './rank-sentences.js';

// A sentence about the document itself ("1.1 This procedure applies to every till…", "This policy explains how
// to report sickness…", "This page lists what you need before Day 1") shares the topic's words but answers nothing, unless the question asks what the document
// covers or whom it applies to.
const ABOUT_DOCUMENT =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:this|these|the following) (?:policy|policies|procedure|procedures|guide|guidance|page|document|handbook|section|scheme|rules|notes?|notice|memo|circular|version|edition)\b[^.]{0,40}?\b(?:(?:explains?|describes?|sets? out|outlines?|lists?|summari[sz]es?) (?:how|what|when|who|which|the|our|your)|tells? you|(?:replaces?|supersedes?|updates?) (?:the|our|all|any|an?|version)\b|(?:applies|apply) to|covers? (?:all|every|any|the|our|staff|employees|colleagues|how|what)|(?:is|are) for (?:all|every|any|the|our|staff|employees|colleagues|anyone))\b/i;
/** A question that asks what a document covers, whom it applies to or what it replaces. */
export const SCOPE_ASKED =
  /\b(?:apply|applies|cover|covers|covered|who (?:is|are) (?:it|this) for|eligible|include[sd]?|replaced?|replaces|superseded?|supersedes)\b/i;
const LISTING = /\b(?:lists?|sets? out|outlines?|summari[sz]es?|describes?)\b/i;
// Not when what it lists follows a colon ("This section lists what to bring on Day 1: your NBI clearance…").
/** Whether a sentence speaks of its document itself ("This policy explains how…"). */
export const isAboutDocument = (text: string) => {
  const m = ABOUT_DOCUMENT.exec(text);
  if (!m) return false;
  return !(LISTING.test(m[0]) && /:\s+\S/.test(text.slice(m.index + m[0].length)));
};

// A row of a document's revision history ("Historial de revisiones · Rev.: D · Fecha: 02/04/2029 · Cambio: Hand wash
// 30 seconds; …") says what changed, not what applies: it answers a question about the revisions only.
const HISTORY_ROW =
  /(?:^|·)\s*(?:rev(?:ision)?\.?|revisi[oó]n|revis[ãa]o|version|versi[oó]n|vers[ãa]o|edition|edici[oó]n|edi[çc][ãa]o|issue)\s*:\s*[^·]{1,12}·(?:.*·)?\s*(?:changes?|cambios?|altera[çc](?:ão|ões)|modifications?|modifiche|[äa]nderung(?:en)?|wijziging(?:en)?|description|summary|what changed)\s*:/iu;
const REVISIONS_ASKED =
  /\b(?:revisions?|rev|versions?|changed|changes|amended|amendments?|updated?|updates|editions?|history|what(?:'s|’s| is) new)\b/i;

/** Whether a sentence is a row of a revision history, and the question does not ask about revisions. */
export const isHistoryRowUnasked = (text: string, question: string) =>
  HISTORY_ROW.test(text) && !REVISIONS_ASKED.test(question);

// A heading repeated as a sentence, a label ending in a colon, a memo's header (who wrote to whom, when and on
// what) or a pointer elsewhere answers nothing.
/** Whether a sentence is a heading, a label, a memo's header or a pointer elsewhere. */
export function isHeadingOrPointer(s: RankedSentence): boolean {
  const text = s.text.trim();
  if ((/:\s*$/.test(text) && !saysAFigure(text)) || isMemoHeader(text) || NUMBERED_CAPITALS.test(text))
    return true;
  if (isTitleSentence(text, s.passage.title)) return true;
  return (
    /^(?:see|refer to|read|visit|check|consult)\b|\bfor (?:more|further) (?:information|details)\b|\bsee (?:the|our|this) \w+|\b(?:follow|set out|given|listed|explained)\b[^.]{0,40}\bin (?:the|their|its|your) (?:own )?(?:local |site )+notes\b|\b(?:is|are) (?:set out |listed |given )?(?:on|in) the [^.]{0,40}\b(?:page|policy|procedure|guide|intranet|website|handbook)\b/i.test(
      text,
    ) && !/\d/.test(text)
  );
}

// A heading repeated as a sentence, or one sentence of a heading of several: an FAQ's question is its passage's
// title, and its statement ("I lost my payslip. Where can I see it?") names the topic without answering it.
function isTitleSentence(text: string, title: string | undefined): boolean {
  const said = text.toLowerCase();
  return (title ?? '').split(' › ').some((h) => {
    const heading = h.trim();
    if (heading.toLowerCase() === said) return true;
    return (
      heading.toLowerCase().includes(said) && splitSentences(heading).some((t) => t.toLowerCase() === said)
    );
  });
}

// A sentence that leads into a list and says a figure itself ("Each till starts the day with a float of 150,00 €,
// made up like this:") answers with it; a label ("Opening hours:", "Step 3:") does not.
const saysAFigure = (text: string) =>
  /\d/.test(text.replace(/^\s*(?:step\s+)?\d+(?:\.\d+)*[.):]?\s/i, '')) &&
  text.split(/\s+/).length > LABEL_WORDS;
const LABEL_WORDS = 6;

// A numbered heading in capitals ("3. CUT-OFF TIMES", "4.2 SICK PAY"), inside a passage that runs on from the
// section before, where the passage's title is that section's.
const NUMBERED_CAPITALS = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\p{Ll}]*\p{Lu})[^\p{Ll}]+$/u;

// "To : All employees · From : Payroll Team · Date : 05-01-2027 · Subject : …": three fields of a memo or letter
// head at least, each opening a line or a "·"-joined item; two when the sentence opens with one ("To: All Eldoret
// staff Date: 10/03/2027").
const isMemoHeader = (text: string) => {
  if ((text.match(MEMO_FIELD) ?? []).length >= MEMO_FIELDS) return true;
  // Its lines joined into one sentence, a field stands after a space.
  return MEMO_OPENING.test(text) && (text.match(MEMO_FIELD_ANYWHERE) ?? []).length >= 2;
};
const MEMO_OPENING = /^\s*(?:to|from|date|subject|ref|re|cc|attn|memo no)\s*:/i;
const MEMO_FIELD_ANYWHERE = /(?:^|\s)(?:to|from|date|subject|ref|re|cc|attn|memo no)\s*:/gi;
const MEMO_FIELD = /(?:^|\n|·)[^\S\n]*(?:to|from|date|subject|ref|re|cc|attn|memo no)[^\S\n]*:/gi;
const MEMO_FIELDS = 3;

// A document's own record, its front matter read as a row ("ref: HR-04 · title: Leave policy (2031 edition) · version:
// 2031 · status: In force · effective: 2031-01-01 · owner: HR office"): which document it is, never an answer; what it
// says is in the text below it, unless the question asks about the document itself (who owns it, its version).
/** Whether a sentence is a document's own record (its front matter as a row), and the question does not ask of it. */
export const isRecordUnasked = (text: string, question: string) =>
  (text.match(RECORD_FIELD) ?? []).length >= RECORD_FIELDS && !RECORD_ASKED.test(question);
const RECORD_ASKED =
  /\b(?:owns?|owner|responsible|review(?:ed)?|versions?|editions?|effective|status|ref(?:erence)?|updated|approved)\b/i;
const RECORD_FIELD =
  /(?:^|·)\s*(?:title|status|version|effective(?:_from|_date)?|owner|ref|doc_id|review_due|reviewed|supersedes|superseded_by|replaces|issued|approved_by|last_updated|updated|lang|language)\s*:/gi;
const RECORD_FIELDS = 3;
