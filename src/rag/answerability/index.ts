export { asksWhoHolds, holdsAnswerType, holdsTimeOfDay, newNames, saysWhen } from './answer-shapes.js';
export { addsNoTopic, withAntecedent } from './antecedent.js';
export { questionAsAsked } from './as-asked.js';
export { assessGrounding, type GroundingOptions, type PassageText, type TermStats } from './assess.js';
export { withBaseNamesCapitalised } from './base-names.js';
export { withNamesCapitalised } from './capitals.js';
export { asReplyToClarification, readingsOfReply } from './clarified.js';
export { knowledgeTermStats } from './corpus-stats.js';
export { withCyrillicKeysRead, withSerbianInLatin } from './cyrillic-read.js';
export { type AskedDate, askedDate, saysDayAsked } from './day-ranges.js';
export { expandUnknownWords } from './expand.js';
export {
  changesTopic,
  earlierQuestions,
  echoesLastExchange,
  leansOnConversation,
  ownTopic,
  withConversation,
  withPointersRead,
} from './follow-up.js';
export { withGreeklishRead } from './greek-read.js';
export { withLoanWordsInEnglish } from './loan-words.js';
export {
  besidePlaceNotes,
  namesAskedPlace,
  notesForElsewhere,
  statsWithout,
} from './local-notes.js';
export { type AskedPlace, placesAsked, workplacesAsked } from './places.js';
export { withoutPleasantries } from './pleasantries.js';
export { privatePersonAsked } from './private-request.js';
export { narrowRow, type Quantity, questionQuantities, rangeFit } from './quantity-fit.js';
export {
  type AnswerType,
  askedTerms,
  contentTerms,
  expectedAnswerType,
  namedLength,
  namesLengthAsked,
  opensByPointingBack,
  partsAsked,
  pointsAtPerson,
  questionContext,
  questionExamples,
  questionParts,
  topicTerms,
} from './question.js';
export { readableQuestion } from './question-length.js';
export { readRomanBengali, typedInBengali } from './roman-bengali.js';
export { readRomanHindustani, typedInHindustani, withoutUnknownHindustani } from './roman-hindustani.js';
export { readRomanised, withoutUnknownRomanised } from './roman-typed.js';
export { withoutPastedFigures, withoutPurpose } from './said-aside.js';
export { refersToAnswer, withoutPointersToAnswer } from './said-before.js';
export { scopedElsewhere } from './scoped-elsewhere.js';
export { withSelfCorrections } from './self-correction.js';
export { correctSpelling, withChatSpellings } from './spelling.js';
export { withStemSharedWordsRead } from './stem-shared.js';
export { alternativesOf, phrasesIn } from './synonyms.js';
