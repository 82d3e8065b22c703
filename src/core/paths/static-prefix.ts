/** The directory part of a glob before its first wildcard (`knowledge/**\/*.md` → `knowledge`): what to watch. */
export function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const i = parts.findIndex((p) => /[*?[\]{}!]/.test(p));
  return (i < 0 ? parts.slice(0, -1) : parts.slice(0, i)).join('/') || '.';
}
