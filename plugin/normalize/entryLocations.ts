import type {Location} from './problems';

/**
 * Where each entry of a list read from the body was written, for checks
 * that run after normalizing (a requirement id used twice). Kept beside
 * the model, not in it: the model is what pages and design-docs.json
 * serialize. One weak entry per list, not per entry: a 10,000-doc site
 * has some 20,000 requirement rows, and a WeakMap entry each took about a
 * twentieth of the model's time (and more of the collector's).
 */
const locations = new WeakMap<readonly object[], readonly Location[]>();

/** `entries` with `places[i]` remembered as where `entries[i]` was written. */
export function rememberLocations<T extends object>(entries: T[], places: readonly Location[]): T[] {
  locations.set(entries, places);
  return entries;
}

/** Where `entries[index]` was written, when the list was read from the body. */
export function locationOf(entries: readonly object[], index: number): Location | undefined {
  return locations.get(entries)?.[index];
}

const fields = new WeakMap<readonly object[], string>();

/** `entries` remembered as read from the front-matter field written `field` (`Checklist`, `review_feedback`). */
export function rememberField<T extends object>(entries: T[], field: string): T[] {
  fields.set(entries, field);
  return entries;
}

/** The front-matter field a list was read from, as written; undefined for a list read from the body. */
export function fieldOf(entries: readonly object[]): string | undefined {
  return fields.get(entries);
}
