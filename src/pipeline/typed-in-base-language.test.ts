import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';
import { tokenize } from '../core/index.js';
import { typedInBaseLanguage } from './retrieve-question.js';

// A Spanish base: the bus route is free, and pay is paid by transfer.
const docs = {
  'ruta.md':
    '# Ruta del personal\n\nLa ruta del personal sale de la plaza a las 6:00. La ruta es gratis para todo el personal de planta.\n',
  'pago.md':
    '# Pago del salario\n\nEl salario se paga por transferencia el día 25. Las horas extra se pagan con el salario del mes siguiente.\n',
  'vacaciones.md': '# Vacaciones\n\nCada trabajador tiene 15 días hábiles de vacaciones al año.\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });
// Two passages: the question's reading takes the first, what is searched as typed the second.
const openTwo = useExtractiveApp({ maxSentences: 2, k: 2 });

describe('a question typed in the language the knowledge base is written in', () => {
  it('is searched as typed as well as read in English, so its own words find their passage', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'la ruta se paga o es gratis?' } });
    expect(r.text).toContain('La ruta es gratis para todo el personal de planta.');
    expect((r.citations ?? []).map((c) => c.source)).toEqual(['kb/ruta.md']);
  });

  it('is searched as typed without the words its asker took back', async () => {
    const app = await openTwo(docs);
    const sources = async (question: string) =>
      (await app.passages({ vars: { question } })).map((p) => p.source);
    const takenBack = await sources('la ruta de vacaciones — sorry, la ruta del personal es gratis?');
    expect(takenBack).not.toContain('kb/vacaciones.md');
    expect(takenBack).toEqual(await sources('la ruta del personal es gratis?'));
  });
});

describe('whether a question is typed in the language of the knowledge base', () => {
  // A base's counts: the words (as the index keeps them) of its text.
  const base = (text: string) => ({
    termStats: async (terms: string[]) => ({
      chunks: 10,
      df: new Map(terms.map((t) => [t, tokenize(text).includes(t) ? 2 : 0])),
    }),
  });
  const spanish = base(
    'La ruta del personal es gratis. El salario se paga el día 25. Las botas de seguridad nuevas.',
  );

  it('is so when most of its words, as typed, are words the base uses', async () => {
    expect(await typedInBaseLanguage(spanish as never, 'la ruta se paga o es gratis?')).toBe(true);
  });

  it('is not when few of them are, or it says too little to tell', async () => {
    expect(await typedInBaseLanguage(spanish as never, 'o bus ta paga o ta di graça?')).toBe(false);
    expect(await typedInBaseLanguage(spanish as never, 'ruta gratis?')).toBe(false);
  });
});
