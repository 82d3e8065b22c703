import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './load-markdown.js';

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
  });

  it('never overrides a field the document names in English, and leaves other fields alone', () => {
    const { metadata } = parseMarkdown('---\ntitle: Leave\ntitulo: Licencias\neier: HR\n---\n\ntext\n');
    expect(metadata).toEqual({ title: 'Leave', titulo: 'Licencias', eier: 'HR' });
  });
});
