/**
 * @module Whether a question is asked in another language than English: then the words a knowledge base never uses
 * are its own words of asking and small words, which say nothing of its topic.
 */
import { stopWords } from '../../core/index.js';
import { languagesOf } from '../crosslingual/index.js';

// A question written in another language ("¿Cuánto es la ayuda de comida…?") has words of asking no English
// list knows ("cuánto", "pagan"): the words a base never uses say nothing of its topic then. Told by the
// language's function words and one of its words of asking: "EN 175 or EN 379" or "La Tasca" is English.
// A question in a Scandinavian or Slavic language asks with its own words ("hvor meget", "koliko", "kdaj"), often in
// chat with too few function words to be told ("kolk stanejo drva, do kdaj jih morm narocit"): with one of those
// and few English small words (not counting "a", "i", "in", "to", "do", "so", "no", "on" and "pa", Slovene and
// Croatian words too), it is asked in another language. "dental insurance for Koji?" is English.
/** Whether a question is asked in another language than English, told by its words of asking and small words. */
export function askedInOtherLanguage(question: string): boolean {
  if (languagesOf(question).length > 0 && FOREIGN_ASKING.test(question)) return true;
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => stopWords.has(w) && !SHARED_SMALL_WORDS.has(w)).length;
  return OWN_ASKING.test(question) && english <= words.length * FEW_ENGLISH;
}

const SHARED_SMALL_WORDS = new Set(['a', 'i', 'in', 'to', 'do', 'so', 'no', 'on', 'pa']);
const FEW_ENGLISH = 0.15;

const OWN_ASKING =
  /(?<!\p{L})(?:hvor|hvornår|hvornaar|hvad|hvordan|hvilken|hvilke|hvem|hva|vad|när|hur|vilken|koliko|kolik\p{L}*|kolk|kdaj|kje|kako|kakšn\p{L}*|kateri|katera|katero|katere|katerem|katerega|katerih|kad|gdje|gde|zašto|zakaj|kiedy|gdzie|koľko|kedy|kiek|kur|kodėl)(?!\p{L})/iu;

const FOREIGN_ASKING =
  /(?<!\p{L})(?:cuánto|cuántos|cuántas|cómo|qué|cuál|dónde|cuándo|quanto|quantos|quantas|quanti|quante|como|onde|quando|qual|quale|dove|perché|combien|comment|où|quand|quel|quelle|pourquoi|wie|wieviel|wann|welche|welcher|warum|hoeveel|wanneer|waar|welke|waarom)(?!\p{L})/iu;
