/**
 * Days as the records write them, `2026-11-20` (UTC): the one place a
 * timestamp becomes a day and two days become a count.
 */

export function isoDay(time: number | Date): string {
  return (typeof time === 'number' ? new Date(time) : time).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
