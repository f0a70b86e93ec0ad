import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import DesignDocReview from '@theme/DesignDocReview';
import DesignDocReviewSummary, {readinessTone} from '@theme/DesignDocReview/Summary';
import type {Props} from '@theme/ReviewReadiness';
import styles from './styles.module.css';

/**
 * `<ReviewReadiness />` (and `::review-readiness`): the readiness line and
 * panel of the doc it sits in, or of the doc it names with `doc`, on any
 * page. Shown open, as a part of the page's text.
 */
export default function ReviewReadiness({data}: Props): ReactNode {
  const {doc, review, requested, onOwnPage} = data;
  if (!doc) {
    return (
      <p className={clsx('review-readiness__empty', styles.empty)}>
        {requested === null ? (
          <Translate id="designDocs.reviewReadiness.notInDoc">{'This page is not a design doc: name one with doc="DD-0001".'}</Translate>
        ) : (
          <Translate id="designDocs.reviewReadiness.unknownDoc" values={{doc: requested}}>
            {'No design doc "{doc}" in this portal.'}
          </Translate>
        )}
      </p>
    );
  }
  return (
    <section className={clsx('review-readiness', styles.readiness)} data-ready={review?.readiness.ready}>
      {!onOwnPage && (
        <p className={styles.doc}>
          <DesignDocLink doc={doc} showStatus />
          <SiteName source={doc} />
        </p>
      )}
      {review ? (
        <>
          <p className={clsx('review-readiness__summary', styles.summary)} data-tone={readinessTone(review.readiness)}>
            <DesignDocReviewSummary review={review} />
          </p>
          <DesignDocReview review={review} permalink={onOwnPage ? null : doc.permalink} site={doc.site} />
        </>
      ) : (
        <p className={clsx('review-readiness__empty', styles.empty)}>
          <Translate id="designDocs.reviewReadiness.nothing">Nothing is open for review in this doc.</Translate>
        </p>
      )}
    </section>
  );
}
