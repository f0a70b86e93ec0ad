import type {DeclaredRelation, DesignDocRecord, Problem, Tag} from '../types/model';
import type {FederationSource} from '../types/options';
import type {DesignDocsJson, DesignDocsJsonDoc} from '../types/output';
import type {RemoteSiteRecords} from '../model/resolveQualified';
import {linkUnderSiteUrl} from './siteUrl';

/** The longest title and summary a remote record keeps: an export is untrusted, and a page lists thousands of them. */
export const REMOTE_TITLE_LIMIT = 300;
export const REMOTE_SUMMARY_LIMIT = 1000;

/** One source's exports, validated against the schema (a glob source may have several). */
export type ValidatedSource = {
  source: FederationSource;
  exports: {location: string; json: DesignDocsJson}[];
  /** Whether anything was read, now or from the cache. */
  loaded: boolean;
};

/** The site a record is listed under: the source itself, or a site its hub re-exports. */
type RecordSite = {name: string; label: string; siteUrl: string; origin: string};

function bounded(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** A tag links to the tag's page on the record's own site, never elsewhere. */
function remoteTag(tag: Tag, site: RecordSite): Tag {
  const absolute = tag.permalink.startsWith('/') && !tag.permalink.startsWith('//') ? `${site.origin}${tag.permalink}` : tag.permalink;
  return {label: tag.label, permalink: linkUnderSiteUrl(absolute, site.siteUrl) ?? ''};
}

/**
 * The relations a record declared (an inferred one comes back from the
 * other side's), each qualified: a target on the record's own site by its
 * key there, one on a third site as the export qualified it, a link only
 * when it stays under the site's address.
 */
function declaredRelations(doc: DesignDocsJsonDoc, keyPrefix: string, site: RecordSite): DeclaredRelation[] {
  const relations: DeclaredRelation[] = [];
  for (const relation of doc.relations) {
    if (relation.inferred) {
      continue;
    }
    let target: string | null;
    if (relation.site) {
      target = relation.target.startsWith(`${relation.site}:`) ? relation.target : `${relation.site}:${relation.reference ?? relation.target}`;
    } else if (relation.url) {
      target = linkUnderSiteUrl(relation.url, site.siteUrl);
    } else {
      target = `${keyPrefix}${relation.target}`;
    }
    if (target !== null) {
      relations.push({kind: relation.kind, target, field: relation.kind});
    }
  }
  return relations;
}

/**
 * Field by field, in the order normalize writes a local record, not spread
 * from the export: every record then has one shape, and the portal's views
 * over 10,000 remote records run as fast as over local ones (the bench
 * measured the spread form at 3.8 times the cost per record).
 */
function remoteRecord(doc: DesignDocsJsonDoc, site: RecordSite, keyPrefix: string, permalink: string, inReview: boolean | null): DesignDocRecord {
  return {
    key: `${keyPrefix}${doc.key}`,
    docId: doc.docId,
    pluginId: doc.pluginId,
    versionName: doc.versionName,
    isLatestVersion: doc.isLatestVersion,
    summary: doc.summary === null ? null : bounded(doc.summary, REMOTE_SUMMARY_LIMIT),
    permalink,
    source: '',
    file: doc.file,
    type: doc.type,
    number: doc.number,
    title: bounded(doc.title, REMOTE_TITLE_LIMIT),
    status: doc.status,
    statusNote: doc.statusNote,
    date: doc.date,
    statusDate: doc.statusDate,
    reviewBy: doc.reviewBy,
    version: doc.version,
    people: doc.people,
    tags: doc.tags.map((tag) => remoteTag(tag, site)),
    relations: declaredRelations(doc, keyPrefix, site),
    decisions: doc.decisions,
    risks: doc.risks,
    requirements: doc.requirements,
    openQuestions: doc.openQuestions,
    revisions: doc.revisions,
    checklist: doc.checklist,
    feedback: doc.feedback,
    sections: doc.sections,
    lastUpdatedAt: doc.lastUpdatedAt,
    // Front matter this plugin does not know is for the record's own pages: it is not listed here.
    extra: {},
    remote: {site: site.name, siteLabel: site.label, reference: doc.reference, statusLabel: doc.statusLabel, readiness: doc.readiness, inReview},
  };
}

function recordSite(name: string, label: string, siteUrl: string): RecordSite {
  return {name, label, siteUrl, origin: new URL(siteUrl).origin};
}

/**
 * One source's records, as read-only records of named remote sites: keys
 * qualified by the site (and, for a glob of several exports, by the
 * export's place in it, since a monorepo's sites each have an ADR-0001),
 * links only under the site's address. A record whose page would lie
 * elsewhere is not listed, and said so. A hub's export can re-export other
 * sites' records (with `site`): they are listed under those sites, checked
 * against the addresses the export gives for them, unless this hub reads
 * that site itself (`directSites`), whose own copy wins.
 */
export function remoteSiteRecords(validated: ValidatedSource, directSites: Set<string>): {sites: RemoteSiteRecords[]; problems: Problem[]} {
  const {source} = validated;
  const own = recordSite(source.name, source.label, source.siteUrl);
  const sites = new Map<string, RemoteSiteRecords>([[own.name, {name: own.name, loaded: validated.loaded, records: []}]]);
  const problems: Problem[] = [];
  validated.exports.forEach(({location, json}, exportIndex) => {
    const keyPrefix = validated.exports.length > 1 ? `${source.name}:${exportIndex + 1}:` : `${source.name}:`;
    const reexported = new Map((json.sites ?? []).map((site) => [site.name, site]));
    // The site's own queue, by its own statuses; a hub's export queues only its own records.
    const queued = new Set(json.reviewQueue.map((entry) => entry.key));
    json.docs.forEach((doc, index) => {
      let site = own;
      if (doc.site !== undefined) {
        if (directSites.has(doc.site)) {
          return;
        }
        const listed = reexported.get(doc.site);
        if (!listed || linkUnderSiteUrl(listed.siteUrl, listed.siteUrl) === null) {
          // A hub's export that re-exports a site without saying where it is: its links cannot be checked.
          problems.push({
            file: location,
            field: `docs[${index}].site`,
            message: `federation source "${source.name}": the record ${doc.reference ?? doc.docId} is re-exported from the site "${doc.site}", which the export's sites list does not give an http(s) address for; it is not listed`,
            severity: 'warning',
          });
          return;
        }
        site = recordSite(listed.name, listed.label, listed.siteUrl);
      }
      const permalink = linkUnderSiteUrl(doc.url, site.siteUrl);
      if (permalink === null) {
        problems.push({
          file: location,
          field: `docs[${index}].url`,
          message: `federation source "${source.name}": the record ${doc.reference ?? doc.docId} links to ${JSON.stringify(doc.url)}, which is not under its siteUrl ${site.siteUrl}; it is not listed`,
          severity: 'warning',
        });
        return;
      }
      let records = sites.get(site.name);
      if (!records) {
        records = {name: site.name, loaded: true, records: []};
        sites.set(site.name, records);
      }
      // A re-exported record's key is already qualified by its own site.
      const inReview = doc.site !== undefined ? null : queued.has(doc.key);
      records.records.push(remoteRecord(doc, site, doc.site !== undefined ? '' : keyPrefix, permalink, inReview));
    });
  });
  return {sites: [...sites.values()], problems};
}
