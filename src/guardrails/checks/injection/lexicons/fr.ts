/** @module French injection phrases (tu and vous), written for folded text (lower-case, no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:instructions?|consignes?|regles|directives?|prompt|restrictions?|politiques?|recommandations|ordres|limitations)`;
const AI = `(?:l'ia|ia|l'assistant(?:e)?(?: ia| virtuel)?|assistant(?:e)?(?: ia)?|le modele|modele(?: de langage)?|bot|chatbot|robot|agent(?: ia)?|intelligence artificielle|llm)`;

export const fr: Lexicon = {
  lang: 'fr',
  gate: /\b(?:les|des|tes|vos|tu|vous|et|une|du|pour|avec|qui|que|pas|est|ton|ta|mon|au|aux|sur|dans|cette|moi|toi|je|nous|ne|sont|toutes|tous|oublie|oubliez|ignorez|affiche|montre|revele|repete)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignore[rsz]?|oublie[rsz]?|ne (?:tiens|tenez) (?:pas|plus) compte d[eu']s?|(?:fais|faites) abstraction d[eu']s?|(?:passe|passez) outre|(?:laisse|laissez) tomber|contourne[rz]?|efface[rz]?|(?:mets|mettez) de cote|ne (?:suis|suivez|respecte|respectez) plus|abandonne[rz]?|annule[rz]?)\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:instructions?|consignes?|regles|directives?)\b${gap(30)}\b(?:ne s'appliquent plus|ne (?:sont|comptent) plus|sont (?:annulees|obsoletes|suspendues|caduques|levees|remplacees)|n'ont plus cours)|\bnouvelles? (?:instructions?|consignes?|regles|directives?)\s*(?:[:-]|suivent)|\b(?:obeis|obeissez|ecoute|ecoutez)(?:-moi)?\b${gap(10)}\b(?:seulement|uniquement) (?:a )?moi\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:tu es|vous etes) (?:desormais|maintenant|a present)\b|\b(?:a partir de maintenant|desormais|dorenavant|a partir d'aujourd'hui)\b${gap(20)}\b(?:tu es|vous etes|tu joues|vous jouez|agis|agissez|reponds|repondez)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\bmode (?:developpeur|dev|dieu|sans restrictions?|debride|administrateur|admin|jailbreak)\b|\b(?:sans|aucune?s?)\s+(?:restrictions?|filtres?|regles|censure|garde-fous|limites morales|tabous)\b|\b(?:fais|faites) comme si (?:tu etais|vous etiez)\b${gap(30)}\b(?:sans|aucune|libre|debride|malveillant)`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:revele[rz]?|montre[rz]?|affiche[rz]?|imprime[rz]?|repete[rz]?|recite[rz]?|recopie[rz]?|copie[rz]?|donne[rz]?|dis-moi|dites-moi|ecris|ecrivez|traduis|traduisez|resume[rz]?|divulgue[rz]?|partage[rz]?|cite[rz]?|livre[rz]?)\b${gap(40)}\b(?:(?:ton|votre|tes|vos) (?:prompt|instructions?|consignes?|regles|message systeme|configuration|directives)|prompt (?:systeme|initial)|instructions? (?:systeme|initiales?|cachees?|secretes?|d'origine)|message systeme|(?:le )?texte (?:ci-dessus|au-dessus|precedent|qui (?:se trouve|precede|est) (?:avant|au-dessus))|tout ce qui (?:precede|est au-dessus|se trouve avant))`,
      ),
    ],
    [
      'extraction',
      /\bquelles? (?:sont|etaient) (?:tes|vos) (?:instructions|consignes|regles|directives)\b|\b(?:qu'est-ce qu'on|ce qu'on) (?:t'a|vous a) (?:dit|demande|ordonne)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:note|message|instructions?|consigne|remarque|avis|attention)\s+(?:pour|a|a l'attention de|destinee? a)\s+(?:l'|le |la |les |tout |toute )?${AI}\b|\bsi (?:tu es|vous etes) (?:une? )?(?:ia|intelligence artificielle|assistant|modele de langage|bot|robot|llm|chatbot)\b|\b(?:a l'attention|note|message|consigne) (?:de |du |des |pour )?(?:l'|le |la |les )?(?:outil|systeme|logiciel|programme|robot|agent)s? (?:qui|charge de) (?:resume|lit|traite|analyse|repond|genere|redige)`,
      ),
    ],
    vocative([
      'ia',
      "l'ia",
      'assistant',
      'assistante',
      'assistant ia',
      "l'assistant",
      'robot',
      'chatbot',
      'agent ia',
      'modele',
    ]),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:envoie[rz]?|transfere[rz]?|transmets|transmettez|(?:fais|faites) suivre|partage[rz]?|copie[rz]?|publie[rz]?)\b${gap(60)}\b(?:a|vers|sur|au)\s+${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\b(?:je suis|c'est) (?:ton|votre|le|l') ?(?:developpeur|createur|administrateur|admin|proprietaire|operateur|concepteur)\b|\bmode (?:de )?maintenance\b|\b(?:commande|message|alerte) systeme\b|\bpriorite absolue\b/,
    ],
    [
      'secrecy',
      new RegExp(
        String.raw`\bne (?:le |lui |leur |l'|en )?(?:dis|dites|mentionne[zs]?|revele[zs]?|signale[zs]?|previens|prevenez|parle[zs]?)\b${gap(10)}\b(?:pas|rien|jamais)\b|\bsans (?:le dire|en parler|prevenir|informer|mentionner|le signaler)\b|\bgarde[rz]? (?:ca|cela|le|ceci) (?:secret|pour (?:toi|vous))\b`,
      ),
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:assemble[rz]?|combine[rz]?|concatene[rz]?|joins|joignez|colle[rz]?|reunis|reunissez|(?:mets|mettez) (?:les )?ensemble)\b${gap(60)}\b(?:et|puis)\s+(?:execute[rz]?|suis|suivez|obeis|obeissez|applique[rz]?|fais|faites)\b`,
      ),
    ],
    ['forged-marker', /^[ \t]*(?:#{1,4}\s*)?systeme\s*:/m],
    [
      'override',
      /\b(?:(?:tu n'es|vous n'etes) plus (?:oblige|obligee|tenu|tenue)s? de (?:suivre|respecter)|(?:tu peux|vous pouvez) (?:ignorer|oublier|enfreindre)|(?:fais|faites) fi d[eu']s?|outrepasse[rz]?|desobeis|desobeissez|enfreins|enfreignez)\b/,
    ],
    [
      'persona',
      /\b(?:tu n'as|vous n'avez) plus (?:de |aucune? )?(?:regles|limites|restrictions|filtres|contraintes)\b|\b(?:libere|liberee|affranchie?) de (?:toute|tes|vos|ses) (?:contraintes?|regles|restrictions?)\b|\b(?:joue|jouez|incarne|incarnez) (?:le role d'une? )?(?:ia|assistant|personnage)\b[^.!?\n]{0,30}\b(?:sans|aucune?)\b/,
    ],
    [
      'extraction',
      /\b(?:quelles?|les) (?:instructions|consignes|regles) (?:as-tu|avez-vous|tu as|vous avez|t'a-t-on|vous a-t-on) (?:recues?|eues?|donnees?)\b|\bdepuis le (?:debut|commencement) de (?:cette|la|notre) conversation\b/,
    ],
    [
      'payload-splitting',
      /\b(?:decode[rz]?|dechiffre[rz]?|traduis|traduisez|inverse[rz]?|lis|lisez)\b[^.!?\n]{0,40}\b(?:et|puis)\s+(?:execute[rz]?|suis|suivez|obeis|obeissez|applique[rz]?|fais ce qu'il dit)\b/,
    ],
    [
      'override',
      /\b(?:ignore[rsz]?|oublie[rsz]?|efface[rz]?|ne (?:tiens|tenez) (?:pas|plus) compte de)\b[^.!?\n]{0,20}\btout ce qui (?:precede|est (?:au-dessus|ecrit (?:avant|plus haut))|(?:t'a|vous a) ete dit)\b|\b(?:tu es|vous etes) (?:maintenant |desormais )?dan\b/,
    ],
    [
      'override',
      /\b(?:quelles? que soi(?:en)?t|peu importe|sans tenir compte de|malgre|independamment de) (?:tes|vos|les|ta|votre|la) (?:regles?|instructions?|consignes?|directives?|restrictions?|politiques?)\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\bcomme si (?:tu etais|vous etiez) (?:ma|mon) (?:defunte? )?(?:grand-mere|grand-pere|grand mere|grand pere|mamie|papi|grand-maman)\b/,
    ],
  ],
};
