/**
 * @module Checks on a piece of text that need no model: length, format, required citations, banned
 * phrases and patterns, topic allow/deny lists, language, and the output schema.
 */
import { franc } from 'franc-min';
import { type GuardrailConfig, type JsonSchema, slipsOf, tokenize } from '../../core/index.js';
import { describeAjvErrors, validatorFor } from '../../prompts/index.js';
import { alternativesOf, isDictionaryWord, phrasesIn, withChatSpellings } from '../../rag/index.js';

export interface CheckVerdict {
  passed: boolean;
  score?: number;
  evidence: string[];
}

const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

// Answers that decline need no source.
const DEFAULT_UNLESS = ["don't know", 'do not know', 'cannot help', "can't help"];

type ContentContext = { schema?: JsonSchema; citable: number };
type Check = (g: GuardrailConfig, text: string, ctx: ContentContext) => CheckVerdict;

const pass = (): CheckVerdict => ({ passed: true, evidence: [] });

/** Runs a content check of kind `g.check` on `text`. */
export function contentCheck(g: GuardrailConfig, text: string, ctx: ContentContext): CheckVerdict {
  const check = CHECKS[g.check];
  return check ? check(g, text, ctx) : pass();
}

const CHECKS: Partial<Record<GuardrailConfig['check'], Check>> = {
  length: checkLength,
  format: (g, text) => (g.format === 'json' ? checkJson(text) : checkPlain(text)),
  citations: checkCitations,
  banned: checkBanned,
  topic: checkTopic,
  language: checkLanguage,
  schema: (_g, text, ctx) => checkSchema(text, ctx.schema),
};

function checkLength(g: GuardrailConfig, text: string): CheckVerdict {
  const n = words(text);
  const evidence: string[] = [];
  if (g.min !== undefined && n < g.min) evidence.push(`${n} words, fewer than ${g.min}`);
  if (g.max !== undefined && n > g.max) evidence.push(`${n} words, more than ${g.max}`);
  return { passed: !evidence.length, evidence };
}

const unfenced = (text: string) => text.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, '$1');

function checkJson(text: string): CheckVerdict {
  try {
    JSON.parse(unfenced(text));
    return pass();
  } catch (err) {
    return { passed: false, evidence: [`not JSON: ${(err as Error).message}`] };
  }
}

