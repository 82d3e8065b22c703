/**
 * @module Tells binary data from text before it is decoded: without this, an image saved as notes.md is
 * "decoded" as windows-1252 and its noise indexed as if it were a document.
 */

// Signatures of the binary files most often found among documents, to name what the file really is.
const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const SAMPLE = 8000; // as git does: the first 8000 bytes decide

/** What binary data `bytes` hold ("PNG image", "binary data"), or undefined when they read as text. */
export function detectBinary(bytes: Uint8Array): string | undefined {
  if (hasBom(bytes)) return undefined;
  const known = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (known) return known[0];
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) return 'binary data';
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  // Text in any 8-bit encoding has almost no control characters; a tenth of them is data, not prose.
  return sample.length && control / sample.length > 0.1 ? 'binary data' : undefined;
}

function hasBom(b: Uint8Array): boolean {
  return (
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff)
  );
}

// C0 controls other than tab, newline, vertical tab, form feed and carriage return; and DEL.
function isControl(b: number): boolean {
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d)) || b === 0x7f;
}
