import {useCallback, useEffect, useRef, useState} from 'react';
import {useQueryState, type QueryChanges} from './useQueryState.js';

/** How long typing pauses before the URL follows: one history write per pause, not per key. */
export const QUERY_TEXT_DELAY_MS = 250;

export type QueryTextOptions = {
  /** The embed's query prefix, as given to `useQueryState`. */
  prefix?: string;
  /** Keys written with the text, e.g. `{page: null}`: a new search starts at the first page. */
  alongside?: QueryChanges;
};

export type QueryText = {
  /** What the box shows: the keys as typed, or the URL's value once it changes from outside. */
  text: string;
  /** The input's change handler: shows the text at once, writes the URL after a pause. */
  setText: (value: string) => void;
  /** Empties the box and drops a write not made yet; for a "Clear filters" that rewrites the URL itself. */
  clear: () => void;
};

/**
 * A text box whose value is kept in a URL query parameter.
 *
 * Docusaurus applies a new location only once the route is ready, a
 * moment after `history.replace`. A box bound straight to the URL reads
 * the older location back while the user types on, and drops keys. Here
 * the box keeps its own text; the URL follows after a pause in typing
 * (replacing the history entry, so typing adds none). A URL change the
 * hook did not write itself (back button, a link, clearing the filters)
 * replaces the text. The hydration guard is `useQueryState`'s: static
 * rendering and the hydrating render see an empty box.
 */
export function useQueryText(key: string, {prefix, alongside}: QueryTextOptions = {}): QueryText {
  const [params, update] = useQueryState(prefix);
  const urlText = params.get(key) ?? '';
  const [text, setLocalText] = useState(urlText);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Values this hook wrote that the URL may still show on its way to the
  // last one; an older one arriving late must not undo keys typed since.
  const written = useRef(new Set<string>());
  const lastWritten = useRef<string | null>(null);
  // The timer writes with the latest `update` and options: a chip clicked
  // while typing has changed the query since the timer was set.
  const latest = useRef({update, alongside});
  latest.current = {update, alongside};

  const cancel = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
  }, []);

  useEffect(() => {
    if (written.current.has(urlText)) {
      if (timer.current === null && urlText === lastWritten.current) {
        // In step with the URL: from now on any change comes from outside.
        written.current.clear();
      }
      return;
    }
    cancel();
    written.current.clear();
    setLocalText(urlText);
  }, [urlText, cancel]);

  useEffect(() => cancel, [cancel]);

  const setText = useCallback(
    (value: string) => {
      setLocalText(value);
      cancel();
      timer.current = setTimeout(() => {
        timer.current = null;
        written.current.add(value);
        lastWritten.current = value;
        latest.current.update({...latest.current.alongside, [key]: value || null}, {replace: true});
      }, QUERY_TEXT_DELAY_MS);
    },
    [cancel, key],
  );

  const clear = useCallback(() => {
    cancel();
    written.current.clear();
    setLocalText('');
  }, [cancel]);

  return {text, setText, clear};
}
