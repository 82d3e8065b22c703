/**
 * Refuses every connection to a host that is not this machine, in this process: sockets (which http, https,
 * tls and fetch all open through) and fetch itself. Each refused host is recorded, and the connect throws, so
 * code that reaches out fails loudly. Used in-process (`forbidNetwork()`) and, for a child CLI, through
 * `node --import test/support/no-network-hook.mjs`.
 */
import net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;

/** The host a `socket.connect(...)` call aims at; undefined for a local (Unix) socket. */
function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first); // the normalised form node passes internally
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; path?: string };
    return o.path ? undefined : (o.host ?? 'localhost');
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first)))
    return typeof second === 'string' ? second : 'localhost';
  return undefined; // a path: a Unix socket
}

/** Starts refusing non-loopback connections; returns the hosts tried so far and a way to stop. */
export function forbidNetwork(): { attempts: string[]; restore(): void } {
  const attempts: string[] = [];
  const connect = net.Socket.prototype.connect;
  const fetch = globalThis.fetch;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args);
    if (host !== undefined && !LOOPBACK.test(host)) {
      attempts.push(host);
      throw new Error(`network forbidden in this test: connect to ${host}`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (!LOOPBACK.test(url.hostname.replace(/^\[|\]$/g, ''))) {
      attempts.push(url.hostname);
      throw new Error(`network forbidden in this test: fetch ${url.hostname}`);
    }
    return fetch(input, init);
  }) as typeof fetch;
  return {
    attempts,
    restore() {
      net.Socket.prototype.connect = connect;
      globalThis.fetch = fetch;
    },
  };
}
