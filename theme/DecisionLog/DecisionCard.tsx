import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import StatusBadge from '@theme/StatusBadge';
import {DocsInstanceName} from '@theme/DesignDocsInstanceFilter';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import type {DecisionEntry, DocsInstanceFilter, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

function Field({name, label, children}: {name: string; label: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.field} data-field={name}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

/** One decision: what was chosen, over what, why, and the doc that says so. */
export default function DecisionCard({entry, instance, site}: {entry: DecisionEntry; instance: DocsInstanceFilter; site: SiteFilter}): ReactNode {
  return (
    <article className={clsx('card', 'decision-log__entry', styles.entry)} data-status={entry.status?.id}>
      <header className={styles.entryHeader}>
        <h2 className={styles.entryTitle}>{entry.title}</h2>
        {(entry.status || entry.date) && (
          <div className={styles.meta}>
            {entry.status && <StatusBadge badge={entry.status} size="small" className={styles.badge} />}
            {entry.date && (
              <time className={styles.date} dateTime={entry.date}>
                {entry.date}
              </time>
            )}
          </div>
        )}
      </header>
      <dl className={styles.fields}>
        {entry.chosen && (
          <Field name="chosen" label={translate({id: 'designDocs.decisions.chosen', message: 'Chosen:'})}>
            {entry.chosen}
          </Field>
        )}
        {entry.alternatives.length > 0 && (
          <Field
            name="alternatives"
            label={translate({id: 'designDocs.decisions.alternatives', message: 'Alternatives considered:'})}>
            <ul className={styles.alternatives}>
              {entry.alternatives.map((alternative, index) => (
                <li key={index}>{alternative}</li>
              ))}
            </ul>
          </Field>
        )}
        {entry.rationale && (
          <Field name="rationale" label={translate({id: 'designDocs.decisions.rationale', message: 'Rationale:'})}>
            {entry.rationale}
          </Field>
        )}
        {entry.tradeoffs && (
          <Field name="tradeoffs" label={translate({id: 'designDocs.decisions.tradeoffs', message: 'Trade-offs:'})}>
            {entry.tradeoffs}
          </Field>
        )}
        <Field name="source" label={translate({id: 'designDocs.decisions.source', message: 'Source:'})}>
          <DesignDocLink doc={entry.source} anchor={entry.anchor} />
          <DocsInstanceName filter={instance} source={entry.source} />
          <SiteName filter={site} source={entry.source} />
        </Field>
      </dl>
    </article>
  );
}
