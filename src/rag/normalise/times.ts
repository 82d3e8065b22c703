/**
 * @module Times of day read in the ways people write them ("9pm", "9.30 p.m.", "21:00", "14h30", "2100 hrs") and
 * written in one compact form (`t2100`), so a question's "its 9pm" meets a passage's "by 21:00".
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
  return [compact(h24, minute)];
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

/**
 * The regex source (for a `u` regex) of a time of day written with an "h" between the hour and its minutes, as
 * France, Portugal, Quebec and Latin America write it ("14h30", "05h35", "7 h 30"); not a length of time said so
 * ("lasts 1h30", "a 2h30 course", "1 h 15 per batch"). Groups: the hour, the minutes. Read with or without the
 * `u` flag: no property escapes.
 */
export const HOUR_H_MINUTES =
  '(?<!\\b(?:lasts?|for|during|takes?|of|about|durée|duração|duración)\\s)\\b([01]?\\d|2[0-3])\\s?[hH]\\s?([0-5]\\d)(?![A-Za-zÀ-ÿ0-9]|[:.]\\d)(?!\\s+(?:per|of|a|an|each|session|course|class|training|long|min|mins|minutes|hours?|hrs?)\\b)';

/** Readers of times of day, the 12-hour clock first (so "9:30 pm" is read once, as 21:30). */
// Not inside another number ("10.0.0.5:22", "10:20:30", "John 3:16" is read only when it looks like a time of
// day: two digits of minutes, nothing after them but a word's end).
const NOT_AFTER_NUMBER = '(?<![\\d.:])';

/** Readers of times of day, the 12-hour clock first (so "9:30 pm" is read once, as 21:30). */
export const timeReaders: Reader[] = [
  {
    // "9 am i allowed…" is "am I", not the morning.
    pattern: new RegExp(
      `${NUMBER_START}${NOT_AFTER_NUMBER}(\\d{1,2})(?:[:.](\\d{2}))?\\s?(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}\\p{N}])(?!\\s+i\\b)`,
      'giu',
    ),
    read: twelveHour,
  },
  {
    // A clock with hours and minutes only ("10:20:30" is a log's time to the second; "3:1" a ratio).
    pattern: new RegExp(`${NUMBER_START}${NOT_AFTER_NUMBER}(\\d{1,2}):(\\d{2})${AFTER}(?![:.]\\d)`, 'gu'),
    read: twentyFourHour,
  },
  {
    pattern: new RegExp(`${NUMBER_START}${NOT_AFTER_NUMBER}${HOUR_H_MINUTES}`, 'gu'),
    read: twentyFourHour,
  },
  {
    // "2130 hrs", not a count of hours ("1820 hrs per year", "2000 hrs of overtime").
    pattern: new RegExp(
      `${NUMBER_START}${NOT_AFTER_NUMBER}([01]\\d|2[0-3])([0-5]\\d)\\s?hrs?${AFTER}(?!\\s+(?:per|of|a|an|each|in|over|every)\\b)`,
      'giu',
    ),
    read: twentyFourHour,
  },
];
