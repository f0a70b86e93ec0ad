/** A calendar date as digits: `20240131`, or `2024-01-31`. */
const DATE_PREFIX = /^((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])[-_. ]/;

/**
 * The date a log4brains-style file name starts with (`20240131-title.md`,
 * `2024-01-31-title.md`), as `YYYY-MM-DD`, or null.
 */
export function dateOfFileName(fileName: string): string | null {
  const match = DATE_PREFIX.exec(fileName);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * The digits that number a file name: `0012-use-x.md`, and the
 * `adr-012-use-x.md` / `ADR-0012_use-x.md` style. A date prefix
 * (`20240131-title.md`, `2024-01-31-title.md`, the log4brains style) is a
 * date, not a number.
 */
export function numberDigitsOfFileName(fileName: string): string | null {
  if (DATE_PREFIX.test(fileName)) {
    return null;
  }
  const match = /^(?:(?:adr|rfc|dd|dr|kep|pep)[-_ ]?)?(\d+)[-_. ]/i.exec(fileName);
  return match ? match[1]! : null;
}
