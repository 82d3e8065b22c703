export { defineConfig } from './define-config.js';
export { issuesToError, show } from './format-issues.js';
export {
  GUARDRAIL_ACTIONS,
  GUARDRAIL_CHECKS,
  type GuardrailConfig,
  type GuardrailStage,
  guardrailSchema,
  guardrailStage,
} from './guardrail-schema.js';
export { configJsonSchema } from './json-schema.js';
export {
  type AppKnowledgeConfig,
  type KnowledgeBaseConfig,
  type MetadataFilter,
  type RetrievalConfig,
  type RetrievalMode,
  retrievalModes,
  retrievalSchema,
} from './knowledge-schema.js';
export {
  CONFIG_FILES,
  findConfigFile,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
} from './load-config.js';
export { DEFAULT_PHONE_REGIONS, isPhoneRegion, phoneRegionsOf } from './phone-regions.js';
export {
  type AppConfig,
  configSchema,
  PROVIDER_TYPES,
  type Pricing,
  type ProviderConfig,
  type RouteConfig,
  type TandemConfig,
  type TandemConfigInput,
} from './schema.js';
export { type FieldPath, formatPath, parseYamlSource, type YamlSource } from './yaml-source.js';
