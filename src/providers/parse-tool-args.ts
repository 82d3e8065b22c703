/** Parses tool-call arguments; invalid JSON is kept raw so the tool loop can tell the model. */
export function parseToolArgs(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : { _raw: text };
  } catch {
    return { _raw: text };
  }
}
