import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import StatusBadge from '@theme/StatusBadge';
import type {DashboardProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

/**
 * `nav` is absent when embedded in an MDX page (`::status-dashboard`); the
 * links to other portal pages are then left out.
 */
export type Props = {data: DashboardProps; nav?: PortalNavProps};

type StaleEntry = DashboardProps['stale'][number];

function Section({name, title, intro, children}: {name: string; title: string; intro?: ReactNode; children: ReactNode}): ReactNode {
  const headingId = `dashboard-${name}`;
  return (
    <section className={clsx('dashboard__section', styles.section)} data-section={name} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}

function Empty({children}: {children: ReactNode}): ReactNode {
  return <p className={clsx('dashboard__empty', styles.empty)}>{children}</p>;
}

function Time({date}: {date: string | null}): ReactNode {
  return date ? <time dateTime={date}>{date}</time> : <span aria-hidden="true">—</span>;
}

function staleReason(entry: StaleEntry): string {
  return entry.reason === 'review-by'
    ? translate({id: 'designDocs.dashboard.stale.reviewBy', message: 'Review date passed'})
    : translate({id: 'designDocs.dashboard.stale.notUpdated', message: 'Not updated for {days} days'}, {days: entry.days});
}

/**
 * The dashboard's body: counts, reviews, stale and open work, and the
 * latest decisions. Used by the portal page and by `::status-dashboard`.
 */
export default function StatusDashboard({data, nav}: Props): ReactNode {
  const typeIndex = (label: string) => nav?.pages.find((page) => page.id === 'type' && page.label === label)?.path;
  const decisionLog = nav?.pages.find((page) => page.id === 'decisions')?.path;
  return (
    <>
      <Section name="counts" title={translate({id: 'designDocs.dashboard.counts.title', message: 'Documents by type'})}>
        {data.counts.length === 0 ? (
          <Empty>
            <Translate id="designDocs.dashboard.counts.empty">No document types are configured.</Translate>
          </Empty>
        ) : (
          <ul className={styles.cards}>
            {data.counts.map(({type, total, statuses}) => {
              const path = typeIndex(type.label);
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
        )}
      </Section>

      <Section name="review-queue" title={translate({id: 'designDocs.dashboard.review.title', message: 'Waiting for review'})}>
        {data.reviewQueue.length === 0 ? (
          <Empty>
            <Translate id="designDocs.dashboard.review.empty">Nothing is waiting for review.</Translate>
          </Empty>
        ) : (
          <div className={styles.tableWrapper}>
            <table className={clsx('table', 'dashboard__table', styles.table)}>
              <thead>
                <tr>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.document', message: 'Document'})}</th>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.reviewers', message: 'Reviewers'})}</th>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.since', message: 'Since'})}</th>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.daysWaiting', message: 'Days waiting'})}</th>
                </tr>
              </thead>
              <tbody>
                {data.reviewQueue.map((entry) => (
                  <tr key={entry.doc.permalink}>
                    <td>
                      <DesignDocLink doc={entry.doc} showStatus />
                    </td>
                    <td>{entry.reviewers.length > 0 ? entry.reviewers.join(', ') : <span aria-hidden="true">—</span>}</td>
                    <td className={styles.nowrap}>
                      <Time date={entry.since} />
                    </td>
                    <td className={styles.number}>{entry.daysWaiting ?? <span aria-hidden="true">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section
        name="stale"
        title={translate({id: 'designDocs.dashboard.stale.title', message: 'Stale documents'})}
        intro={
          <Translate id="designDocs.dashboard.stale.intro" values={{days: data.staleAfterDays}}>
            {'Documents still in force whose review date has passed, or that were not updated for more than {days} days.'}
          </Translate>
        }>
        {data.stale.length === 0 ? (
          <Empty>
            <Translate id="designDocs.dashboard.stale.empty">No document is stale.</Translate>
          </Empty>
        ) : (
          <div className={styles.tableWrapper}>
            <table className={clsx('table', 'dashboard__table', styles.table)}>
              <thead>
                <tr>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.document', message: 'Document'})}</th>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.reason', message: 'Reason'})}</th>
                  <th scope="col">{translate({id: 'designDocs.dashboard.column.since', message: 'Since'})}</th>
                </tr>
              </thead>
              <tbody>
                {data.stale.map((entry) => (
                  <tr key={entry.doc.permalink} data-reason={entry.reason}>
                    <td>
                      <DesignDocLink doc={entry.doc} showStatus />
                    </td>
                    <td>{staleReason(entry)}</td>
                    <td className={styles.nowrap}>
                      <Time date={entry.since} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section name="open-questions" title={translate({id: 'designDocs.dashboard.questions.title', message: 'Open questions'})}>
        {data.openQuestions.length === 0 ? (
          <Empty>
            <Translate id="designDocs.dashboard.questions.empty">No open questions.</Translate>
          </Empty>
        ) : (
          <ul className={styles.docList}>
            {data.openQuestions.map(({doc, questions}) => (
              <li key={doc.permalink} className="dashboard__question-doc">
                <DesignDocLink doc={doc} showStatus />
                <ul className={styles.questions}>
                  {questions.map((question, index) => (
                    <li key={index}>{question}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section name="latest-decisions" title={translate({id: 'designDocs.dashboard.decisions.title', message: 'Latest decisions'})}>
        {data.latestDecisions.length === 0 ? (
          <Empty>
            <Translate id="designDocs.dashboard.decisions.empty">No decision has been recorded yet.</Translate>
          </Empty>
        ) : (
          <ul className={styles.docList}>
            {data.latestDecisions.map((entry, index) => (
              <li key={`${entry.source.permalink}\n${entry.title}\n${index}`} className={clsx('dashboard__decision', styles.decision)}>
                <div className={styles.decisionHead}>
                  <strong className={styles.decisionTitle}>{entry.title}</strong>
                  {entry.status && <StatusBadge badge={entry.status} size="small" className={styles.badge} />}
                  {entry.date && <time dateTime={entry.date}>{entry.date}</time>}
                </div>
                <div className={styles.decisionSource}>
                  <Translate id="designDocs.dashboard.decisions.source">Source:</Translate> <DesignDocLink doc={entry.source} anchor={entry.anchor} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {decisionLog && data.latestDecisions.length > 0 && (
          <p className={styles.allLink}>
            <Link to={decisionLog}>
              <Translate id="designDocs.dashboard.decisions.all">All decisions</Translate>
            </Link>
          </p>
        )}
      </Section>
    </>
  );
}
