/**
 * @module Prompt-injection and jailbreak heuristics for user input and retrieved text: instruction-override
 * phrases, role-play and persona switches, forged role markers, hidden or direction-changing characters,
 * and encoded payloads (base64 that decodes to such phrases). Each signal has a weight; the score is
 * 1 − Π(1 − weight) over the signals found, with the matched evidence.
 */

export interface InjectionSignal {
  signal: string;
  evidence: string;
  weight: number;
}

export interface InjectionResult {
  score: number;
  signals: InjectionSignal[];
}

const PHRASES: Array<[string, RegExp, number]> = [
  [
    'instruction override',
    /\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|any|your|the|these|those)\b[^.\n]{0,25}\b(?:instructions?|rules?|prompts?|guidelines?|directions|polic(?:y|ies)|restrictions|constraints)\b/i,
    0.8,
  ],
  [
    'new instructions',
    /\b(?:new|updated|real|actual|true)\s+(?:instructions?|system\s+prompt|rules)\s*[:-]/i,
    0.6,
  ],
  [
    'prompt exfiltration',
    /\b(?:reveal|print|show|repeat|output|tell me|display|leak|what(?:'s| is| are))\b[^.\n]{0,30}\b(?:system\s+prompt|your\s+(?:instructions|rules|prompt|guidelines)|hidden\s+(?:prompt|instructions)|initial\s+prompt)\b/i,
    0.7,
  ],
  [
    'persona switch',
    /\b(?:you are (?:now|no longer)|from now on,? you|act as (?:an? )?(?:unrestricted|unfiltered|uncensored|evil|jailbroken)|pretend (?:you are|to be|that you)|roleplay as|simulate (?:a|an) )/i,
    0.5,
  ],
  [
    'jailbreak persona',
    /\b(?:do anything now|developer mode|jailbreak|jailbroken|god mode|no (?:restrictions|filters|limits|rules)|without (?:any )?(?:restrictions|filters|limitations|censorship))\b/i,
    0.6,
  ],
  // "DAN" only in capitals: Dan is also a name.
  ['jailbreak persona', /\bDAN\b/, 0.6],
  [
    'forged role marker',
    /(?:^|\n)\s*(?:system|assistant|developer)\s*:|<\|im_(?:start|end)\|>|\[\/?INST\]|<<\/?SYS>>|###\s*(?:system|instruction)/i,
    0.6,
  ],
  [
    'authority claim',
    /\b(?:i am|i'm|as) (?:your|the) (?:developer|admin(?:istrator)?|creator|owner|system)\b/i,
    0.35,
  ],
];

// Zero-width, bidirectional overrides and Unicode tag characters: invisible to people, read by models.
const HIDDEN = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]|[\u{E0000}-\u{E007F}]/gu;
const BASE64 = /\b[A-Za-z0-9+/]{32,}={0,2}/g;

/** Scores `text` for injection; `score` is in 0..1. */
export function detectInjection(text: string): InjectionResult {
  const signals: InjectionSignal[] = [];
  scanPhrases(text, signals, '');
  const hidden = text.match(HIDDEN);
  if (hidden) {
    signals.push({
      signal: 'hidden characters',
      evidence: `${hidden.length} invisible character${hidden.length === 1 ? '' : 's'} (${[...new Set(hidden)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')})`,
      weight: hidden.length >= 3 ? 0.6 : 0.3,
    });
    // What the text says once the invisible characters are gone.
    scanPhrases(text.replace(HIDDEN, ''), signals, ' (after removing hidden characters)');
  }
  for (const m of text.matchAll(BASE64)) {
    const decoded = decodeBase64(m[0]);
    if (!decoded) continue;
    const inner: InjectionSignal[] = [];
    scanPhrases(decoded, inner, '');
    if (inner.length)
      signals.push({
        signal: 'encoded payload',
        evidence: `base64 decodes to "${decoded.slice(0, 80)}"`,
        weight: 0.8,
      });
  }
  const unique = new Map(signals.map((s) => [s.signal, s]));
  const score = 1 - [...unique.values()].reduce((p, s) => p * (1 - s.weight), 1);
  return { score: Math.round(score * 1000) / 1000, signals: [...unique.values()] };
}

function scanPhrases(text: string, out: InjectionSignal[], suffix: string): void {
  for (const [signal, re, weight] of PHRASES) {
    const m = text.match(re);
    if (m) out.push({ signal: signal + suffix, evidence: m[0].trim().slice(0, 120), weight });
  }
}

function decodeBase64(s: string): string | undefined {
  const text = Buffer.from(s, 'base64').toString('utf8');
  // Only text-like payloads count: mostly printable characters.
  const printable = text.replace(/[^\x20-\x7E\n]/g, '').length;
  return text.length >= 16 && printable / text.length > 0.9 ? text : undefined;
}
