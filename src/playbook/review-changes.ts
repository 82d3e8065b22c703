/**
 * @module What changed in an app since a reviewer approved it, one plain line per change: the prompt file
 * or a partial, a tool, where data goes (route, providers, models, hosts), a guardrail, the knowledge sources.
 */
import type { ReviewedApp } from './reviewed-app.js';

const short = (v: string) => v.slice(0, 12);
const shown = (v: unknown) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The changes from `before` (what was approved) to `after` (what the app is now); empty when none. */
export function changesSince(before: ReviewedApp, after: ReviewedApp): string[] {
  return [
    ...(before.description !== after.description ? ['description changed'] : []),
    ...promptChanges(before.prompt, after.prompt),
    ...keyedChanges('tool', before.tools, after.tools),
    ...modelChanges(before.models, after.models),
    ...keyedChanges('guardrail', before.guardrails, after.guardrails),
    ...fieldChanges('knowledge', before.knowledge ?? {}, after.knowledge ?? {}),
  ];
}

function promptChanges(a: ReviewedApp['prompt'], b: ReviewedApp['prompt']): string[] {
  if (a.name !== b.name) return [`prompt: ${a.name} → ${b.name}`];
  const out: string[] = [];
  if (a.file !== b.file) out.push(`prompt ${a.name}: its text changed`);
  for (const n of [...new Set([...Object.keys(a.partials), ...Object.keys(b.partials)])].sort()) {
    if (a.partials[n] === b.partials[n]) continue;
    out.push(
      `prompt ${a.name}: partial _${n} ${!a.partials[n] ? 'added' : !b.partials[n] ? 'removed' : 'changed'}`,
    );
  }
  if (out.length) out[out.length - 1] += ` (version ${short(a.version)} → ${short(b.version)})`;
  return out;
}

function modelChanges(a: ReviewedApp['models'], b: ReviewedApp['models']): string[] {
  const out = fieldChanges(
    'models',
    { route: a.route, strategy: a.strategy },
    { route: b.route, strategy: b.strategy },
  );
  const byName = (m: ReviewedApp['models']) => Object.fromEntries(m.providers.map((p) => [p.name, p]));
  out.push(...keyedChanges('provider', byName(a), byName(b)));
  const order = (m: ReviewedApp['models']) => m.providers.map((p) => p.name);
  if (!out.length && !same(order(a), order(b)))
    out.push(`models: order ${order(a).join(', ')} → ${order(b).join(', ')}`);
  return out;
}

// Entries by name: added, removed, or changed field by field.
function keyedChanges(kind: string, a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (!(name in a)) out.push(`${kind} ${name} added`);
    else if (!(name in b)) out.push(`${kind} ${name} removed`);
    else if (!same(a[name], b[name]))
      out.push(...fieldChanges(`${kind} ${name}`, a[name] as object, b[name] as object));
  }
  return out;
}

function fieldChanges(label: string, a: object, b: object): string[] {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const [x, y] = [before[key], after[key]];
    if (same(x, y)) continue;
    if (x === undefined) out.push(`${label}: ${key} set to ${shown(y)}`);
    else if (y === undefined) out.push(`${label}: ${key} ${shown(x)} removed`);
    else if (isRecord(x) || isRecord(y)) out.push(`${label}: ${key} changed`);
    else out.push(`${label}: ${key} ${shown(x)} → ${shown(y)}`);
  }
  return out;
}
