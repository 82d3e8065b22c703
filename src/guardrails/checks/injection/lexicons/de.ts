/** @module German injection phrases (du and Sie), written for folded text (lower-case, no umlauts). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:anweisungen?|instruktionen?|regeln|vorgaben|richtlinien|befehle|anordnungen|systemprompt|system-prompt|prompt|einschrankungen|beschrankungen|vorschriften|direktiven|sicherheitsregeln)`;
const AI = `(?:ki|ki-assistent(?:in)?|ki-modell|assistent(?:in)?|modell|sprachmodell|bot|chatbot|llm|ki-agent|agent)`;

export const de: Lexicon = {
  lang: 'de',
  gate: /\b(?:der|das|und|ist|ich|du|sie|nicht|mir|mich|dein|deine|deinen|ein|eine|zu|mit|von|fur|auf|den|dem|alle|jetzt|bitte|ihre|sind|bist|alles|vergiss|ignoriere|ignorieren|zeig|zeige|gib|wiederhole|verrate)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|vergesst|missachte|missachten sie|ubergehe|ubergehen sie|verwirf|verwerfen sie|umgehe|umgehen sie|beachte (?:nicht|keine)|beachten sie (?:nicht|keine)|hebe|heben sie)\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:anweisungen|regeln|richtlinien|vorgaben|einschrankungen)\b${gap(30)}\b(?:gelten nicht mehr|sind (?:aufgehoben|ungultig|veraltet|ausser kraft|nichtig)|nicht mehr gultig)|\bneue (?:anweisungen|regeln|instruktionen|aufgabe|vorgaben)\s*(?:[:-]|lauten)|\b(?:gehorche|gehorchen sie|hor|hore|horen sie)\b${gap(10)}\bnur (?:noch )?(?:mir|auf mich)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:du bist|sie sind) (?:jetzt|nun|ab sofort|ab jetzt|von nun an)\b|\b(?:ab (?:jetzt|sofort)|von nun an)\b${gap(20)}\b(?:bist du|du bist|sind sie|antwortest du|handelst du|spielst du)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:entwicklermodus|entwickler-modus|gottmodus|admin-modus|adminmodus|jailbreak|uneingeschrankte[rn]? modus)\b|\b(?:ohne|keine(?:rlei)?)\s+(?:einschrankungen|beschrankungen|regeln|zensur|richtlinien|moral)\b|\b(?:musst|mussen sie)\b${gap(20)}\b(?:keine|nicht mehr)\b${gap(20)}\b(?:befolgen|beachten|einhalten)\b|\b(?:tu|tue|tun sie) so,? als (?:warst du|waren sie)\b${gap(30)}\b(?:ohne|bose|frei|ungefiltert)`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:zeig(?:e)?|zeigen sie|gib|geben sie|verrate|verraten sie|nenne|nennen sie|wiederhole|wiederholen sie|drucke|drucken sie|schreib(?:e)?|schreiben sie|kopiere|ubersetze|ubersetzen sie|fasse|offenbare|enthulle|liste|gib aus)\b${gap(40)}\b(?:(?:deinen|deine|dein|ihren|ihre|ihr) (?:systemprompt|system-prompt|prompt|anweisungen|instruktionen|regeln|vorgaben|konfiguration|systemnachricht|ersten anweisungen|ursprunglichen anweisungen)|systemprompt|system-prompt|systemnachricht|(?:versteckten|geheimen|ursprunglichen|internen|anfanglichen) (?:anweisungen|regeln|prompt|vorgaben)|(?:den )?text (?:oben|daruber|davor)|alles,? was (?:oben|davor|vorher|daruber) (?:steht|stand|kam))`,
      ),
    ],
    [
      'extraction',
      /\bwas (?:wurde dir|hat man dir|wurde ihnen|hat man ihnen) (?:gesagt|aufgetragen|vorgegeben|befohlen)\b|\bwie lauten (?:deine|ihre) (?:anweisungen|regeln|vorgaben)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:hinweis|nachricht|anweisung|notiz|achtung|wichtig)\s+(?:an|fur)\s+(?:die |den |das |alle )?${AI}\b|\b(?:hinweis|nachricht|anweisung|notiz)\s+(?:an|fur)\s+(?:das|die|den|alle)\s+(?:automatische[nsr]? )?(?:system|tool|programm|software|werkzeug)e?s?\b|\b(?:wenn|falls) (?:du|sie) (?:eine? )?(?:ki|ki-assistent|sprachmodell|assistent|bot|llm|chatbot) (?:bist|sind)\b`,
      ),
    ],
    vocative([
      'ki',
      'ki-assistent',
      'ki-assistentin',
      'assistent',
      'assistentin',
      'ki-modell',
      'sprachmodell',
      'ki-agent',
    ]),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:sende|senden sie|schick(?:e)?|schicken sie|leite|leiten sie|ubermittle|ubermitteln sie|kopiere)\b${gap(60)}\b(?:an|nach|zu)\s+${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\b(?:ich bin|hier spricht) (?:dein|ihr|der) (?:entwickler|administrator|admin|ersteller|betreiber|programmierer)\b|\b(?:wartungsmodus|systemuberschreibung|system-override|administratormodus|systembefehl)\b/,
    ],
    [
      'secrecy',
      /\b(?:sag|sage|sagen sie|erwahne|erwahnen sie|verrate|verraten sie|informiere|informieren sie)\s+(?:dem|den|der)\s+(?:nutzer|benutzer|kunden|kundin|nutzerin)\s+(?:nicht|nichts)\b|\bohne (?:es )?(?:dem (?:nutzer|benutzer|kunden) )?(?:zu sagen|mitzuteilen|zu erwahnen|zu melden)\b|\bbehalte (?:das|dies) fur dich\b|\b(?:erwahne|erwahnen sie) (?:das|dies) nicht\b/,
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:verbinde|verbinden sie|kombiniere|kombinieren sie|fuge|fugen sie|setze|setzen sie)\b${gap(50)}\b(?:zusammen|aneinander)\b${gap(20)}\b(?:und|dann)\s+(?:fuhre|fuhren sie|befolge|befolgen sie|mach|tu)\b`,
      ),
    ],
    [
      'override',
      /\b(?:halte|halten sie) (?:dich|sich) nicht (?:mehr )?an\b|\b(?:kummere dich|kummern sie sich) nicht (?:mehr )?um\b|\b(?:du musst|sie mussen) (?:dich|sich) nicht mehr an\b|\b(?:du darfst|sie durfen)\b[^.!?\n]{0,30}\b(?:ignorieren|missachten|brechen|umgehen)\b/,
    ],
    [
      'extraction',
      /\bwelche (?:anweisungen|regeln|vorgaben|instruktionen) (?:hast du|haben sie) (?:bekommen|erhalten)\b|\bwas steht in (?:deinem|ihrem) (?:systemprompt|prompt)\b|\bseit (?:dem )?beginn (?:dieses|des) (?:gesprachs|chats)\b/,
    ],
    [
      'payload-splitting',
      /\b(?:dekodiere|dekodieren sie|entschlussele|entschlusseln sie|ubersetze|ubersetzen sie|lies|lesen sie)\b[^.!?\n]{0,40}\b(?:und|dann)\s+(?:fuhre|fuhren sie|befolge|befolgen sie|mach|tu)\b/,
    ],
    [
      'override',
      /\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|verwirf|verwerfen sie)\b[^.!?\n]{0,20}\balles,? was (?:oben|davor|vorher|bisher) (?:steht|stand|gesagt wurde)\b|\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie) alles (?:bisherige|vorherige|obige|davor|oben)\b|\b(?:du bist|bist du|sie sind) (?:jetzt |ab jetzt |nun )?dan\b/,
    ],
    [
      'override',
      /\b(?:unabhangig von|ungeachtet|trotz|egal,? was) (?:deine[nr]?|ihre[nr]?|den|die|der) (?:regeln|anweisungen|vorgaben|richtlinien|einschrankungen)\b|\begal,? was (?:deine|ihre|die) (?:regeln|anweisungen|vorgaben|richtlinien) (?:sagen|vorschreiben)\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:tu so|tun sie so|stell dir vor|stellen sie sich vor),? als (?:ob )?(?:du|sie) (?:meine|mein) (?:verstorbene[rn]? )?(?:oma|grossmutter|opa|grossvater)\b/,
    ],
  ],
};
