import cliProgress from 'cli-progress';

/** A progress bar with ETA on a terminal; silent when output is piped (the summary line says the rest). */
export function createProgressBar(label: string): {
  update(done: number, total: number, detail: string): void;
  stop(): void;
} {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} · ETA {eta_formatted} · {detail}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail) {
      if (!started) {
        bar.start(total, done, { detail });
        started = true;
      } else bar.update(done, { detail: detail.length > 40 ? `…${detail.slice(-39)}` : detail });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
