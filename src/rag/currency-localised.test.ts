import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBaseConfig } from '../core/index.js';
import { currencyAcross } from './currency-across.js';
import type { IndexedDocument } from './knowledge-index.js';
import { loadFile } from './loaders/load-file.js';

const cfg = {
  sources: '**/*',
  exclude: [],
  chunking: { size: 300, overlap: 40 },
  retrieval: { k: 5, superseded: 'demote' },
} as unknown as KnowledgeBaseConfig;

// Each file written, loaded as ingest loads it, and judged against the others.
async function judge(files: Record<string, string>): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-localised-'));
  const docs: IndexedDocument[] = [];
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    for (const d of await loadFile(join(dir, name), `docs/${name}`, cfg))
      docs.push({ ...d, hash: 'h', chunks: 1, ingestedAt: 0 });
  }
  const now = new Date('2031-05-21T12:00:00Z');
  const changed = currencyAcross(docs, now).changes.map((c) => [c.id, c.metadata.status]);
  return Object.fromEntries(docs.map((d) => [d.source, d.metadata.status]).concat(changed));
}

describe('documents that say in Spanish what they replace', () => {
  const rules = 'Normas de acceso para todo el personal del hotel y los contratados.\n';
  it('a front matter "sustituye:" names the older document by the code its heading gives under a letterhead', async () => {
    const status = await judge({
      'control-de-acceso.md':
        '---\ntitulo: "Control de acceso del personal"\ncodigo: SP-02\nsustituye: "Normas de acceso del personal (SP-02, edición de 2027)"\nvigencia: 2031-03-15\n---\n\n# Control de acceso del personal\n\n' +
        rules,
      'normas-acceso-personal.txt':
        'HOTEL SOTAVENTO VARADERO\nSeguridad y Protección\n\nNORMAS DE ACCESO DEL PERSONAL (SP-02)\n\nEmitidas: 10/04/2027\n\n1. ENTRADA Y SALIDA\n\n' +
        rules,
      // Another code under the same letterhead is another document.
      'normas-cocina.txt':
        'HOTEL SOTAVENTO VARADERO\nAlimentos y Bebidas\n\nNORMAS DE LA COCINA (AB-04)\n\nEmitidas: 10/04/2027\n\n' +
        rules,
    });
    expect(status).toEqual({
      'docs/control-de-acceso.md': undefined,
      'docs/normas-acceso-personal.txt': 'superseded',
      'docs/normas-cocina.txt': undefined,
    });
  });

  it('an edition "vigente desde" a later day replaces one of the same code whose front matter says an earlier one', async () => {
    const status = await judge({
      'planta-desalinizadora.md':
        '---\ntitulo: "Operación de la planta desalinizadora"\ncodigo: MT-07\nvigencia: 2028-03-01\n---\n\n# Operación de la planta desalinizadora\n\nLa planta tiene un tren de 400 m³/día.\n',
      'procedimiento-planta.txt':
        'PROCEDIMIENTO DE OPERACIÓN DE LA PLANTA DESALINIZADORA\n\nHotel Sotavento Varadero · Mantenimiento · MT-07 · Versión 3\n\nVigente desde el 1 de febrero de 2031. La planta tiene dos trenes de 300 m³/día.\n',
    });
    expect(status).toEqual({
      'docs/planta-desalinizadora.md': 'superseded',
      'docs/procedimiento-planta.txt': undefined,
    });
  });

  it('reads the other languages’ names of what a document replaces and what replaced it', async () => {
    const status = await judge({
      'nouvelle.md':
        '---\ntitre: Règles du quai\nremplace: ancienne-regles.md\n---\n\n# Règles du quai\n\nTexte.\n',
      'ancienne-regles.md': '---\ntitre: Anciennes règles du quai\n---\n\n# Anciennes règles\n\nTexte.\n',
      'vieja.md':
        '---\ntitulo: Horario de la lavandería\nsustituido_por: horario-lavanderia.md\n---\n\n# Horario\n\nTexto.\n',
      'horario-lavanderia.md': '---\ntitulo: Horario de la lavandería 2031\n---\n\n# Horario\n\nTexto.\n',
    });
    expect(status).toMatchObject({
      'docs/ancienne-regles.md': 'superseded',
      'docs/vieja.md': 'superseded',
      'docs/nouvelle.md': undefined,
      'docs/horario-lavanderia.md': undefined,
    });
  });
});
