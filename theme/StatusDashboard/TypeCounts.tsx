import {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocsCountCards, {CountCard} from '@theme/DesignDocsCountCards';
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
      <DesignDocsCountCards>
        {counts.map(({type, total, statuses}) => (
          <CountCard
            key={type.id}
            className="dashboard__type"
            data-type={type.id}
            title={type.label}
            to={indexOf(type.label)}
            headingLevel={3}
            countClassName="dashboard__total"
            count={
              <Translate id="designDocs.dashboard.counts.total" values={{count: <strong className={styles.totalNumber}>{total}</strong>}}>
                {'Total: {count}'}
              </Translate>
            }
            statuses={statuses}
          />
        ))}
      </DesignDocsCountCards>
    </Section>
  );
}
