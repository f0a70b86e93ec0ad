import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import DesignDocReview from '@theme/DesignDocReview';
import DesignDocReviewSummary, {readinessTone} from '@theme/DesignDocReview/Summary';
import type {DocReviewProps} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

/** The panel's id: the readiness line links to it, and so can anyone (`#review-readiness`). */
export const PANEL_ID = 'review-readiness';

/** Whether the panel is open: closed at first, opened by the line's link or a URL that points at it. */
export function usePanelOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const {hash} = useLocation();
  useEffect(() => {
    if (hash === `#${PANEL_ID}`) {
      setOpen(true);
    }
  }, [hash]);
  return [open, setOpen];
}

/** "Checklist 3/5 · 1 critical feedback open · 2 sections missing", linking to the panel, in its state's tone. */
export function ReadinessLine({review, onOpen}: {review: DocReviewProps; onOpen: () => void}): ReactNode {
  return (
    <p className={clsx('design-doc-readiness', styles.readiness)} data-tone={readinessTone(review.readiness)} data-ready={review.readiness.ready}>
      <span className={styles.readinessLabel}>
        <Translate id="designDocs.header.readiness">Review readiness</Translate>
      </span>{' '}
      {/* A plain fragment link: the browser scrolls to the panel, which the click has opened. */}
      <a href={`#${PANEL_ID}`} aria-controls={PANEL_ID} onClick={onOpen}>
        <DesignDocReviewSummary review={review} />
      </a>
    </p>
  );
}

/** The panel right under the header, listing what the line counts. */
export function ReadinessPanel({review, open, onToggle}: {review: DocReviewProps; open: boolean; onToggle: (open: boolean) => void}): ReactNode {
  return (
    <details
      id={PANEL_ID}
      className={clsx('design-doc-readiness-panel', styles.panel)}
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary className={styles.panelSummary}>
        <Translate id="designDocs.header.readinessPanel">Review readiness</Translate>
      </summary>
      <DesignDocReview review={review} />
    </details>
  );
}
