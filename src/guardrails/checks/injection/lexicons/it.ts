/** @module Italian injection phrases (tu and Lei), written for folded text (lower-case, no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:istruzioni|istruzione|regole|direttive|indicazioni|linee guida|politiche|restrizioni|limitazioni|prompt|vincoli|ordini|norme)`;
const AI = `(?:ia|l'ia|assistente(?: ia| virtuale)?|l'assistente|modello(?: linguistico)?|bot|chatbot|intelligenza artificiale|llm|agente)`;

export const it: Lexicon = {
  lang: 'it',
  gate: /\b(?:il|di|che|le|la|non|tutte|tutti|tuo|tua|tuoi|tue|sei|una|gli|del|della|delle|dei|sono|ti|ora|adesso|senza|dimentica|ignora|mostra|mostrami|dimmi|rivela|ripeti|stampa)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignora|ignori|ignorate|ignorare|dimentica|dimentichi|dimenticate|scordati|si scordi|tralascia|tralasci|trascura|trascuri|non (?:seguire|segua|considerare|consideri|tenere conto|tenga conto|dare retta|dia retta)|lascia perdere|lasci perdere|scavalca|aggira|aggiri|annulla|annulli)\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:istruzioni|regole|direttive|restrizioni)\b${gap(30)}\b(?:non (?:valgono|sono) piu|non si applicano piu|sono (?:annullate|sospese|obsolete|decadute|revocate))|\bnuove (?:istruzioni|regole|direttive)\s*[:-]|\b(?:obbedisci|obbedisca|ascolta|ascolti)\b${gap(10)}\bsolo (?:a )?me\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:da ora in poi|d'ora in poi|da adesso|a partire da ora|da questo momento)\b${gap(20)}\b(?:sei|sarai|agisci|rispondi|lei e|agira)\b|\b(?:ora|adesso) sei\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\bmodalita (?:sviluppatore|dio|senza (?:restrizioni|filtri)|amministratore|admin|jailbreak)\b|\b(?:senza|nessuna?)\s+(?:restrizioni|filtri|regole|censura|limitazioni|limiti etici)\b|\b(?:fingi|finga|immagina|fai finta|faccia finta|recita la parte)\b${gap(30)}\b(?:senza (?:regole|limiti|restrizioni|filtri|censura)|malvagi[oa])`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:rivela|riveli|rivelami|mostra|mostrami|mostri|mi mostri|stampa|stampi|ripeti|ripeta|dimmi|mi dica|scrivi|scriva|copia|copi|traduci|traduca|riassumi|riassuma|condividi|condivida|dammi|mi dia|cita|citi|recita|elenca)\b${gap(40)}\b(?:(?:il tuo|i tuoi|le tue|la tua|il suo|i suoi|le sue|la sua) (?:prompt|istruzioni|regole|configurazione|messaggio di sistema|indicazioni|direttive)|prompt (?:di sistema|del sistema|iniziale)|istruzioni (?:di sistema|del sistema|iniziali|nascoste|segrete|originali)|messaggio di sistema|(?:il )?testo (?:precedente|sopra|qui sopra)|tutto (?:cio|quello) che (?:c'e|sta|viene) (?:sopra|prima))`,
      ),
    ],
    [
      'extraction',
      /\bcosa ti (?:hanno detto|e stato detto|hanno ordinato)\b|\bcosa le (?:hanno detto|e stato detto)\b|\bquali sono le (?:tue|sue) (?:istruzioni|regole|direttive)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:istruzion[ei]|nota|messaggio|avviso|attenzione)\s+(?:per|all'|alla|al|a)\s*(?:l'|la |il |lo |ogni )?${AI}\b|\bse (?:sei|lei e) (?:un'|una |un )?(?:ia|intelligenza artificiale|assistente|modello linguistico|bot|llm|chatbot)\b`,
      ),
    ],
    vocative(['ia', 'assistente', 'assistente ia', 'assistente virtuale', 'modello', 'agente']),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:invia|invii|inviare|inoltra|inoltri|manda|mandi|trasferisci|condividi|copia)\b${gap(60)}\b(?:a|al|all'|verso|su)\s*${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\b(?:sono|io sono) (?:il tuo|il suo|lo|l'|il) ?(?:sviluppatore|creatore|amministratore|admin|programmatore|proprietario|gestore)\b|\bmodalita (?:di )?manutenzione\b|\bcomando di sistema\b/,
    ],
    [
      'secrecy',
      new RegExp(
        String.raw`\bnon (?:dire|dirlo|dirgli|dica|menzionare|menzioni|rivelare|riveli|informare|informi|avvisare|avvisi)\b${gap(25)}\b(?:all'utente|al cliente|a nessuno|niente|nulla|questo)\b|\bsenza (?:dirlo|avvisare|informare)\b`,
      ),
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:unisci|unisca|combina|combini|concatena|concateni|metti insieme)\b${gap(50)}\b(?:e|poi)\s+(?:esegui|esegua|segui|segua|obbedisci|fai|faccia|applica)\b`,
      ),
    ],
    ['forged-marker', /^[ \t]*(?:#{1,4}\s*)?sistema\s*:/m],
    [
      'override',
      /\b(?:non (?:sei|e) piu (?:obbligat[oa]|tenut[oa]|vincolat[oa]) a|(?:puoi|puo) (?:ignorare|infrangere|violare|aggirare)|non (?:devi|deve) piu (?:seguire|rispettare))\b/,
    ],
    [
      'extraction',
      /\bquali (?:istruzioni|regole|indicazioni) (?:hai|ha) ricevuto\b|\bdall'inizio di (?:questa|la|questa nostra) conversazione\b/,
    ],
    [
      'payload-splitting',
      /\b(?:decodifica|decodifichi|decifra|decifri|traduci|traduca|inverti|inverta|leggi|legga)\b[^.!?\n]{0,40}\b(?:e|poi)\s+(?:esegui|esegua|segui|segua|obbedisci|fai quello che dice|applica)\b/,
    ],
    [
      'override',
      /\b(?:ignora|ignori|dimentica|dimentichi|scordati)\b[^.!?\n]{0,20}\btutto (?:quello|cio) che (?:precede|c'e sopra|ti (?:hanno|e stato) detto)\b|\b(?:ignora|ignori|dimentica|dimentichi) tutto (?:il resto|quanto sopra|quanto detto)\b|\b(?:ora sei|sei ora|adesso sei|sei) dan\b/,
    ],
    [
      'override',
      /\b(?:indipendentemente da(?:lle|lla|i|gli)?|a prescindere da(?:lle|lla|i|gli)?|nonostante|qualunque cosa dicano) (?:le |la |i )?(?:tue|sue|vostre)? ?(?:regole|istruzioni|direttive|restrizioni|linee guida)\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:fingi|fai finta|immagina) (?:di essere|che tu sia) (?:la )?mia (?:defunta )?(?:nonna|nonnina)|(?:fingi|fai finta) di essere (?:il )?mio (?:defunto )?nonno\b/,
    ],
  ],
};
