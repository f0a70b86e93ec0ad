import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocsFilterField, {FilterRow, QueryTextInput} from '@theme/DesignDocsFilterField';
import DesignDocsSiteFilter from '@theme/DesignDocsSiteFilter';
import type {QueryText, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import {KINDS, PRIORITIES, kindLabel, priorityLabel, type KindFilter, type Priority} from './labels';
import styles from './styles.module.css';

export type FiltersProps = {
  /** Whether the register holds both kinds; an embed fixed to one has nothing to choose. */
  showKinds: boolean;
  kind: KindFilter;
  priorities: Priority[];
  search: QueryText;
  /** The site filter of a federated portal's register; shown only for several sites. */
  site: SiteFilter;
  filtered: boolean;
  onKind: (kind: KindFilter) => void;
  onTogglePriority: (priority: Priority) => void;
  onClear: () => void;
};

/** Kind and priority toggles, the site choice, the search box and the clear button of the requirements. */
export default function RequirementsFilters({showKinds, kind, priorities, search, site, filtered, onKind, onTogglePriority, onClear}: FiltersProps): ReactNode {
  return (
    <FilterRow className="requirements__filters">
      {/* An embed fixed to one kind (`::requirements{kind=functional}`) has nothing to choose. */}
      {showKinds && (
        <div className={styles.group} role="group" aria-label={translate({id: 'designDocs.requirements.filter.kind', message: 'Kind'})}>
          {KINDS.map((option) => (
            <button
              key={option}
              type="button"
              className={clsx('button button--sm requirements__kind', option === kind ? 'button--primary' : 'button--secondary')}
              data-kind={option}
              aria-pressed={option === kind}
              onClick={() => onKind(option)}>
              {kindLabel(option)}
            </button>
          ))}
        </div>
      )}
      <div className={styles.group} role="group" aria-label={translate({id: 'designDocs.requirements.filter.priority', message: 'Priority'})}>
        {PRIORITIES.map((priority) => (
          <button
            key={priority}
            type="button"
            className={clsx('button button--sm requirements__priority', priorities.includes(priority) ? 'button--primary' : 'button--secondary')}
            data-priority={priority}
            aria-pressed={priorities.includes(priority)}
            onClick={() => onTogglePriority(priority)}>
            {priorityLabel(priority)}
          </button>
        ))}
      </div>
      <DesignDocsSiteFilter filter={site} />
      <DesignDocsFilterField label={translate({id: 'designDocs.requirements.filter.search', message: 'Search'})} wide>
        <QueryTextInput queryText={search} type="search" name="q" className="requirements__search" placeholder={translate({id: 'designDocs.requirements.filter.searchPlaceholder', message: 'ID, text, category or target'})} />
      </DesignDocsFilterField>
      {filtered && (
        <button type="button" className="button button--sm button--secondary requirements__clear" onClick={onClear}>
          {translate({id: 'designDocs.requirements.filter.clear', message: 'Clear filters'})}
        </button>
      )}
    </FilterRow>
  );
}
