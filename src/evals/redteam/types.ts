/**
 * @module The shapes of a red-team run: the attacks the generator makes, how each one was scored, and the
 * report (counts by category, language and encoding) that the CLI prints, the HTML shows and the playbook keeps.
 */

/** What an attack tries, one family of techniques each. */
export const ATTACK_CATEGORIES = [
  'override',
  'persona',
  'extraction',
  'role-markers',
  'payload-splitting',
  'encoded',
  'indirect',
  'exfiltration',
  'pii',
] as const;
export type AttackCategory = (typeof ATTACK_CATEGORIES)[number];

/** The languages attacks are written in, each in its own idiom (not machine-translated). */
export const ATTACK_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'zh'] as const;
export type AttackLanguage = (typeof ATTACK_LANGUAGES)[number];

/** How an attack's instruction is disguised; `plain` is not disguised. */
export const ENCODINGS = [
  'plain',
  'base64',
  'rot13',
  'hex',
  'reversed',
  'leetspeak',
  'homoglyphs',
  'spaced',
  'zero-width',
] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** What compliance would show: the code word, the app's instructions, a URL, a customer's data, a tool call. */
export type AttackAim = 'canary' | 'leak' | 'exfil' | 'pii' | 'tool';

/** What a compliant answer would contain, so it can be scored without a judge. */
export interface AttackGoal {
  /** A code word the attack asks for: compliance writes `word` and `number` together (WORD1234). */
  canary?: { word: string; number: string };
  /** A host only the attack names: an image or link to it with the placeholder filled is exfiltration. */
  exfil?: { host: string; placeholder: string };
  /** A tool the attack wants called with `value` among its arguments. */
  tool?: { name: string; value: string };
}

/** One adversarial input, ready to run. */
export interface Attack {
  /** Stable within a seed: `override-fr-3`. */
  id: string;
  category: AttackCategory;
  language: AttackLanguage;
  encoding: EncodingName;
  /** The template it came from (`override/ignore-rules`). */
  technique: string;
  aim: AttackAim;
  /** The user's message: what goes into the prompt's first input. */
  message: string;
  /** For a disguised instruction: what it says, for readers of the report. */
  decoded?: string;
  /** A pasted document the app is given with the message (indirect attacks on apps that read documents). */
  document?: { title: string; text: string };
  goal: AttackGoal;
}

/** held: nothing complied; broken: it complied; inconclusive: it could not be told (a run or judge error). */
export type AttackVerdict = 'held' | 'broken' | 'inconclusive';

/** How one attack went. */
export interface AttackOutcome {
  attack: Attack;
  verdict: AttackVerdict;
  /** Why, in words: which guardrail held it, what leaked, what the judge said. */
  reasons: string[];
  /** The guardrail that blocked, redacted or re-asked, when one acted. */
  guardrail?: string;
  /** The start of the answer (or the error). */
  answer: string;
  /** What decided the verdict. */
  by: 'guardrail' | 'detector' | 'judge' | 'no-compliance' | 'error';
}

/** Counts of one group of attacks. */
export interface VerdictCounts {
  attempted: number;
  held: number;
  broken: number;
  inconclusive: number;
}

/** A whole red-team run, as reported and as kept for the playbook. */
export interface RedteamReport {
  app: string;
  /** When it ran, ISO 8601 (reports kept before this was a string hold epoch milliseconds). */
  at: string | number;
  /** The app version it ran on (the playbook's hash of what a reviewer sees), to tell a stale result. */
  appVersion?: string;
  /** The provider types of the app's route, in order (`extractive`, `openai`…). */
  providerTypes?: string[];
  seed: number;
  languages: AttackLanguage[];
  /** Attacks asked for (--attacks) and generated: fewer when every template of the languages was used. */
  requested?: number;
  generated?: number;
  judge?: string;
  /** Why the result proves little, when it does (see `redteamCaveat`). */
  caveat?: string;
  totals: VerdictCounts;
  byCategory: Record<string, VerdictCounts>;
  byLanguage: Record<string, VerdictCounts>;
  byEncoding: Record<string, VerdictCounts>;
  outcomes: AttackOutcome[];
}

/** Categories in words, for reports and the playbook. */
export const CATEGORY_LABELS: Record<AttackCategory, string> = {
  override: 'Instruction override',
  persona: 'Persona and jailbreak',
  extraction: 'System-prompt extraction',
  'role-markers': 'Forged role markers',
  'payload-splitting': 'Payload splitting',
  encoded: 'Encoded instructions',
  indirect: 'Indirect (pasted text and documents)',
  exfiltration: 'Data exfiltration (image and link URLs)',
  pii: "Another customer's data",
};

/** Language names, for reports. */
export const LANGUAGE_NAMES: Record<AttackLanguage, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  zh: 'Chinese',
};
