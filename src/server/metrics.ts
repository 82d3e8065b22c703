/**
 * @module Prometheus metrics for `GET /metrics`: requests, errors and latency per endpoint, model and key;
 * tokens, cost and cache hits per model, provider and key. One registry per server (no globals), so tests
 * and several servers in a process do not mix counts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Counter, Histogram, Registry } from 'prom-client';
import type { Usage } from '../core/index.js';

/** What a finished answer adds to the books. */
export interface Answer {
  usage: Usage;
  costUsd: number;
  provider: string;
  cached: boolean;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The model the request resolved to (unset when it named none we know). */
    model: string;
    observeAnswer: (a: Answer) => void;
    /** When the status and headers went out, for a response written straight to Node. */
    respondedAt: number;
  }
}

/** The registry and the middleware that fills it. */
export function createMetrics() {
  const registry = new Registry();
  const requests = new Counter({
    name: 'tandem_requests_total',
    help: 'HTTP requests by endpoint, model, key and status code',
    labelNames: ['endpoint', 'model', 'key', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'tandem_request_errors_total',
    help: 'Requests answered with a 4xx or 5xx status',
    labelNames: ['endpoint', 'model', 'key', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'tandem_request_duration_seconds',
    help: 'Time to the response headers (streams: to the first byte)',
    labelNames: ['endpoint', 'model'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const tokens = new Counter({
    name: 'tandem_tokens_total',
    help: 'Tokens of finished answers by direction (input, output)',
    labelNames: ['model', 'provider', 'key', 'direction'] as const,
    registers: [registry],
  });
  const cost = new Counter({
    name: 'tandem_cost_usd_total',
    help: 'Cost of finished answers in USD',
    labelNames: ['model', 'provider', 'key'] as const,
    registers: [registry],
  });
  const cacheHits = new Counter({
    name: 'tandem_cache_hits_total',
    help: 'Answers served from the response cache',
    labelNames: ['model', 'provider', 'key'] as const,
    registers: [registry],
  });
  const keyName = (c: Context) => c.get('meter')?.key.name ?? '-';
  const middleware: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    c.set('observeAnswer', (a) => {
      const labels = { model: c.get('model') ?? '-', provider: a.provider, key: keyName(c) };
      tokens.inc({ ...labels, direction: 'input' }, a.usage.inputTokens);
      tokens.inc({ ...labels, direction: 'output' }, a.usage.outputTokens);
      cost.inc(labels, a.costUsd);
      if (a.cached) cacheHits.inc(labels);
    });
    await next();
    // The route pattern, not the path: /api/traces/:id must not make one series per trace.
    const endpoint = c.req.routePath === '/*' ? c.req.path : c.req.routePath;
    const labels = { endpoint, model: c.get('model') ?? '-', key: keyName(c), status: String(c.res.status) };
    requests.inc(labels);
    if (c.res.status >= 400) errors.inc(labels);
    const responded = c.get('respondedAt') ?? performance.now();
    latency.observe({ endpoint, model: labels.model }, (responded - started) / 1000);
  };
  return { registry, middleware };
}

/** Books a finished answer: charges the caller's key and counts tokens, cost and cache hits. */
export async function accountAnswer(c: Context, a: Answer): Promise<void> {
  c.get('observeAnswer')?.(a);
  await c.get('meter')?.charge(a.usage, a.costUsd);
}

/** Notes that the headers are out (the latency histogram measures to here); the body may still be streaming. */
export function markResponded(c: Context): void {
  c.set('respondedAt', performance.now());
}
