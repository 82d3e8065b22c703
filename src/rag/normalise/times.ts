/**
 * @module Times of day read in the ways people write them ("9pm", "9.30 p.m.", "21:00", "2100 hrs") and written in
 * one compact form (`t2100`), so a question's "its 9pm" meets a passage's "by 21:00".
 */
import { AFTER, NUMBER_START, type Reader } from './spans.js';

const compact = (hour: number, minute: number) =>
  `t${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}`;
const valid = (hour: number, minute: number) => hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;

// "9pm", "9.30 pm", "11:15 a.m.": the 12-hour clock.
function twelveHour(m: RegExpExecArray): string[] | undefined {
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  const pm = m[3]!.toLowerCase().startsWith('p');
  const h24 = (hour % 12) + (pm ? 12 : 0);
  return [compact(h24, minute), `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`];
}

// "21:00", "07:30": the 24-hour clock; "2100 hrs": the same without a colon. A time of the 12-hour clock is said
// as well when it is on the hour ("9pm" for 21:00).
function twentyFourHour(m: RegExpExecArray): string[] | undefined {
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (!valid(hour, minute)) return undefined;
  const twelve = hour % 12 || 12;
  const spoken = minute === 0 ? [`${twelve}${hour < 12 ? 'am' : 'pm'}`] : [];
  return [compact(hour, minute), ...spoken];
}

/** Readers of times of day, the 12-hour clock first (so "9:30 pm" is read once, as 21:30). */
export const timeReaders: Reader[] = [
  {
    pattern: new RegExp(
      `${NUMBER_START}(\\d{1,2})(?:[:.](\\d{2}))?\\s?(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    read: twelveHour,
  },
  { pattern: new RegExp(`${NUMBER_START}(\\d{1,2}):(\\d{2})${AFTER}(?!:\\d)`, 'gu'), read: twentyFourHour },
  {
    pattern: new RegExp(`${NUMBER_START}([01]\\d|2[0-3])([0-5]\\d)\\s?hrs?${AFTER}`, 'giu'),
    read: twentyFourHour,
  },
];
