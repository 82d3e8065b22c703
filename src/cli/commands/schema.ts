import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

export default defineCommand({
  meta: { name: 'schema', description: 'Print the JSON Schema of tandem.yaml (for editor completion)' },
  args: {
    write: { type: 'boolean', description: 'write tandem.schema.json into the project instead of printing' },
    cwd: projectArgs.cwd,
  },
  async run({ args }) {
    const { configJsonSchema } = await import('../../core/index.js');
    const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
    if (!args.write) {
      process.stdout.write(text);
      return;
    }
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const file = join(projectDir(args.cwd), 'tandem.schema.json');
    await writeFile(file, text);
    process.stdout.write(`wrote ${file}\n`);
  },
});
