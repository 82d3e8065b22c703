// Small pieces every page uses: status badges, interval bars, messages.
import type { ComponentChildren } from 'preact';
import { pct } from '../format';

/** A status as a word with a colour (the word carries the meaning; the colour only helps). */
export function Status({ value }: { value: string }) {
  return <span class={`status status-${value}`}>{value}</span>;
}

/** A pass rate as a bar with its 95% interval as a whisker, and the figures in words for screen readers. */
export function IntervalBar({
  mean,
  low,
  high,
  width = 120,
}: {
  mean: number;
  low: number;
  high: number;
  width?: number;
}) {
  const x = (v: number) => Math.max(0, Math.min(width, v * width));
  const label = `${pct(mean)} (95% CI ${pct(low)} to ${pct(high)})`;
  return (
    <span class="interval">
      <svg width={width} height="14" role="img" aria-label={label}>
        <rect x="0" y="4" width={width} height="6" class="interval-track" />
        <rect x="0" y="4" width={x(mean)} height="6" class="interval-fill" />
        <line x1={x(low)} x2={x(high)} y1="7" y2="7" class="interval-whisker" />
        <line x1={x(low)} x2={x(low)} y1="2" y2="12" class="interval-whisker" />
        <line x1={x(high)} x2={x(high)} y1="2" y2="12" class="interval-whisker" />
      </svg>
      <span class="interval-text">
        {pct(mean)}{' '}
        <span class="muted">
          [{pct(low, 0)}–{pct(high, 0)}]
        </span>
      </span>
    </span>
  );
}

/** What went wrong, in the server's words. */
export function Problem({ children }: { children: ComponentChildren }) {
  return (
    <p class="problem" role="alert">
      {children}
    </p>
  );
}

/** Shown while the first data of a page loads. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="muted" aria-live="polite">
      Loading {what}…
    </p>
  );
}
