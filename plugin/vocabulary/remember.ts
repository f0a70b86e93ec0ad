/** How many answers a remembered function keeps: words and keys recur across docs, free text does not. */
export const ANSWERS_KEPT = 2000;

/**
 * `compute` with its answers kept, for up to `kept` different texts. The
 * readers ask the same few dozen statuses, levels, priorities and keys of
 * every doc of a site; the bound keeps free text from growing it.
 */
export function remember<T>(compute: (text: string) => T, kept = ANSWERS_KEPT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    // An answer may be undefined (no such status): `has` tells it from none kept.
    if (known !== undefined || answers.has(text)) {
      return known as T;
    }
    const answer = compute(text);
    if (answers.size < kept) {
      answers.set(text, answer);
    }
    return answer;
  };
}
