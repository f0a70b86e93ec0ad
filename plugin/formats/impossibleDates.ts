/**
 * YAML reads an unquoted `2026-02-30` as a timestamp and JavaScript rolls it
 * over to 2 March without a word, so the doc would publish a date its
 * author never wrote. The raw front matter still holds what was written:
 * Date values whose text names no real day are put back as that text, and
 * the date readers then report them as dates that do not exist.
 */

// An unquoted YAML timestamp in value position: after `key: `, `- `, `[` or `,`.
const UNQUOTED_TIMESTAMP = /(?:^|:[ \t]+|-[ \t]+|[[,][ \t]*)(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][\d:.]+(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?)[ \t]*(?=$|[,\]#\r\n])/gm;

function namesRealDay(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split(/[-Tt ]/).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function countDates(value: unknown): number {
  if (value instanceof Date) {
    return 1;
  }
  if (Array.isArray(value)) {
    return value.reduce((sum: number, item) => sum + countDates(item), 0);
  }
  if (value && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, item) => sum + countDates(item), 0);
  }
  return 0;
}

/**
 * `frontMatter` with each rolled-over Date replaced by the text written in
 * `rawFrontMatter`. Dates are matched to their text in document order; if
 * the two counts disagree (a date inside a block string, say), nothing is
 * replaced rather than guessing.
 */
export function restoreImpossibleDates(
  frontMatter: Record<string, unknown>,
  rawFrontMatter: string,
): Record<string, unknown> {
  const written = Array.from(rawFrontMatter.matchAll(UNQUOTED_TIMESTAMP), (match) => match[1]!);
  if (written.every(namesRealDay) || written.length !== countDates(frontMatter)) {
    return frontMatter;
  }
  let next = 0;
  const restore = (value: unknown): unknown => {
    if (value instanceof Date) {
      const text = written[next++]!;
      return namesRealDay(text) ? value : text;
    }
    if (Array.isArray(value)) {
      return value.map(restore);
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restore(item)]));
    }
    return value;
  };
  return restore(frontMatter) as Record<string, unknown>;
}
