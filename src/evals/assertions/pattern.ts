/** `/pattern/flags` or a bare pattern as a RegExp; throws the engine's SyntaxError when it does not compile. */
export function compilePattern(source: string): RegExp {
  const m = source.match(/^\/([\s\S]+)\/([a-z]*)$/);
  return m ? new RegExp(m[1]!, m[2]) : new RegExp(source);
}
