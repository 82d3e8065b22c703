import type { Citation } from '../../core/index.js';
import type { AppResult } from '../../pipeline/index.js';
import { stdoutColors as pc } from './colors.js';

/** The machine-readable form of a result (`--json`). */
export function resultJson(r: AppResult): Record<string, unknown> {
  const { messages: _messages, ...rest } = r;
  return { ...rest, latencyMs: round(r.latencyMs) };
}

/** Sources, tool calls and the footer line (model, tokens, cost, latency, trace) for the terminal. */
export function formatResultDetails(r: AppResult): string {
  const lines: string[] = [];
  if (r.citations.length) {
    lines.push('', pc.bold('Sources'));
    r.citations.forEach((c, i) => {
      const label = citationLabel(c);
      // The number the answer uses for it: a model may cite [2] before [1].
      lines.push(
        `  [${c.marker ?? i + 1}] ${pc.cyan(label)}${c.status ? ` ${pc.yellow(`[${c.status}]`)}` : ''}${c.score !== undefined ? pc.dim(` (score ${c.score})`) : ''}`,
      );
      lines.push(`      ${pc.dim(truncate(c.snippet, 110))}`);
    });
  }
  const note = readingNote(r);
  if (note) lines.push('', note.trimEnd());
  if (r.declined && r.grounding?.grounded !== false)
    lines.push(
      '',
      pc.yellow(
        `not answered: ${r.declinedReason ?? 'no sentence of the passages answers it closely enough'}`,
      ),
    );
  const fired = r.guardrails.filter((d) => !d.passed);
  if (fired.length) {
    lines.push('', pc.bold('Guardrails'));
    for (const d of fired)
      lines.push(
        `  ${d.action === 'blocked' ? pc.red(d.action) : pc.yellow(d.action)} ${d.name} (${d.stage}): ${truncate(d.evidence.join('; '), 100)}`,
      );
  }
  if (r.toolCalls.length) {
    lines.push('', pc.bold('Tool calls'));
    for (const t of r.toolCalls) {
      const status = t.error ? pc.red(`error: ${truncate(t.error, 80)}`) : pc.green('ok');
      lines.push(
        `  ${t.name}(${truncate(JSON.stringify(t.args), 60)}) → ${status} ${pc.dim(`${Math.round(t.durationMs)} ms`)}`,
      );
    }
  }
  lines.push('', pc.dim(footer(r)));
  return lines.join('\n');
}

/**
 * What a chat turn shows under its answer besides sources: how the question was read when that differs from
 * what was typed (a follow-up read after the question it follows, a slip of the keyboard corrected), and why
 * the knowledge base was judged not to answer it. Empty when neither applies.
 */
export function readingNote(r: AppResult): string {
  const lines: string[] = [];
  if (r.grounding?.question) lines.push(pc.dim(`read as: ${truncate(r.grounding.question, 200)}`));
  if (r.grounding && !r.grounding.grounded)
    lines.push(pc.yellow(`not grounded: ${truncate(r.grounding.reason, 120)}`));
  return lines.map((l) => `${l}\n`).join('');
}

/** How a source is named: its path or tool, else (a passage of the prompt itself) its number. */
export function citationLabel(c: Citation): string {
  return [c.source ?? `context #${c.id}`, c.title].filter(Boolean).join(' · ');
}

/** One line: provider/model, tokens, cost, latency, cache, trace id. */
export function footer(r: AppResult): string {
  const parts = [
    `${r.provider}/${r.model}`,
    `${r.usage.inputTokens} in + ${r.usage.outputTokens} out tokens`,
    // A model without a known price is not shown as free.
    r.costUnknown
      ? `price unknown for ${r.model}`
      : `$${r.costUsd.toFixed(r.costUsd > 0 && r.costUsd < 0.01 ? 6 : 4)}`,
    `${formatMs(r.latencyMs)}`,
  ];
  if (r.cached) parts.push('cached');
  if (r.modelCalls > 1) parts.push(`${r.modelCalls} model calls`);
  parts.push(`trace ${r.traceId}`);
  return parts.join(' · ');
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
