import {type ReactNode, useEffect, useMemo, useState} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import DesignDocLink from '@theme/DesignDocLink';
import StatusBadge from '@theme/StatusBadge';
import {
  useQueryState,
  type DecisionEntry,
  type DecisionLogProps,
  type PortalNavProps,
  type StatusCount,
} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

/** `nav` is absent when embedded in an MDX page (`::decision-log`). */
export type Props = {
  data: DecisionLogProps;
  nav?: PortalNavProps;
  /** Prefix of this embed's URL query keys (`decision-log-2.q`); none on the portal pages. */
  query?: string;
};

/** Entries rendered at first; the static HTML holds exactly these. */
const PAGE_SIZE = 50;

function matchesText(entry: DecisionEntry, needle: string): boolean {
  return (
    needle === '' ||
    [entry.title, entry.chosen ?? '', entry.rationale ?? '', ...entry.alternatives].some((text) =>
      text.toLowerCase().includes(needle),
    )
  );
}

function Field({name, label, children}: {name: string; label: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.field} data-field={name}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

function DecisionCard({entry}: {entry: DecisionEntry}): ReactNode {
  return (
    <article className={clsx('card', 'decision-log__entry', styles.entry)} data-status={entry.status?.id}>
      <header className={styles.entryHeader}>
        <h2 className={styles.entryTitle}>{entry.title}</h2>
        {(entry.status || entry.date) && (
          <div className={styles.meta}>
            {entry.status && <StatusBadge badge={entry.status} size="small" className={styles.badge} />}
            {entry.date && (
              <time className={styles.date} dateTime={entry.date}>
                {entry.date}
              </time>
            )}
          </div>
        )}
      </header>
      <dl className={styles.fields}>
        {entry.chosen && (
          <Field name="chosen" label={translate({id: 'designDocs.decisions.chosen', message: 'Chosen:'})}>
            {entry.chosen}
          </Field>
        )}
        {entry.alternatives.length > 0 && (
          <Field
            name="alternatives"
            label={translate({id: 'designDocs.decisions.alternatives', message: 'Alternatives considered:'})}>
            <ul className={styles.alternatives}>
              {entry.alternatives.map((alternative, index) => (
                <li key={index}>{alternative}</li>
              ))}
            </ul>
          </Field>
        )}
        {entry.rationale && (
          <Field name="rationale" label={translate({id: 'designDocs.decisions.rationale', message: 'Rationale:'})}>
            {entry.rationale}
          </Field>
        )}
        {entry.tradeoffs && (
          <Field name="tradeoffs" label={translate({id: 'designDocs.decisions.tradeoffs', message: 'Trade-offs:'})}>
            {entry.tradeoffs}
          </Field>
        )}
        <Field name="source" label={translate({id: 'designDocs.decisions.source', message: 'Source:'})}>
          <DesignDocLink doc={entry.source} anchor={entry.anchor} />
        </Field>
      </dl>
    </article>
  );
}

/**
 * The decision log's body: every decision given, newest first, filtered by
 * status and text through the URL query. The static HTML holds the first
 * page. Used by the portal page and by `::decision-log` in MDX.
 */
export default function DecisionLog({data, query}: Props): ReactNode {
  const [params, update] = useQueryState(query);
  const selected = params.getAll('status');
  const urlText = params.get('q') ?? '';
  // What the user typed, until the URL (updated asynchronously) catches up.
  const [draft, setDraft] = useState<string | null>(null);
  useEffect(() => {
    if (draft !== null && draft === urlText) {
      setDraft(null);
    }
  }, [draft, urlText]);
  const text = draft ?? urlText;
  const needle = text.trim().toLowerCase();

  // Chip order stays put while filtering: by total count, then label.
  const statuses = useMemo(() => {
    const byId = new Map<string, StatusCount>();
    for (const {status} of data.decisions) {
      if (status) {
        const known = byId.get(status.id);
        byId.set(status.id, {status: known?.status ?? status, count: (known?.count ?? 0) + 1});
      }
    }
    // Array.from: the client build's loose spread does not iterate a Map.
    return Array.from(byId.values()).sort((a, b) => b.count - a.count || a.status.label.localeCompare(b.status.label));
  }, [data.decisions]);

  const textMatches = useMemo(() => data.decisions.filter((entry) => matchesText(entry, needle)), [data.decisions, needle]);
  const chipCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const {status} of textMatches) {
      if (status) {
        counts.set(status.id, (counts.get(status.id) ?? 0) + 1);
      }
    }
    return counts;
  }, [textMatches]);
  const matches = useMemo(
    () => (selected.length === 0 ? textMatches : textMatches.filter((entry) => entry.status && selected.includes(entry.status.id))),
    [textMatches, params], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const limit = Math.max(PAGE_SIZE, Number(params.get('limit')) || PAGE_SIZE);
  const visible = matches.slice(0, limit);
  const remaining = matches.length - visible.length;
  const filtered = selected.length > 0 || needle !== '';

  const toggleStatus = (id: string) => {
    update({status: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id], limit: null});
  };
  const changeText = (value: string) => {
    setDraft(value);
    update({q: value, limit: null}, {replace: true});
  };
  const clearFilters = () => {
    setDraft(null);
    update({status: null, q: null, limit: null});
  };

  return (
    <>
      <div className={clsx('decision-log__filters', styles.filters)}>
        {statuses.length > 0 && (
          <div
            className={styles.chips}
            role="group"
            aria-label={translate({id: 'designDocs.decisions.statusFilter', message: 'Filter by status'})}>
            {statuses.map(({status}) => {
              const pressed = selected.includes(status.id);
              return (
                <button
                  key={status.id}
                  type="button"
                  className={clsx('decision-log__chip', styles.chip, pressed && styles.chipPressed)}
                  data-status={status.id}
                  aria-pressed={pressed}
                  onClick={() => toggleStatus(status.id)}>
                  <StatusBadge badge={status} size="small" className={styles.badge} />
                  <span className={styles.chipCount}>{chipCounts.get(status.id) ?? 0}</span>
                </button>
              );
            })}
          </div>
        )}
        <label className={styles.search}>
          <span className={styles.searchLabel}>
            <Translate id="designDocs.decisions.search">Search</Translate>
          </span>
          <input
            type="search"
            className={clsx('decision-log__search', styles.searchInput)}
            name="q"
            value={text}
            placeholder={translate({
              id: 'designDocs.decisions.searchPlaceholder',
              message: 'Title, choice, rationale or alternative',
            })}
            onChange={(event) => changeText(event.target.value)}
          />
        </label>
      </div>
      <p className={clsx('decision-log__count', styles.count)} aria-live="polite">
        <Translate id="designDocs.decisions.count" values={{shown: matches.length, total: data.decisions.length}}>
          {'Showing {shown} of {total} decisions'}
        </Translate>
        {filtered && (
          <button type="button" className="button button--link button--sm" onClick={clearFilters}>
            <Translate id="designDocs.decisions.clear">Clear filters</Translate>
          </button>
        )}
      </p>
      {visible.length === 0 ? (
        <p className={clsx('decision-log__empty', styles.empty)}>
          {data.decisions.length === 0 ? (
            <Translate id="designDocs.decisions.none">No decision has been recorded yet.</Translate>
          ) : (
            <Translate id="designDocs.decisions.noMatch">No decision matches these filters.</Translate>
          )}
        </p>
      ) : (
        <div className={styles.list}>
          {visible.map((entry, index) => (
            <DecisionCard key={`${entry.source.permalink}\n${entry.title}\n${index}`} entry={entry} />
          ))}
        </div>
      )}
      {remaining > 0 && (
        <div className={styles.more}>
          <button
            type="button"
            className="button button--sm button--secondary decision-log__more"
            onClick={() => update({limit: String(limit + PAGE_SIZE)}, {replace: true})}>
            <Translate id="designDocs.decisions.showMore" values={{count: Math.min(PAGE_SIZE, remaining), remaining}}>
              {'Show {count} more ({remaining} left)'}
            </Translate>
          </button>
        </div>
      )}
    </>
  );
}
