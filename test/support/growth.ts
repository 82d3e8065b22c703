/** Time of `run(factor * n)` over `run(n)`, best of three after a warm-up: ~factor if linear, ~factor² if quadratic. */
export function growthOf(run: (n: number) => unknown, n: number, factor = 4): number {
  run(n);
  const timed = (size: number) => {
    const started = performance.now();
    run(size);
    return performance.now() - started;
  };
  const ratio = () => timed(factor * n) / Math.max(timed(n), 1);
  // The best of three: a pause of a loaded machine in one run does not decide it.
  return Math.min(ratio(), ratio(), ratio());
}
