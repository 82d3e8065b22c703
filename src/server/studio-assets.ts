/**
 * @module The studio's static files (built by Vite into dist/studio): hashed assets with a year's cache,
 * compressed once in memory for clients that accept gzip; index.html, never cached, for `/` and every
 * studio path (the client routes them), so a page reloads where it was. Nothing is loaded from outside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';

// dist/studio beside this module's dist/ (or src/ under test): both are two levels below the package root.
const STUDIO_DIR = fileURLToPath(new URL('../../dist/studio/', import.meta.url));

/** The paths the studio's client routes (each answers index.html). */
export const STUDIO_PAGES = /^\/(?:$|runs|compare|traces|prompts|playground|reviews|dashboard|keys)(?:\/|$)/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// Only what the page needs: scripts, styles and data from this server, no frames, no other origin.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset {
  body: Buffer;
  gzip?: Buffer;
  type: string;
}

/** Mounts the studio at `/`; `dir` is where its build is (default dist/studio). */
export function mountStudio(app: Hono, dir = STUDIO_DIR): void {
  const assets = new Map<string, Asset>();
  const assetDir = join(dir, 'assets');
  if (existsSync(assetDir))
    for (const name of readdirSync(assetDir)) {
      const body = readFileSync(join(assetDir, name));
      const type = TYPES[extname(name)] ?? 'application/octet-stream';
      assets.set(name, {
        body,
        type,
        ...(/^text|json|svg/.test(type) ? { gzip: gzipSync(body, { level: 9 }) } : {}),
      });
    }
  const index = existsSync(join(dir, 'index.html')) ? readFileSync(join(dir, 'index.html')) : undefined;

  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.text('no such studio file', 404);
    c.header('cache-control', 'public, max-age=31536000, immutable');
    return send(c, asset);
  });
  app.get('*', async (c, next) => {
    if (!STUDIO_PAGES.test(c.req.path)) return next();
    c.header('cache-control', 'no-cache');
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    if (!index)
      return c.html(
        '<!doctype html><title>tandem studio</title><p>The studio is not built: run <code>npm run build</code> in the tandem package.</p>',
        503,
      );
    return c.body(new Uint8Array(index), 200, { 'content-type': TYPES['.html']! });
  });
}

function send(c: Context, asset: Asset): Response {
  c.header('content-type', asset.type);
  c.header('vary', 'accept-encoding');
  if (asset.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    c.header('content-encoding', 'gzip');
    return c.body(new Uint8Array(asset.gzip));
  }
  return c.body(new Uint8Array(asset.body));
}
