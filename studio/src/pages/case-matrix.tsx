// A run's case matrix: one row per case, one cell per variant, fetched from the server a page at a time
// and rendered only where the viewport is, so 100,000 samples scroll as smoothly as 100.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, qs } from '../api';
import { pct } from '../format';
import type { MatrixPage, MatrixRow } from '../types';
import { Problem, Status } from '../ui/bits';

const ROW_PX = 40;
const PAGE = 100;
const OVERSCAN = 10;

export interface MatrixFilters {
  variant?: string;
  status?: string;
  tag?: string;
  check?: string;
  text?: string;
}

/** The virtualised matrix; `onMeta` receives the first page (totals and what the filters can take). */
export function CaseMatrix({
  runId,
  filters,
  selected,
  caseHref,
  onMeta,
}: {
  runId: string;
  filters: MatrixFilters;
  selected?: string;
  caseHref: (caseId: string) => string;
  onMeta: (page: MatrixPage) => void;
}) {
  const key = JSON.stringify(filters);
  const [pages, setPages] = useState<{ key: string; total?: number; rows: Map<number, MatrixRow[]> }>({
    key,
    rows: new Map(),
  });
  const [failure, setError] = useState<{ key: string; message: string }>();
  const error = failure?.key === JSON.stringify(filters) ? failure.message : undefined;
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const box = useRef<HTMLDivElement>(null);
  const asked = useRef(new Set<string>());

  const current = pages.key === key ? pages : { key, rows: new Map<number, MatrixRow[]>() };
  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN);
  const last = Math.min(
    (current.total ?? PAGE) - 1,
    Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN,
  );

  useEffect(() => {
    box.current?.scrollTo(0, 0);
    setScroll((s) => ({ ...s, top: 0 }));
  }, [key]);

  // Loads the pages the visible rows fall on, once each per filter set.
  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, last) / PAGE); p++) {
      const id = `${key}#${p}`;
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      api<MatrixPage>(
        `/api/runs/${encodeURIComponent(runId)}/cases${qs({ ...filters, offset: p * PAGE, limit: PAGE })}`,
      ).then(
        (page) => {
          if (p === 0) onMeta(page);
          setPages((prev) => {
            const base = prev.key === key ? prev : { key, rows: new Map<number, MatrixRow[]>() };
            const rows = new Map(base.rows);
            rows.set(p, page.rows);
            return { key, total: page.total, rows };
          });
        },
        (err: Error) => {
          asked.current.delete(id); // a later look at the same filters tries again
          setError({ key, message: err.message });
        },
      );
    }
  }, [key, first, last, runId]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  if (error) return <Problem>{error}</Problem>;
  const total = current.total;
  const variants = current.rows.get(0)?.[0]?.cells.map((c) => c.variant) ?? [];
  const visible: Array<{ index: number; row?: MatrixRow }> = [];
  for (let i = first; i <= last && total !== undefined; i++)
    visible.push({ index: i, row: current.rows.get(Math.floor(i / PAGE))?.[i % PAGE] });

  return (
    <div
      class="matrix"
      ref={box}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <p class="sr-only" aria-live="polite">
        {total === undefined ? 'Loading cases' : `${total} matching`}
      </p>
      <table class="grid matrix-table" aria-rowcount={(total ?? 0) + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Case</th>
            <th scope="col">Tags</th>
            {variants.map((v) => (
              <th scope="col" key={v}>
                {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="spacer" style={{ height: `${first * ROW_PX}px` }} />
          {visible.map(({ index, row }) => (
            <MatrixLine
              key={index}
              index={index}
              row={row}
              columns={variants.length}
              selected={row?.caseId === selected}
              href={row ? caseHref(row.caseId) : ''}
            />
          ))}
          <tr class="spacer" style={{ height: `${Math.max(0, ((total ?? 0) - last - 1) * ROW_PX)}px` }} />
        </tbody>
      </table>
      {total === 0 ? <p>No case matches these filters.</p> : null}
    </div>
  );
}

function MatrixLine({
  index,
  row,
  columns,
  selected,
  href,
}: {
  index: number;
  row?: MatrixRow;
  columns: number;
  selected: boolean;
  href: string;
}) {
  if (!row)
    return (
      <tr aria-rowindex={index + 2} style={{ height: `${ROW_PX}px` }}>
        <td colSpan={columns + 2} class="muted">
          …
        </td>
      </tr>
    );
  return (
    <tr
      aria-rowindex={index + 2}
      style={{ height: `${ROW_PX}px` }}
      class={selected ? 'selected' : ''}
      aria-selected={selected}
    >
      <th scope="row" class="case-name">
        <a
          href={href}
          data-case={row.caseId}
          title={`${row.location.file}${row.location.line ? `:${row.location.line}` : ''}`}
        >
          {row.name}
        </a>
      </th>
      <td class="tags">{row.tags.join(', ')}</td>
      {row.cells.map((c) => (
        <td key={c.variant}>
          <Status value={c.status} />{' '}
          <span
            class="muted"
            title={`${c.passes} passed, ${c.fails} failed, ${c.errors} errors of ${c.samples} samples`}
          >
            {c.passes}/{c.samples} {c.passRate !== undefined && c.samples > 1 ? pct(c.passRate, 0) : ''}
          </span>
        </td>
      ))}
    </tr>
  );
}
