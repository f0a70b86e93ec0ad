import {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import DesignDocLink from '@theme/DesignDocLink';
import StatusBadge from '@theme/StatusBadge';
import {useQueryState, type PortalNavProps, type RequirementEntry, type RequirementsProps, type StatusTone} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

/** `nav` is absent when embedded in an MDX page (`::requirements`). */
export type Props = {
  data: RequirementsProps;
  nav?: PortalNavProps;
  /** Prefix of this embed's URL query keys (`requirements-2.q`); none on the portal pages. */
  query?: string;
};

type Priority = NonNullable<RequirementEntry['priority']>;
type Kind = RequirementEntry['kind'];
type KindFilter = Kind | 'all';

const PRIORITIES: Priority[] = ['must', 'should', 'could', 'wont'];
const KINDS: KindFilter[] = ['all', 'functional', 'non-functional'];
/** Static rendering and the hydrating render see no query: both unfiltered. */
const NO_QUERY = new URLSearchParams();
const DASH = '—';

const PRIORITY_TONES: Record<Priority, StatusTone> = {must: 'info', should: 'neutral', could: 'muted', wont: 'muted'};

function priorityLabel(priority: Priority): string {
  switch (priority) {
    case 'must':
      return translate({id: 'designDocs.requirements.priority.must', message: 'Must have'});
    case 'should':
      return translate({id: 'designDocs.requirements.priority.should', message: 'Should have'});
    case 'could':
      return translate({id: 'designDocs.requirements.priority.could', message: 'Could have'});
    default:
      return translate({id: 'designDocs.requirements.priority.wont', message: "Won't have"});
  }
}

function kindLabel(kind: KindFilter): string {
  switch (kind) {
    case 'functional':
      return translate({id: 'designDocs.requirements.kind.functional', message: 'Functional'});
    case 'non-functional':
      return translate({id: 'designDocs.requirements.kind.nonFunctional', message: 'Non-functional'});
    default:
      return translate({id: 'designDocs.requirements.kind.all', message: 'All'});
  }
}

function matchesText(requirement: RequirementEntry, needle: string): boolean {
  return (
    needle === '' ||
    [requirement.id, requirement.text, requirement.category, requirement.target].some((value) =>
      (value ?? '').toLowerCase().includes(needle),
    )
  );
}

function PriorityBadge({priority}: {priority: Priority | null}): ReactNode {
  if (priority === null) {
    return DASH;
  }
  // No margin of its own: the badge is the cell's only content.
  const badge = {id: priority, label: priorityLabel(priority), tone: PRIORITY_TONES[priority]};
  return <StatusBadge className={styles.badge} badge={badge} size="small" />;
}

function RequirementsSection({kind, all, shown, idPrefix}: {kind: Kind; all: number; shown: RequirementEntry[]; idPrefix: string}): ReactNode {
  const functional = kind === 'functional';
  // Unique per embed: a page may hold several requirements tables.
  const headingId = `${idPrefix}-${kind}`;
  return (
    <section className={clsx('requirements__section', styles.section)} data-kind={kind} aria-labelledby={headingId}>
      <Heading as="h2" id={headingId}>
        {functional
          ? translate({id: 'designDocs.requirements.functional.title', message: 'Functional requirements'})
          : translate({id: 'designDocs.requirements.nonFunctional.title', message: 'Non-functional requirements'})}
      </Heading>
      <p className={clsx('requirements__count', styles.count)} aria-live="polite">
        {translate(
          {id: 'designDocs.requirements.count', message: 'Showing {shown} of {total} requirements'},
          {shown: shown.length, total: all},
        )}
      </p>
      {shown.length === 0 ? (
        <p className={clsx('requirements__empty', styles.empty)}>
          {all === 0
            ? translate({id: 'designDocs.requirements.none', message: 'None recorded.'})
            : translate({id: 'designDocs.requirements.noMatch', message: 'No requirements match the filters.'})}
        </p>
      ) : (
        <div className={styles.tableWrapper}>
          <table className={clsx('table', 'requirements__table', styles.table)} data-kind={kind}>
            <thead>
              <tr>
                <th scope="col">{translate({id: 'designDocs.requirements.column.id', message: 'ID'})}</th>
                {!functional && (
                  <th scope="col">{translate({id: 'designDocs.requirements.column.category', message: 'Category'})}</th>
                )}
                <th scope="col">{translate({id: 'designDocs.requirements.column.requirement', message: 'Requirement'})}</th>
                {!functional && (
                  <th scope="col">{translate({id: 'designDocs.requirements.column.target', message: 'Target'})}</th>
                )}
                <th scope="col">{translate({id: 'designDocs.requirements.column.priority', message: 'Priority'})}</th>
                <th scope="col">{translate({id: 'designDocs.requirements.column.source', message: 'Source'})}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((requirement, index) => (
                <tr
                  key={`${requirement.source.permalink}#${requirement.id ?? ''}#${index}`}
                  className="requirements__row"
                  data-requirement-id={requirement.id ?? undefined}
                  data-priority={requirement.priority ?? undefined}>
                  <td className={styles.id}>{requirement.id ?? DASH}</td>
                  {!functional && <td>{requirement.category ?? DASH}</td>}
                  <td className={styles.text}>{requirement.text}</td>
                  {!functional && <td>{requirement.target ?? DASH}</td>}
                  <td>
                    <PriorityBadge priority={requirement.priority} />
                  </td>
                  <td className={styles.source}>
                    <DesignDocLink doc={requirement.source} anchor={requirement.anchor} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The requirements page's body: functional and non-functional requirements,
 * filterable by kind, priority and text through the URL query. Used by the
 * portal page and by `::requirements` in MDX.
 */
export default function Requirements({data, query}: Props): ReactNode {
  const [urlParams, updateQuery] = useQueryState(query);
  const params = useIsBrowser() ? urlParams : NO_QUERY;
  const kindParam = params.get('kind');
  const requestedKind: KindFilter = kindParam === 'functional' || kindParam === 'non-functional' ? kindParam : 'all';
  const priorityKey = params.getAll('priority').join(',');
  const priorities = useMemo(() => PRIORITIES.filter((p) => priorityKey.split(',').includes(p)), [priorityKey]);
  const text = params.get('q') ?? '';
  const needle = text.trim().toLowerCase();

  const sections = useMemo(() => {
    const keep = (requirement: RequirementEntry) =>
      (priorities.length === 0 || (requirement.priority !== null && priorities.includes(requirement.priority))) &&
      matchesText(requirement, needle);
    return (['functional', 'non-functional'] as const).map((sectionKind) => {
      const all = data.requirements.filter((requirement) => requirement.kind === sectionKind);
      return {kind: sectionKind, all: all.length, shown: all.filter(keep)};
    });
  }, [data.requirements, priorities, needle]);

  const hasBothKinds = sections.every((section) => section.all > 0);
  // An embed fixed to one kind has no kind filter, whatever the URL says.
  const kind: KindFilter = hasBothKinds ? requestedKind : 'all';
  const filtered = kind !== 'all' || priorities.length > 0 || text !== '';
  const togglePriority = (priority: Priority) =>
    updateQuery({
      priority: priorities.includes(priority) ? priorities.filter((p) => p !== priority) : [...priorities, priority],
    });

  return (
    <div className={clsx('requirements', styles.page)}>
      {data.requirements.length === 0 ? (
        <p className={clsx('requirements__empty', styles.empty)}>
          {translate({id: 'designDocs.requirements.empty', message: 'No requirements are recorded in the design docs yet.'})}
        </p>
      ) : (
        <>
          <div className={clsx('requirements__filters', styles.filters)}>
            {/* An embed fixed to one kind (`::requirements{kind=functional}`) has nothing to choose. */}
            {hasBothKinds && (
              <div
                className={styles.group}
                role="group"
                aria-label={translate({id: 'designDocs.requirements.filter.kind', message: 'Kind'})}>
                {KINDS.map((option) => (
                  <button
                    key={option}
                    type="button"
                    className={clsx('button button--sm requirements__kind', option === kind ? 'button--primary' : 'button--secondary')}
                    data-kind={option}
                    aria-pressed={option === kind}
                    onClick={() => updateQuery({kind: option === 'all' ? null : option})}>
                    {kindLabel(option)}
                  </button>
                ))}
              </div>
            )}
            <div
              className={styles.group}
              role="group"
              aria-label={translate({id: 'designDocs.requirements.filter.priority', message: 'Priority'})}>
              {PRIORITIES.map((priority) => (
                <button
                  key={priority}
                  type="button"
                  className={clsx(
                    'button button--sm requirements__priority',
                    priorities.includes(priority) ? 'button--primary' : 'button--secondary',
                  )}
                  data-priority={priority}
                  aria-pressed={priorities.includes(priority)}
                  onClick={() => togglePriority(priority)}>
                  {priorityLabel(priority)}
                </button>
              ))}
            </div>
            <label className={styles.search}>
              <span className={styles.fieldLabel}>
                {translate({id: 'designDocs.requirements.filter.search', message: 'Search'})}
              </span>
              <input
                type="search"
                name="q"
                className={clsx('requirements__search', styles.input)}
                placeholder={translate({id: 'designDocs.requirements.filter.searchPlaceholder', message: 'ID, text, category or target'})}
                value={text}
                onChange={(event) => updateQuery({q: event.target.value || null}, {replace: true})}
              />
            </label>
            {filtered && (
              <button
                type="button"
                className="button button--sm button--secondary requirements__clear"
                onClick={() => updateQuery({kind: null, priority: null, q: null})}>
                {translate({id: 'designDocs.requirements.filter.clear', message: 'Clear filters'})}
              </button>
            )}
          </div>
          {sections
            .filter((section) => (kind === 'all' || section.kind === kind) && (hasBothKinds || section.all > 0))
            .map((section) => (
              <RequirementsSection key={section.kind} kind={section.kind} all={section.all} shown={section.shown} idPrefix={query ?? 'requirements'} />
            ))}
        </>
      )}
    </div>
  );
}
