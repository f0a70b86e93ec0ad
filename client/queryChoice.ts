import {useQueryState} from './useQueryState.js';

export type QueryChoice = {
  /** The chosen value, from the URL's key; null for all, or for a value that is not one of the choices. */
  selected: string | null;
  /** Writes the choice to the URL, back to the register's first page. */
  choose(value: string | null): void;
};

/**
 * One value of a fixed list, kept in the URL under `key` (with the embed's
 * prefix): the docs-instance and site filters of a register, so a
 * filtered view can be shared.
 */
export function useQueryChoice(key: string, values: readonly string[], query?: string): QueryChoice {
  const [params, update] = useQueryState(query);
  const wanted = params.get(key);
  return {
    selected: wanted !== null && values.includes(wanted) ? wanted : null,
    choose: (value) => update({[key]: value, limit: null}),
  };
}
