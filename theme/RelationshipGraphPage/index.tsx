import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import Mermaid from '@theme/Mermaid';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import DesignDocLink from '@theme/DesignDocLink';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import DesignDocsSection from '@theme/DesignDocsSection';
import DesignDocsTable from '@theme/DesignDocsTable';
import type {GraphProps} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/RelationshipGraphPage';
import styles from './styles.module.css';

type RelationKind = GraphProps['edges'][number][1];

// Not DesignDocHeader's relationLabel, on purpose: these read inside a row ("A supersedes B"), lower case, and translate apart from the header's titles.
function relationLabel(kind: RelationKind): string {
  switch (kind) {
    case 'supersedes':
      return translate({id: 'designDocs.graph.relation.supersedes', message: 'supersedes'});
    case 'superseded-by':
      return translate({id: 'designDocs.graph.relation.supersededBy', message: 'superseded by'});
    case 'amends':
      return translate({id: 'designDocs.graph.relation.amends', message: 'amends'});
    case 'amended-by':
      return translate({id: 'designDocs.graph.relation.amendedBy', message: 'amended by'});
    case 'related':
      return translate({id: 'designDocs.graph.relation.related', message: 'related'});
    default:
      return kind;
  }
}

/**
 * The supersedes / amends / related graph, the same edges as a table (the
 * diagram's text alternative), and every dated doc in date order.
 */
export default function RelationshipGraphPage({data, nav}: Props): ReactNode {
  return (
    <DesignDocsPortalLayout
      title={translate({id: 'designDocs.graph.title', message: 'Relationships'})}
      description={translate({
        id: 'designDocs.graph.description',
        message: 'Which design docs supersede, amend or relate to which, and when each was written.',
      })}
      nav={nav}>
      <DesignDocsSection
        block="relationship-graph"
        name="relations"
        title={<Translate id="designDocs.graph.relations.title">Relations</Translate>}
        empty={
          data.edges.length === 0 && (
            <Translate id="designDocs.graph.relations.empty">No design doc supersedes, amends or relates to another yet.</Translate>
          )
        }>
        {data.diagrams.map((diagram, index) => (
          <div key={index} className={clsx('relationship-graph__diagram', styles.diagram)}>
            <Mermaid value={diagram.mermaid} />
          </div>
        ))}
        {data.omitted > 0 && (
          <p className={clsx('relationship-graph__omitted', styles.note)}>
            <Translate
              id="designDocs.graph.diagram.omitted"
              values={{omitted: data.omitted, total: data.omitted + data.diagrams.reduce((sum, diagram) => sum + diagram.edges, 0)}}>
              {'The diagrams leave out {omitted} of {total} relations, to stay within what the diagram renderer can draw. The table below lists every relation.'}
            </Translate>
          </p>
        )}
        {!data.drawsRelated && data.edges.some(([, kind]) => kind === 'related') && (
          <p className={clsx('relationship-graph__related-note', styles.note)}>
            <Translate id="designDocs.graph.relatedInTable">
              The diagrams show which docs supersede and amend which; docs that are only related are listed in the table below.
            </Translate>
          </p>
        )}
        <DesignDocsTable className={clsx('table', 'relationship-graph__edges')} wrapAnywhere>
          <caption className={styles.caption}>
            <Translate id="designDocs.graph.edges.caption">Every relation, as a table</Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'designDocs.graph.column.from', message: 'From'})}</th>
              <th scope="col">{translate({id: 'designDocs.graph.column.relation', message: 'Relation'})}</th>
              <th scope="col">{translate({id: 'designDocs.graph.column.to', message: 'To'})}</th>
            </tr>
          </thead>
          <tbody>
            {data.edges.map(([from, kind, to]) => (
              <tr key={`${from}\n${kind}\n${to}`} data-relation={kind}>
                <td>
                  <DesignDocLink doc={data.docs[from]!} />
                  <SiteName source={data.docs[from]!} />
                </td>
                <td className={styles.relation}>{relationLabel(kind)}</td>
                <td>
                  <DesignDocLink doc={data.docs[to]!} />
                  <SiteName source={data.docs[to]!} />
                </td>
              </tr>
            ))}
          </tbody>
        </DesignDocsTable>
      </DesignDocsSection>

      <DesignDocsSection
        block="relationship-graph"
        name="timeline"
        title={<Translate id="designDocs.graph.timeline.title">Timeline</Translate>}
        empty={data.timeline.length === 0 && <Translate id="designDocs.graph.timeline.empty">No design doc has a date yet.</Translate>}>
        <ol className={clsx('relationship-graph__timeline', styles.timeline)}>
          {data.timeline.map(({date, doc: docIndex}, index) => {
            const doc = data.docs[docIndex]!;
            // The month is shown once, on the first entry of each month.
            const month = date.slice(0, 7);
            const newMonth = index === 0 || data.timeline[index - 1]?.date.slice(0, 7) !== month;
            return (
              <li
                key={`${doc.permalink}\n${index}`}
                className={clsx('relationship-graph__event', styles.event, newMonth && styles.newMonth)}
                data-date={date}>
                {newMonth && (
                  <span className={styles.month} aria-hidden="true">
                    {month}
                  </span>
                )}
                <time className={styles.date} dateTime={date}>
                  {date}
                </time>
                <span className={styles.doc}>
                  <DesignDocLink doc={doc} showStatus />
                  <SiteName source={doc} />
                </span>
              </li>
            );
          })}
        </ol>
      </DesignDocsSection>
    </DesignDocsPortalLayout>
  );
}
