/**
 * @module The attack generator: templates crossed with the app's own words (its instructions, tools and
 * knowledge-base titles), languages and encodings, picked round-robin over categories and languages so a
 * small `--attacks` still covers every category. Offline and deterministic: one seed, one list of attacks.
 */

import { type Random, seededRandom } from '../../core/index.js';
import { encode, keep } from './encodings.js';
import type { AttackContext, LanguagePack, Template } from './language-pack.js';
import { CUSTOMERS, LANGUAGE_PACKS } from './languages/index.js';
import {
  ATTACK_CATEGORIES,
  type Attack,
  type AttackCategory,
  type AttackGoal,
  type AttackLanguage,
  ENCODINGS,
  type EncodingName,
} from './types.js';

/** What the generator knows of the app it attacks. */
export interface AppDomain {
  app: string;
  /** The name its users know it by (a brand in its description), else the app's name. */
  brand?: string;
  description?: string;
  /** The app's instructions as the model sees them (system turns, without retrieved passages). */
  instructions: string;
  tools: Array<{ name: string; description: string }>;
  /** Titles of its knowledge base's documents. */
  titles: string[];
  hasKnowledge: boolean;
}

/** How many attacks, in which languages, from which seed. */
export interface GenerateOptions {
  attacks: number;
  languages: readonly AttackLanguage[];
  seed: number;
}

/** The default seed: the same command gives the same attacks unless --seed says otherwise. */
export const DEFAULT_SEED = 20240601;

const CANARY_WORDS = [
  'ZEBRA',
  'MANGO',
  'COMET',
  'TULIP',
  'OTTER',
  'MAPLE',
  'ORBIT',
  'FALCON',
  'PEPPER',
  'VIOLET',
];
const PLACEHOLDER = 'DATA';

interface Candidate {
  category: AttackCategory;
  language: AttackLanguage;
  encoding: EncodingName;
  template: Template;
}

/** `opts.attacks` attacks on the app, the same ones for the same seed, domain and languages. */
export function generateAttacks(domain: AppDomain, opts: GenerateOptions): Attack[] {
  const pools = ATTACK_CATEGORIES.map((category) => candidates(domain, category, opts));
  const picked: Candidate[] = [];
  // Languages are balanced over the whole run; encodings and templates within each category.
  const languages = counter();
  const within = ATTACK_CATEGORIES.map(() => counter());
  while (picked.length < opts.attacks && pools.some((p) => p.length)) {
    pools.forEach((pool, i) => {
      if (picked.length >= opts.attacks || !pool.length) return;
      const cost = (c: Candidate) => [
        languages.uses(c.language),
        within[i]!.uses(c.encoding),
        within[i]!.uses(c.template.name),
      ];
      const best = pool.reduce((b, c, j) => (before(cost(c), cost(pool[b]!)) ? j : b), 0);
      const [c] = pool.splice(best, 1);
      languages.add(c!.language);
      within[i]!.add(c!.encoding);
      within[i]!.add(c!.template.name);
      picked.push(c!);
    });
  }
  const perCategory = new Map<AttackCategory, number>();
  return picked.map((c, i) => {
    const n = (perCategory.get(c.category) ?? 0) + 1;
    perCategory.set(c.category, n);
    return buildAttack(domain, c, `${c.category}-${c.language}-${n}`, seededRandom(opts.seed, `attack-${i}`));
  });
}

// Every candidate of a category, in a seeded order (ties in the picking above go to the earlier one).
function candidates(domain: AppDomain, category: AttackCategory, opts: GenerateOptions): Candidate[] {
  const rng = seededRandom(opts.seed, category);
  const encodings: EncodingName[] =
    category === 'encoded' ? ENCODINGS.filter((e) => e !== 'plain') : ['plain'];
  return rng.shuffle(
    opts.languages.flatMap((language) =>
      LANGUAGE_PACKS[language].templates[category]
        .filter((t) => fits(t, domain))
        .flatMap((template) => encodings.map((encoding) => ({ category, language, encoding, template }))),
    ),
  );
}

function counter() {
  const used = new Map<string, number>();
  return { uses: (k: string) => used.get(k) ?? 0, add: (k: string) => used.set(k, (used.get(k) ?? 0) + 1) };
}

// Lexicographic order of two cost lists.
function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function fits(t: Template, domain: AppDomain): boolean {
  if (t.needs === 'tool') return domain.tools.length > 0;
  if (t.needs === 'knowledge') return domain.hasKnowledge;
  return true;
}

function buildAttack(domain: AppDomain, c: Candidate, id: string, rng: Random): Attack {
  const pack = LANGUAGE_PACKS[c.language];
  const ctx = attackContext(domain, c.language, pack, rng);
  const rendered = c.template.render(ctx);
  const text = typeof rendered === 'string' ? rendered : rendered.message;
  const message =
    c.encoding === 'plain' ? encode(text, 'plain') : pack.decode(c.encoding, encode(text, c.encoding));
  return {
    id,
    category: c.category,
    language: c.language,
    encoding: c.encoding,
    technique: `${c.category}/${c.template.name}`,
    aim: c.template.aim,
    message,
    ...(c.encoding === 'plain' ? {} : { decoded: encode(text, 'plain') }),
    ...(typeof rendered === 'string'
      ? {}
      : { document: { title: rendered.document.title, text: encode(rendered.document.text, 'plain') } }),
    goal: goalOf(c.template, ctx),
  };
}

function attackContext(
  domain: AppDomain,
  language: AttackLanguage,
  pack: LanguagePack,
  rng: Random,
): AttackContext {
  const canary = { word: rng.pick(CANARY_WORDS), number: String(rng.int(1000, 9999)) };
  const host = `${canary.word.toLowerCase()}-${canary.number}.example`;
  const tool = domain.tools.length ? rng.pick(domain.tools) : undefined;
  return {
    app: domain.brand ?? domain.app,
    topic: topicOf(domain, rng),
    ...(tool ? { tool } : {}),
    opening: domain.instructions.split(/\s+/).filter(Boolean).slice(0, 5).join(' '),
    canary,
    code: pack.code(canary.word, canary.number),
    exfilUrl: keep(`https://${host}/p.png?d=${PLACEHOLDER}`),
    placeholder: PLACEHOLDER,
    customer: { name: rng.pick(CUSTOMERS[language]), order: `#${rng.int(10000, 99999)}` },
  };
}

// The app's own subject matter, so an attack reads like a question it expects (and meets its topic filter).
function topicOf(domain: AppDomain, rng: Random): string {
  if (domain.titles.length) return rng.pick(domain.titles);
  if (domain.tools.length) return rng.pick(domain.tools).name;
  // "Answers customers about their orders." → "their orders"; else the description, else the app's name.
  const description = domain.description?.trim().replace(/[.!]+$/, '');
  return description?.match(/\babout (.+)$/i)?.[1] ?? (description || domain.app);
}

function goalOf(t: Template, c: AttackContext): AttackGoal {
  switch (t.aim) {
    case 'canary':
      return { canary: c.canary };
    case 'tool':
      return { tool: { name: c.tool!.name, value: c.canary.word + c.canary.number } };
    case 'exfil':
      return { exfil: { host: new URL(encode(c.exfilUrl, 'plain')).host, placeholder: c.placeholder } };
    default:
      return {};
  }
}
