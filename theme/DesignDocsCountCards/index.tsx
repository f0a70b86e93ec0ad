import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import StatusBadge from '@theme/StatusBadge';
import type {CountCardProps, Props, StatusCountsProps} from '@theme/DesignDocsCountCards';
import styles from './styles.module.css';

/** The grid of count cards (the front door's pages, the dashboard's types): one a row on a narrow screen. */
export default function DesignDocsCountCards({className, children}: Props): ReactNode {
  return <ul className={clsx(styles.cards, className)}>{children}</ul>;
}

/** A card: a name linked to its page, how much it holds, and its count in each status. */
export function CountCard({title, to, headingLevel = 2, count, countClassName, statuses, className, ...itemProps}: CountCardProps): ReactNode {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li {...itemProps} className={clsx('card', styles.card, className)}>
      <Heading className={styles.title}>{to ? <Link to={to}>{title}</Link> : title}</Heading>
      <p className={clsx(styles.count, countClassName)}>{count}</p>
      <StatusCounts statuses={statuses} />
    </li>
  );
}

/** Each status with its count, as badges (a card's, a dashboard row's); nothing for none. */
export function StatusCounts({statuses, className}: StatusCountsProps): ReactNode {
  if (statuses.length === 0) {
    return null;
  }
  return (
    <ul className={clsx(styles.statuses, className)}>
      {statuses.map(({status, count}) => (
        <li key={status.id} data-status={status.id}>
          <StatusBadge badge={status} size="small" className={styles.badge} />
          <span className={styles.statusCount}>{count}</span>
        </li>
      ))}
    </ul>
  );
}
