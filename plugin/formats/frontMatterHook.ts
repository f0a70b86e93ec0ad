import path from 'path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {restoreImpossibleDates} from './impossibleDates';
import {ParseProblems} from './parseProblems';
import {splitSource} from './sourceFile';
import {numberDigitsOfFileName} from './fileNames';
import {loadMarkdownParser} from './markdown';
import {readBodyCached} from './bodyCache';
import {BODY_READING_KEY, holdBodyReading, type BodyReading} from './types';
import {hasForbiddenCharacters, withoutForbiddenCharacters} from './xmlCharacters';

export type HookSettings = {
  siteDir: string;
  /** Folder names whose docs are design docs of a type without `type:`. */
  folderTypes: Record<string, string>;
  /** The site's `markdown.anchors.maintainCase`. */
  maintainCase?: boolean;
};

/** Templates and folder indexes sit among records but are not records. */
export function isRecordFileName(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return !(name.startsWith('_') || /^(index|readme|template|templates?[-_].*|.*[-_]template)\.mdx?$/.test(name));
}

/**
 * The type a file's folder gives it: the deepest folder named in
 * `folderTypes` (`docs/design/adr/0001-x.md` is an ADR), or null.
 */
export function folderTypeOf(filePath: string, {siteDir, folderTypes}: Pick<HookSettings, 'siteDir' | 'folderTypes'>): string | null {
  const segments = path.relative(siteDir, filePath).split(path.sep).slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i]!.toLowerCase();
    if (Object.hasOwn(folderTypes, segment)) {
      return folderTypes[segment]!;
    }
  }
  return null;
}

/** The type a file is read as: its `type:`, else its folder's (records only), else null. */
export function designDocTypeOf(
  filePath: string,
  frontMatter: Record<string, unknown>,
  settings: Pick<HookSettings, 'siteDir' | 'folderTypes'>,
): string | null {
  if (frontMatter.type !== undefined && frontMatter.type !== null) {
    return String(frontMatter.type);
  }
  return isRecordFileName(path.basename(filePath)) ? folderTypeOf(filePath, settings) : null;
}

/** `type: adr` read from front matter text that YAML could not parse. */
export function declaredTypeInRawFrontMatter(fileContent: string): string | null {
  const block = splitSource(fileContent).frontMatter ?? '';
  const match = /^type:\s*["']?([A-Za-z][\w-]*)["']?\s*$/m.exec(block);
  return match ? match[1]! : null;
}

/**
 * What the body adds to the front matter the docs plugin sees: the type
 * the folder implies, the title without the template's "System Design
 * Document:" (or adr-tools' "12."), a description that is not the header
 * block, and MADR 2's tags, so Docusaurus lists, describes and tags the
 * doc by them. What the front matter says wins.
 */
/** `# 23 Logging` in `023-logging.md`: the file's number, written before the title without a full stop. */
function withoutFileNumber(title: string, fileName: string): string {
  const digits = numberDigitsOfFileName(fileName);
  if (!digits) {
    return title;
  }
  const number = digits.replace(/^0+(?=\d)/, '');
  const prefix = /^0*(\d+)\s+(?=\S)/.exec(title);
  return prefix && prefix[1] === number ? title.slice(prefix[0].length) : title;
}

function docusaurusFields(
  frontMatter: Record<string, unknown>,
  reading: BodyReading,
  impliedType: string | null,
  fileName: string,
): Record<string, unknown> {
  const additions: Record<string, unknown> = {};
  if (frontMatter.type === undefined && impliedType) {
    additions.type = impliedType;
  }
  // Always, not only when a prefix was cut: the docs plugin would list a
  // heading's Markdown (`Keep **one** queue`) as written.
  if (frontMatter.title === undefined && reading.title) {
    additions.title = reading.title.number === null ? withoutFileNumber(reading.title.text, fileName) : reading.title.text;
  }
  // The docs plugin's description is the body's first line: for these
  // records `Author: ...` or `Date: ...`. The first paragraph of prose says more.
  if (frontMatter.description === undefined && reading.restatements.length > 0 && reading.summary) {
    additions.description = reading.summary;
  }
  const tags = reading.fields.tags?.items;
  if (frontMatter.tags === undefined && tags && tags.length > 0) {
    additions.tags = tags;
  }
  if (frontMatter.description === undefined && typeof frontMatter.summary === 'string' && frontMatter.summary.trim() !== '') {
    additions.description = frontMatter.summary.trim();
  }
  return additions;
}

/**
 * `tag: Web Client` and `tags: "web, mobile"`: the docs plugin takes tags
 * only as a list, and fails the build on a string. A string is a one-item
 * list, or a comma-separated one.
 */
function tagsAsList(frontMatter: Record<string, unknown>): Record<string, unknown> {
  const key = frontMatter.tags !== undefined ? 'tags' : frontMatter.tag !== undefined ? 'tag' : null;
  const value = key && frontMatter[key];
  if (!key || (typeof value !== 'string' && !(key === 'tag' && Array.isArray(value)))) {
    return frontMatter;
  }
  const tags = typeof value === 'string' ? value.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '') : value;
  const {[key]: _given, ...rest} = frontMatter;
  return {...rest, tags};
}

const WRAPPED = Symbol.for('docusaurus-plugin-design-docs.parseFrontMatter');

/**
 * The key, not enumerable, under which every front matter the hook returns
 * carries the site's plugin instances (by id). The MDX loader hands that
 * front matter to the remark plugin in its file's `data`, so the remark
 * plugin finds its instance's portal there: per site, never through a
 * process-wide global. `Symbol.for`, because a site config may load the
 * remark plugin from another copy of this package.
 */
