import type {DesignDocModel, DesignDocRecord, RelationKind} from '../types/model';
import type {DesignDocPageData, DocLinkProps, SiteProps} from '../types/props';
import {isExternalTarget, referenceOf} from '../vocabulary/references';
import {PEOPLE_ROLES} from '../vocabulary/people';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {toStatusBadge} from './statusBadge';
import {toDocReview} from './review';

const RELATION_ORDER: RelationKind[] = [
  'superseded-by',
  'supersedes',
  'amended-by',
  'amends',
  'related',
];

// The portal pages link the same docs many times over (index rows, graph
// edges, timeline, dashboard); one link object per doc, shared, keeps a
// 10,000-doc build from allocating (and collecting) tens of thousands more.
const docLinks = new WeakMap<Vocabulary, WeakMap<DesignDocRecord, DocLinkProps>>();

// One object per site, for the same reason: every row of a site names it.
// By name, then label: no key string is built for each of 10,000 rows.
const sites = new Map<string, Map<string, SiteProps>>();

/** The other site a remote record is on, as readers see it; undefined for this site's own. */
export function remoteSiteOf(doc: Pick<DesignDocRecord, 'remote'>): SiteProps | undefined {
  if (!doc.remote) {
    return undefined;
  }
  const {site: name, siteLabel: label} = doc.remote;
  let byLabel = sites.get(name);
  if (!byLabel) {
    byLabel = new Map();
    sites.set(name, byLabel);
  }
  let site = byLabel.get(label);
  if (!site) {
    site = {name, label};
    byLabel.set(label, site);
  }
  return site;
}

export function toDocLink(doc: DesignDocRecord, vocabulary: Vocabulary): DocLinkProps {
  let byDoc = docLinks.get(vocabulary);
  if (!byDoc) {
    byDoc = new WeakMap();
    docLinks.set(vocabulary, byDoc);
  }
  let link = byDoc.get(doc);
  if (!link) {
    link = {
      title: doc.title,
      permalink: doc.permalink,
      reference: referenceOf(doc, vocabulary),
      status: toStatusBadge(doc, vocabulary),
      ...(doc.pluginId !== 'default' && !doc.remote && {docsInstance: doc.pluginId}),
      ...(doc.remote && {site: remoteSiteOf(doc)}),
    };
    byDoc.set(doc, link);
  }
  return link;
}

/**
 * Exactly what one design-doc page shows in its header and banner: its own
 * record plus the titles and links of the docs it relates to, and where
 * its review stands.
 */
export function buildDesignDocPageData(
  doc: DesignDocRecord,
  model: Pick<DesignDocModel, 'byKey' | 'relations'>,
  vocabulary: Vocabulary,
): DesignDocPageData {
  const type = vocabulary.types.get(doc.type);
  // One pass over the doc's relations into their kinds, in RELATION_ORDER:
  // this runs for every page of the site.
  const byKind = new Map<RelationKind, DocLinkProps[]>();
  const into = (kind: RelationKind, link: DocLinkProps) => {
    const links = byKind.get(kind);
    if (links) {
      links.push(link);
    } else {
      byKind.set(kind, [link]);
    }
  };
  for (const relation of model.relations.get(doc.key) ?? []) {
    const target = model.byKey.get(relation.target);
    if (target) {
      into(relation.kind, toDocLink(target, vocabulary));
    }
  }
  for (const relation of doc.relations) {
    if (isExternalTarget(relation.target)) {
      // A page outside the site, linked by its address (only http and https get here).
      into(relation.kind, {title: relation.target, permalink: relation.target, reference: null, status: null});
    }
  }
  const relations = byKind.size === 0 ? [] : RELATION_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({kind, docs: byKind.get(kind)!}));

  const status = toStatusBadge(doc, vocabulary);
  const statusDefinition = doc.status ? vocabulary.findStatus(doc.type, doc.status) : undefined;
  const successors = relations.find((r) => r.kind === 'superseded-by')?.docs ?? [];

  return {
    type: {id: doc.type, label: type?.label ?? doc.type, known: type !== undefined},
    reference: referenceOf(doc, vocabulary),
    number: doc.number,
    title: doc.title,
    status,
    statusNote: doc.statusNote,
    date: doc.date,
    reviewBy: doc.reviewBy,
    version: doc.version,
    people: PEOPLE_ROLES.filter((role) => doc.people[role].length > 0).map((role) => ({
      role,
      names: doc.people[role],
    })),
    checklist: doc.checklist.length > 0 ? {done: doc.checklist.filter((item) => item.done).length, total: doc.checklist.length} : null,
    review: toDocReview(doc, vocabulary),
    tags: doc.tags,
    lastUpdatedAt: doc.lastUpdatedAt,
    relations,
    banner: status && statusDefinition?.banner ? {status, successors} : null,
    extra: doc.extra,
  };
}
