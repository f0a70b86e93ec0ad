import type {Requirement} from '../../types/model';
import type {RequirementEntry, RequirementsProps} from '../../types/props';
import {toDocLink} from '../docPage';
import {docsInstancesOf, sitesOf, type PortalContext} from './context';

const PRIORITY_RANK: Record<string, number> = {must: 0, should: 1, could: 2, wont: 3};
const KIND_RANK: Record<string, number> = {functional: 0, 'non-functional': 1};

/** `FR-2` before `FR-10`: digits padded, so ids compare as plain strings. */
function idKey(id: string | null): string {
  return (id ?? '').toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** Kind, then priority: the register's groups, in order. */
function groupOf(requirement: Requirement): number {
  return (KIND_RANK[requirement.kind] ?? 2) * 10 + (requirement.priority === null ? 4 : (PRIORITY_RANK[requirement.priority] ?? 4));
}

/**
 * Each distinct id's place among all ids, in `idKey` order. A site's
 * requirements reuse few ids (every doc has its FR-1), so the ids are
 * sorted once and the rows by a number: at 10,000 docs a comparison of
 * strings in each of the sort's n log n steps was most of this page's time.
 */
function idRanks(ids: Iterable<string | null>): Map<string | null, number> {
  const keys = new Map<string | null, string>();
  for (const id of ids) {
    if (!keys.has(id)) {
      keys.set(id, idKey(id));
    }
  }
  const ordered = [...keys].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return new Map(ordered.map(([id], rank) => [id, rank]));
}

/** Functional and non-functional requirements of every doc, by kind, priority and id; docs in their order within. */
export function buildRequirementsProps(context: PortalContext): RequirementsProps {
  const entries: RequirementEntry[] = [];
  for (const doc of context.model.docs) {
    if (doc.requirements.length === 0) {
      continue;
    }
    const source = toDocLink(doc, context.vocabulary);
    for (const r of doc.requirements) {
      // A literal, not `{...r, source}`: a spread with a property after it
      // takes V8's slow path, ten times the cost, for every row.
      entries.push({id: r.id, text: r.text, priority: r.priority, kind: r.kind, category: r.category, target: r.target, anchor: r.anchor, extra: r.extra, source});
    }
  }
  const ranks = idRanks(entries.map((entry) => entry.id));
  const width = ranks.size + 1;
  const order = entries.map((entry) => ({entry, key: groupOf(entry) * width + ranks.get(entry.id)!}));
  // Array.prototype.sort is stable: rows of one key keep the docs' order.
  order.sort((a, b) => a.key - b.key);
  const contributing = context.model.docs.filter((doc) => doc.requirements.length > 0);
  return {requirements: order.map((item) => item.entry), ...docsInstancesOf(contributing), ...sitesOf(contributing, context)};
}
