/** @module Who runs the CLI, as runs and label moves record it (`cli:<user>`). */
import { userInfo } from 'node:os';

/** `cli:<the operating system's user name>`. */
export function cliUser(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${process.env.USER ?? 'unknown'}`;
  }
}
