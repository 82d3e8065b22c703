export {
  detectInjection,
  type InjectionOptions,
  type InjectionResult,
  type InjectionSignal,
} from './detect.js';
export type { Source as InjectionSource } from './features.js';
export { type JudgeVerdict, judgeInjection } from './judge.js';
