/** A rough token count (4 characters a token), used where no tokenizer is at hand: local providers, chunking. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
