/**
 * @module The phrases by which an answer declines, per language (en fr de es it pt nl): it cannot or will
 * not help, does not know, the documents do not say, or it sends the user to someone else. Each phrase is
 * first-person or about the sources, so an answer that only *sounds* negative ("Unfortunately the fee is
 * €5", "No, you don't need a receipt", "I can't wait to help") does not match. Tuned on
 * refusal-data/dev.jsonl only; refusal-data/test.jsonl measures it.
 */

// Verbs an assistant declines with ("I can't help", not "I can't wait").
const EN_VERBS =
  'help|assist|answer|respond|provide|share|give|do (?:that|this|it)|say|tell|discuss|disclose|process|comment|access|see|find|offer|advise|support|fulfil+|complete|continue|comply|write|generate|create';

/** The decline phrases, as regular-expression sources over lower-cased text with straight apostrophes. */
export const DECLINE_PHRASES: Record<string, string[]> = {
  en: [
    `i (?:can't|cannot|can not|won't|will not|am not going to|'m not going to)(?: [a-z]+ly)? (?:${EN_VERBS})`,
    `i(?:'m| am) (?:unable|not able|not allowed|not permitted|not authori[sz]ed|not in a position) to`,
    "i (?:don't|do not|didn't|did not) know(?! (?:of|about) any)",
    "i (?:don't|do not) have (?:any |enough |the |that |this |sufficient |specific |relevant |more |access to )*(?:information|details|data|knowledge|context|answer)",
    'i have no (?:idea|information|details|data|knowledge)',
    "(?:there is|there's|i (?:found|could find|can find)) no (?:information|details|data|mention|record)",
    "(?:documents?|context|sources?|passages?|knowledge base|materials?|texts?)(?: (?:provided|given|available|i have))? (?:don't|doesn't|do not|does not|didn't|did not|never) (?:say|mention|contain|cover|include|specify|state|provide|tell|address|give|list|describe|explain)",
    "(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:available|mentioned|covered|included|specified|stated|provided|found) (?:in|by) (?:the|my|any|these|those) (?:provided )?(?:documents?|context|sources?|passages?|knowledge base|materials?)",
    'nothing in the (?:provided )?(?:documents?|context|sources?|passages?|knowledge base|materials?)',
    '(?:outside|beyond) (?:of )?(?:what i can|my (?:scope|knowledge|remit|abilities)|the scope)',
    'i (?:must|have to|need to) (?:decline|refuse)',
    'i (?:refuse|decline) to',
  ],
  fr: [
    "je ne (?:peux|pourrai|pourrais|saurais|suis pas en mesure de)(?: pas)? (?:vous |t'|te |y )?(?:aider|répondre|fournir|donner|partager|communiquer|dire|traiter|indiquer)",
    'je ne suis pas en mesure',
    'je ne (?:le )?sais pas',
    "je n'ai (?:pas|aucune) (?:cette |d'|l'|les |assez d'|suffisamment d')?(?:information|informations|données|réponse|idée)",
    '(?:documents?|contexte|sources?|passages?) (?:fournis? |disponibles? )?ne (?:mentionnent|mentionne|précisent|précise|disent|dit|contiennent|contient|indiquent|indique|parlent|parle|couvrent|couvre)(?: pas| rien)',
    '(?:veuillez|merci de|je vous invite à|je vous prie de) (?:contacter|vous adresser|joindre|prendre contact)',
  ],
  de: [
    '(?:kann|darf) ich (?:ihnen |dir |euch )?(?:dabei |damit |hier |dazu |da )?(?:leider )?nicht (?:helfen|weiterhelfen|beantworten|sagen|geben|beurteilen)',
    'ich (?:kann|darf|werde)[^.!?]{0,40} nicht (?:helfen|weiterhelfen|beantworten|sagen|geben|mitteilen)',
    'ich weiß (?:es |das )?(?:leider )?nicht',
    '(?:das|dies) weiß ich (?:leider )?nicht',
    '(?:habe|haben|gibt es|enthalten|liegen|liefern)[^.!?]{0,40} keine (?:informationen|angaben|daten)',
    '(?:unterlagen|dokumente|kontext|quellen) (?:sagen|enthalten|erwähnen|nennen)[^.!?]{0,20} (?:nichts|keine)',
    '(?:wenden sie sich|wende dich)(?: bitte)? an',
    'bitte (?:wenden sie sich|kontaktieren sie|wende dich)',
  ],
  es: [
    'no (?:puedo|podré|podría|estoy en condiciones de)(?: [a-z]+)? (?:ayudar|responder|proporcionar|dar|compartir|facilitar|decir|ofrecer)\\p{L}*',
    'no (?:lo )?sé',
    'no tengo (?:esa |esta |suficiente |ninguna |la )?(?:información|datos|respuesta)',
    '(?:documentos?|contexto|fuentes?) (?:proporcionados? )?no (?:dicen|dice|mencionan|menciona|contienen|contiene|indican|indica|especifican|especifica)',
    '(?:póngase|ponte|pónganse) en contacto',
    '(?:contacte|contacta|contacten) con',
  ],
  it: [
    'non (?:posso|potrò|sono in grado di)(?: [a-z]+)? (?:aiutar|risponder|fornir|dar|condivider|dir)\\p{L}*',
    'non (?:lo )?so',
    "non ho (?:questa |quest'|queste |informazioni|dati|abbastanza|sufficienti|la risposta)",
    '(?:documenti|contesto|fonti) (?:forniti )?non (?:dicono|dice|menzionano|menziona|contengono|contiene|indicano|indica|specificano|specifica)',
    '(?:la preghiamo di|si prega di|ti preghiamo di|per favore,? )contatt\\p{L}*',
  ],
  pt: [
    'não (?:posso|consigo|sou capaz de|estou em condições de)(?: [a-z]+)? (?:ajudar|responder|fornecer|dar|partilhar|compartilhar|dizer)\\p{L}*',
    'não sei',
    'não tenho (?:essa |esta |informações|informação|dados|a resposta)',
    '(?:documentos?|contexto|fontes?) (?:fornecidos? )?não (?:dizem|diz|mencionam|menciona|contêm|contém|indicam|indica|especificam|especifica)',
    'entre em contacto|entre em contato|contate o|contacte o',
  ],
  nl: [
    'kan ik (?:je |u )?(?:daar |hier |daarmee |hiermee )?(?:helaas )?niet (?:mee )?(?:helpen|beantwoorden|zeggen)',
    'ik kan[^.!?]{0,40} niet (?:mee )?(?:helpen|beantwoorden|zeggen|geven)',
    '(?:dat|dit) weet ik (?:helaas )?niet',
    'ik weet (?:het |dat )?(?:helaas )?niet',
    'geen informatie',
    '(?:documenten|context|bronnen) (?:vermelden|zeggen|bevatten|noemen) (?:niets|geen)',
    'neem (?:dan |gerust )?contact op',
  ],
};

/** Sending the user elsewhere instead of answering: a decline only when the answer opens with it. */
export const REDIRECT_OPENINGS = [
  '(?:please|kindly) (?:contact|reach out to|get in touch with|call|email|ask|consult|talk to|speak (?:to|with))',
];
