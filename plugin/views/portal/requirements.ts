import type {RequirementEntry, RequirementsProps} from '../../types/props';
import {toDocLink} from '../docPage';
import {docsInstancesOf, type PortalContext} from './context';

const PRIORITY_RANK: Record<string, number> = {must: 0, should: 1, could: 2, wont: 3};
const KIND_RANK: Record<string, number> = {functional: 0, 'non-functional': 1};

/**
 * `FR-2` before `FR-10`: digits padded, so ids compare as plain strings.
 * Worked out once per requirement, not in each of the sort's n log n
 * comparisons (a collator there was most of this page's time at 10,000 docs).
 */
function idKey(id: string | null): string {
  return (id ?? '').toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** Functional and non-functional requirements of every doc, by priority. */
export function buildRequirementsProps(context: PortalContext): RequirementsProps {
  const keyed: {entry: RequirementEntry; group: number; id: string}[] = [];
  for (const doc of context.model.docs) {
    if (doc.requirements.length === 0) {
      continue;
    }
    const source = toDocLink(doc, context.vocabulary);
    for (const requirement of doc.requirements) {
      keyed.push({
        entry: {...requirement, source},
        group: (KIND_RANK[requirement.kind] ?? 2) * 10 + (requirement.priority === null ? 4 : (PRIORITY_RANK[requirement.priority] ?? 4)),
        id: idKey(requirement.id),
      });
    }
  }
  keyed.sort((a, b) => a.group - b.group || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {requirements: keyed.map((item) => item.entry), ...docsInstancesOf(context)};
}
