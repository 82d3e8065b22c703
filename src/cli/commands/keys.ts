import { projectArgs, projectDir } from '../args.js';
import { defineCommand } from '../command/index.js';

const load = () => import('./keys-run.js');

export default defineCommand({
  meta: {
    name: 'keys',
    description: 'Create, list and revoke the virtual API keys `tandem serve` accepts',
  },
  subCommands: {
    create: defineCommand({
      meta: { name: 'create', description: 'Create a key (its secret is shown once)' },
      args: {
        name: { type: 'string', description: 'who or what uses the key', required: true, valueHint: 'name' },
        rpm: { type: 'number', integer: true, min: 1, description: 'requests per minute', valueHint: 'n' },
        tpm: { type: 'number', integer: true, min: 1, description: 'tokens per minute', valueHint: 'n' },
        'budget-usd-day': {
          type: 'number',
          positive: true,
          description: 'spend per UTC day, in USD',
          valueHint: 'usd',
        },
        'budget-usd-month': {
          type: 'number',
          positive: true,
          description: 'spend per UTC month, in USD',
          valueHint: 'usd',
        },
        routes: {
          type: 'string',
          synonyms: ['models', 'model'],
          description: 'models it may call, comma-separated (routes, providers, app:<name>)',
          valueHint: 'a,b',
        },
        role: {
          type: 'enum',
          options: ['client', 'read-only', 'reviewer', 'admin'],
          description:
            'what its holder may do: client (call models and apps), read-only (also read the studio), reviewer (also sign off, move labels, run evals and the playground), admin (also manage keys); default client',
          valueHint: 'role',
        },
        ...projectArgs,
      },
      run: async ({ args }) =>
        (await load()).createKey(projectDir(args.cwd), args.config, {
          name: args.name,
          rpm: args.rpm,
          tpm: args.tpm,
          budgetUsdDay: args['budget-usd-day'],
          budgetUsdMonth: args['budget-usd-month'],
          routes: args.routes,
          role: args.role,
        }),
    }),
    list: defineCommand({
      meta: { name: 'list', description: 'List keys with their limits and spend today' },
      args: { ...projectArgs },
      run: async ({ args }) => (await load()).listKeys(projectDir(args.cwd), args.config),
    }),
    revoke: defineCommand({
      meta: {
        name: 'revoke',
        description: 'Revoke a key by name or id; a running server refuses it within a second',
      },
      args: {
        name: { type: 'positional', description: 'key name or id', required: true },
        ...projectArgs,
      },
      run: async ({ args }) => (await load()).revokeKey(projectDir(args.cwd), args.config, args.name),
    }),
  },
});
