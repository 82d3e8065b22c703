// Helpers the benchmarks share: child processes that announce when they are ready, free ports, percentiles
// and a process's CPU time (steadier than wall time on a shared machine).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const children = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/** A port nothing listens on now. */
export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * Starts `cmd args`; resolves with what `ready(output so far)` returns once it returns something, rejects if
 * the process exits first. The child is killed when the benchmark exits; `child` is on the returned promise.
 */
export function startProcess(cmd, args, opts, ready) {
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const started = new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const v = ready(out);
      if (v) resolve(v);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${out.slice(-3000)}`)),
    );
  });
  started.child = child;
  return started;
}

/** Stops a started process and waits for it to exit. */
export function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The p-th percentile (0–100) of xs. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A process's CPU time so far (user + system), in ms, from Linux's /proc (clock ticks of 10 ms). */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
