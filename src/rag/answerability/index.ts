export { type AnswerType, contentTerms, expectedAnswerType, questionParts } from './question.js';
export { holdsAnswerType } from './answer-shapes.js';
export { assessGrounding, type GroundingOptions, type PassageText, type TermStats } from './assess.js';
export { knowledgeTermStats } from './corpus-stats.js';
export { privatePersonAsked } from './private-request.js';
export { alternativesOf } from './synonyms.js';
