import { z } from 'zod';
import { configSchema } from './schema.js';

/** The JSON Schema of tandem.yaml, for editor completion (yaml-language-server, VS Code). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { ...schema, title: 'tandem.yaml', $id: 'https://tandem.dev/schema/tandem.json' };
}
