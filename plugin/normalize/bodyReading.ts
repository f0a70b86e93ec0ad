import {BODY_READING_KEY, BODY_READING_VERSION, type BodyReading, type BodyReadingHolder} from '../formats/types';

/**
 * The body reading the build hook left in a doc's front matter, or null
 * when there is none (a doc loaded without the hook, or written by a
 * version of the hook this model does not read).
 */
export function bodyReadingOf(frontMatter: Record<string, unknown>): BodyReading | null {
  const holder = Object.hasOwn(frontMatter, BODY_READING_KEY) ? (frontMatter[BODY_READING_KEY] as BodyReadingHolder | null) : undefined;
  const reading: unknown = holder && typeof holder === 'object' ? holder.reading : undefined;
  if (!reading || typeof reading !== 'object' || (reading as {version?: unknown}).version !== BODY_READING_VERSION) {
    return null;
  }
  return reading as BodyReading;
}

/** The title as the author wrote it, when the hook gave Docusaurus a cleaned one; else undefined. */
export function writtenTitleOf(frontMatter: Record<string, unknown>): string | undefined {
  const holder = Object.hasOwn(frontMatter, BODY_READING_KEY) ? (frontMatter[BODY_READING_KEY] as BodyReadingHolder | null) : undefined;
  return holder && typeof holder === 'object' ? holder.writtenTitle : undefined;
}
