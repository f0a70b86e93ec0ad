import {type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import {FilterCount} from '@theme/DesignDocsFilterField';
import DesignDocsTable, {tableCells} from '@theme/DesignDocsTable';
import StatusBadge from '@theme/StatusBadge';
import {DocsInstanceName} from '@theme/DesignDocsInstanceFilter';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import type {DocsInstanceFilter, RequirementEntry, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import {DASH, PRIORITY_TONES, priorityLabel, type Kind, type Priority} from './labels';
import styles from './styles.module.css';

function PriorityBadge({priority}: {priority: Priority | null}): ReactNode {
  if (priority === null) {
    return DASH;
  }
  // No margin of its own: the badge is the cell's only content.
  const badge = {id: priority, label: priorityLabel(priority), tone: PRIORITY_TONES[priority]};
  return <StatusBadge className={styles.badge} badge={badge} size="small" />;
}

export type SectionProps = {kind: Kind; all: number; shown: RequirementEntry[]; idPrefix: string; instance: DocsInstanceFilter; site: SiteFilter};

/** The functional or the non-functional requirements: heading, count and table. */
export default function RequirementsSection({kind, all, shown, idPrefix, instance, site}: SectionProps): ReactNode {
  const functional = kind === 'functional';
  // Unique per embed: a page may hold several requirements tables.
  const headingId = `${idPrefix}-${kind}`;
  return (
    <section className={clsx('requirements__section', styles.section)} data-kind={kind} aria-labelledby={headingId}>
      <Heading as="h2" id={headingId}>
        {functional
          ? translate({id: 'designDocs.requirements.functional.title', message: 'Functional requirements'})
          : translate({id: 'designDocs.requirements.nonFunctional.title', message: 'Non-functional requirements'})}
      </Heading>
      <FilterCount className="requirements__count">
        {translate(
          {id: 'designDocs.requirements.count', message: 'Showing {shown} of {total} requirements'},
          {shown: shown.length, total: all},
        )}
      </FilterCount>
      {shown.length === 0 ? (
        <p className={clsx('requirements__empty', styles.empty)}>
          {all === 0
            ? translate({id: 'designDocs.requirements.none', message: 'None recorded.'})
            : translate({id: 'designDocs.requirements.noMatch', message: 'No requirements match the filters.'})}
        </p>
      ) : (
        <DesignDocsTable className={clsx('table', 'requirements__table', styles.table)} data-kind={kind}>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'designDocs.requirements.column.id', message: 'ID'})}</th>
              {!functional && <th scope="col">{translate({id: 'designDocs.requirements.column.category', message: 'Category'})}</th>}
              <th scope="col">{translate({id: 'designDocs.requirements.column.requirement', message: 'Requirement'})}</th>
              {!functional && <th scope="col">{translate({id: 'designDocs.requirements.column.target', message: 'Target'})}</th>}
              <th scope="col">{translate({id: 'designDocs.requirements.column.priority', message: 'Priority'})}</th>
              <th scope="col">{translate({id: 'designDocs.requirements.column.source', message: 'Source'})}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((requirement, index) => (
              <tr
                key={`${requirement.source.permalink}#${requirement.id ?? ''}#${index}`}
                className="requirements__row"
                data-requirement-id={requirement.id ?? undefined}
                data-priority={requirement.priority ?? undefined}>
                <td className={tableCells.id}>{requirement.id ?? DASH}</td>
                {!functional && <td>{requirement.category ?? DASH}</td>}
                <td className={tableCells.text}>{requirement.text}</td>
                {!functional && <td>{requirement.target ?? DASH}</td>}
                <td>
                  <PriorityBadge priority={requirement.priority} />
                </td>
                <td className={tableCells.source}>
                  <DesignDocLink doc={requirement.source} anchor={requirement.anchor} />
                  <DocsInstanceName filter={instance} source={requirement.source} />
                  <SiteName filter={site} source={requirement.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </DesignDocsTable>
      )}
    </section>
  );
}
