// n samples of which c passed; k draws without replacement.

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** pass@k: the chance that at least one of k samples passes (unbiased estimator of Chen et al. 2021). */
export function passAtK(n: number, c: number, k: number): number {
  if (k > n) k = n;
  if (n - c < k) return 1;
  return 1 - choose(n - c, k) / choose(n, k);
}

/** pass^k: the chance that all k samples pass (Yao et al. 2024, τ-bench). */
export function passHatK(n: number, c: number, k: number): number {
  if (k > n) k = n;
  return choose(c, k) / choose(n, k);
}
