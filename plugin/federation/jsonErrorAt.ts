/**
 * Where text stops being JSON, and what was found there. Only run after
 * JSON.parse failed: V8's message gives no position for an unexpected
 * token, and quotes a piece of the text, which for another site's export
 * is untrusted input we would rather not print. Iterative, so that deep
 * nesting cannot overflow the stack.
 */
export type JsonError = {offset: number; problem: string};

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function shown(character: string | undefined): string {
  return character === undefined ? 'end of text' : JSON.stringify(character);
}

/** The end of the string starting at `start` (its opening quote), or the error in it. */
function stringEnd(text: string, start: number): number | JsonError {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      return i + 1;
    }
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) {
        return {offset: i, problem: 'bad escape in a string'};
      }
      i = ESCAPE.lastIndex;
    } else if (c < ' ') {
      return {offset: i, problem: 'control character in a string'};
    } else {
      i++;
    }
  }
  return {offset: text.length, problem: 'unterminated string'};
}

/** The end of the scalar at `i` (string, number, literal), or the error there. */
function scalarEnd(text: string, i: number): number | JsonError {
  const c = text[i];
  if (c === '"') {
    return stringEnd(text, i);
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) {
      return i + literal.length;
    }
  }
  NUMBER.lastIndex = i;
  if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
    return NUMBER.lastIndex;
  }
  return {offset: i, problem: `unexpected ${shown(c)}`};
}

/** The first error in `text`, or null when it finds none. */
export function jsonErrorAt(text: string): JsonError | null {
  const closers: string[] = [];
  // What may come next: a value (or, just after `[`, its end), a key (or,
  // just after `{`, its end), the colon after a key, or what follows a value.
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) {
      i++;
    }
    const c = text[i];
    if ((expect === 'first-value' && c === ']') || (expect === 'first-key' && c === '}') || (expect === 'after' && c !== undefined && c === closers[closers.length - 1])) {
      closers.pop();
      expect = 'after';
      i++;
    } else if (expect === 'after') {
      if (c === undefined && closers.length === 0) {
        return null;
      }
      if (c !== ',' || closers.length === 0) {
        return {offset: i, problem: closers.length === 0 ? `unexpected ${shown(c)} after the JSON value` : `expected ',' or '${closers[closers.length - 1]}', found ${shown(c)}`};
      }
      expect = closers[closers.length - 1] === '}' ? 'key' : 'value';
      i++;
    } else if (expect === 'colon') {
      if (c !== ':') {
        return {offset: i, problem: `expected ':', found ${shown(c)}`};
      }
      expect = 'value';
      i++;
    } else if (expect === 'key' || expect === 'first-key') {
      if (c !== '"') {
        return {offset: i, problem: `expected a property name in double quotes, found ${shown(c)}`};
      }
      const end = stringEnd(text, i);
      if (typeof end !== 'number') {
        return end;
      }
      expect = 'colon';
      i = end;
    } else if (c === '[' || c === '{') {
      closers.push(c === '[' ? ']' : '}');
      expect = c === '[' ? 'first-value' : 'first-key';
      i++;
    } else {
      const end = scalarEnd(text, i);
      if (typeof end !== 'number') {
        return end;
      }
      expect = 'after';
      i = end;
    }
  }
}
