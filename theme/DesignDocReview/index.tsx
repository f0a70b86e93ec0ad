import {type ReactNode} from 'react';
import clsx from 'clsx';
import {RecordLink} from '@theme/DesignDocLink';
import Translate, {translate} from '@docusaurus/Translate';
import {FEEDBACK_CATEGORIES, FEEDBACK_TONES, FeedbackEmoji, ToneTag, feedbackCategoryLabel} from '@theme/DesignDocReview/labels';
import type {DocReviewProps, SiteProps} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocReview';
import styles from './styles.module.css';

type Feedback = DocReviewProps['feedback'][number];

/** The doc's page, when the panel is shown elsewhere: here, or on the other site the doc is on. */
type Page = {permalink: string; site?: SiteProps};

/** Text linked to a place on the doc's page: a plain fragment on the page itself, a link to the page elsewhere. */
function Place({anchor, page, children}: {anchor: string | null; page: Page | null; children: ReactNode}): ReactNode {
  if (!anchor) {
    return children;
  }
  if (page === null) {
    return <a href={`#${encodeURIComponent(anchor)}`}>{children}</a>;
  }
  return (
    <RecordLink permalink={page.permalink} site={page.site} anchor={anchor}>
      {children}
    </RecordLink>
  );
}

function Checklist({items}: {items: DocReviewProps['checklist']}): ReactNode {
  if (items.length === 0) {
    return (
      <p className={styles.none}>
        <Translate id="designDocs.review.checklist.none">This doc has no validation checklist.</Translate>
      </p>
    );
  }
  return (
    <ul className={clsx('design-doc-review__checklist', styles.list)}>
      {items.map((item, index) => (
        <li key={index} className={styles.checkItem} data-done={item.done}>
          <input type="checkbox" checked={item.done} disabled readOnly aria-label={item.done ? translate({id: 'designDocs.review.checklist.done', message: 'Done'}) : translate({id: 'designDocs.review.checklist.open', message: 'Not done'})} />
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

function FeedbackItem({item, page}: {item: Feedback; page: Page | null}): ReactNode {
  return (
    <li className={clsx('design-doc-review__feedback-item', styles.feedbackItem)} data-category={item.category} data-resolved={item.resolved}>
      <ToneTag tone={item.resolved ? 'success' : FEEDBACK_TONES[item.category]}>
        {item.resolved ? translate({id: 'designDocs.review.feedback.resolved', message: 'Resolved'}) : translate({id: 'designDocs.review.feedback.open', message: 'Open'})}
      </ToneTag>{' '}
      <Place anchor={item.anchor} page={page}>
        {item.text}
      </Place>
      {item.by && <span className={styles.by}> — {item.by}</span>}
      {item.resolution && (
        <div className={styles.resolution}>
          <Translate id="designDocs.review.feedback.resolution" values={{resolution: item.resolution}}>
            {'Resolution: {resolution}'}
          </Translate>
        </div>
      )}
    </li>
  );
}

function FeedbackGroups({feedback, page}: {feedback: Feedback[]; page: Page | null}): ReactNode {
  if (feedback.length === 0) {
    return (
      <p className={styles.none}>
        <Translate id="designDocs.review.feedback.none">No review feedback is recorded.</Translate>
      </p>
    );
  }
  return FEEDBACK_CATEGORIES.map((category) => {
    const items = feedback.filter((item) => item.category === category);
    if (items.length === 0) {
      return null;
    }
    const open = items.filter((item) => !item.resolved).length;
    return (
      <div key={category} className={clsx('design-doc-review__category', styles.category)} data-category={category}>
        <p className={styles.categoryTitle}>
          <FeedbackEmoji category={category} /> {feedbackCategoryLabel(category)}{' '}
          <span className={styles.count}>
            <Translate id="designDocs.review.feedback.count" values={{open, total: items.length}}>
              {'({open} open of {total})'}
            </Translate>
          </span>
        </p>
        <ul className={styles.list}>
          {items.map((item, index) => (
            <FeedbackItem key={index} item={item} page={page} />
          ))}
        </ul>
      </div>
    );
  });
}

function Sections({sections}: {sections: DocReviewProps['readiness']['sections']}): ReactNode {
  if (sections.missing.length === 0) {
    return (
      <p className={styles.none}>
        <Translate id="designDocs.review.sections.complete" values={{count: sections.required}}>
          {'All {count} required sections are present.'}
        </Translate>
      </p>
    );
  }
  return (
    <ul className={clsx('design-doc-review__missing-sections', styles.list)}>
      {sections.missing.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

function Part({name, title, children}: {name: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section className={styles.part} data-part={name}>
      <h3 className={styles.title}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * Everything a doc's review readiness is made of: each checklist item,
 * the feedback by category with who gave it and how it was answered, the
 * sections its type asks for that it lacks, and the entries that lack what
 * review asks for, each linked to its place on the doc's page.
 */
export default function DesignDocReview({review, permalink = null, site, className}: Props): ReactNode {
  const page = permalink === null ? null : {permalink, ...(site && {site})};
  const {readiness, checklist, feedback, approved} = review;
  return (
    <div className={clsx('design-doc-review', styles.panel, className)}>
      {approved && !readiness.ready && (
        <p className={styles.note}>
          <Translate id="designDocs.review.approvedOpen">This doc is approved with review items still open.</Translate>
        </p>
      )}
      <Part name="checklist" title={translate({id: 'designDocs.review.checklist.title', message: 'Validation checklist'})}>
        <Checklist items={checklist} />
      </Part>
      <Part name="feedback" title={translate({id: 'designDocs.review.feedback.title', message: 'Feedback'})}>
        <FeedbackGroups feedback={feedback} page={page} />
      </Part>
      {readiness.sections.required > 0 && (
        <Part name="sections" title={translate({id: 'designDocs.review.sections.title', message: 'Missing sections'})}>
          <Sections sections={readiness.sections} />
        </Part>
      )}
      {readiness.findings.length > 0 && (
        <Part name="findings" title={translate({id: 'designDocs.review.findings.title', message: 'Findings'})}>
          <ul className={clsx('design-doc-review__findings', styles.list)}>
            {readiness.findings.map((finding, index) => (
              <li key={index} data-rule={finding.rule}>
                <Place anchor={finding.anchor} page={page}>
                  {finding.message}
                </Place>
              </li>
            ))}
          </ul>
        </Part>
      )}
    </div>
  );
}
