import fs from 'fs';
import path from 'path';
import type {PortalContext} from '../views/portal/context';
import {PLUGIN_INSTANCES} from '../formats/frontMatterHook';
import type {StatusCatalog} from '../types/props';

/**
 * What the remark plugin needs from the build: the model (set in
 * allContentLoaded, before any MDX is compiled) and where to write embed
 * data.
 */
export type PortalState = {
  context: PortalContext;
  /** Where createData writes, and how modules import from there. */
  dataDir: string;
  /** Locales share the generated folder but not their labels: embeds are kept per locale. */
  locale: string;
  importPrefix: string;
  /** Absolute source path of every design doc (all versions) to its key. */
  docKeyByPath: Map<string, string>;
  /** Each docs version's folders, deepest first: an embed in an older version's page lists that version. */
  versionFolders: {folder: string; pluginId: string; versionName: string; isLatestVersion: boolean}[];
  /** Embed data files written so far; rewritten when the model changes. */
  embeds: Map<string, EmbedRequest>;
  /**
   * Absolute paths of the files with embeds: postBuild links the
   * components' stylesheet into their pages. Saved with the embed
   * requests, because a page that webpack's persistent cache reuses is not
   * compiled again: its embeds are known only from an earlier build.
   */
  embeddingFiles: Set<string>;
};

export type EmbedRequest = {
  name: string;
  attributes: Record<string, string>;
  /** Key of the design doc the embed sits in, if it sits in one. */
  docKey: string | null;
  /** The docs version of the page, when it is not its instance's latest: the embed lists that version's records. */
  version?: {pluginId: string; versionName: string};
};

/** The older docs version `filePath` belongs to, or undefined for a latest version's page or any other. */
export function olderVersionOf(state: Pick<PortalState, 'versionFolders'>, filePath: string): EmbedRequest['version'] {
  const resolved = path.resolve(filePath);
  const found = state.versionFolders.find(({folder}) => resolved.startsWith(path.resolve(folder) + path.sep));
  return found && !found.isLatestVersion ? {pluginId: found.pluginId, versionName: found.versionName} : undefined;
}

const REQUESTS_FILE = 'requests.json';
const EMBEDDING_FILES_FILE = 'embedding-files.json';

/** Where a locale's embed data lives, relative to the data folder. */
export function embedsFolder(locale: string): string {
  return `embeds/${locale}`;
}

function embedsDir(state: Pick<PortalState, 'dataDir' | 'locale'>): string {
  return path.join(state.dataDir, embedsFolder(state.locale));
}

/**
 * Embeds an earlier build requested, whose compiled pages webpack's
 * persistent cache reuses without running the remark plugin again: their
 * data files must still be rewritten from the current model.
 */
function savedEmbeds(state: Pick<PortalState, 'dataDir' | 'locale'>): Map<string, EmbedRequest> {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(embedsDir(state), REQUESTS_FILE), 'utf8')) as Record<string, EmbedRequest>;
    return new Map(Object.entries(saved));
  } catch {
    return new Map();
  }
}

/** The files an earlier build found embeds in (see `PortalState.embeddingFiles`). */
function savedEmbeddingFiles(state: Pick<PortalState, 'dataDir' | 'locale'>): Set<string> {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(embedsDir(state), EMBEDDING_FILES_FILE), 'utf8')) as unknown;
    return new Set(Array.isArray(saved) ? saved.filter((file): file is string => typeof file === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Records whether the file just compiled has embeds. A file compiled again
 * without them (its embed removed) leaves the list; one taken from the
 * persistent cache keeps what an earlier build found. Written only when
 * the list changes: each file is compiled for the client and the server.
 */
export function recordEmbeddingFile(state: PortalState, filePath: string, embeds: boolean): void {
  const file = path.resolve(filePath);
  if (state.embeddingFiles.has(file) === embeds) {
    return;
  }
  if (embeds) {
    state.embeddingFiles.add(file);
  } else {
    state.embeddingFiles.delete(file);
  }
  fs.mkdirSync(embedsDir(state), {recursive: true});
  fs.writeFileSync(path.join(embedsDir(state), EMBEDDING_FILES_FILE), JSON.stringify([...state.embeddingFiles].sort()));
}

/**
 * A plugin instance's portal, held by the instance and handed to the
 * remark plugin through the site's front-matter hook (`PLUGIN_INSTANCES`),
 * where the other instances of the site also find its status catalog.
 */
export class PortalHolder {
  state: PortalState | undefined;

  constructor(readonly statusCatalog: StatusCatalog = {types: []}) {}

  /**
   * The state for a new model. Embeds requested earlier, in this process
   * (a dev-mode content reload) or saved by an earlier build, are kept so
   * their data can be rewritten.
   */
  update(state: Omit<PortalState, 'embeds' | 'embeddingFiles'>): PortalState {
    const previous = this.state;
    const same = previous !== undefined && previous.dataDir === state.dataDir && previous.locale === state.locale;
    const embeds = same ? previous.embeds : savedEmbeds(state);
    const embeddingFiles = same ? previous.embeddingFiles : savedEmbeddingFiles(state);
    this.state = {...state, embeds, embeddingFiles};
    return this.state;
  }
}

/** Remembers every embed request on disk, for the next build's allContentLoaded. */
export function saveEmbedRequests(state: PortalState): void {
  fs.mkdirSync(embedsDir(state), {recursive: true});
  fs.writeFileSync(path.join(embedsDir(state), REQUESTS_FILE), JSON.stringify(Object.fromEntries(state.embeds)));
}

/** The site's plugin instances as the MDX loader's front matter carries them, if it does. */
function instancesOf(file: {data?: unknown}): Map<string, {state?: PortalState}> | undefined {
  const frontMatter = (file.data as {frontMatter?: unknown} | undefined)?.frontMatter as {[PLUGIN_INSTANCES]?: Map<string, {state?: PortalState}>} | undefined;
  return frontMatter?.[PLUGIN_INSTANCES];
}

export type PortalLookup = {state: PortalState} | {state: null; reason: string};

/**
 * The portal an MDX file's embeds are drawn from: the instance named by the
 * remark plugin's `instance` option, else the one whose docs hold the file,
 * else the site's only (or `default`) instance.
 */
export function portalStateFor(file: {data?: unknown}, filePath: string | undefined, instance: string | undefined): PortalLookup {
  const instances = instancesOf(file);
  if (!instances || instances.size === 0) {
    return {state: null, reason: 'needs docusaurus-plugin-design-docs in the site\'s plugins'};
  }
  if (instance !== undefined) {
    const named = instances.get(instance)?.state;
    return named ? {state: named} : {state: null, reason: `names the design-docs plugin instance "${instance}", which the site does not have (it has ${[...instances.keys()].join(', ')})`};
  }
  const states = [...instances.values()].flatMap((holder) => (holder.state ? [holder.state] : []));
  const resolved = filePath === undefined ? undefined : path.resolve(filePath);
  const owner = resolved === undefined ? undefined : states.find((state) => state.docKeyByPath.has(resolved));
  const only = states.length === 1 ? states[0] : instances.get('default')?.state;
  const state = owner ?? only;
  if (state) {
    return {state};
  }
  return states.length === 0
    ? {state: null, reason: 'needs docusaurus-plugin-design-docs in the site\'s plugins'}
    : {state: null, reason: `could come from any of the design-docs plugin instances ${[...instances.keys()].join(', ')}; name one with the remark plugin's option, as [remarkDesignDocs, {instance: '${[...instances.keys()][0]}'}]`};
}
