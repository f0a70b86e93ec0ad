import type {SlashDateOrder} from './slashDates';
import {describeValue, quote, type ProblemCollector} from './problems';
import {isPlaceholder, splitInlineList} from '../formats/lists';
import {hasForbiddenCharacters, replaceForbiddenCharacters} from './characters';
import {isoDay} from '../vocabulary/days';

/**
 * Typed readers for front-matter values. Each returns a usable value or
 * null, and reports what it could not use: one bad field never stops the
 * rest of the doc from being read.
 */

export function readText(
  value: unknown,
  field: string,
  problems: ProblemCollector,
): string | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : replaceForbiddenCharacters(text, field, problems);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoDay(value);
  }
  problems.add(field, `expected text, got ${describeValue(value)}`);
  return null;
}

/**
 * `Priya Raman (System Architect)` and `Priya Raman <priya@example.com>`
 * are the person Priya Raman; a template placeholder (`[Your name]`) is
 * nobody yet.
 */
export function personName(text: string): string | null {
  // Each pattern ends at the text's last character: a name that does not
  // end with `>` or `)` (most do not) skips the search from every position.
  let name = text.trim();
  if (name.endsWith('>')) {
    name = name.replace(/\s*<[^<>]*>$/, '');
  }
  if (name.endsWith(')')) {
    name = name.replace(/\s*\([^()]*\)$/, '');
  }
  name = name.trim();
  // A placeholder starts with `[`; `name` is trimmed already.
  return name === '' || (name.startsWith('[') && isPlaceholder(name)) ? null : name;
}

/** A name is text, or a map with `name` (the Docusaurus blog author shape). */
function readName(value: unknown): string | null {
  if (typeof value === 'string') {
    return value.trim() === '' ? null : personName(value) ?? '';
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as {name?: unknown}).name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
  }
  return null;
}

/**
 * People lists accept a YAML list or one comma-separated line, the way
 * MADR writes `Deciders: Alice, Bob`.
 */
export function readNameList(
  value: unknown,
  field: string,
  problems: ProblemCollector,
): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (typeof value === 'string') {
    const names = replaceForbiddenCharacters(value, field, problems);
    return isPlaceholder(names) ? [] : splitInlineList(names, {words: true}).flatMap((item) => personName(item) ?? []);
  }
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  items.forEach((item, index) => {
    const name = readName(item);
    if (name === '') {
      // A placeholder: nothing to read, nothing wrong.
      return;
    }
    if (name === null) {
      problems.add(
        Array.isArray(value) ? `${field}[${index}]` : field,
        `expected a name or a list of names, got ${describeValue(item)}`,
      );
    } else if (hasForbiddenCharacters(name)) {
      names.push(replaceForbiddenCharacters(name, Array.isArray(value) ? `${field}[${index}]` : field, problems));
    } else {
      names.push(name);
    }
  });
  return names;
}

/** A list of plain strings; a single string is a list of one. */
export function readTextList(
  value: unknown,
  field: string,
  problems: ProblemCollector,
): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    const single = readText(value, field, problems);
    return single === null ? [] : [single];
  }
  return plainTextList(value) ?? value.flatMap((item, index) => {
    const text = readText(item, `${field}[${index}]`, problems);
    return text === null ? [] : [text];
  });
}

/**
 * The list as `readTextList` reads it when every item is text with
 * something in it and no character to report, as nearly every list is
 * (a body's items always are); else null, and the reporting path runs.
 * No field names are built for items that need none.
 */
export function plainTextList(items: unknown[]): string[] | null {
  const texts: string[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    const text = typeof item === 'string' ? item.trim() : '';
    if (text === '' || hasForbiddenCharacters(text) || !(index in items)) {
      return null;
    }
    texts.push(text);
  }
  return texts;
}

/**
 * A front-matter list, as it is. Its opening is `readTextList`'s, on
 * purpose (duplicates lists the pair): every reader handles absence itself
 * and never throws, and here a single value is a problem where there it
 * is a list of one.
 */
export function readList(
  value: unknown,
  field: string,
  problems: ProblemCollector,
): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(field, `expected a list, got ${describeValue(value)}`);
    return [];
  }
  return value;
}

