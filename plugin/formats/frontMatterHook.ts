import path from 'path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {isRecordFileName, parseLegacyRecord, type LegacyMetadata} from './legacyRecord';
import {restoreImpossibleDates} from './impossibleDates';
import {clearParseProblem, recordParseProblem} from './parseProblems';

/** Whether a file sits in one of the ADR folders (any path segment). */
export function isInAdrDir(filePath: string, siteDir: string, adrDirs: string[]): boolean {
  const segments = path.relative(siteDir, filePath).split(path.sep).slice(0, -1);
  return segments.some((segment) => adrDirs.includes(segment.toLowerCase()));
}

/** Whether this file is read as a design doc, with or without `type:`. */
export function isDesignDocFile(
  filePath: string,
  frontMatter: Record<string, unknown>,
  {siteDir, adrDirs}: {siteDir: string; adrDirs: string[]},
): boolean {
  if (frontMatter.type !== undefined && frontMatter.type !== null) {
    return true;
  }
  return isInAdrDir(filePath, siteDir, adrDirs) && isRecordFileName(path.basename(filePath));
}

/**
 * Front matter for a record that keeps its metadata in the body. What the
 * front matter says wins; the body fills in the rest.
 */
export function mergeLegacyMetadata(
  frontMatter: Record<string, unknown>,
  metadata: LegacyMetadata,
  impliedType: string | null,
): Record<string, unknown> {
  const additions: Record<string, unknown> = {};
  if (impliedType && frontMatter.type === undefined) {
    additions.type = impliedType;
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (value !== undefined && frontMatter[key] === undefined) {
      additions[key] = value;
    }
  }
  return {...additions, ...frontMatter};
}

const WRAPPED = Symbol.for('docusaurus-plugin-design-docs.parseFrontMatter');

const RAW_FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** `type: adr` read from front matter text that YAML could not parse. */
export function declaredTypeInRawFrontMatter(fileContent: string): string | null {
  const block = RAW_FRONT_MATTER.exec(fileContent)?.[0] ?? '';
  const match = /^type:\s*["']?([A-Za-z][\w-]*)["']?\s*$/m.exec(block);
  return match ? match[1]! : null;
}

/**
 * Wraps the site's `markdown.parseFrontMatter` so that adr-tools and MADR 2
 * records, and every file in an ADR folder, reach the docs plugin with
 * their metadata as front matter. The files themselves are not changed.
 */
export function wrapParseFrontMatter(
  inner: ParseFrontMatter,
  settings: {siteDir: string; adrDirs: string[]},
): ParseFrontMatter {
  if ((inner as {[WRAPPED]?: boolean})[WRAPPED]) {
    return inner;
  }
  const wrapped: ParseFrontMatter = async (params) => {
    let result: Awaited<ReturnType<ParseFrontMatter>>;
    try {
      result = await inner(params);
      clearParseProblem(params.filePath);
    } catch (error) {
      // A design doc with broken YAML is still published (as an untitled
      // record of its type) and reported with the other problems; any
      // other file fails the way Docusaurus always fails it.
      const declared = declaredTypeInRawFrontMatter(params.fileContent);
      const inAdrDir = isInAdrDir(params.filePath, settings.siteDir, settings.adrDirs);
      if (!declared && !inAdrDir) {
        throw error;
      }
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      recordParseProblem(settings.siteDir, params.filePath, `is not valid YAML: ${reason}`);
      result = {frontMatter: {type: declared ?? 'adr'}, content: params.fileContent.replace(RAW_FRONT_MATTER, '')};
    }
    if (!isDesignDocFile(params.filePath, result.frontMatter, settings)) {
      return result;
    }
    const {metadata} = parseLegacyRecord(result.content);
    const impliedType = isInAdrDir(params.filePath, settings.siteDir, settings.adrDirs) ? 'adr' : null;
    const rawFrontMatter = RAW_FRONT_MATTER.exec(params.fileContent)?.[0] ?? '';
    const frontMatter = restoreImpossibleDates(result.frontMatter, rawFrontMatter);
    return {...result, frontMatter: mergeLegacyMetadata(frontMatter, metadata, impliedType)};
  };
  Object.defineProperty(wrapped, WRAPPED, {value: true});
  return wrapped;
}
