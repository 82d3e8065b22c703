import { describe, expect, it } from 'vitest';
import { saysOldAtEnd } from './currency-closing.js';

describe('saysOldAtEnd: a stamp in capitals closing a document in its own language', () => {
  it.each([
    '[ ANNULÉE ET REMPLACÉE PAR LE BARÈME DES INDEMNITÉS 2030-2031\n  À COMPTER DU 01/10/2030 ]',
    'REVOGADA - 31/12/2030',
    'Le Directeur financier\n\n*** ANULADA EL 31/01/2031 ***',
  ])('reads %j as the document replaced', (closing) => {
    expect(saysOldAtEnd(closing)).toBe(true);
  });

  it.each([
    'Eventos:\nANULADA – fiesta de fin de año – 19/12/2036',
    '| Cena de fin de año | ANULADA |',
    'ANNULÉE ET REPORTÉE, la réunion du comité',
    'Formations 2031 :\n• SST recyclage (20/06)\n• ANNULÉE',
    'Formations:\n- Excel – 12/03/2031\n- ANULADO – 19/03/2031',
    'Pièces de rechange\nFiltre F-12\nREMPLACÉ PAR F-14 DEPUIS 2030',
    'Réunion du 12/03\nANNULÉE',
  ])('reads %j as no stamp of the document', (closing) => {
    expect(saysOldAtEnd(closing)).toBe(false);
  });
});
