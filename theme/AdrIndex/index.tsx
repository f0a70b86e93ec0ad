import {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocsTable from '@theme/DesignDocsTable';
import DocCells from '@theme/DesignDocsIndexPage/DocCells';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import type {Props} from '@theme/AdrIndex';

/** `::adr-index{status=accepted}`: a compact, static list of records, with their sites when several sites have rows. */
export default function AdrIndex({data}: Props): ReactNode {
  // Static: no choice of site here, only each row's site named.
  const site = {sites: data.sites ?? []};
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
          {data.sites && <th>{translate({id: 'designDocs.index.column.site', message: 'Site'})}</th>}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.permalink}>
            <DocCells row={row} />
            {data.sites && (
              <td className="design-docs-adr-index__site">
                <SiteName filter={site} source={row} column />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DesignDocsTable>
  );
}
