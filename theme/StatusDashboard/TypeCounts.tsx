import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import StatusBadge from '@theme/StatusBadge';
import type {DashboardProps} from 'docusaurus-plugin-design-docs/client';
import {Section} from './Section';
import styles from './styles.module.css';

export type TypeCountsProps = {
  counts: DashboardProps['counts'];
  /** The path of a type's index page, when the portal has one. */
  indexOf: (typeLabel: string) => string | undefined;
};

/** A card per document type: its total and its count in each status. */
export default function TypeCounts({counts, indexOf}: TypeCountsProps): ReactNode {
  return (
    <Section
      name="counts"
      title={translate({id: 'designDocs.dashboard.counts.title', message: 'Documents by type'})}
      empty={counts.length === 0 && <Translate id="designDocs.dashboard.counts.empty">No document types are configured.</Translate>}>
      <ul className={styles.cards}>
        {counts.map(({type, total, statuses}) => {
          const path = indexOf(type.label);
          return (
            <li key={type.id} className={clsx('card', 'dashboard__type', styles.card)} data-type={type.id}>
              <h3 className={styles.cardTitle}>{path ? <Link to={path}>{type.label}</Link> : type.label}</h3>
              <p className={clsx('dashboard__total', styles.total)}>
                <Translate id="designDocs.dashboard.counts.total" values={{count: <strong className={styles.totalNumber}>{total}</strong>}}>
                  {'Total: {count}'}
                </Translate>
              </p>
              {statuses.length > 0 && (
                <ul className={styles.statusList}>
                  {statuses.map(({status, count}) => (
                    <li key={status.id} className={styles.statusItem} data-status={status.id}>
                      <StatusBadge badge={status} size="small" className={styles.badge} />
                      <span className={styles.statusCount}>{count}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
