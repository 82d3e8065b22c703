import { type AppOverrides, loadProject } from '../../pipeline/index.js';
import { checkPromptInput } from '../../prompts/index.js';
import { stdoutColors as pc } from '../output/colors.js';
import { formatResultDetails, resultJson } from '../output/print-result.js';
import { ensureKnowledge } from './ensure-knowledge.js';

export interface RunOnceOptions {
  root: string;
  configFile?: string;
  target: string;
  vars: Record<string, unknown>;
  /** Another prompt version or route for an app (`--prompt`, `--route`). */
  overrides?: AppOverrides;
  stream: boolean;
  json: boolean;
  noCache: boolean;
}

/** `tandem run`: loads the project, runs the target once, prints. */
export async function runOnce(o: RunOnceOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile });
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const app = await project.target(o.target, o.overrides);
    // An empty or misspelt input is told before a first use indexes the knowledge base, not after.
    await checkPromptInput(app.prompt, o.vars);
    await ensureKnowledge(project, app);
    const ctx = { signal: controller.signal, noCache: o.noCache };
    if (o.json && !o.stream) {
      process.stdout.write(`${JSON.stringify(resultJson(await app.run({ vars: o.vars }, ctx)), null, 2)}\n`);
      return;
    }
    if (!o.stream) {
      const result = await app.run({ vars: o.vars }, ctx);
      process.stdout.write(`${result.text}\n${formatResultDetails(result)}\n`);
      return;
    }
    for await (const ev of app.stream({ vars: o.vars }, ctx)) {
      if (o.json) {
        process.stdout.write(
          `${JSON.stringify(ev.type === 'done' ? { type: 'done', result: resultJson(ev.result) } : ev)}\n`,
        );
      } else if (ev.type === 'text-delta') process.stdout.write(ev.text);
      else if (ev.type === 'tool-call')
        process.stdout.write(pc.dim(`\n→ ${ev.toolCall.name}(${JSON.stringify(ev.toolCall.args)})\n`));
      else if (ev.type === 'reask')
        process.stdout.write(pc.yellow(`\n↻ answer did not match the schema, asking again\n`));
      else if (ev.type === 'done') process.stdout.write(`\n${formatResultDetails(ev.result)}\n`);
    }
  } finally {
    process.off('SIGINT', onSigint);
    await project.close();
  }
}
