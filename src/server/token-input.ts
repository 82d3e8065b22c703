/**
 * @module Token-array input to `/v1/embeddings`: clients such as LangChain's OpenAIEmbeddings send text already
 * tokenised with tiktoken's cl100k_base (the encoding of OpenAI's embedding models). tandem decodes it back to
 * text, so every provider (not only OpenAI) can embed it. The encoding loads on the first such request.
 */
type Decoder = (tokens: number[]) => string;
let decoder: Promise<Decoder> | undefined;

/** cl100k_base's decoder, loaded once. */
function cl100k(): Promise<Decoder> {
  decoder ??= Promise.all([import('js-tiktoken/lite'), import('js-tiktoken/ranks/cl100k_base')]).then(
    ([{ Tiktoken }, ranks]) => {
      const encoding = new Tiktoken(ranks.default);
      return (tokens) => encoding.decode(tokens);
    },
  );
  return decoder;
}

/** The texts token arrays stand for, or what is wrong with them (a 400's message and the field). */
export async function textsOfTokens(
  input: number[] | number[][],
): Promise<{ ok: true; texts: string[] } | { ok: false; message: string; param: string }> {
  const nested = Array.isArray(input[0]);
  const arrays = nested ? (input as number[][]) : [input as number[]];
  const decode = await cl100k();
  for (const [i, tokens] of arrays.entries()) {
    const bad = tokens.findIndex((t) => t < 0 || decode([t]) === '');
    if (bad >= 0)
      return {
        ok: false,
        message: `token ${tokens[bad]} is not in cl100k_base (the encoding of OpenAI's embedding models, which tandem decodes token arrays with); send cl100k_base ids or the text itself`,
        param: nested ? `input[${i}][${bad}]` : `input[${bad}]`,
      };
  }
  return { ok: true, texts: arrays.map(decode) };
}
