import {isAscii} from 'node:buffer';
import {jsonErrorAt} from './jsonErrorAt';

export type JsonParse = {ok: true; value: unknown} | {ok: false; reason: string};

/** 1-based line and column of an offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line} column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * An export's bytes as text: UTF-8, with a leading byte-order mark dropped
 * (JSON.parse refuses one, and editors on Windows write it); bytes that
 * are not UTF-8 become U+FFFD, which the schema then judges like any text.
 */
export function decodeExport(bytes: Uint8Array): string {
  // Most exports are ASCII (JSON.stringify escapes nothing, but most text
  // is English): decoded byte for byte, they give V8 a one-byte string,
  // which JSON.parse reads in two thirds of the time. ASCII has no BOM.
  if (typeof isAscii === 'function' && isAscii(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The export's bytes without a leading byte-order mark: what the cache
 * keeps, spliced into its copy as bytes (encoding the decoded text again
 * cost more than writing it).
 */
export function withoutBom(bytes: Uint8Array): Uint8Array {
  return BOM.every((byte, i) => bytes[i] === byte) ? bytes.subarray(BOM.length) : bytes;
}

/**
 * The export's JSON, or why it is not JSON at the line and column an
 * editor would show: `not JSON: expected ',' or '}', found "x" at line 3
 * column 5`. The reason quotes at most one character of the text.
 */
export function parseJsonText(text: string): JsonParse {
  try {
    return {ok: true, value: JSON.parse(text)};
  } catch (error) {
    const found = jsonErrorAt(text);
    if (found) {
      return {ok: false, reason: `not JSON: ${found.problem} at ${lineAndColumn(text, found.offset)}`};
    }
    // JSON.parse and the locator disagree: V8's own words, without the piece of text it quotes.
    const message = error instanceof Error ? error.message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '') : String(error);
    return {ok: false, reason: `not JSON: ${message}`};
  }
}
