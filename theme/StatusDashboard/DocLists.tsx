import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import StatusBadge from '@theme/StatusBadge';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import type {DashboardProps, SiteFilter} from 'docusaurus-plugin-design-docs/client';
import {Section} from './Section';
import styles from './styles.module.css';

/** Each doc with questions still open, and the questions. */
export function OpenQuestions({entries, site}: {entries: DashboardProps['openQuestions']; site: SiteFilter}): ReactNode {
  return (
    <Section
      name="open-questions"
      title={translate({id: 'designDocs.dashboard.questions.title', message: 'Open questions'})}
      empty={entries.length === 0 && <Translate id="designDocs.dashboard.questions.empty">No open questions.</Translate>}>
      <ul className={styles.docList}>
        {entries.map(({doc, questions}) => (
          <li key={doc.permalink} className="dashboard__question-doc">
            <DesignDocLink doc={doc} showStatus />
            <SiteName filter={site} source={doc} />
            <ul className={styles.questions}>
              {questions.map((question, index) => (
                <li key={index}>{question}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The newest decisions, each with its source, and a link to the whole log. */
export function LatestDecisions({entries, decisionLog, site}: {entries: DashboardProps['latestDecisions']; decisionLog: string | undefined; site: SiteFilter}): ReactNode {
  return (
    <Section
      name="latest-decisions"
      title={translate({id: 'designDocs.dashboard.decisions.title', message: 'Latest decisions'})}
      empty={entries.length === 0 && <Translate id="designDocs.dashboard.decisions.empty">No decision has been recorded yet.</Translate>}>
      <ul className={styles.docList}>
        {entries.map((entry, index) => (
          <li key={`${entry.source.permalink}\n${entry.title}\n${index}`} className={clsx('dashboard__decision', styles.decision)}>
            <div className={styles.decisionHead}>
              <strong className={styles.decisionTitle}>{entry.title}</strong>
              {entry.status && <StatusBadge badge={entry.status} size="small" className={styles.badge} />}
              {entry.date && <time dateTime={entry.date}>{entry.date}</time>}
            </div>
            <div className={styles.decisionSource}>
              <Translate id="designDocs.dashboard.decisions.source">Source:</Translate> <DesignDocLink doc={entry.source} anchor={entry.anchor} />
              <SiteName filter={site} source={entry.source} />
            </div>
          </li>
        ))}
      </ul>
      {decisionLog && (
        <p className={styles.allLink}>
          <Link to={decisionLog}>
            <Translate id="designDocs.dashboard.decisions.all">All decisions</Translate>
          </Link>
        </p>
      )}
    </Section>
  );
}