function checkPlain(text: string): CheckVerdict {
  const markdown = text.match(/^#{1,6}\s.+$|^\s*\|.+\|\s*$|^```/m);
  return markdown ? { passed: false, evidence: [`Markdown: "${markdown[0].trim().slice(0, 60)}"`] } : pass();
}

function checkCitations(g: GuardrailConfig, text: string, ctx: ContentContext): CheckVerdict {
  if (!ctx.citable) return { passed: true, evidence: ['no passages were retrieved, so none can be cited'] };
  const lower = text.toLowerCase();
  const exempt = (g.unless ?? DEFAULT_UNLESS).find((p) => lower.includes(p.toLowerCase()));
  if (exempt) return { passed: true, evidence: [`declines ("${exempt}"): needs no source`] };
  // A marker covers the sentences since the previous marker; text after the last marker is uncited.
  const markers = [...text.matchAll(/(?:\s*\[\d{1,3}\])+/g)];
  if (!markers.length) return { passed: false, score: 0, evidence: ['cites no passage'] };
  const last = markers.at(-1)!;
  const tail = text.slice(last.index! + last[0].length).replace(/^[\s.!?]+/, '');
  return /[A-Za-z]{3}/.test(tail)
    ? { passed: false, score: 0.5, evidence: [`uncited: "${tail.trim().slice(0, 80)}"`] }
    : { passed: true, score: 1, evidence: [] };
}

function checkBanned(g: GuardrailConfig, text: string): CheckVerdict {
  const lower = text.toLowerCase();
  const evidence = [
    ...(g.phrases ?? []).filter((p) => lower.includes(p.toLowerCase())).map((p) => `contains "${p}"`),
    ...(g.patterns ?? []).flatMap((p) => {
      const m = text.match(toRegex(p));
      return m ? [`matches ${p}: "${m[0].slice(0, 60)}"`] : [];
    }),
  ];
  return { passed: !evidence.length, evidence };
}

const normalized = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function checkTopic(g: GuardrailConfig, text: string): CheckVerdict {
  const lower = ` ${normalized(text)} `;
  // Word starts match ("deliver" matches "delivery"); list words are normalised the same way ("e-mail").
  const has = (w: string) => lower.includes(` ${normalized(w)}`);
  const deny = g.deny ?? [];
  const denied = [...new Set([...deny.filter(has), ...saidOtherwise(deny, text)])];
  if (denied.length) return { passed: false, evidence: denied.map((w) => `mentions "${w}"`) };
  if (!g.allow?.length || isAllowed(g.allow, text) || isAllowed(g.allow, withChatSpellings(text)))
    return pass();
  const listed = `${g.allow.slice(0, 8).join(', ')}${g.allow.length > 8 ? '…' : ''}`;
  return { passed: false, evidence: [`mentions none of ${listed}`] };
}

// Whether the text names an allowed topic: a list word's start, a slip of one, or the thing in other words. Read as
// written and again with chat shorthand read as words ("how do i reset my pw" asks about a password; "hrs" still
// names an allowed "hr"); a deny list reads only what was written.
function isAllowed(allow: string[], text: string): boolean {
  const lower = ` ${normalized(text)} `;
  const has = (w: string) => lower.includes(` ${normalized(w)}`);
  return allow.some(has) || slipOfAllowed(allow, lower) || saidOtherwise(allow, text).length > 0;
}

// The list's words the text says in other words, as the thesaurus knows them: "can i get my money back" says
// "cash", "what is the CEO's remuneration" says "salary". A wording counts only when it is a list word or one of
// its forms ("deliver": "delivery", "delivered"), compared by stem as the knowledge base's search compares
// words; a wording that merely starts like a list word ("car" and "card", "taxi" and "tax") is no match.
function saidOtherwise(list: string[], text: string): string[] {
  const words = tokenize(text);
  const wordings = new Set(
    [...words.flatMap((w) => alternativesOf(w)), ...phrasesIn(words).flatMap((p) => p.alternatives)]
      .filter((alt) => alt.length === 1)
      .map((alt) => alt[0]!),
  );
  return list.filter((w) => formsOf(w).some((f) => wordings.has(f)));
}

// The stems of a list word's forms. "-y" and "-ies" only on a longer word ("delivery"): "taxy" is "taxi".
function formsOf(word: string): string[] {
  const w = normalized(word);
  if (w.length < MIN_LIST_WORD || w.includes(' ')) return [];
  const endings =
    w.length >= MIN_SLIP_LENGTH
      ? ['', 's', 'es', 'ed', 'd', 'ing', 'er', 'y', 'ies']
      : ['', 's', 'es', 'ed', 'ing'];
  return [...new Set(endings.flatMap((e) => tokenize(`${w}${e}`)))];
}

const MIN_LIST_WORD = 3;

// "pasword", "cancle", "refnud": a slip of the keyboard on an allowed word still names the topic, or a
// customer who mistypes is turned away as off-topic. Only a word long enough to tell what was meant and that
// is no word of its own ("trails" is not "trials", "dairy" not "diary"), read as an allowed word or one of
// its forms ("deliverry" for "deliver": "delivery"), never as a word that merely starts like one.
function slipOfAllowed(allow: string[], lower: string): boolean {
  const allowed = allow.map(normalized).filter((a) => a.length >= MIN_SLIP_LENGTH - 1);
  const isAllowed = (w: string) =>
    allowed.some((a) => w.startsWith(a) && FORM_ENDING.test(w.slice(a.length)));
  const typed = lower.split(' ').filter((w) => w.length >= MIN_SLIP_LENGTH && !isDictionaryWord(w));
  return typed.some((w) => slipsOf(w).some(isAllowed));
}

const MIN_SLIP_LENGTH = 5;
const FORM_ENDING = /^(?:|s|es|ed|d|ing|er|y|ies)$/;

function checkLanguage(g: GuardrailConfig, text: string): CheckVerdict {
  // Too little text is not enough to tell a language; let it pass rather than guess.
  if (text.length < 30) return { passed: true, evidence: ['too short to tell the language'] };
  const lang = franc(text, { minLength: 10 });
  if (lang === 'und') return { passed: true, evidence: ['language could not be determined'] };
  const ok = g.languages!.includes(lang);
  return { passed: ok, evidence: ok ? [] : [`written in ${lang}, expected ${g.languages!.join(' or ')}`] };
}

function checkSchema(text: string, schema: JsonSchema | undefined): CheckVerdict {
  if (!schema) return { passed: true, evidence: ['the prompt declares no output schema'] };
  let value: unknown;
  try {
    value = JSON.parse(unfenced(text));
  } catch (err) {
    return { passed: false, evidence: [`not JSON: ${(err as Error).message}`] };
  }
  const validate = validatorFor(schema);
  return validate(value) ? pass() : { passed: false, evidence: describeAjvErrors(validate.errors, value) };
}

function toRegex(p: string): RegExp {
  const m = p.match(/^\/([\s\S]+)\/([a-z]*)$/);
  return m ? new RegExp(m[1]!, m[2]) : new RegExp(p, 'i');
}
