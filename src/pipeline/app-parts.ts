import type { Provider } from '../core/index.js';
import type { AppGuard } from '../guardrails/index.js';
import type { PromptFile, PromptLibrary } from '../prompts/index.js';
import type { TraceSink } from '../tracing/index.js';
import type { ToolDefinition } from './define-tool.js';
import type { AppKnowledge } from './retrieval-context.js';

/** Everything an app is made of, resolved from the project's files. */
export interface AppParts {
  name: string;
  description?: string;
  prompt: PromptFile;
  library: PromptLibrary;
  provider: Provider;
  tools: ToolDefinition[];
  maxSteps: number;
  traces: TraceSink;
  /** Keep inputs and outputs in traces (default true). */
  captureContent?: boolean;
  /** Retrieve from a knowledge base before rendering. */
  knowledge?: AppKnowledge;
  /** Guardrails on input, retrieved text, tool results and output. */
  guard?: AppGuard;
  /** Resolves a guardrail's fallback route. */
  providerFor?: (name: string) => Promise<Provider>;
}
