/**
 * `tandem serve` processes on one project (the built CLI, as a user runs it), and a Redis server of the
 * test's own to stop and start: the replicas' tests need both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer, Socket } from 'node:net';
import { BIN } from './run-cli.js';

export interface Replica {
  url: string;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `tandem serve --port 0` in `cwd` and resolves once it listens. */
export function startReplica(cwd: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<Replica> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise<Replica>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /tandem serving http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m)
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          stdout: () => out,
          stderr: () => err,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}): ${out}${err}`)));
  });
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** A throwaway redis-server (no persistence) on `port`; resolves once it accepts connections. */
export async function startRedisServer(port: number): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    stop: () => {
      child.kill('SIGKILL'); // as a crash: no goodbye to the clients
      return exited;
    },
  };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket();
    s.once('connect', () => {
      s.write('PING\r\n');
    });
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.once('error', () => resolve(false));
    s.connect(port, '127.0.0.1');
  });
}