export function readMap(
  value: unknown,
  field: string,
  problems: ProblemCollector,
): Record<string, unknown> | null {
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    return value as Record<string, unknown>;
  }
  problems.add(field, `expected a map of fields, got ${describeValue(value)}`);
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than a Date round trip: every doc has dates, and a
// 10,000-doc site reads tens of thousands of them.
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})$`, 'i');

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_YEAR = new RegExp(`^${MONTH}\\.?,?\\s+(\\d{4})$`, 'i');

/**
 * `03.05.2020`, as much of Europe writes dates: day, month, year. With
 * slashes only when the day cannot be a month (`25/03/2021`): `03/05/2020`
 * is the 3rd of May in London and March 5th in Washington, so it is
 * reported instead of guessed.
 */
function dayFirstDate(text: string, order: SlashDateOrder | null): [number, number, number] | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) {
    return [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (slashed && Number(slashed[1]) > 12) {
    return [Number(slashed[3]), Number(slashed[2]), Number(slashed[1])];
  }
  if (slashed && (Number(slashed[2]) > 12 || order === 'month-first')) {
    return [Number(slashed[3]), Number(slashed[1]), Number(slashed[2])];
  }
  if (slashed && order === 'day-first') {
    return [Number(slashed[3]), Number(slashed[2]), Number(slashed[1])];
  }
  return null;
}

/** `February 8, 2026` and `8 Feb 2026` as year, month and day. */
function writtenDate(text: string): [number, number, number] | null {
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    return [Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1, Number(monthFirst[2])];
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    return [Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, Number(dayFirst[1])];
  }
  return null;
}

/**
 * Dates come as YAML dates (js-yaml turns `2024-01-31` into a Date) or as
 * text: `YYYY-MM-DD` (optionally followed by a time), `February 8, 2026`
 * or `8 February 2026`. Returns `YYYY-MM-DD`, or `YYYY-MM` for a date
 * written to the month (`2018-11`, `November 2018`).
 */
export function readDate(
  value: unknown,
  field: string,
  problems: ProblemCollector,
  /** How the record's folder writes `03/05/2020`, when its other dates tell (see `slashDateOrders`). */
  slashOrder: SlashDateOrder | null = null,
): string | null {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      problems.add(field, 'is not a valid date; use YYYY-MM-DD');
      return null;
    }
    return isoDay(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    // The usual `2024-01-31`, a day that exists, reads as itself: the general
    // path below would rebuild the same text from its numbers.
    const isoDay = ISO_DAY.exec(text);
    if (isoDay && isRealDate(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]))) {
      return text;
    }
    if (isPlaceholder(text)) {
      problems.add(field, `${quote(text)} is a placeholder; write the date, such as 2026-10-14 or February 8, 2026`, 'warning');
      return null;
    }
    const month = /^(\d{4})[-/](\d{1,2})$/.exec(text) ?? MONTH_YEAR.exec(text);
    if (month) {
      // `2018-11`, `November 2018`: kept as a month, which sorts before the month's days.
      const [year, monthNumber] = /^\d/.test(month[1]!) ? [Number(month[1]), Number(month[2])] : [Number(month[2]), MONTHS.indexOf(month[1]!.slice(0, 3).toLowerCase()) + 1];
      if (monthNumber >= 1 && monthNumber <= 12) {
        return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
      }
      problems.add(field, `${quote(value)} is not a date that exists`);
      return null;
    }
    // A time or a note may follow: `2019-05-13 10:00`, `2019-05-13, updated 2023-01-02`.
    const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ,;(].*)?$/.exec(text);
    const parts: [number, number, number] | null = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : (writtenDate(text) ?? dayFirstDate(text, slashOrder));
    if (parts) {
      const [year, month, day] = parts;
      if (isRealDate(year, month, day)) {
        return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      }
      problems.add(field, `${quote(value)} is not a date that exists`);
      return null;
    }
  }
  const ambiguous = typeof value === 'string' && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim());
  problems.add(
    field,
    ambiguous
      ? `${quote(value.trim())} could be day/month or month/day, and no other record in its folder writes a date that tells which; write it as YYYY-MM-DD`
      : `${describeValue(value)} is not a date; use YYYY-MM-DD`,
  );
  return null;
}
