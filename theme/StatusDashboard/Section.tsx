import {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** One part of the dashboard, with its heading and an optional sentence saying what it lists. */
export function Section({name, title, intro, children}: {name: string; title: string; intro?: ReactNode; children: ReactNode}): ReactNode {
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

/** What a section says when it has nothing to list. */
export function Empty({children}: {children: ReactNode}): ReactNode {
  return <p className={clsx('dashboard__empty', styles.empty)}>{children}</p>;
}

/** A date, or a dash hidden from screen readers when there is none. */
export function Time({date}: {date: string | null}): ReactNode {
  return date ? <time dateTime={date}>{date}</time> : <span aria-hidden="true">—</span>;
}
