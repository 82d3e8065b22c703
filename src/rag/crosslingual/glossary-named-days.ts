/**
 * @module Holidays and named days by their names in other languages ("Corpo de Deus" is Corpus Christi, "San
 * Jorge" St George's Day, "Carnaval" Shrove Tuesday): a calendar row written in English may name a local
 * holiday in its own language, so these are glossed in any text, not only in text written in that language.
 * A form that is also an English word or a place ("armistice", "San Juan") is left out.
 */
import type { GlossEntry } from './glossary-data.js';

/** Named days (holidays, feasts and national days) in English and in the glossary's other languages. */
// biome-ignore format: one concept per line keeps the list readable and easy to review
export const NAMED_DAYS: readonly GlossEntry[] = [
  { en: ['epiphany', "three kings' day", 'three kings day'], de: ['heilige drei könige', 'dreikönigstag', 'erscheinung des herrn'], fr: ['épiphanie', 'jour des rois'], es: ['epifanía', 'epifanía del señor', 'día de reyes', 'reyes magos'], pt: ['dia de reis', 'epifania'], it: ['epifania', 'befana'], nl: ['driekoningen'] },
  { en: ['shrove tuesday', 'pancake day', 'carnival', 'mardi gras'], de: ['fasching', 'karneval', 'faschingsdienstag', 'rosenmontag', 'fastnacht'], fr: ['mardi gras', 'carnaval'], es: ['carnaval', 'martes de carnaval'], pt: ['carnaval', 'terça-feira de carnaval', 'entrudo'], it: ['carnevale', 'martedì grasso'], nl: ['carnaval', 'vastenavond'] },
  { en: ['maundy thursday', 'holy thursday'], de: ['gründonnerstag'], fr: ['jeudi saint'], es: ['jueves santo'], pt: ['quinta-feira santa'], it: ['giovedì santo'], nl: ['witte donderdag'] },
  { en: ['corpus christi'], de: ['fronleichnam'], fr: ['fête-dieu'], es: ['corpus christi', 'día del corpus'], pt: ['corpo de deus'], it: ['corpus domini'], nl: ['sacramentsdag'] },
  { en: ['assumption day', 'assumption'], de: ['mariä himmelfahrt'], fr: ['assomption'], es: ['asunción', 'asunción de la virgen'], pt: ['assunção de nossa senhora', 'assunção'], it: ['ferragosto', 'assunzione'], nl: ['maria-tenhemelopneming'] },
  { en: ["all saints' day", 'all saints'], de: ['allerheiligen'], fr: ['toussaint'], es: ['todos los santos', 'día de todos los santos'], pt: ['dia de todos os santos', 'todos os santos'], it: ['ognissanti', 'tutti i santi'], nl: ['allerheiligen'] },
  { en: ['immaculate conception'], de: ['mariä empfängnis'], fr: ['immaculée conception'], es: ['inmaculada concepción', 'la inmaculada'], pt: ['imaculada conceição'], it: ['immacolata concezione', 'immacolata'] },
  { en: ["st george's day", 'saint george'], de: ['georgstag'], fr: ['saint-georges'], es: ['san jorge', 'sant jordi', 'día de aragón'], pt: ['são jorge'], it: ['san giorgio'] },
  { en: ["st john's day", 'midsummer'], de: ['johannistag'], fr: ['saint-jean'], es: ['sant joan'], pt: ['são joão'], it: ['san giovanni'], nl: ['sint-jan'] },
  { en: ['portugal day'], pt: ['dia de portugal'] },
  { en: ['liberation day', 'freedom day'], pt: ['dia da liberdade'], it: ['festa della liberazione'], nl: ['bevrijdingsdag'] },
  { en: ['republic day'], pt: ['implantação da república'], it: ['festa della repubblica'] },
  { en: ['independence day'], pt: ['restauração da independência'], es: ['día de la independencia'] },
  { en: ['national day'], fr: ['fête nationale'], es: ['fiesta nacional', 'día de la hispanidad'], nl: ['nationale feestdag'] },
  { en: ["king's day"], nl: ['koningsdag'] },
  { en: ['german unity day'], de: ['tag der deutschen einheit'] },
  { en: ['armistice day'], fr: ['jour de l’armistice', "jour de l'armistice"] },
  { en: ['reformation day'], de: ['reformationstag'] },
];
