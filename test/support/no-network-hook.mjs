// `node --import ./no-network-hook.mjs …`: the process may connect to this machine only. Any other connect
// (socket, http, tls or fetch) prints "network forbidden" to stderr and throws.
import net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;
const refuse = (host) => {
  process.stderr.write(`network forbidden: ${host}\n`);
  throw new Error(`network forbidden: ${host}`);
};
const hostOf = (args) => {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (first && typeof first === 'object') return first.path ? undefined : (first.host ?? 'localhost');
  if (typeof first === 'number' || /^\d+$/.test(String(first)))
    return typeof second === 'string' ? second : 'localhost';
  return undefined;
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) refuse(host);
  return connect.apply(this, args);
};
const fetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!LOOPBACK.test(url.hostname.replace(/^\[|\]$/g, ''))) refuse(url.hostname);
  return fetch(input, init);
};
