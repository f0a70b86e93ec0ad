import type {DesignDocRecord} from '../types/model';
import {formatReference, parseReference, type QualifiedReference} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {indexGroup, resolveReference, type DocGroupIndex} from './resolveReference';

/** Another site's records, as the model receives them from federation. */
export type RemoteSiteRecords = {
  /** The source's name, as qualified references write it. */
  name: string;
  /** Whether its export (or a last good copy) was read: a site that could not be read lacks no record. */
  loaded: boolean;
  records: DesignDocRecord[];
};

/** Why a qualified reference leads nowhere: no such site, no such record on it, or its site could not be read. */
export type QualifiedMiss = 'unknown-site' | 'no-match-on-site' | 'site-unavailable';

/** Lookups over one site's records of its latest versions: a reference from outside means the current record. */
type SiteIndex = {group: DocGroupIndex; byReference: Map<string, DesignDocRecord>; loaded: boolean};

/** `ADR-0003` whatever the spelling (`adr 3`, `ADR#3`), for looking a remote site's references up. */
function canonicalReference(text: string): string | null {
  const parsed = parseReference(text);
  return parsed.kind === 'numbered' && parsed.prefix ? formatReference(parsed.prefix.toUpperCase(), parsed.number) : null;
}

function indexSite(records: DesignDocRecord[], loaded: boolean): SiteIndex {
  const latest = records.filter((doc) => doc.isLatestVersion);
  const byReference = new Map<string, DesignDocRecord>();
  for (const doc of latest) {
    const reference = doc.remote?.reference;
    const canonical = reference ? canonicalReference(reference) : null;
    if (canonical && !byReference.has(canonical)) {
      byReference.set(canonical, doc);
    }
  }
  return {group: indexGroup(latest), byReference, loaded};
}

/**
 * Finds the record a qualified reference names: on a remote site by its
 * key (the relations an export lists), its reference by that site's own
 * prefixes, its doc id or path; on this site (`federation.name`) as a
 * reference from any of its docs instances' latest versions.
 */
export class QualifiedResolver {
  private readonly sites = new Map<string, SiteIndex>();
  private localIndex: DocGroupIndex | undefined;

  constructor(
    private readonly localName: string,
    private readonly localDocs: DesignDocRecord[],
    remote: RemoteSiteRecords[],
    private readonly byKey: Map<string, DesignDocRecord>,
    private readonly vocabulary: Vocabulary,
  ) {
    for (const site of remote) {
      this.sites.set(site.name, indexSite(site.records, site.loaded));
    }
  }

  resolve(qualified: QualifiedReference, from: DesignDocRecord): DesignDocRecord | QualifiedMiss {
    if (qualified.site === this.localName) {
      this.localIndex ??= indexGroup(this.localDocs.filter((doc) => doc.isLatestVersion));
      // From another site, a bare number has no type of its own to mean.
      return resolveReference(qualified.reference, from, this.localIndex, this.vocabulary) ?? 'no-match-on-site';
    }
    const site = this.sites.get(qualified.site);
    if (!site) {
      return 'unknown-site';
    }
    const found =
      this.byKey.get(`${qualified.site}:${qualified.reference}`) ??
      site.byReference.get(canonicalReference(qualified.reference) ?? '') ??
      resolveReference(qualified.reference, from, site.group, this.vocabulary);
    return found ?? (site.loaded ? 'no-match-on-site' : 'site-unavailable');
  }
}
