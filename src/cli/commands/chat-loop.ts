/**
 * @module The interactive chat: one line in, one streamed answer out, history kept between turns.
 * Ctrl-C stops the current answer; at the prompt it exits. Works with piped input too.
 */
import { createInterface } from 'node:readline/promises';
import { isTandemError, type Message, TandemError } from '../../core/index.js';
import { type App, type AppResult, firstRequiredInput, loadProject } from '../../pipeline/index.js';
import { stdoutColors as pc } from '../output/colors.js';
import { formatUserError } from '../output/format-error.js';
import { citationLabel, footer, readingNote } from '../output/print-result.js';
import { ensureKnowledge } from './ensure-knowledge.js';

export interface ChatOptions {
  root: string;
  configFile?: string;
  target: string;
  inputName?: string;
  fixedVars: Record<string, unknown>;
  stream: boolean;
}

// A line that is one word after a slash ("/foo", "/help") reads as a command, not a question.
const UNKNOWN_COMMAND = /^\/[a-z][\w-]*$/i;

/** Runs the chat until /exit, end of input or Ctrl-C at the prompt. */
export async function chatLoop(o: ChatOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile });
  let rl: ReturnType<typeof createInterface> | undefined;
  let current: AbortController | undefined;
  const onSigint = () => {
    if (current) current.abort();
    else rl?.close();
  };
  process.on('SIGINT', onSigint);
  try {
    const app = await project.target(o.target);
    await ensureKnowledge(project, app);
    const inputName = o.inputName ?? (await chatInput(app));
    const history: Message[] = [];
    rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    rl.on('SIGINT', onSigint);
    // Take the iterator at once: it buffers lines, so piped input is not lost while an answer is written.
    const lines = rl[Symbol.asyncIterator]();
    process.stdout.write(
      pc.dim(
        `Chatting with ${app.name}${app.description ? ` (${app.description})` : ''}. /reset clears history, /exit quits.\n`,
      ),
    );
    rl.setPrompt(pc.bold('you › '));
    rl.prompt();
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value.trim();
      if (!process.stdin.isTTY && line) process.stdout.write(`${line}\n`);
      if (line === '/exit' || line === '/quit') break;
      if (line === '/reset') {
        history.length = 0;
        process.stdout.write(pc.dim('history cleared\n'));
      } else if (UNKNOWN_COMMAND.test(line)) {
        // A mistyped command is not a question: it is not sent, nor kept in the conversation.
        process.stdout.write(
          `${pc.yellow(`unknown command ${line}`)} ${pc.dim('(commands: /reset, /exit)')}\n`,
        );
      } else if (line) {
        current = new AbortController();
        const turn = { ...o.fixedVars, [inputName]: line };
        await chatTurn(app, turn, line, history, current.signal, o.stream).finally(() => {
          current = undefined;
        });
      }
      rl.prompt();
    }
    process.stdout.write('\n');
  } finally {
    process.off('SIGINT', onSigint);
    rl?.close();
    await project.close();
  }
}

/** One question and its answer, kept in `history`; a stopped, failed or refused answer is said and not kept. */
async function chatTurn(
  app: App,
  vars: Record<string, unknown>,
  line: string,
  history: Message[],
  signal: AbortSignal,
  stream: boolean,
): Promise<void> {
  try {
    const answer = await answerOnce(app, vars, history, signal, stream);
    // A refused turn stays out of the history: kept, it would make the guardrail refuse every later turn.
    if (answer.blocked) {
      const by = answer.guardrails.find((d) => d.action === 'blocked')?.name;
      const which = by ? `the "${by}" guardrail` : 'a guardrail';
      process.stdout.write(pc.dim(`(${which} refused this turn; it is not kept in the history)\n`));
    } else history.push({ role: 'user', content: line }, { role: 'assistant', content: answer.text });
  } catch (err) {
    if (isTandemError(err) && err.code === 'ABORTED') process.stdout.write(pc.yellow('\n(stopped)\n'));
    else if (isTandemError(err)) process.stdout.write(`${formatUserError(err, pc)}\n`);
    else throw err;
  }
}

async function answerOnce(
  app: App,
  vars: Record<string, unknown>,
  history: Message[],
  signal: AbortSignal,
  stream: boolean,
): Promise<AppResult> {
  process.stdout.write(pc.bold(`${app.name} › `));
  if (!stream) {
    const r = await app.run({ vars, history }, { signal });
    process.stdout.write(`${r.text}\n${underAnswer(r)}`);
    return r;
  }
  for await (const ev of app.stream({ vars, history }, { signal })) {
    if (ev.type === 'text-delta') process.stdout.write(ev.text);
    else if (ev.type === 'tool-call')
      process.stdout.write(pc.dim(`\n→ ${ev.toolCall.name}(${JSON.stringify(ev.toolCall.args)})\n`));
    else if (ev.type === 'done') {
      process.stdout.write(`\n${underAnswer(ev.result)}`);
      return ev.result;
    }
  }
  throw new TandemError('ABORTED', 'the answer stopped before it finished');
}

// What a turn shows under its answer, streamed or not: its sources, how the question was read, the footer.
function underAnswer(r: AppResult): string {
  const cites = r.citations.map((c, i) => `[${c.marker ?? i + 1}] ${citationLabel(c)}`).join('  ');
  return `${cites ? `${pc.cyan(cites)}\n` : ''}${readingNote(r)}${pc.dim(footer(r))}\n`;
}

async function chatInput(app: App): Promise<string> {
  const name = await firstRequiredInput(app.prompt);
  if (!name) {
    throw new TandemError('USAGE', `prompt "${app.prompt.name}" declares no input for chat messages`, {
      hint: 'Add input.schema (e.g. `question: string`) to the prompt, or pass --input NAME.',
    });
  }
  return name;
}
