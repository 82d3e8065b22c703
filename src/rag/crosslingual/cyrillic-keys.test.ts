import { describe, expect, it } from 'vitest';
import { cyrillicKey, cyrillicKeys, latinKey } from './cyrillic-keys.js';

describe('Cyrillic words and their chat spellings in Latin letters', () => {
  it('meet on one key, whatever the case ending or the chat spelling', () => {
    for (const [cyrillic, latin] of <Array<[string, string]>>[
      ['отпуска', 'otpusk'],
      ['сколько', 'skolko'],
      ['дней', 'dnei'],
      ['ночную', 'nochnuyu'],
      ['ночная', 'nochnaya'],
      ['вторую', 'vtoruyu'],
      ['вахтовка', 'vakhtovka'],
      ['больничный', 'bolnichny'],
      ['заявления', 'zayavleniya'],
      ['суточные', 'sutochnye'],
      ['смену', 'smenu'],
      ['хранить', 'xranit'],
      ['щётка', 'shchetka'],
    ])
      expect(cyrillicKey(cyrillic), `${cyrillic} / ${latin}`).toBe(latinKey(latin));
    expect(cyrillicKey('заявление')).toBe(cyrillicKey('заявления'));
  });

  it('has no key for a short word, a word of another script, or a word with figures', () => {
    expect(cyrillicKey('на')).toBeUndefined();
    expect(cyrillicKey('ЛДСП18')).toBeUndefined();
    expect(latinKey('na')).toBeUndefined();
    expect(latinKey('G2')).toBeUndefined();
  });

  it('glosses a text with its Cyrillic words’ keys, not its small words’, and an English text with none', () => {
    expect(
      cyrillicKeys('Отпуск продлевается на дни болезни.', new Set(['на']), () => false).split(' '),
    ).toEqual(['cyrillickeyed', 'otpusk', 'prodlevaets', 'bolezn']);
    expect(cyrillicKeys('Annual leave is 24 days.', new Set(), () => false)).toBe('');
  });
});
