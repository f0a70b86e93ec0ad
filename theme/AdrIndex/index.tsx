import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import StatusBadge from '@theme/StatusBadge';
import type {DocRow} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

export type Props = {data: {rows: DocRow[]}};

/** `::adr-index{status=accepted}`: a compact, static list of records. */
export default function AdrIndex({data}: Props): ReactNode {
  if (data.rows.length === 0) {
    return (
      <p className="design-docs-embed-empty">
        <Translate id="designDocs.embed.index.empty">No records match.</Translate>
      </p>
    );
  }
  return (
    <div className={styles.wrapper}>
      <table className={clsx('design-docs-adr-index', styles.table)}>
        <thead>
          <tr>
            <th>{translate({id: 'designDocs.index.column.number', message: 'Number'})}</th>
            <th>{translate({id: 'designDocs.index.column.title', message: 'Title'})}</th>
            <th>{translate({id: 'designDocs.index.column.status', message: 'Status'})}</th>
            <th>{translate({id: 'designDocs.index.column.date', message: 'Date'})}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.permalink}>
              <td className={styles.nowrap}>{row.reference ?? ''}</td>
              <td>
                <Link to={row.permalink}>{row.title}</Link>
              </td>
              <td>{row.status && <StatusBadge badge={row.status} size="small" />}</td>
              <td className={styles.nowrap}>{row.date ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
