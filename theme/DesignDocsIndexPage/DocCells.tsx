import {type ReactNode} from 'react';
import {RecordLink} from '@theme/DesignDocLink';
import {tableCells} from '@theme/DesignDocsTable';
import StatusBadge from '@theme/StatusBadge';
import type {Props} from '@theme/DesignDocsIndexPage/DocCells';

/** The cells a doc's row starts with, on the type index and in `::adr-index`: reference, linked title, status, date. */
export default function DocCells({row}: Props): ReactNode {
  return (
    <>
      <td className={tableCells.nowrap}>{row.reference ?? ''}</td>
      <td>
        <RecordLink permalink={row.permalink} site={row.site}>
          {row.title}
        </RecordLink>
      </td>
      <td>{row.status && <StatusBadge badge={row.status} size="small" />}</td>
      <td className={tableCells.nowrap}>{row.date ?? ''}</td>
    </>
  );
}
