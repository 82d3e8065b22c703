export {
  type MetricFigures,
  type MetricGrouping,
  type MetricsOverTime,
  metricsOverTime,
} from './metrics-over-time.js';
export { type OtlpOptions, otlpSink, toOtlpRequest } from './otlp-sink.js';
export { type StartTraceOptions, startTrace, type Trace } from './trace.js';
export { batchingSink, memorySink, type SinkHealth, storeSink, type TraceSink } from './trace-sink.js';
