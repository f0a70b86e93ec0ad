import {translate} from '@docusaurus/Translate';
import type {RequirementEntry, StatusTone} from 'docusaurus-plugin-design-docs/client';

export type Priority = NonNullable<RequirementEntry['priority']>;
export type Kind = RequirementEntry['kind'];
export type KindFilter = Kind | 'all';

export const PRIORITIES: Priority[] = ['must', 'should', 'could', 'wont'];
export const KINDS: KindFilter[] = ['all', 'functional', 'non-functional'];
export const PRIORITY_TONES: Record<Priority, StatusTone> = {must: 'info', should: 'neutral', could: 'muted', wont: 'muted'};
export const DASH = '—';

export function priorityLabel(priority: Priority): string {
  switch (priority) {
    case 'must':
      return translate({id: 'designDocs.requirements.priority.must', message: 'Must have'});
    case 'should':
      return translate({id: 'designDocs.requirements.priority.should', message: 'Should have'});
    case 'could':
      return translate({id: 'designDocs.requirements.priority.could', message: 'Could have'});
    default:
      return translate({id: 'designDocs.requirements.priority.wont', message: "Won't have"});
  }
}

export function kindLabel(kind: KindFilter): string {
  switch (kind) {
    case 'functional':
      return translate({id: 'designDocs.requirements.kind.functional', message: 'Functional'});
    case 'non-functional':
      return translate({id: 'designDocs.requirements.kind.nonFunctional', message: 'Non-functional'});
    default:
      return translate({id: 'designDocs.requirements.kind.all', message: 'All'});
  }
}
