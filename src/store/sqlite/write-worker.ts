/**
 * @module A second connection to the same SQLite file, in a worker thread, that runs batches of writes: a
 * busy server hands its trace rows here so inserting and indexing them (~20 µs a request, and a few ms per
 * batch that would stall every open request) happen off the event loop. WAL lets both connections work.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One statement run: the index of its SQL in the worker's list, and its parameters. */
export type WriteOp = [statement: number, params: unknown[]];

export interface WriteWorker {
  /** Runs the ops in one transaction; resolves once committed. */
  run(ops: WriteOp[]): Promise<void>;
  /** Waits for what was sent, then stops the thread. */
  close(): Promise<void>;
}

// Plain JavaScript run with `eval: true`, so the same code works from the build and from the TypeScript
// sources under test (a worker cannot load a .ts file).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const statements = workerData.statements.map((sql) => db.prepare(sql));
const runAll = db.transaction((ops) => {
  for (const [i, params] of ops) statements[i].run(params);
});
parentPort.on('message', ({ id, ops }) => {
  if (ops === 'close') {
    db.close();
    parentPort.postMessage({ id });
    return;
  }
  try {
    runAll(ops);
    parentPort.postMessage({ id });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

/** Starts the worker on `file` with the statements it may run. */
export function startWriteWorker(file: string, statements: string[]): WriteWorker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, statements, driver } });
  // The thread must not keep a finished CLI alive; pending writes hold it with ref() below.
  worker.unref();
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let dead: Error | undefined;
  const settle = (id: number, error?: string) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (!pending.size) worker.unref();
    if (error) p.reject(new Error(error));
    else p.resolve();
  };
  worker.on('message', (m: { id: number; error?: string }) => settle(m.id, m.error));
  const failAll = (err: Error) => {
    dead = err;
    for (const id of [...pending.keys()]) settle(id, err.message);
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the write worker stopped (exit code ${code})`)));
  const send = (ops: WriteOp[] | 'close') =>
    new Promise<void>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ops });
    });
  return {
    run: (ops) => (ops.length ? send(ops) : Promise.resolve()),
    async close() {
      if (dead) return;
      await send('close').catch(() => {});
      await worker.terminate();
    },
  };
}
