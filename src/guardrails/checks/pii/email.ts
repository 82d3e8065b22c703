/**
 * @module E-mail addresses, and the address-like things that are not one: `git@github.com:org/repo.git` (an
 * scp-style remote), a URL's user part (`https://TOKEN@github.com/…`), `banner@2x.png` (a file), a package
 * at a version (`@types/node@20.11.0`), a user at a host (`deploy@prod-web-01`, `ssh ubuntu@host.example.com`).
 */
import { type Match, matchesOf } from './kinds.js';

// The domain needs a letters-only top-level label, so `node@20.11.0` and `deploy@prod-web-01` never match.
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
// Endings of file names, which are no top-level domain: `banner@2x.png`, `logo@3x.webp`.
const FILE_ENDING =
  /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|csv|txt|json|ya?ml|md|js|mjs|cjs|ts|tsx|jsx|css|scss|html?|xml|lock|log|zip|gz|tgz)$/i;
const URL_USER_PART = /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*$/i;
// `ssh ubuntu@ec2-3-120-45-67.compute.amazonaws.com` logs in as a user on a host.
const LOGIN_COMMAND = /\b(?:ssh|sftp|mosh|telnet)\s+(?:-\w+(?:\s+[^\s@-]\S*)?\s+)*$/;

function isAddress(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (FILE_ENDING.test(m[0])) return false;
  // `git@github.com:org/repo` names a repository path after the colon.
  if (/^:[\w~./-]/.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, m.index - 200), m.index);
  return !URL_USER_PART.test(before) && !LOGIN_COMMAND.test(before);
}

/** E-mail addresses in `text`. */
export function findEmails(text: string): Match[] {
  return matchesOf(text, EMAIL, (m) => isAddress(text, m));
}
