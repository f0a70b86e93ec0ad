import type {Problem} from '../types/model';
import type {PluginOptions} from '../types/options';
import type {FederatedInput} from '../model/buildModel';
import type {RemoteSiteRecords} from '../model/resolveQualified';
import type {ReexportedSite} from '../outputs/designDocsJson';
import {isOffline, readFederationSources, type FederationReading, type SourceFailure} from './readSources';
import {remoteSiteRecords} from './remoteRecords';

/** What the hub's build takes from its federation sources: their records, what went wrong, and where the sites are. */
export type Federation = {
  input: FederatedInput;
  problems: Problem[];
  /** Every site listed, for design-docs.json's `sites` when it re-exports. */
  sites: ReexportedSite[];
};

function failureProblem(failure: SourceFailure): Problem {
  const fallback = failure.usedCopyFrom
    ? `the last good copy, read ${failure.usedCopyFrom}, is listed instead`
    : 'nothing of it is listed, and there is no earlier copy';
  return {
    file: failure.location,
    field: `federation.sources[${failure.index}]`,
    message: `federation source "${failure.source.name}" could not be read: ${failure.reason}; ${fallback}`,
    severity: 'warning',
  };
}

/** The one error `onFederationError: 'throw'` fails the build with: every source that failed, each on its line. */
export function federationError(failures: SourceFailure[]): Error {
  const lines = failures.map((failure) => `- ${failure.source.name} (${failure.location}): ${failure.reason}`);
  return new Error(
    `[docusaurus-plugin-design-docs] ${failures.length === 1 ? 'A federation source' : `${failures.length} federation sources`} could not be read (onFederationError: 'throw'):\n${lines.join('\n')}`,
  );
}

/** Sites' records as the model takes them: several sources' re-exports of one site are one site. */
function mergeSites(all: RemoteSiteRecords[]): RemoteSiteRecords[] {
  const byName = new Map<string, RemoteSiteRecords>();
  for (const site of all) {
    const known = byName.get(site.name);
    if (known) {
      const keys = new Set(known.records.map((doc) => doc.key));
      known.records.push(...site.records.filter((doc) => !keys.has(doc.key)));
      known.loaded ||= site.loaded;
    } else {
      byName.set(site.name, {...site, records: [...site.records]});
    }
  }
  return [...byName.values()];
}

/** Turns what was read into the model's input; pure, so the bench can time it apart from the reading. */
export function federationOf(reading: FederationReading, options: Pick<PluginOptions, 'federation'>): Federation {
  const direct = new Set(options.federation.sources.map((source) => source.name));
  const problems: Problem[] = reading.failures.map(failureProblem);
  const sites: RemoteSiteRecords[] = [];
  const listedSites: ReexportedSite[] = [];
  for (const read of reading.sources) {
    const converted = remoteSiteRecords({source: read.source, exports: read.exports, loaded: read.exports.length > 0}, direct);
    sites.push(...converted.sites);
    problems.push(...converted.problems);
    listedSites.push({name: read.source.name, label: read.source.label, siteUrl: read.source.siteUrl});
    for (const exported of read.exports) {
      for (const site of exported.json.sites ?? []) {
        if (!direct.has(site.name) && !listedSites.some((listed) => listed.name === site.name)) {
          listedSites.push(site);
        }
      }
    }
  }
  return {input: {localName: options.federation.name, sites: mergeSites(sites)}, problems, sites: listedSites};
}

/**
 * Reads every source (files directly, URLs through the cache) and turns
 * them into the model's input. A source that fails is one warning, naming
 * it and the reason, and whether its last good copy stands in; with
 * `onFederationError: 'throw'` the build stops instead, naming every
 * source that failed.
 */
export async function loadFederation(
  options: Pick<PluginOptions, 'federation' | 'onFederationError'>,
  paths: {siteDir: string; cacheDir: string},
  cliOffline = false,
): Promise<Federation | null> {
  const {federation} = options;
  if (federation.sources.length === 0) {
    return null;
  }
  const reading = await readFederationSources({
    sources: federation.sources,
    siteDir: paths.siteDir,
    cacheDir: paths.cacheDir,
    offline: cliOffline || isOffline(federation.offline),
    timeout: federation.timeout,
    maxBytes: federation.maxBytes,
  });
  if (reading.failures.length > 0 && options.onFederationError === 'throw') {
    throw federationError(reading.failures);
  }
  return federationOf(reading, options);
}
