/**
 * @module The prompt endpoints the studio reads: prompts with their versions and labels (GET /api/prompts,
 * /api/prompts/:name), one version's files (GET /api/prompts/:name/versions/:ref) and a diff between two
 * (GET /api/prompts/:name/diff?from=&to=), on the same library functions as `tandem prompts`; label moves
 * (POST /api/prompts/:name/labels, through the label's gate; GET …/moves, the record; GET …/gate, a dry run).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Project } from '../../pipeline/index.js';
import { labelGate, moveLabel, withoutReviewed } from '../../playbook/index.js';
import { diffPromptVersions, listPromptSummaries, promptHistory } from '../../prompts/index.js';
import { answerBody, answerQuery } from '../read-query.js';
import { signerOf } from './review-api.js';

const none = z.strictObject({});
const diffQuery = z.strictObject({ from: z.string().min(1), to: z.string().min(1).optional() });
const movesQuery = z.strictObject({ label: z.string().min(1).optional() });
const gateQuery = z.strictObject({ label: z.string().min(1), version: z.string().min(1).optional() });
const moveBody = z.strictObject({
  label: z.string().min(1),
  version: z
    .string()
    .min(1)
    .optional()
    .describe('a version prefix or another label; default: the working file'),
  note: z.string().max(10_000).optional(),
  by: z.string().min(1).max(200).optional(),
});

/** Mounts the prompt endpoints. */
export function mountPromptApi(app: Hono, project: Project): void {
  const { prompts } = project;
  const store = project.store.prompts;
  app.get('/api/prompts', (c) =>
    answerQuery(c, none, async () => ({ data: await listPromptSummaries(prompts, store) })),
  );
  // With who signed off on apps running each version (what they saw stays in the store).
  app.get('/api/prompts/:name', (c) =>
    answerQuery(c, none, async () => {
      const name = c.req.param('name');
      const history = await promptHistory(prompts, store, name);
      const approvals = (await project.store.approvals.list({ prompt: name })).map(withoutReviewed);
      return { ...history, approvals };
    }),
  );
  app.get('/api/prompts/:name/versions/:ref', (c) =>
    answerQuery(c, none, async () => {
      const name = c.req.param('name');
      const ref = c.req.param('ref');
      const p = await prompts.load(ref === 'working' ? name : `${name}@${ref}`);
      const labels = (await store.listLabels(name))
        .filter((l) => l.version === p.version)
        .map((l) => l.label);
      return { name, version: p.version, origin: p.origin, source: p.source, partials: p.partials, labels };
    }),
  );
  app.get('/api/prompts/:name/diff', (c) =>
    answerQuery(c, diffQuery, (q) => diffPromptVersions(prompts, c.req.param('name'), q.from, q.to)),
  );
  app.get('/api/prompts/:name/moves', (c) =>
    answerQuery(c, movesQuery, async (q) => ({ data: await store.labelMoves(c.req.param('name'), q.label) })),
  );
  app.get('/api/prompts/:name/gate', (c) =>
    answerQuery(c, gateQuery, async (q) => {
      const name = c.req.param('name');
      const p = await prompts.load(q.version ? `${name}@${q.version}` : name);
      return labelGate(project, name, q.label, p.version);
    }),
  );
  app.post('/api/prompts/:name/labels', (c) =>
    answerBody(
      c,
      moveBody,
      (b) =>
        moveLabel(project, {
          prompt: c.req.param('name'),
          label: b.label,
          by: signerOf(c, b.by, 'a label move'),
          ...(b.version ? { ref: b.version } : {}),
          ...(b.note ? { note: b.note } : {}),
        }),
      201,
    ),
  );
}
