/**
 * @module The ways a question asks a named person's private detail again by "her", "his" or "their" ("… what's
 * wrong with her?", "is it her back again?", "why has she been off?"): private-request.ts finds the name before.
 */
import { PRONOUN_ID_NUMBER } from './private-more.js';
import { PERSONAL_LIFE, PRIVATE } from './private-words.js';

// "… what's wrong with her?", "is it her back again?", "why has she been off?": their health, by another name.
export const HEALTH_AGAIN =
  'back|knee|neck|shoulder|hip|leg|arm|chest|heart|head|stomach|migraine|health|illness|condition|nerves|depression|anxiety|stress';
// Each alternative, as asked after a name: "… what's her home address?"
export const PRONOUN_PRIVATE_WAYS = [
  // "her home address", "his date of birth"
  `\\b(?:her|his|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PRIVATE})\\b`,
  // "what his operation?", "her medication?"
  `\\b(?:her|his|their)\\s+(?:${PERSONAL_LIFE})(?=\\s*(?:[?.!,;]|$))`,
  // "What wrong with she?": Caribbean English says "she" and "he" after a preposition too.
  '\\b(?:wrong with|the matter with) (?:her|him|she|he)(?=\\s*(?:[?.!,;]|$)|\\s+(?:exactly|actually|really|now)\\b)',
  PRONOUN_ID_NUMBER,
  // "… was off all last week, what does she have?"
  // only after words of illness or absence: "Maria moved to nights. What does she have now?" asks of a roster.
  '(?<=\\b(?:[Ss]ick|[Ii]ll|off|[Aa]bsent|[Hh]ospital\\p{L}*|[Ss]urg\\p{L}*|[Oo]perat\\p{L}*|[Ii]njur\\p{L}*|MC|[Cc]ovid|[Cc]linic|[Aa]ccident|incapacidad|baja|malade|ziek|krank|enferm[oa]|[Uu]nwell|[Dd]octor|[Mm]edical|bolnichn\\p{L}*)\\b[^]{0,80})\\b[Ww]hat (?:does|did) (?:she|he) have(?=\\s*[?.!]|\\s+(?:exactly|now)\\b)',
  `\\b[Ii]s it (?:her|his|their) (?:${HEALTH_AGAIN}) again\\b`,
  // "Is it burnout?", "is it something serious?": a guess at what a named person has.
  '\\b[Ii]s it (?:burnout|burn-out|stress|depression|anxiety|cancer|long covid|covid|a breakdown)(?=\\s*[?.!,]|\\s+or\\b)',
  "\\b(?:she|he|they)(?:['’]s| has| have| is| are| was)? (?:been )?(?:seeing|going to|visiting|referred to) (?:a|an|the|her|his|their) (?:doctor|gp|specialist|therapist|counsellor|psychiatrist|psychologist)(?=\\s*(?:[?.!,;]|$)|\\s+(?:for|about) (?:something|anything|it|that|her|his|their|an?)\\b)",
  '\\b[Ww]hy (?:is|was|has|had) (?:she|he|they) (?:been )?off(?![-\\p{L}])',
  "\\b[Ww]hat(?:['’]s| is| was| has| are| were| have) (?:she|he|they)(?:['’]s)? (?:been |got )?(?:off(?: sick| ill| of work| work)?|out (?:sick|ill|of work)) with\\b",
  '\\b(?:[Hh]as|[Hh]ave|[Dd]id) (?:she|he|they) (?:had|have) (?:an? )?(?:operation|op|surgery|miscarriage|breakdown)(?=\\s*(?:[?.!,;]|$)|\\s+(?:yet|recently|lately|again|or)\\b)',
  '\\b(?:[Ww]here(?:abouts)?|[Ww]hat (?:street|road|area|town|village|part of town)) (?:does|do|did) (?:she|he|they) live(?=\\s*[?.!,]|\\s+(?:near|out|round|around|now|these days)\\b|\\s+in\\s+\\p{Lu})',
  "\\b[Ww]hat(?:['’]s| is) (?:she|he) (?:actually |really )?on(?=\\s*[?.!]|\\s+now\\b)",
  '\\b[Ww]hat (?:was|is|were|are) (?:she|he|they) in (?:hospital )?for\\b',
  // "She got what sickness?": Singapore English asks it where the answer goes.
  "\\b(?:[Ss]he|[Hh]e)(?:['’]s)? (?:got|has|have|having|had) what (?:sickness|illness|disease)\\b",
  // "what sickness she have?", "what illness does he have", "wetin sickness she get": what a named person has (not
  // which sickness "they get paid for", a rule).
  "\\b[Ww]hat (?:sickness|illness|disease)(?: (?:does|do|did|has))? (?:she|he|they)(?:['’]s)? (?:have|has|had|got|suffer|gets?(?!\\s+(?:paid|covered|off|leave|time)\\b))\\b",
  // "wetin kind sickness she get": West Africa's Krio and Pidgin, read, ask what kind and "get" it; of "she" or "he"
  // only ("what kind of sickness do they get paid for?" asks of a rule).
  "\\b[Ww]hat (?:kind|sort|type) (?:of )?(?:sickness|illness|disease)(?: (?:does|did|has))? (?:she|he)(?:['’]s)? (?:have|has|had|got|get|gets|suffer)\\b",
  // "… esta de certificado? q enfermedad tiene?", "que doença ela tem?", "quelle maladie a-t-elle ?": the same in
  // Spanish (which drops "she"), Portuguese and French, as a question of its own (not "can the firm ask which
  // illness he has?", a rule).
  '(?<=(?:^|[?.!,;¿])\\s{0,3}|(?<![\\p{L}])(?:y|e|et|mais|pero|mas)\\s)(?:[Qq]u[eé]|[Qq])\\s+(?:enfermedad|padecimiento)\\s+tiene(?=\\s*(?:[?.!,;]|$))',
  '(?<=(?:^|[?.!,;¿])\\s{0,3}|(?<![\\p{L}])(?:y|e|et|mais|pero|mas)\\s)(?:[Qq]ue|[Qq]ual)\\s+doen[çc]a\\s+(?:ela|ele)\\s+tem(?![\\p{L}])',
  '(?<=(?:^|[?.!,;¿])\\s{0,3}|(?<![\\p{L}])(?:y|e|et|mais|pero|mas)\\s)[Qq]uelle\\s+maladie\\s+(?:a-t-(?:elle|il)|(?:elle|il)\\s+a)(?![\\p{L}])',
  '\\bsick(?:ness)? (?:days?|leave|absences?) (?:has|have|did) (?:she|he|they) (?:had|taken)\\b',
  '\\b(?:[Hh]as|[Hh]ave|[Dd]id) (?:she|he|they) (?:had|taken) (?:any |much |many )?(?:sick|sickness|time off sick)\\b',
  '\\b(?:[Ii]s|[Ww]as|[Aa]re|[Ww]ere|[Hh]as|[Hh]ave) (?:she|he|they) (?:been )?(?:having|getting|receiving|on|under(?:going)?) (?:treatment|therapy|chemo|tests|medication)(?=\\s*(?:[?.!,;]|$)|\\s+for (?:something|anything|it|that|her|his|their|an?)\\b)',
  // "… is he married and how many children does he have?": a named person's family, asked of "he" or "she".
  '\\b(?:[Ii]s|[Ww]as) (?:she|he) (?:married|divorced|single|pregnant|engaged)(?=\\s*[?.!,]|\\s+(?:or|and|now|yet)\\b)',
  '\\b[Hh]ow many (?:kids|children|sons|daughters) (?:does|did|has) (?:she|he) (?:have|got)\\b',
];
