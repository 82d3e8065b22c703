import type { CommandDef } from 'citty';

// biome-ignore lint/suspicious/noExplicitAny: citty types subcommands as CommandDef<any>
type AnyCommand = CommandDef<any>;

const resolveValue = async <T>(
  v: T | Promise<T> | (() => T | Promise<T>) | undefined,
): Promise<T | undefined> => (typeof v === 'function' ? await (v as () => T | Promise<T>)() : await v);

/** The subcommand an argv names (for help), with its parent. */
export async function resolveCommand(
  root: AnyCommand,
  argv: string[],
): Promise<[AnyCommand, AnyCommand | undefined]> {
  let cmd = root;
  let parent: AnyCommand | undefined;
  for (const word of argv) {
    if (word.startsWith('-')) continue;
    const subs = await resolveValue(cmd.subCommands);
    const next = subs ? await resolveValue(subs[word] as AnyCommand | undefined) : undefined;
    if (!next) break;
    parent = cmd;
    cmd = next;
  }
  return [cmd, parent];
}
