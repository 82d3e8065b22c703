export {
  type AnswerType,
  type AskedDate,
  type AskedPlace,
  addsNoTopic,
  alternativesOf,
  askedDate,
  askedTerms,
  asksWhoHolds,
  asReplyToClarification,
  assessGrounding,
  besidePlaceNotes,
  changesTopic,
  contentTerms,
  correctSpelling,
  earlierQuestions,
  echoesLastExchange,
  expandUnknownWords,
  expectedAnswerType,
  type GroundingOptions,
  holdsAnswerType,
  holdsTimeOfDay,
  knowledgeTermStats,
  namedLength,
  namesAskedPlace,
  namesLengthAsked,
  narrowRow,
  newNames,
  notesForElsewhere,
  opensByPointingBack,
  ownTopic,
  type PassageText,
  partsAsked,
  phrasesIn,
  placesAsked,
  pointsAtPerson,
  privatePersonAsked,
  type Quantity,
  questionAsAsked,
  questionContext,
  questionExamples,
  questionParts,
  questionQuantities,
  rangeFit,
  readableQuestion,
  readingsOfReply,
  readRomanHindustani,
  readRomanised,
  saysDayAsked,
  saysWhen,
  scopedElsewhere,
  statsWithout,
  type TermStats,
  topicTerms,
  withAntecedent,
  withBaseNamesCapitalised,
  withChatSpellings,
  withConversation,
  withCyrillicKeysRead,
  withGreeklishRead,
  withLoanWordsInEnglish,
  withNamesCapitalised,
  withoutPastedFigures,
  withoutPleasantries,
  withoutPointersToAnswer,
  withoutPurpose,
  withoutUnknownHindustani,
  withoutUnknownRomanised,
  withPointersRead,
  withSelfCorrections,
  withSerbianInLatin,
  withStemSharedWordsRead,
  workplacesAsked,
} from './answerability/index.js';
export { type ChunkingOptions, chunkDocument } from './chunk/chunk-document.js';
export type { GlossLanguage } from './crosslingual/index.js';
export { englishGlosses, languagesOf, stemsAsAsked, withGlosses } from './crosslingual/index.js';
export type { DocumentStatus } from './currency.js';
export { expiredAfter, judgedFromLabel, replacedBy, statusToShow } from './currency-stored.js';
export type { Chunk, DocumentBlock, LoadedDocument } from './document.js';
export { createEmbedder, type Embedder } from './embedder.js';
export { findSourceFiles, type SourceFileQuery } from './ingest/find-source-files.js';
export {
  embeddingText,
  type IngestOptions,
  type IngestProgress,
  type IngestReport,
  ingest,
} from './ingest/ingest.js';
export type {
  ChunkHit,
  EmbeddingCache,
  ExpansionOptions,
  IndexedDocument,
  KnowledgeIndex,
  SearchOptions,
  TextSearchOptions,
  WeightedTerm,
} from './knowledge-index.js';
export { createKnowledgeRegistry, type KnowledgeBase, type KnowledgeRegistry } from './knowledge-registry.js';
export { loadFile, SUPPORTED_EXTENSIONS } from './loaders/load-file.js';
export { hitAtK, ndcgAtK, recallAtK, reciprocalRank } from './metrics.js';
export { asSearched, lexicalEquivalents, withCountsInFigures, withEquivalents } from './normalise/index.js';
/**
 * The knowledge index and embedding cache in PostgreSQL (for a shared store). They need a postgres.js pool
 * the caller owns (and ends), with no column transforms; tables go in `schema` when given, else on the pool's
 * search_path, and are made on first use. Not yet chosen by the knowledge registry: a PostgreSQL store wires
 * them in.
 */
export {
  createPostgresEmbeddingCache,
  openPostgresKnowledgeIndex,
  type PostgresIndexOptions,
} from './postgres/postgres-knowledge-index.js';
export { reciprocalRankFusion } from './retrieve/fusion.js';
export { mmr } from './retrieve/mmr.js';
export {
  createRetriever,
  type QueryRewriter,
  type RetrieveOptions,
  type Retriever,
} from './retrieve/retriever.js';
export { scopeOf } from './scope.js';
export { createSqliteEmbeddingCache, openSqliteKnowledgeIndex } from './sqlite/sqlite-knowledge-index.js';
export { isDictionaryWord } from './wordnet/index.js';
