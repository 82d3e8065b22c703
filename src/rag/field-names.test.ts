import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './loaders/load-markdown.js';

describe('front matter in the site’s language', () => {
  it('is read under the English names too: title, code, version, the day it applies from and until', () => {
    const { title, metadata } = parseMarkdown(
      '---\ntittel: Ferie og permisjon\noznaka: KS-03\nversjon: "2.1"\ngjelder_fra: 2034-01-01\ngyldig_til: 2036-06-30\n---\n\n# Ferie\n',
    );
    expect(title).toBe('Ferie og permisjon');
    expect(metadata).toMatchObject({
      tittel: 'Ferie og permisjon',
      title: 'Ferie og permisjon',
      ref: 'KS-03',
      version: '2.1',
      effective: '2034-01-01',
      valid_until: '2036-06-30',
    });
    // A Romanian edition, and a Portuguese price table's days.
    expect(parseMarkdown('---\nref: PIV-01\neditia: 2\n---\n\n# Reguli\n').metadata).toMatchObject({
      version: 2,
    });
    expect(
      parseMarkdown('---\nvalida_de: 2027-05-01\nvalida_ate: 2028-04-30\n---\n\n# Tabela\n').metadata,
    ).toMatchObject({ effective: '2027-05-01', valid_until: '2028-04-30' });
  });

  it('never overrides a field the document names in English, in any case or by another English name', () => {
    const { metadata } = parseMarkdown('---\ntitle: Leave\ntitulo: Licencias\neier: HR\n---\n\ntext\n');
    expect(metadata).toEqual({ title: 'Leave', titulo: 'Licencias', eier: 'HR' });
    expect(parseMarkdown('---\ncode: HR-POL-01\nkode: AVD-07\n---\n\ntext\n').metadata).toEqual({
      code: 'HR-POL-01',
      kode: 'AVD-07',
    });
    expect(parseMarkdown('---\nVersion: 2\nversjon: 3\n---\n\ntext\n').metadata).toEqual({
      Version: 2,
      versjon: 3,
    });
  });

  it('takes a code from a local field only when its value is one', () => {
    const { metadata } = parseMarkdown('---\nreferencia: Ley 19.973\ncódigo: RH-POL-03\n---\n\ntext\n');
    expect(metadata).toMatchObject({ ref: 'RH-POL-03' });
  });
});
