import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import DesignDocLink from '@theme/DesignDocLink';
import {SiteName} from '@theme/DesignDocsSiteFilter';
import StatusBadge from '@theme/StatusBadge';
import type {DesignDocPageData} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocHeader';
import styles from './styles.module.css';
import {ReadinessLine, ReadinessPanel, usePanelOpen} from './Readiness';

type Role = DesignDocPageData['people'][number]['role'];
type RelationKind = DesignDocPageData['relations'][number]['kind'];

function roleLabel(role: Role): string {
  switch (role) {
    case 'authors':
      return translate({id: 'designDocs.header.authors', message: 'Authors'});
    case 'owners':
      return translate({id: 'designDocs.header.owners', message: 'Owners'});
    case 'deciders':
      return translate({id: 'designDocs.header.deciders', message: 'Deciders'});
    case 'reviewers':
      return translate({id: 'designDocs.header.reviewers', message: 'Reviewers'});
    case 'approvers':
      return translate({id: 'designDocs.header.approvers', message: 'Approvers'});
    case 'consulted':
      return translate({id: 'designDocs.header.consulted', message: 'Consulted'});
    case 'informed':
      return translate({id: 'designDocs.header.informed', message: 'Informed'});
    default:
      return role;
  }
}

function relationLabel(kind: RelationKind): string {
  switch (kind) {
    case 'supersedes':
      return translate({id: 'designDocs.relation.supersedes', message: 'Supersedes'});
    case 'superseded-by':
      return translate({id: 'designDocs.relation.supersededBy', message: 'Superseded by'});
    case 'amends':
      return translate({id: 'designDocs.relation.amends', message: 'Amends'});
    case 'amended-by':
      return translate({id: 'designDocs.relation.amendedBy', message: 'Amended by'});
    case 'related':
      return translate({id: 'designDocs.relation.related', message: 'Related'});
    default:
      return kind;
  }
}

function useFormattedTimestamp(timestamp: number): string {
  const {i18n} = useDocusaurusContext();
  // UTC keeps the server-rendered and hydrated text identical.
  return new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'medium', timeZone: 'UTC'}).format(
    new Date(timestamp),
  );
}

function LastUpdated({timestamp}: {timestamp: number}): ReactNode {
  const formatted = useFormattedTimestamp(timestamp);
  return <time dateTime={new Date(timestamp).toISOString()}>{formatted}</time>;
}

function Field({
  label,
  children,
  name,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  name: string;
  wide?: boolean;
}): ReactNode {
  return (
    <div className={clsx(styles.field, wide && styles.wide)} data-field={name}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

/**
 * Status, identity, dates, people, tags and relations of a design doc, its
 * review readiness in a line, and right under the header the panel that
 * line opens.
 */
export default function DesignDocHeader({designDoc, className}: Props): ReactNode {
  const {status, statusNote, reference, type, date, reviewBy, version, checklist, people, tags, lastUpdatedAt, relations, review} = designDoc;
  const [panelOpen, setPanelOpen] = usePanelOpen();
  return (
    <>
      <section
        className={clsx('design-doc-header', styles.header, className)}
        aria-label={translate({id: 'designDocs.header.ariaLabel', message: 'Document status'})}>
        <div className={styles.identity}>
          {status && <StatusBadge badge={status} />}
          {/* "proposed. **Parked until Q3.**": the note the record writes beside its status. */}
          {statusNote && <span className={clsx('design-doc-status-note', styles.statusNote)}>{statusNote}</span>}
          {/* `ADR ADR-0003` says it twice; the reference alone is enough. */}
          {!reference?.startsWith(`${type.label}-`) && <span className={styles.type}>{type.label}</span>}
          {reference && <span className={clsx('design-doc-reference', styles.reference)}>{reference}</span>}
        </div>
        <dl className={styles.fields}>
          {date && (
            <Field name="date" label={translate({id: 'designDocs.header.date', message: 'Date'})}>
              <time dateTime={date}>{date}</time>
            </Field>
          )}
          {version && (
            <Field name="version" label={translate({id: 'designDocs.header.version', message: 'Version'})}>
              {version}
            </Field>
          )}
          {checklist && (
            <Field name="checklist" label={translate({id: 'designDocs.header.checklist', message: 'Checklist'})}>
              <span
                className={clsx(styles.progress, checklist.done === checklist.total && styles.complete)}
                aria-label={translate(
                  {id: 'designDocs.header.checklistProgress', message: '{done} of {total} checklist items done'},
                  {done: checklist.done, total: checklist.total},
                )}>
                {`${checklist.done}/${checklist.total}`}
              </span>
            </Field>
          )}
          {reviewBy && (
            <Field name="review-by" label={translate({id: 'designDocs.header.reviewBy', message: 'Review by'})}>
              <time dateTime={reviewBy}>{reviewBy}</time>
            </Field>
          )}
          {people.map(({role, names}) => (
            <Field key={role} name={role} label={roleLabel(role)}>
              {names.join(', ')}
            </Field>
          ))}
          {relations.map(({kind, docs}) => (
            <Field key={kind} name={kind} label={relationLabel(kind)} wide>
              <ul className={styles.inlineList}>
                {docs.map((doc) => (
                  <li key={doc.permalink}>
                    <DesignDocLink doc={doc} />
                    <SiteName source={doc} />
                  </li>
                ))}
              </ul>
            </Field>
          ))}
          {tags.length > 0 && (
            <Field name="tags" label={translate({id: 'designDocs.header.tags', message: 'Tags'})} wide>
              <ul className={styles.inlineList}>
                {tags.map((tag) => (
                  <li key={tag.permalink}>
                    <Link to={tag.permalink} className={styles.tag}>
                      {tag.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </Field>
          )}
          {lastUpdatedAt !== null && (
            <Field name="last-updated" label={translate({id: 'designDocs.header.lastUpdated', message: 'Last updated'})}>
              <LastUpdated timestamp={lastUpdatedAt} />
            </Field>
          )}
        </dl>
        {review && <ReadinessLine review={review} onOpen={() => setPanelOpen(true)} />}
        {!type.known && (
          <p className={styles.note}>
            <Translate id="designDocs.header.unknownType" values={{type: type.id}}>
              {'Unknown document type "{type}".'}
            </Translate>
          </p>
        )}
      </section>
      {review && <ReadinessPanel review={review} open={panelOpen} onToggle={setPanelOpen} />}
    </>
  );
}
