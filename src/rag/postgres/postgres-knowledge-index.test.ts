// What the PostgreSQL index adds to the contract (../knowledge-index.test.ts): tables in a named schema,
// many processes opening and writing at once, and caches that follow other processes' writes.
import { expect, it } from 'vitest';
import { usePgTestSchema } from '../../../test/support/pg-test-schema.js';
import { describeWithPostgres } from '../../../test/support/services.js';
import type { IndexEntry } from '../knowledge-index.js';
import { parseCsvRecords } from '../loaders/load-records.js';
import { openPostgresKnowledgeIndex } from './postgres-knowledge-index.js';

function entry(id: string, text: string, vector?: number[]): IndexEntry {
  return {
    doc: { id, source: `${id}.md`, hash: id, metadata: {} },
    chunks: [{ id: `${id}#0`, docId: id, ord: 0, text, headings: [], tokens: 5 }],
    ...(vector ? { vectors: [Float32Array.from(vector)] } : {}),
  };
}

describeWithPostgres('the PostgreSQL index', () => {
  const pg = usePgTestSchema('kbpg');

  it('puts its tables in the schema it is given, making the schema when missing', async () => {
    const schema = `${pg.schema}_named`;
    try {
      // The admin pool's search_path does not name the schema: every table name is qualified.
      const index = await openPostgresKnowledgeIndex(pg.admin, 'kb', { schema });
      await index.upsert([entry('a', 'Lockers at the depot.')]);
      const [row] = await pg.admin`SELECT to_regclass(${`"${schema}".kb_postings`})::text AS t`;
      expect(row!.t).toBe(`${schema}.kb_postings`);
      const again = await openPostgresKnowledgeIndex(pg.admin, 'kb', { schema });
      expect((await again.searchText('lockers', { k: 1 }))[0]!.doc.id).toBe('a');
    } finally {
      await pg.admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it("keeps a CSV table's rows with the metadata the loader gives them", async () => {
    const rows = await parseCsvRecords(
      'code,payment,rate_gbp,review_date\nSB-01,Weekday standby,25.00,2027-03-31\nSB-02,Weekend standby,130.00,2027-03-31\n',
      'docs/rates.csv',
      undefined,
    );
    const index = await openPostgresKnowledgeIndex(pg.sql, 'tables');
    await index.upsert(
      rows.map((r) => ({
        doc: { id: r.id, source: r.source, hash: 'h', metadata: r.metadata },
        chunks: [{ id: `${r.id}#0`, docId: r.id, ord: 0, text: r.blocks[0]!.text, headings: [], tokens: 5 }],
      })),
    );
    const docs = await index.documents();
    expect(docs.map((d) => d.metadata.tableRow)).toEqual(rows.map((r) => r.metadata.tableRow));
    expect(docs[0]!.metadata.tableUntil).toBe('2027-03-31');
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresKnowledgeIndex(pg.sql, 'kb', { schema: 'a; DROP TABLE x' }),
    ).rejects.toMatchObject({
      code: 'STORE_ERROR',
      hint: expect.stringContaining('letters, digits and _'),
    });
  });

  it('opens from many processes at once, and keeps exact counts under concurrent writers', async () => {
    const indexes = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresKnowledgeIndex(pg.sql, 'busy')),
    );
    // Eight writers at once: each base row lock makes them take turns, so no document frequency is lost.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        indexes[i % 4]!.upsert([entry(`d${i}`, `Parcel number ${i} in locker.`)]),
      ),
    );
    await Promise.all(indexes.map((ix, i) => ix.upsert([entry('same', `Version ${i} of one parcel note.`)])));
    const stats = await indexes[0]!.stats();
    expect([stats.documents, stats.chunks]).toEqual([9, 9]);
    const { chunks, df } = await indexes[1]!.termStats(['parcel', 'locker']);
    expect([chunks, df.get('parcel'), df.get('locker')]).toEqual([9, 9, 8]);
  });

  it('sees vectors another process wrote since its last search', async () => {
    const [reader, writer] = await Promise.all([
      openPostgresKnowledgeIndex(pg.sql, 'shared'),
      openPostgresKnowledgeIndex(pg.sql, 'shared'),
    ]);
    await writer.upsert([entry('east', 'Due east.', [1, 0]), entry('north', 'Due north.', [0, 1])]);
    const query = Float32Array.from([1, 1]);
    expect((await reader.searchVector(query, { k: 1 }))[0]!.doc.id).toBe('east'); // east and north tie: earlier row
    await writer.upsert([entry('ne', 'North-east.', [1, 1])]);
    expect((await reader.searchVector(query, { k: 1 }))[0]!.doc.id).toBe('ne');
    await writer.remove(['ne']);
    expect((await reader.searchVector(query, { k: 3 })).map((h) => h.doc.id)).toEqual(['east', 'north']);
  });

  it('stores text without the U+0000 PostgreSQL cannot hold, and nothing else changed', async () => {
    const index = await openPostgresKnowledgeIndex(pg.sql, 'nul');
    await index.upsert([entry('pdf', 'Page\u0000 one of the “manual”.')]);
    const [hit] = await index.searchText('manual', { k: 1 });
    expect(hit!.chunk.text).toBe('Page one of the “manual”.');
  });
});
