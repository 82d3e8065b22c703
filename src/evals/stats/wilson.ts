/** The Wilson score interval for `successes` out of `n` (95% by default); [0, 1] when n is 0. */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.959963984540054,
): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
