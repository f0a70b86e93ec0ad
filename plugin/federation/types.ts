import type {FederationSource} from '../types/options';
import type {DesignDocsJson} from '../types/output';

/** One export a source gave: validated, stripped of what this plugin does not know. */
export type LoadedExport = {
  /** The URL, or the file's absolute path. */
  location: string;
  json: DesignDocsJson;
  /** True when this is the cached last good copy (a 304, offline, or the source failed). */
  fromCache: boolean;
  /** When its content was read (ISO). */
  fetchedAt: string | null;
};

/** A source and what it gave, in option order; no exports when it failed with no copy to use. */
export type SourceReading = {source: FederationSource; index: number; exports: LoadedExport[]};

/** One location of a source that could not be read or validated; the caller reports it. */
export type SourceFailure = {
  source: FederationSource;
  index: number;
  location: string;
  reason: string;
  /** The fetchedAt of the last good copy used instead, or null when there was none. */
  usedCopyFrom: string | null;
};

export type FederationReading = {sources: SourceReading[]; failures: SourceFailure[]};

export type ReadParams = {
  sources: FederationSource[];
  /** Paths and globs are relative to it. */
  siteDir: string;
  /** `<generatedFilesDir>/docusaurus-plugin-design-docs/<pluginInstanceId>/federation`. */
  cacheDir: string;
  /** URLs from the cache only (see isOffline). */
  offline: boolean;
  /** Milliseconds one URL may take. */
  timeout: number;
  maxBytes: number;
};
