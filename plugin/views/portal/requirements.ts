import type {RequirementEntry, RequirementsProps} from '../../types';
import {toDocLink} from '../docPage';
import type {PortalContext} from './context';

const PRIORITY_ORDER = ['must', 'should', 'could', 'wont'];
// One collator for the whole sort: localeCompare with options builds one per call.
const NUMERIC = new Intl.Collator(undefined, {numeric: true});

/** Functional and non-functional requirements of every doc, by priority. */
export function buildRequirementsProps(context: PortalContext): RequirementsProps {
  const requirements: RequirementEntry[] = context.model.docs.flatMap((doc) => {
    const source = toDocLink(doc, context.vocabulary);
    return doc.requirements.map((requirement) => ({...requirement, source}));
  });
  const rank = (priority: string | null) => (priority === null ? PRIORITY_ORDER.length : PRIORITY_ORDER.indexOf(priority));
  requirements.sort(
    (a, b) => a.kind.localeCompare(b.kind) || rank(a.priority) - rank(b.priority) || NUMERIC.compare(a.id ?? '', b.id ?? ''),
  );
  return {requirements};
}
