/**
 * @module What a sample's trace says happened beside its answer, for a case's panel: the passages each
 * retrieval returned (source and score) and every guardrail decision (where, passed or what was done).
 */
import type { TraceRecord, TraceStore } from '../../store/index.js';
import type { CaseSamples } from './case-samples.js';

export interface TraceEvidence {
  passages: Array<{ id: string; source?: string; score?: number }>;
  guardrails: Array<{ name: string; stage: string; passed: boolean; action: string; evidence: string[] }>;
}

/** The evidence in one trace (empty lists when it retrieved nothing and had no guardrail). */
export function traceEvidence(trace: TraceRecord): TraceEvidence {
  const passages: TraceEvidence['passages'] = [];
  const guardrails: TraceEvidence['guardrails'] = [];
  for (const s of trace.spans) {
    const a = s.attributes as Record<string, unknown>;
    if (s.kind === 'retrieve' && Array.isArray(a.hits))
      passages.push(...(a.hits as TraceEvidence['passages']));
    if (s.kind === 'guardrail')
      guardrails.push({
        name: String(a.guardrail ?? s.name),
        stage: String(a.stage ?? ''),
        passed: a.passed === true,
        action: String(a.action ?? 'none'),
        evidence: Array.isArray(a.evidence) ? (a.evidence as string[]) : [],
      });
  }
  return { passages, guardrails };
}

/** The case's samples, each with the evidence of its trace when the trace is still stored. */
export async function withTraceEvidence(
  traces: TraceStore,
  found: CaseSamples,
): Promise<CaseSamples & { evidence: Record<string, TraceEvidence> }> {
  const ids = found.variants.flatMap((v) => v.samples.flatMap((s) => (s.traceId ? [s.traceId] : [])));
  const read = await Promise.all(ids.map((id) => traces.get(id)));
  const evidence: Record<string, TraceEvidence> = {};
  for (const trace of read) if (trace) evidence[trace.id] = traceEvidence(trace);
  return { ...found, evidence };
}
