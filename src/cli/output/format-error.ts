import { formatLocation, isTandemError, type TandemError } from '../../core/index.js';
import { stderrColors } from './colors.js';

/** A user error as the terminal shows it: location, message, hint; related errors below. No stack. */
export function formatUserError(
  err: TandemError,
  pc = stderrColors,
  severity: 'error' | 'warning' = 'error',
): string {
  const label = severity === 'error' ? pc.red('error') : pc.yellow('warning');
  const lines: string[] = [];
  const one = (e: TandemError, first: boolean) => {
    const where = e.where ? `${pc.cyan(formatLocation(e.where))}: ` : '';
    lines.push(`${first ? label : pc.red('  also')} ${where}${e.message}`);
    if (e.hint) lines.push(`${first ? '' : '  '}  ${pc.dim('hint:')} ${e.hint}`);
  };
  one(err, true);
  for (const r of err.related) one(r, false);
  return lines.join('\n');
}

/** True for errors caused by the user's input, files or environment (printed without a stack trace). */
export function isUserError(err: unknown): err is TandemError {
  return isTandemError(err);
}
