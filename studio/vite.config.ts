// The studio's build: Preact with signals, bundled into dist/studio with hashed file names, which
// `tandem serve` serves with a year's cache (index.html is never cached, so a new build is seen at once).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/studio', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // Nothing is inlined as a data: URL or loaded from elsewhere: the page works offline behind a CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
