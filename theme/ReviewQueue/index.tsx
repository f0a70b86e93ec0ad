import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {FilterCount, FilterRow, FilterSelect} from '@theme/DesignDocsFilterField';
import DesignDocsInstanceFilter from '@theme/DesignDocsInstanceFilter';
import DesignDocsSiteFilter from '@theme/DesignDocsSiteFilter';
import {useDocsInstanceFilter, useReviewerFilter, useSiteFilter, type ReviewerFilter as ReviewerFilterState} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/ReviewQueue';
import ReviewQueueTable from './Table';
import styles from './styles.module.css';

export {default as ReviewQueueTable} from './Table';

/** A choice of reviewer, shown when the queue names more than one: each reviewer sees their own queue. */
export function ReviewerFilter({filter, className}: {filter: ReviewerFilterState; className?: string}): ReactNode {
  if (filter.choices.length < 2) {
    return null;
  }
  return (
    <FilterSelect
      label={translate({id: 'designDocs.reviewQueue.reviewer', message: 'Reviewer'})}
      name="reviewer"
      all={translate({id: 'designDocs.reviewQueue.everyone', message: 'Everyone'})}
      choices={filter.choices.map((choice) => ({value: choice.name, label: choice.name}))}
      selected={filter.selected}
      onChoose={filter.choose}
      className={clsx('review-queue__reviewer-filter', className)}
    />
  );
}

/**
 * `::review-queue`: every doc waiting for review, ready first, filtered by
 * reviewer (and docs instance or site, when it lists several) through the URL
 * query, with the embed's own prefix.
 */
export default function ReviewQueue({data, query}: Props): ReactNode {
  const instance = useDocsInstanceFilter(data.docsInstances, query);
  const site = useSiteFilter(data.sites, query);
  const reviewer = useReviewerFilter(data.reviewers, query);
  const entries = data.entries.filter((entry, index) => instance.matches(entry.doc) && site.matches(entry.doc) && reviewer.matches(index));
  if (data.entries.length === 0) {
    return (
      <p className={clsx('review-queue__empty', styles.empty)}>
        <Translate id="designDocs.dashboard.review.empty">Nothing is waiting for review.</Translate>
      </p>
    );
  }
  return (
    <div className="review-queue">
      <FilterRow className="review-queue__filters">
        <ReviewerFilter filter={reviewer} />
        <DesignDocsInstanceFilter filter={instance} />
        <DesignDocsSiteFilter filter={site} />
        <FilterCount className="review-queue__count">
          <Translate id="designDocs.reviewQueue.count" values={{shown: entries.length, total: data.entries.length}}>
            {'Showing {shown} of {total} documents'}
          </Translate>
        </FilterCount>
      </FilterRow>
      <ReviewQueueTable entries={entries} instance={instance} site={site} />
    </div>
  );
}
