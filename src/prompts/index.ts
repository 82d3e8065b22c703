export { type FrontMatter, frontMatterSchema, parseFrontMatter, splitPromptSource } from './front-matter.js';
export { describeAjvErrors, toJsonSchema, validatorFor } from './input-schema.js';
export { type PromptFile, parsePromptSource, readPromptFile } from './prompt-file.js';
export {
  diffPromptVersions,
  listPromptSummaries,
  type PromptFileDiff,
  type PromptHistory,
  type PromptSummary,
  promptHistory,
} from './prompt-history.js';
export { createPromptLibrary, type PromptLibrary } from './prompt-library.js';
export { changedFiles, collectPartials, type PartialReader, promptVersion } from './prompt-partials.js';
export { checkPromptInput, type RenderedPrompt, type RenderOptions, renderPrompt } from './render-prompt.js';
