import fs from 'fs';
import path from 'path';
import type {PortalContext} from '../views/portal/context';

/**
 * What the remark plugin needs from the build: the model (set in
 * allContentLoaded, before any MDX is compiled) and where to write embed
 * data. Kept on globalThis so two copies of this package in one process
 * (a path-loaded plugin and an npm-resolved remark plugin) still meet.
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
  /** Embed data files written so far; rewritten when the model changes. */
  embeds: Map<string, EmbedRequest>;
  /**
   * Absolute paths of the files this build's compilation found embeds in:
   * postBuild links the components' stylesheet into their pages. A page
   * compiled in an earlier build and taken from webpack's persistent cache
   * is not here; its stylesheet then comes with its scripts.
   */
  embeddingFiles: Set<string>;
};

export type EmbedRequest = {
  name: string;
  attributes: Record<string, string>;
  /** Key of the design doc the embed sits in, if it sits in one. */
  docKey: string | null;
};

const KEY = Symbol.for('docusaurus-plugin-design-docs.portal-state');

type Registry = {[KEY]?: PortalState};

const REQUESTS_FILE = 'requests.json';

/** Where a locale's embed data lives, relative to the data folder. */
export function embedsFolder(locale: string): string {
  return `embeds/${locale}`;
}

function embedsDir(state: Pick<PortalState, 'dataDir' | 'locale'>): string {
  return path.join(state.dataDir, embedsFolder(state.locale));
}

/**
 * Embeds requested by earlier compilations, in this process (a dev-mode
 * content reload) or in an earlier build whose compiled pages webpack's
 * persistent cache reuses without running the remark plugin again: their
 * data files must still be rewritten from the current model.
 */
function knownEmbeds(state: Pick<PortalState, 'dataDir' | 'locale'>): Map<string, EmbedRequest> {
  const previous = (globalThis as Registry)[KEY];
  if (previous && previous.dataDir === state.dataDir && previous.locale === state.locale) {
    return previous.embeds;
  }
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(embedsDir(state), REQUESTS_FILE), 'utf8')) as Record<string, EmbedRequest>;
    return new Map(Object.entries(saved));
  } catch {
    return new Map();
  }
}

export function setPortalState(state: Omit<PortalState, 'embeds' | 'embeddingFiles'>): PortalState {
  const registry = globalThis as Registry;
  registry[KEY] = {...state, embeds: knownEmbeds(state), embeddingFiles: new Set()};
  return registry[KEY];
}

/** Remembers every embed request on disk, for the next build's allContentLoaded. */
export function saveEmbedRequests(state: PortalState): void {
  fs.mkdirSync(embedsDir(state), {recursive: true});
  fs.writeFileSync(path.join(embedsDir(state), REQUESTS_FILE), JSON.stringify(Object.fromEntries(state.embeds)));
}

export function getPortalState(): PortalState | undefined {
  return (globalThis as Registry)[KEY];
}
