import { describe, expect, it } from 'vitest';
import { createAnswerRelease, sentences } from './answer-release.js';

const unredact = (t: string) => t.replaceAll('[EMAIL_1]', 'ann@example.com');

describe('answer release', () => {
  it('live: lets text out as it comes, holding only a possible placeholder start', () => {
    const r = createAnswerRelease('live', unredact);
    r.newStep();
    expect(r.delta('Write to ')).toBe('Write to ');
    expect(r.delta('[EMA')).toBe('');
    expect(r.delta('IL_1] or [x')).toBe('ann@example.com or [x');
    expect(r.delta('] now [')).toBe('] now ');
    expect(r.finish('Write to ann@example.com or [x] now [')).toEqual(['[']);
  });

  it('live: separates the text of consecutive steps as the result does', () => {
    const r = createAnswerRelease('live', (t) => t);
    r.newStep();
    expect(r.delta('Let me check.')).toBe('Let me check.');
    r.newStep();
    expect(r.delta('')).toBe('');
    expect(r.delta('Done.')).toBe('\n\nDone.');
  });

  it('hold: nothing leaves until the end, then the final text sentence by sentence', () => {
    const r = createAnswerRelease('hold', unredact);
    r.newStep();
    expect(r.delta('We guarantee it.')).toBe('');
    expect(r.finish('First. Second!\nThird')).toEqual(['First. ', 'Second!\n', 'Third']);
  });

  it('cuts sentences without losing a character', () => {
    const text = 'Refunds take 5.5 days [1]. Really?! Yes…\n\n- a list\n';
    expect(sentences(text).join('')).toBe(text);
    expect(sentences('')).toEqual([]);
  });
});
