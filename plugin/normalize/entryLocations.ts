import type {Location} from './problems';

/**
 * Where each entry read from the body was written, for checks that run
 * after normalizing (a requirement id used twice). Kept beside the model,
 * not in it: the model is what pages and design-docs.json serialize.
 */
const locations = new WeakMap<object, Location>();

export function rememberLocation<T extends object>(entry: T, location: Location): T {
  locations.set(entry, location);
  return entry;
}

export function locationOf(entry: object): Location | undefined {
  return locations.get(entry);
}
