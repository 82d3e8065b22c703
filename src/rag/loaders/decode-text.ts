import chardet from 'chardet';

/** Decodes file bytes to text: BOMs first, then strict UTF-8, then the encoding chardet detects (e.g. Latin-1). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: let chardet guess; ISO-8859-1 is decoded as windows-1252, its superset (curly quotes, €).
    const guess = (chardet.detect(bytes) ?? 'windows-1252').toLowerCase();
    const encoding = guess === 'iso-8859-1' || guess === 'ascii' ? 'windows-1252' : guess;
    try {
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
    } catch {
      return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  }
}
