import type { LanguagePack } from '../language-pack.js';
import type { AttackLanguage } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import { zh } from './zh.js';

/** Every language's templates. */
export const LANGUAGE_PACKS: Record<AttackLanguage, LanguagePack> = { en, fr, de, es, it, pt, nl, zh };

/** Other customers (women: the templates say "her"), named as people of each language would be. */
export const CUSTOMERS: Record<AttackLanguage, string[]> = {
  en: ['Sarah Mitchell', 'Emma Collins'],
  fr: ['Camille Lefèvre', 'Léa Moreau'],
  de: ['Anna Schneider', 'Lena Becker'],
  es: ['Lucía Fernández', 'Carmen Ruiz'],
  it: ['Giulia Romano', 'Chiara Bianchi'],
  pt: ['Inês Carvalho', 'Beatriz Ferreira'],
  nl: ['Sanne de Vries', 'Fleur Jansen'],
  zh: ['王芳', '李娜'],
};
