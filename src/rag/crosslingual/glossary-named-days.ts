/**
 * @module Holidays and named days by their names in other languages ("Corpo de Deus" is Corpus Christi, "San
 * Jorge" St George's Day, "Carnaval" Shrove Tuesday): a calendar row written in English may name a local
 * holiday in its own language, so these are glossed in any text, not only in text written in that language.
 * A form that is also an English word, an abbreviation or a place ("armistice", "San Juan", Scandinavian "jul"
 * for Christmas, which an English calendar writes for July) is left out.
 */
import type { GlossEntry } from './glossary-data.js';

/** Named days (holidays, feasts and national days) in English and in the glossary's other languages. */
// biome-ignore format: one concept per line keeps the list readable and easy to review
export const NAMED_DAYS: readonly GlossEntry[] = [
  // The year's common holidays by their names in an English calendar's rows (their single words, which other
  // words share, "Natal" a province, are glossed only in text written in their language: glossary-time-leave.ts).
  { en: ['christmas day', 'christmas'], de: ['erster weihnachtstag', 'weihnachtstag'], fr: ['jour de noël'], es: ['día de navidad'], pt: ['dia de natal'], it: ['giorno di natale'], nl: ['eerste kerstdag'], no: ['første juledag', 'juledag'], sv: ['juldagen', 'juldag'], da: ['første juledag', 'juledag', 'juledagen'] },
  { en: ['christmas eve'], de: ['heiligabend'], fr: ['veille de noël'], es: ['nochebuena'], pt: ['véspera de natal'], it: ['vigilia di natale'], nl: ['kerstavond'], no: ['julaften'], sv: ['julafton', 'julaftonen'], da: ['juleaften', 'juleaftensdag'] },
  { en: ['boxing day', "st stephen's day"], de: ['zweiter weihnachtstag', 'zweiter weihnachtsfeiertag'], es: ['san esteban', 'sant esteve'], it: ['santo stefano'], nl: ['tweede kerstdag'], no: ['andre juledag', 'annen juledag'], sv: ['annandag jul'], da: ['anden juledag'] },
  { en: ["new year's day", 'new year'], de: ['neujahrstag', 'neujahr'], fr: ["jour de l'an", 'nouvel an'], es: ['año nuevo', 'día de año nuevo'], pt: ['ano novo', 'dia de ano novo'], it: ['capodanno'], nl: ['nieuwjaarsdag'], no: ['nyttårsdag', 'første nyttårsdag'], sv: ['nyårsdagen', 'nyårsdag'], da: ['nytårsdag'] },
  { en: ["new year's eve"], de: ['silvesterabend'], es: ['nochevieja'], pt: ['véspera de ano novo'], it: ['vigilia di capodanno'], nl: ['oudejaarsavond', 'oudejaarsdag'], no: ['nyttårsaften'], sv: ['nyårsafton', 'nyårsaftonen'], da: ['nytårsaften'] },
  { en: ['good friday'], de: ['karfreitag'], fr: ['vendredi saint'], es: ['viernes santo'], pt: ['sexta-feira santa'], it: ['venerdì santo'], nl: ['goede vrijdag'], no: ['langfredag'], sv: ['långfredag', 'långfredagen'], da: ['langfredag'] },
  { en: ['easter monday', 'easter'], de: ['ostermontag', 'ostern'], fr: ['lundi de pâques', 'pâques'], es: ['lunes de pascua', 'lunes de pascua florida'], pt: ['segunda-feira de páscoa', 'páscoa'], it: ['lunedì dell’angelo', "lunedì dell'angelo", 'pasquetta'], nl: ['tweede paasdag', 'paasmaandag'], no: ['andre påskedag', 'annen påskedag', 'påskedag', 'påske'], sv: ['annandag påsk', 'påskdagen', 'påsk'], da: ['anden påskedag', 'påskedag', 'påske'] },
  { en: ['whit monday', 'pentecost'], de: ['pfingstmontag'], fr: ['lundi de pentecôte'], es: ['lunes de pentecostés'], it: ['lunedì di pentecoste'], nl: ['pinkstermaandag', 'tweede pinksterdag'], no: ['andre pinsedag', 'annen pinsedag', 'pinsedag', 'pinse'], sv: ['annandag pingst', 'pingstdagen', 'pingst'], da: ['anden pinsedag', 'pinsedag', 'pinse'] },
  { en: ['ascension day'], de: ['christi himmelfahrt'], fr: ["jeudi de l'ascension", 'ascension'], es: ['día de la ascensión'], pt: ['dia da ascensão'], nl: ['hemelvaartsdag'], no: ['kristi himmelfartsdag', 'kristi himmelfart'], sv: ['kristi himmelsfärdsdag', 'kristi himmelfärdsdag', 'kristi himmelsfärd'], da: ['kristi himmelfartsdag', 'kristi himmelfart'] },
  { en: ['labour day', 'may day'], de: ['tag der arbeit'], fr: ['fête du travail'], es: ['día del trabajo', 'día del trabajador', 'fiesta del trabajo'], pt: ['dia do trabalhador'], it: ['festa del lavoro', 'festa dei lavoratori'], nl: ['dag van de arbeid'], no: ['arbeidernes dag', 'første mai', 'arbeidernes internasjonale kampdag'], sv: ['första maj'], da: ['første maj', 'arbejdernes kampdag', 'arbejdernes internationale kampdag'] },
  { en: ["st joseph's day"], es: ['san josé', 'sant josep'], it: ['san giuseppe'] },
  { en: ['epiphany', "three kings' day", 'three kings day'], de: ['heilige drei könige', 'dreikönigstag', 'erscheinung des herrn'], fr: ['épiphanie', 'jour des rois'], es: ['epifanía', 'epifanía del señor', 'día de reyes', 'reyes magos'], pt: ['dia de reis', 'epifania'], it: ['epifania', 'befana'], nl: ['driekoningen'], no: ['helligtrekongersdag', 'hellig tre kongers dag'], sv: ['trettondedag jul', 'trettondedagen', 'trettondagen', 'trettondagsafton'], da: ['helligtrekongersdag', 'hellig tre kongers dag'] },
  { en: ['shrove tuesday', 'pancake day', 'carnival', 'mardi gras'], de: ['fasching', 'karneval', 'faschingsdienstag', 'rosenmontag', 'fastnacht'], fr: ['mardi gras', 'carnaval'], es: ['carnaval', 'martes de carnaval'], pt: ['carnaval', 'terça-feira de carnaval', 'entrudo'], it: ['carnevale', 'martedì grasso'], nl: ['carnaval', 'vastenavond'], no: ['fastelavn', 'fastelavnssøndag'], sv: ['fettisdag', 'fettisdagen', 'fastlagen'], da: ['fastelavn'] },
  { en: ['maundy thursday', 'holy thursday'], de: ['gründonnerstag'], fr: ['jeudi saint'], es: ['jueves santo'], pt: ['quinta-feira santa'], it: ['giovedì santo'], nl: ['witte donderdag'], no: ['skjærtorsdag', 'skjaertorsdag'], sv: ['skärtorsdag', 'skärtorsdagen'], da: ['skærtorsdag', 'skaertorsdag'] },
  { en: ['corpus christi'], de: ['fronleichnam'], fr: ['fête-dieu'], es: ['corpus christi', 'día del corpus'], pt: ['corpo de deus'], it: ['corpus domini'], nl: ['sacramentsdag'] },
  { en: ['assumption day', 'assumption'], de: ['mariä himmelfahrt'], fr: ['assomption'], es: ['asunción', 'asunción de la virgen'], pt: ['assunção de nossa senhora', 'assunção'], it: ['ferragosto', 'assunzione'], nl: ['maria-tenhemelopneming'] },
  { en: ["all saints' day", 'all saints'], de: ['allerheiligen'], fr: ['toussaint'], es: ['todos los santos', 'día de todos los santos'], pt: ['dia de todos os santos', 'todos os santos'], it: ['ognissanti', 'tutti i santi'], nl: ['allerheiligen'], no: ['allehelgensdag', 'allehelgens dag'], sv: ['alla helgons dag', 'allhelgonadagen'], da: ['allehelgensdag', 'allehelgens dag'] },
  { en: ['immaculate conception'], de: ['mariä empfängnis'], fr: ['immaculée conception'], es: ['inmaculada concepción', 'la inmaculada'], pt: ['imaculada conceição'], it: ['immacolata concezione', 'immacolata'] },
  { en: ["st george's day", 'saint george'], de: ['georgstag'], fr: ['saint-georges'], es: ['san jorge', 'sant jordi', 'día de aragón'], pt: ['são jorge'], it: ['san giorgio'] },
  { en: ["st john's day", 'midsummer'], de: ['johannistag'], fr: ['saint-jean'], es: ['sant joan'], pt: ['são joão'], it: ['san giovanni'], nl: ['sint-jan'], no: ['sankthansaften', 'sankthans', 'sankt hans', 'jonsok'], sv: ['midsommar', 'midsommarafton', 'midsommardagen', 'midsommardag'], da: ['sankthans', 'sankthansaften', 'sankt hans', 'sankt hans aften'] },
  { en: ['portugal day'], pt: ['dia de portugal'] },
  { en: ['liberation day', 'freedom day'], pt: ['dia da liberdade'], it: ['festa della liberazione'], nl: ['bevrijdingsdag'], no: ['frigjøringsdagen', 'frigjøringsdag'], da: ['befrielsesdag', 'befrielsesdagen'] },
  { en: ['republic day'], pt: ['implantação da república'], it: ['festa della repubblica'] },
  { en: ['independence day'], pt: ['restauração da independência'], es: ['día de la independencia'] },
  { en: ['national day'], fr: ['fête nationale'], es: ['fiesta nacional', 'día de la hispanidad'], nl: ['nationale feestdag'], no: ['nasjonaldagen', 'nasjonaldag', 'syttende mai'], sv: ['nationaldagen', 'sveriges nationaldag', 'svenska flaggans dag'] },
  { en: ["king's day"], nl: ['koningsdag'] },
  { en: ['german unity day'], de: ['tag der deutschen einheit'] },
  { en: ['armistice day'], fr: ['jour de l’armistice', "jour de l'armistice"] },
  { en: ['reformation day'], de: ['reformationstag'] },
  { en: ['constitution day'], es: ['día de la constitución'], no: ['grunnlovsdag', 'grunnlovsdagen', 'syttende mai'], da: ['grundlovsdag', 'grundlovsdagen'] },
  { en: ['great prayer day', 'general prayer day'], da: ['store bededag', 'bededag'] },
];
