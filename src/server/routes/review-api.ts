/**
 * @module Reviews over HTTP, as `tandem playbook` gives them: who the caller is (GET /api/me: the key's
 * name and role, the sign-off roles and gated labels of the project), every app's standing with its
 * reviewers (GET /api/reviews), one app's playbook page with what changed since its last approval
 * (GET /api/reviews/:app), and a sign-off (POST /api/reviews/:app). A keyed sign-off is signed by its key.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import {
  collectPlaybook,
  requiredRoles,
  reviewStanding,
  signOffApp,
  withoutReviewed,
} from '../../playbook/index.js';
import { roleOf } from '../keys/role-guard.js';
import { answerBody, answerQuery } from '../read-query.js';

const none = z.strictObject({});
const signOffBody = z.strictObject({
  decision: z.enum(['approved', 'changes-requested']),
  role: z.string().min(1).optional(),
  note: z.string().max(10_000).optional(),
  by: z.string().min(1).max(200).optional().describe('who signs, when the server has no keys'),
});

/** Who signs or moves: the key's name when the request has one, else the name given (open server). */
export function signerOf(c: Context, given: string | undefined, what: string): string {
  const key = c.get('meter')?.key;
  if (key) return key.name;
  if (given?.trim()) return given.trim();
  throw new TandemError('USAGE', `${what} needs "by": the name of who does it`, {
    hint: 'Send { "by": "Ana" } (a server with keys records the key\'s name instead).',
  });
}

/** Mounts /api/me and the review endpoints. */
export function mountReviewApi(app: Hono, project: Project): void {
  app.get('/api/me', (c) =>
    answerQuery(c, none, async () => {
      const key = c.get('meter')?.key;
      return {
        open: !key,
        ...(key ? { name: key.name } : {}),
        // An open server (no keys yet, loopback only) lets whoever reaches it do everything.
        role: roleOf(c) ?? 'admin',
        signRoles: requiredRoles(project),
        gatedLabels: Object.keys(project.loaded.config.labels ?? {}),
      };
    }),
  );
  app.get('/api/reviews', (c) =>
    answerQuery(c, none, async () => ({
      data: await Promise.all(Object.keys(project.loaded.config.apps).map((a) => reviewStanding(project, a))),
    })),
  );
  app.get('/api/reviews/:app', (c) =>
    answerQuery(c, none, async () => {
      const [page] = await collectPlaybook(project, [knownApp(project, c.req.param('app'))]);
      // What each reviewer saw stays in the store: the page shows what changed, not the snapshots.
      return {
        ...page!,
        approvals: page!.approvals.map(withoutReviewed),
        approvedBy: page!.approvedBy.map(withoutReviewed),
        changesRequested: page!.changesRequested.map(withoutReviewed),
      };
    }),
  );
  app.post('/api/reviews/:app', (c) =>
    answerBody(
      c,
      signOffBody,
      async (b) => {
        const name = knownApp(project, c.req.param('app'));
        const signed = await signOffApp(project, name, {
          by: signerOf(c, b.by, 'a sign-off'),
          decision: b.decision,
          ...(b.role ? { role: b.role } : {}),
          ...(b.note ? { note: b.note } : {}),
        });
        return { signed: withoutReviewed(signed), status: await reviewStanding(project, name) };
      },
      201,
    ),
  );
}

function knownApp(project: Project, name: string): string {
  if (project.loaded.config.apps[name]) return name;
  throw new TandemError('APP_NOT_FOUND', `no app named "${name}"`, {
    hint: `apps: ${Object.keys(project.loaded.config.apps).join(', ')}`,
  });
}
