export { bootstrapMean, type Interval } from './bootstrap.js';
export { type CaseScore, comparePaired, type PairedComparison } from './compare.js';
export { passAtK, passHatK } from './pass-at-k.js';
export {
  highestLowerBound,
  type MeasuredCase,
  type PassRateInterval,
  passRateInterval,
} from './pass-rate-interval.js';
export { EXACT_SAMPLES, QUANTILE_ERROR, QuantileSketch } from './quantile-sketch.js';
export { wilsonInterval } from './wilson.js';
