import type {DesignDocRecord} from '../../types/model';
import type {DocRow, TypeIndexProps} from '../../types/props';
import {PEOPLE_ROLES} from '../../vocabulary/people';
import {referenceOf} from '../../vocabulary/references';
import {toStatusBadge} from '../statusBadge';
import {remoteSiteOf} from '../docPage';
import {compareIsoDates, compareSites, sitesOf, type PortalContext} from './context';

function peopleOf(doc: DesignDocRecord): string[] {
  const people: string[] = [];
  for (const role of PEOPLE_ROLES) {
    for (const person of doc.people[role]) {
      if (!people.includes(person)) {
        people.push(person);
      }
    }
  }
  return people;
}

export function toDocRow(doc: DesignDocRecord, context: Pick<PortalContext, 'vocabulary'>): DocRow {
  const row: DocRow = {
    reference: referenceOf(doc, context.vocabulary),
    number: doc.number,
    title: doc.title,
    permalink: doc.permalink,
    type: doc.type,
    status: toStatusBadge(doc, context.vocabulary),
    date: doc.date,
    people: peopleOf(doc),
    tags: doc.tags.map((tag) => tag.label),
    summary: doc.summary,
  };
  // Set after, not spread in: a one-site portal's rows keep their shape and keys.
  const site = remoteSiteOf(doc);
  if (site) {
    row.site = site;
  }
  return row;
}

/**
 * The index of one type: every doc of that type across all docs instances,
 * newest number first, and the count of each status of its lifecycle.
 * Rows name their instance when more than one contributes.
 */
export function buildTypeIndexProps(typeId: string, context: PortalContext): TypeIndexProps {
  const type = context.vocabulary.types.get(typeId);
  if (!type) {
    throw new Error(`No design-doc type "${typeId}"`);
  }
  const docs = context.model.docs.filter((doc) => doc.type === typeId);
  // Two instances can both have an ADR-0001: say which is which, and only
  // then. Another site's instances are its own (the site column tells those apart).
  const instances = new Set(docs.flatMap((doc) => (doc.remote ? [] : [doc.pluginId])));
  const named = instances.size > 1;
  // Two sites can both have an ADR-0003 too: this site's first, whatever the sort's other keys say.
  const rows = docs
    .map((doc) => (named && !doc.remote ? {...toDocRow(doc, context), instance: doc.pluginId} : toDocRow(doc, context)))
    .sort((a, b) => (b.number ?? -1) - (a.number ?? -1) || compareSites(a, b) || compareIsoDates(b.date, a.date) || a.title.localeCompare(b.title));
  const counts = new Map<string, number>();
  // An unknown status's badge as the first row gives it: another site's own label, say.
  const badges = new Map<string, NonNullable<DocRow['status']>>();
  for (const row of rows) {
    if (row.status) {
      counts.set(row.status.id, (counts.get(row.status.id) ?? 0) + 1);
      if (!badges.has(row.status.id)) {
        badges.set(row.status.id, row.status);
      }
    }
  }
  const known = type.statuses.map((s) => ({status: {id: s.id, label: s.label, tone: s.tone}, count: counts.get(s.id) ?? 0}));
  // Statuses outside the lifecycle (invalid docs in warn mode) still get a chip.
  const unknown = [...counts]
    .filter(([id]) => !type.statuses.some((s) => s.id === id))
    .map(([id, count]) => ({status: {id, label: badges.get(id)?.label ?? id, tone: 'neutral' as const}, count}));
  return {type: {id: type.id, label: type.label, prefix: type.prefix}, rows, statuses: [...known, ...unknown], ...sitesOf(docs, context)};
}
