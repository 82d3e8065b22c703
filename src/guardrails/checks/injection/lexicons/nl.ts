/** @module Dutch injection phrases (je/jij and u), written for folded text (lower-case, no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:instructies|instructie|regels|richtlijnen|aanwijzingen|opdrachten|voorschriften|beperkingen|prompt|systeemprompt|beleid)`;
const AI = `(?:ai|ai-assistent|assistent|het model|model|taalmodel|bot|chatbot|llm|ai-agent|agent)`;

export const nl: Lexicon = {
  lang: 'nl',
  gate: /\b(?:de|het|een|je|en|van|niet|naar|ik|alle|zijn|jij|jouw|uw|met|voor|te|dat|dit|wat|mijn|geen|nu|ben|bent|maar|ook|negeer|vergeet|toon|laat|herhaal|onthul|alles)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:negeer|negeert|negeren|vergeet|vergeten|omzeil|omzeilen|schrap|let niet (?:meer )?op|trek je niets aan van|houd je niet (?:meer )?aan|hou je niet (?:meer )?aan|laat varen|gooi)\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:instructies|regels|richtlijnen|beperkingen)\b${gap(30)}\b(?:gelden niet meer|zijn (?:niet meer geldig|vervallen|opgeheven|ongeldig|vervangen))|\bnieuwe (?:instructies|regels|opdracht)\s*[:-]|\b(?:gehoorzaam|luister)\b${gap(10)}\balleen (?:nog )?(?:naar )?mij\b|\bvolg\b${gap(30)}\b(?:instructies|regels|richtlijnen)\b${gap(10)}\bniet\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:vanaf nu|vanaf dit moment|voortaan|van nu af aan)\b${gap(20)}\b(?:ben je|ben jij|bent u|je bent|speel je|gedraag je|antwoord je)\b|\b(?:je bent nu|u bent nu|jij bent nu)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:ontwikkelaarsmodus|ontwikkelaarmodus|developer ?modus|godmodus|beheerdersmodus|adminmodus|jailbreak)\b|\b(?:zonder|geen)\s+(?:regels|beperkingen|filters|censuur|restricties)\b|\b(?:doe alsof|stel je voor dat) (?:je|jij|u)\b${gap(30)}\b(?:zonder (?:regels|beperkingen|filters)|kwaadaardig|ongecensureerd)`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:laat|toon|geef|onthul|herhaal|print|druk|schrijf|kopieer|vertaal|vat|vertel|citeer|noem|deel)\b${gap(40)}\b(?:(?:je|jouw|uw) (?:systeemprompt|prompt|instructies|regels|configuratie|systeembericht|oorspronkelijke instructies|eerste instructies)|systeemprompt|systeembericht|(?:verborgen|geheime|oorspronkelijke|originele|interne) (?:instructies|regels|prompt)|(?:de )?tekst (?:hierboven|erboven|daarvoor)|alles wat (?:hierboven|ervoor|daarvoor) (?:staat|stond|kwam))`,
      ),
    ],
    [
      'extraction',
      /\bwat (?:is|werd) (?:je|jou|u) (?:verteld|opgedragen|gezegd)\b|\bwat zijn (?:je|jouw|uw) (?:instructies|regels|richtlijnen)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:notitie|bericht|instructie|opmerking|let op|aandacht)\s*:?\s+(?:voor|aan)\s+(?:de |het |elke )?${AI}\b|\bals (?:je|jij|u) (?:een )?(?:ai|taalmodel|assistent|bot|llm|ai-assistent|chatbot) (?:bent|leest)\b`,
      ),
    ],
    vocative(['ai', 'ai-assistent', 'assistent', 'taalmodel', 'ai-agent']),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:stuur|stuurt|verstuur|zend|mail|deel|kopieer)\b${gap(60)}\b(?:naar|aan|op)\s+${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\bik ben (?:je|jouw|uw|de) (?:ontwikkelaar|maker|beheerder|admin|eigenaar|programmeur)\b|\bonderhoudsmodus\b|\bsysteemopdracht\b/,
    ],
    [
      'secrecy',
      new RegExp(
        String.raw`\b(?:vertel|zeg|meld)\b${gap(15)}\b(?:de gebruiker|de klant|niemand)\b${gap(15)}\bniets\b|\b(?:vertel|zeg|meld|noem) (?:dit|het) niet\b|\bzonder (?:het )?(?:te melden|te vertellen|te zeggen)\b`,
      ),
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:voeg|plak|combineer|zet)\b${gap(50)}\b(?:samen|aan elkaar)\b${gap(20)}\b(?:en|dan)\s+(?:voer|volg|doe|gehoorzaam)\b`,
      ),
    ],
    ['forged-marker', /^[ \t]*(?:#{1,4}\s*)?systeem\s*:/m],
    [
      'override',
      /\b(?:je hoeft|u hoeft) (?:je|u)? ?niet (?:meer )?(?:aan\b[^.!?\n]{0,30}\bte houden|te volgen)|\b(?:je mag|u mag)\b[^.!?\n]{0,30}\b(?:negeren|overtreden|omzeilen)\b/,
    ],
    [
      'extraction',
      /\bwelke (?:instructies|regels|richtlijnen) (?:heb je|hebt u|heeft u) (?:gekregen|ontvangen)\b|\bvanaf het begin van (?:dit|het|ons) gesprek\b/,
    ],
    [
      'payload-splitting',
      /\b(?:decodeer|ontcijfer|vertaal|lees)\b[^.!?\n]{0,40}\b(?:en|dan)\s+(?:voer|volg|doe wat|gehoorzaam)\b/,
    ],
    [
      'override',
      /\b(?:negeer|vergeet)\b[^.!?\n]{0,20}\balles (?:hierboven|hiervoor|daarvoor|wat (?:je|u) (?:is|werd) (?:verteld|gezegd))\b|\b(?:je bent|jij bent|u bent) (?:nu |vanaf nu )?dan\b/,
    ],
    [
      'override',
      /\b(?:ongeacht|ondanks|los van|wat) (?:je|jouw|uw|de) (?:regels|instructies|richtlijnen|beperkingen)(?: ook (?:zeggen|zijn))?\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:doe alsof|stel je voor dat) (?:je|jij|u) mijn (?:overleden )?(?:oma|grootmoeder|opa|grootvader) (?:bent|bent geweest|was)\b/,
    ],
  ],
};
