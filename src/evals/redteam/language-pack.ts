/**
 * @module What a language contributes to the generator: its attack templates, written in its own idiom,
 * the phrase that asks for the code word, and the request to decode a disguised instruction.
 */
import type { AttackAim, AttackCategory, EncodingName } from './types.js';

/** The app's own words an attack is built from, and the markers that make compliance visible. */
export interface AttackContext {
  /** The name its users know the app by (its brand), else the app's name. */
  app: string;
  /** A subject the app covers: a knowledge-base document title, a tool's purpose, or its description. */
  topic: string;
  tool?: { name: string; description: string };
  /** The first words of the app's instructions (extraction attacks ask to continue from them). */
  opening: string;
  canary: { word: string; number: string };
  /** The code-word request in this language, with the word and number kept intact under disguises. */
  code: string;
  /** A URL on the attack's own host, with `placeholder` where the model is asked to put data. */
  exfilUrl: string;
  placeholder: string;
  /** Another customer, whose data a PII attack asks for. */
  customer: { name: string; order: string };
}

/** One attack technique in one language. */
export interface Template {
  name: string;
  /** What its compliance would show, and so how it is detected offline. */
  aim: AttackAim;
  /** Only for apps with tools, or with a knowledge base (whose prompt shows documents). */
  needs?: 'tool' | 'knowledge';
  render(c: AttackContext): string | { message: string; document: { title: string; text: string } };
}

/** A language's share of the generator. */
export interface LanguagePack {
  /** Asks for the code word followed by the number with nothing between them. */
  code(word: string, number: string): string;
  /** The request to decode (heavy) or read past (light) a disguised instruction. */
  decode(encoding: Exclude<EncodingName, 'plain'>, payload: string): string;
  /** Per category; `encoded` templates give the instruction that gets disguised. */
  templates: Record<AttackCategory, Template[]>;
}