export const PLUGIN_INSTANCES = Symbol.for('docusaurus-plugin-design-docs.instances');

/**
 * What a wrapped hook holds for its site: YAML problems, the plugin
 * instances' hand-offs by id, and the settings it reads with (every
 * instance's folder types).
 */
export type HookStore = {parseProblems: ParseProblems; instances: Map<string, object>; settings: HookSettings};

/** A copy of `frontMatter` that carries `instances` under `PLUGIN_INSTANCES`, out of sight of JSON and `Object.keys`. */
export function withPluginInstances<T extends object>(frontMatter: T, instances: Map<string, object>): T {
  const copy = {...frontMatter};
  Object.defineProperty(copy, PLUGIN_INSTANCES, {value: instances});
  return copy;
}

/**
 * Wraps the site's `markdown.parseFrontMatter` so that every design doc
 * (by `type:` or by its folder) reaches the docs plugin with its body read:
 * the template's header, tables and decision blocks, adr-tools' status
 * section, MADR 2's bullets. The reading rides along in the front matter
 * to the model; the files themselves are not changed.
 */
export function wrapParseFrontMatter(inner: ParseFrontMatter, given: HookSettings): ParseFrontMatter {
  const wrappedBefore = hookStoreOf(inner);
  if (wrappedBefore) {
    // Another plugin instance of this site: one hook reads every file, and
    // a folder this instance names is typed too (the first instance to name
    // a folder decides its type).
    for (const [folder, type] of Object.entries(given.folderTypes)) {
      if (!Object.hasOwn(wrappedBefore.settings.folderTypes, folder)) {
        wrappedBefore.settings.folderTypes[folder] = type;
      }
    }
    return inner;
  }
  const settings: HookSettings = {...given, folderTypes: {...given.folderTypes}};
  const store: HookStore = {parseProblems: new ParseProblems(), instances: new Map(), settings};
  const {parseProblems} = store;
  const read: ParseFrontMatter = async (params) => {
    let result: Awaited<ReturnType<ParseFrontMatter>>;
    try {
      result = await inner(params);
      parseProblems.clear(params.filePath);
    } catch (error) {
      // A design doc with broken YAML is still published (as an untitled
      // record of its type) and reported with the other problems; any
      // other file fails the way Docusaurus always fails it.
      const declared = declaredTypeInRawFrontMatter(params.fileContent);
      const implied = isRecordFileName(path.basename(params.filePath)) ? folderTypeOf(params.filePath, settings) : null;
      if (!declared && !implied) {
        throw error;
      }
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      parseProblems.record(settings.siteDir, params.filePath, `is not valid YAML: ${reason}`);
      result = {frontMatter: {type: declared ?? implied}, content: splitSource(params.fileContent).body};
    }
    const type = designDocTypeOf(params.filePath, result.frontMatter, settings);
    if (type === null) {
      // Only numbered files are parsed here: a cheap test by name comes first.
      // `0007-use-x.md`, as ADR tools number records; `1-intro.md` is a guide.
      const digits = numberDigitsOfFileName(path.basename(params.filePath));
      const numbered = digits !== null && digits.length >= 3 && isRecordFileName(path.basename(params.filePath));
      const looksLikeRecord = numbered && readBodyCached(params.fileContent, await loadMarkdownParser(), {maintainCase: settings.maintainCase}).fields.status !== undefined;
      parseProblems.noteUntypedRecord(params.filePath, looksLikeRecord);
      return result;
    }
    const reading = readBodyCached(params.fileContent, await loadMarkdownParser(), {maintainCase: settings.maintainCase});
    const frontMatter = tagsAsList(restoreImpossibleDates(result.frontMatter, splitSource(params.fileContent).frontMatter ?? ''));
    const additions = docusaurusFields(frontMatter, reading, result.frontMatter.type === undefined ? type : null, path.basename(params.filePath));
    const shown = {...additions, ...frontMatter};
    // Docusaurus prints the title and sidebar label into every page that
    // lists the doc (sidebar, pagination, breadcrumbs); a NUL there breaks
    // React's hydration of each. It gets them cleaned; the model reads the
    // title as written, and reports it.
    const writtenTitle = typeof shown.title === 'string' && hasForbiddenCharacters(shown.title) ? shown.title : undefined;
    for (const key of ['title', 'sidebar_label'] as const) {
      const value = shown[key];
      if (typeof value === 'string') {
        shown[key] = withoutForbiddenCharacters(value);
      }
    }
    return {...result, frontMatter: {...shown, [BODY_READING_KEY]: holdBodyReading(reading, writtenTitle)}};
  };
  // A fresh object each time: the inner hook may hand out one cached object
  // for equal file contents, and the instances are this site's.
  const wrapped: ParseFrontMatter = async (params) => {
    const result = await read(params);
    return {...result, frontMatter: withPluginInstances(result.frontMatter, store.instances)};
  };
  Object.defineProperty(wrapped, WRAPPED, {value: store});
  return wrapped;
}

/** What a hook wrapped by `wrapParseFrontMatter` holds, or null for any other hook. */
export function hookStoreOf(hook: ParseFrontMatter): HookStore | null {
  return (hook as {[WRAPPED]?: HookStore})[WRAPPED] ?? null;
}

/** The YAML problems a wrapped hook found, or an empty store for any other hook. */
export function parseProblemsOf(hook: ParseFrontMatter): ParseProblems {
  return hookStoreOf(hook)?.parseProblems ?? new ParseProblems();
}
