import {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocsTable from '@theme/DesignDocsTable';
import DocCells from '@theme/DesignDocsIndexPage/DocCells';
import type {Props} from '@theme/AdrIndex';

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
    <DesignDocsTable className="design-docs-adr-index">
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
            <DocCells row={row} />
          </tr>
        ))}
      </tbody>
    </DesignDocsTable>
  );
}
