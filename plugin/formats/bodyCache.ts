import {createHash} from 'crypto';
import type {MarkdownParser} from './markdown';
import {readBody, type BodyReaderOptions} from './readBody';
import type {BodyReading} from './types';

/**
 * Readings by content. The build reads each body twice (the front-matter
 * hook, then the webpack loader that leaves restated lines out of the
 * page), and dev mode re-reads every doc on each change: the same text
 * gives the same reading, so it is parsed once. Keyed by a hash, so the
 * cache does not hold every file's text; bounded, oldest first out.
 */
const LIMIT = 20_000;
const readings = new Map<string, BodyReading>();

/**
 * What the MDX loader parses is the text the restated-lines loader left
 * (some lines blanked); its front-matter call gets the reading of the file
 * it came from instead of parsing the file a second time.
 */
export function rememberReading(source: string, reading: BodyReading, options: BodyReaderOptions = {}): void {
  store(cacheKey(source, options), reading);
}

function store(key: string, reading: BodyReading): void {
  if (readings.size >= LIMIT) {
    readings.delete(readings.keys().next().value!);
  }
  readings.set(key, reading);
}

function cacheKey(source: string, options: BodyReaderOptions): string {
  return createHash('sha1').update(options.maintainCase ? '1' : '0').update(source).digest('base64');
}

export function readBodyCached(source: string, parser: MarkdownParser, options: BodyReaderOptions = {}): BodyReading {
  const key = cacheKey(source, options);
  const cached = readings.get(key);
  if (cached) {
    return cached;
  }
  const reading = readBody(source, parser, options);
  store(key, reading);
  return reading;
}
