import { type MetadataFilter, type RetrievalMode, TandemError } from '../../core/index.js';
import { loadProject, searchAsAsked } from '../../pipeline/index.js';
import {
  expiredAfter,
  findSourceFiles,
  judgedFromLabel,
  replacedBy,
  scopeOf,
  statusToShow,
} from '../../rag/index.js';
import { stdoutColors as pc } from '../output/colors.js';

export interface SearchCommandOptions {
  root: string;
  configFile?: string;
  knowledge: string;
  query: string;
  mode?: RetrievalMode;
  k?: number;
  filters: string[];
  json: boolean;
  /** Search the words as typed, without the app's reading of a question. */
  exact?: boolean;
}

/** `tandem search`: ranked chunks with scores, sources and heading paths. */
export async function searchCommand(o: SearchCommandOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile });
  try {
    const kb = await project.knowledge.get(o.knowledge);
    const stats = await kb.index.stats();
    if (!stats.documents) {
      // Sources that match no file make ingest fail too: say so, rather than send the user to it.
      await findSourceFiles({
        root: project.root,
        name: o.knowledge,
        config: kb.config,
        indexedFiles: 0,
      });
      throw new TandemError('KNOWLEDGE_NOT_FOUND', `knowledge base "${o.knowledge}" is empty`, {
        hint: `Run \`tandem ingest ${o.knowledge}\` first.`,
      });
    }
    const options = { mode: o.mode, k: o.k, filter: parseFilters(o.filters) };
    // By default the query is read as an app reads a question, so search shows what an app would retrieve.
    const { hits, query } = o.exact
      ? { hits: await kb.retriever.retrieve(o.query, options), query: o.query }
      : await searchAsAsked(kb, o.query, options);
    if (o.json) {
      process.stdout.write(
        `${JSON.stringify(
          hits.map((h) => ({
            score: h.score,
            source: h.doc.source,
            title: h.doc.title,
            ...(h.doc.metadata.status ? { status: h.doc.metadata.status } : {}),
            ...(replacedBy(h.doc.metadata) ? { replacedBy: replacedBy(h.doc.metadata) } : {}),
            ...(expiredAfter(h.doc.metadata) ? { inForceUntil: expiredAfter(h.doc.metadata) } : {}),
            ...(scopeOf(h.doc.metadata) ? { appliesTo: scopeOf(h.doc.metadata) } : {}),
            ...h.chunk,
          })),
          null,
          2,
        )}\n`,
      );
      return;
    }
    if (query.toLowerCase() !== o.query.toLowerCase())
      process.stdout.write(pc.dim(`searched as: ${query} (--exact searches the words as typed)\n\n`));
    if (!hits.length) process.stdout.write(pc.dim('no matching chunks\n'));
    hits.forEach((h, i) => {
      const where = [h.doc.source + (h.chunk.page ? ` p.${h.chunk.page}` : ''), ...h.chunk.headings].join(
        ' › ',
      );
      process.stdout.write(
        `${pc.bold(`${i + 1}.`)} ${pc.cyan(where)}${statusLabel(h.doc.metadata)}${scopeLabel(h.doc.metadata)} ${pc.dim(`score ${h.score.toFixed(4)}`)}\n`,
      );
      const text = h.chunk.text.replace(/\s+/g, ' ');
      process.stdout.write(`   ${text.length > 240 ? `${text.slice(0, 239)}…` : text}\n\n`);
    });
  } finally {
    await project.close();
  }
}

function parseFilters(pairs: string[]): MetadataFilter | undefined {
  if (!pairs.length) return undefined;
  const filter: MetadataFilter = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0)
      throw new TandemError('USAGE', `--filter expects key=value, got "${p}"`, {
        hint: 'e.g. --filter category=billing',
      });
    const key = p.slice(0, eq);
    const value = p.slice(eq + 1);
    const prev = filter[key];
    filter[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value].map(String);
  }
  return filter;
}

// A document that no longer applies (or not yet) says so next to its place.
function statusLabel(metadata: Record<string, unknown>): string {
  const status = statusToShow(metadata);
  // Judged from another document's words: the reader sees which one.
  const by = replacedBy(metadata);
  const until = expiredAfter(metadata);
  const from = by ? `: ${judgedFromLabel(by)}` : until ? `: in force until ${until}` : '';
  return status ? ` ${pc.yellow(`[${status}${from}]`)}` : '';
}

// Where a document says it applies, so a reader sees why it may not answer for another site.
function scopeLabel(metadata: Record<string, unknown>): string {
  const scope = scopeOf(metadata);
  return scope ? ` ${pc.dim(`[${scope}]`)}` : '';
}
