import { describe, expect, it } from 'vitest';
import { TandemError } from '../core/index.js';
import { startTrace } from './trace.js';

describe('trace status', () => {
  it('is aborted when the caller stopped the run, error when something failed, ok otherwise', () => {
    const finish = (error?: unknown) => startTrace({ name: 'x', kind: 'app' }).finish({ error }).status;
    expect(finish()).toBe('ok');
    expect(finish(new TandemError('ABORTED', 'the client left'))).toBe('aborted');
    expect(finish(Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }))).toBe(
      'aborted',
    );
    expect(finish(new TandemError('PROVIDER_TIMEOUT', 'no answer'))).toBe('error');
  });

  it('marks a span aborted the same way, and keeps what it spent', () => {
    const trace = startTrace({ name: 'x', kind: 'app' });
    const span = trace.root.child('model', 'model');
    const usage = { inputTokens: 5, outputTokens: 3, totalTokens: 8 };
    span.end({ error: new TandemError('ABORTED', 'stopped'), usage, costUsd: 0.01 });
    const record = trace.finish({ error: new TandemError('ABORTED', 'stopped') });
    expect(record.spans[1]).toMatchObject({ status: 'aborted', usage, costUsd: 0.01 });
    expect(record.usage).toEqual(usage);
  });

  it('names the model of the last call that answered (or of a cached answer), not one that failed before a fallback answered', () => {
    const trace = startTrace({ name: 'x', kind: 'app' });
    trace.root.child('model local', 'model', { model: 'extractive' }).end({});
    trace.root
      .child('model openai', 'model', { model: 'gpt-4o' })
      .end({ error: new TandemError('PROVIDER_ERROR', '502') });
    expect(trace.finish({}).model).toBe('extractive');
    const cached = startTrace({ name: 'z', kind: 'app' });
    cached.root.child('route default', 'route').end({ attributes: { cached: true, model: 'gpt-4o-mini' } });
    expect(cached.finish({}).model).toBe('gpt-4o-mini');
    const none = startTrace({ name: 'y', kind: 'app' });
    expect(none.finish({}).model).toBeUndefined();
  });
});
