import { spawn } from 'node:child_process';
import { type RedisEvent, type ServerEvent, startServer } from '../../api/index.js';
import { stdoutColors as pc, stderrColors } from '../output/colors.js';
import { printFirstUse } from './ensure-knowledge.js';

export interface ServeOptions {
  root: string;
  configFile?: string;
  port: number;
  host: string;
  /** Seconds in-flight requests get after SIGTERM before their connections are closed. */
  shutdownTimeoutS: number;
  /** Started as `tandem ui`: the studio's address comes first, and is opened in a browser if asked. */
  studio?: { open: boolean };
}

/** `tandem serve`: runs until SIGINT or SIGTERM, then stops accepting, finishes requests and flushes traces. */
export async function serve(o: ServeOptions): Promise<void> {
  const server = await startServer({
    root: o.root,
    configFile: o.configFile,
    port: o.port,
    host: o.host,
    shutdownTimeoutMs: o.shutdownTimeoutS * 1000,
    onEvent: (e) => printServerEvent(e, o),
    // The studio's first pages are the newest runs: read them before anyone asks.
    ...(o.studio ? { warmRuns: 3 } : {}),
  });
  const studioUrl = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${server.port}/`;
  if (o.studio) process.stdout.write(`tandem studio ${pc.cyan(studioUrl)}\n`);
  process.stdout.write(
    `tandem serving ${pc.cyan(`http://${o.host}:${server.port}/v1`)} (OpenAI Chat Completions and Responses, Anthropic Messages; models: GET /v1/models)\n`,
  );
  if (!o.studio) process.stdout.write(pc.dim(`studio: ${studioUrl}\n`));
  if (o.studio?.open) openInBrowser(studioUrl);
  if (server.metricsOpen)
    process.stdout.write(
      pc.yellow(
        'note: /metrics is open to anyone who can reach this port (it names keys, models and spend); set TANDEM_METRICS_KEY to require it as a bearer token\n',
      ),
    );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}

function printServerEvent(e: ServerEvent, o: ServeOptions): void {
  switch (e.type) {
    case 'knowledge-indexed':
    case 'knowledge-missing':
      printFirstUse(e);
      return;
    case 'draining':
      process.stdout.write(pc.dim(`stopping: finishing open requests (up to ${o.shutdownTimeoutS} s)…\n`));
      return;
    case 'deadline-passed':
      process.stderr.write('shutdown deadline passed: ending the requests still open\n');
      return;
    case 'closed':
      return;
    case 'pruned':
      process.stdout.write(pc.dim(`retention: deleted ${e.traces} traces and ${e.runs} eval runs\n`));
      return;
    case 'prune-failed':
      process.stderr.write(`retention: pruning failed (${e.message}); it is tried again in an hour\n`);
      return;
    case 'redis':
      printRedisEvent(e);
      return;
  }
}

// One line when Redis connects, one warning per outage (what it means for limits), one notice on recovery.
function printRedisEvent(e: RedisEvent): void {
  if (e.state === 'connected') {
    process.stdout.write(
      `rate limits, budgets, response cache and key revocations shared through Redis at ${pc.cyan(e.url)}\n`,
    );
    return;
  }
  if (e.state === 'back') {
    process.stdout.write(`${pc.green('Redis is back')} at ${e.url}: limits and budgets are shared again\n`);
    return;
  }
  const meaning =
    e.onFailure === 'refuse'
      ? 'requests with keys that have limits are refused (503) until it is back'
      : 'rate limits and budgets are counted per replica until it is back';
  process.stderr.write(
    `${stderrColors.yellow('warning')} Redis at ${e.url} is unreachable (${e.error ?? 'no answer'}): ${meaning}\n`,
  );
}

// The desktop's own opener; where there is none (a server, CI) the printed address is enough.
function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => process.stdout.write(pc.dim(`could not open a browser: open ${url} yourself\n`)));
    child.unref();
  } catch {
    process.stdout.write(pc.dim(`could not open a browser: open ${url} yourself\n`));
  }
}
