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
  importPrefix: string;
  /** Absolute source path of every design doc (all versions) to its key. */
  docKeyByPath: Map<string, string>;
  /** Embed data files written so far; rewritten when the model changes. */
  embeds: Map<string, EmbedRequest>;
};

export type EmbedRequest = {
  name: string;
  attributes: Record<string, string>;
  /** Key of the design doc the embed sits in, if it sits in one. */
  docKey: string | null;
};

const KEY = Symbol.for('docusaurus-plugin-design-docs.portal-state');

type Registry = {[KEY]?: PortalState};

export function setPortalState(state: Omit<PortalState, 'embeds'>): PortalState {
  const registry = globalThis as Registry;
  // Embeds requested by earlier compilations survive a content reload.
  const embeds = registry[KEY]?.embeds ?? new Map();
  registry[KEY] = {...state, embeds};
  return registry[KEY];
}

export function getPortalState(): PortalState | undefined {
  return (globalThis as Registry)[KEY];
}
