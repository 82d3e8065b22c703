// The peer of bench:studio: `promptfoo view` showing an eval of the same size. promptfoo is installed into a
// temporary folder by this benchmark (never a dependency of tandem); the eval is written in promptfoo's own
// output format and brought in with `promptfoo import`, then its viewer is opened in the same Chromium.
export async function promptfooView() {
  throw new Error('the promptfoo peer is not measured yet: run without --peer');
}
