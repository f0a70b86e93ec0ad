import {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/DesignDocsSection';
import styles from './styles.module.css';

/**
 * One part of a portal page (the dashboard's, the relationship graph's):
 * a heading, an optional sentence saying what it lists, and the list, or
 * what it says when it has nothing to list.
 */
export default function DesignDocsSection({block, name, title, intro, empty, children}: Props): ReactNode {
  const headingId = `${block}-${name}`;
  return (
    <section className={clsx(`${block}__section`, styles.section)} data-section={name} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {empty ? <p className={clsx(`${block}__empty`, styles.empty)}>{empty}</p> : children}
    </section>
  );
}
