import {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import DesignDocsInstanceFilter from '@theme/DesignDocsInstanceFilter';
import {
  useDocsInstanceFilter,
  useQueryState,
  useQueryText,
  useSiteFilter,
  type RequirementEntry,
} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/Requirements';
import RequirementsFilters from './Filters';
import RequirementsSection from './Section';
import {PRIORITIES, type KindFilter, type Priority} from './labels';
import styles from './styles.module.css';

function matchesText(requirement: RequirementEntry, needle: string): boolean {
  return (
    needle === '' ||
    [requirement.id, requirement.text, requirement.category, requirement.target].some((value) =>
      (value ?? '').toLowerCase().includes(needle),
    )
  );
}

/**
 * The requirements page's body: functional and non-functional requirements,
 * filterable by kind, priority and text through the URL query. Used by the
 * portal page and by `::requirements` in MDX.
 */
export default function Requirements({data, query}: Props): ReactNode {
  const [params, updateQuery] = useQueryState(query);
  const search = useQueryText('q', {prefix: query});
  const kindParam = params.get('kind');
  const requestedKind: KindFilter = kindParam === 'functional' || kindParam === 'non-functional' ? kindParam : 'all';
  const priorityKey = params.getAll('priority').join(',');
  const priorities = useMemo(() => PRIORITIES.filter((p) => priorityKey.split(',').includes(p)), [priorityKey]);
  // The tables follow the box as typed; the URL catches up after a pause.
  const needle = search.text.trim().toLowerCase();
  const instance = useDocsInstanceFilter(data.docsInstances, query);
  const site = useSiteFilter(data.sites, query);

  const sections = useMemo(() => {
    const keep = (requirement: RequirementEntry) =>
      instance.matches(requirement.source) &&
      site.matches(requirement.source) &&
      (priorities.length === 0 || (requirement.priority !== null && priorities.includes(requirement.priority))) &&
      matchesText(requirement, needle);
    return (['functional', 'non-functional'] as const).map((sectionKind) => {
      const all = data.requirements.filter((requirement) => requirement.kind === sectionKind);
      return {kind: sectionKind, all: all.length, shown: all.filter(keep)};
    });
    // `instance.matches` and `site.matches` change only with the chosen instance and site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.requirements, priorities, needle, instance.selected, site.selected]);

  const hasBothKinds = sections.every((section) => section.all > 0);
  // An embed fixed to one kind has no kind filter, whatever the URL says.
  const kind: KindFilter = hasBothKinds ? requestedKind : 'all';
  const filtered = kind !== 'all' || priorities.length > 0 || search.text !== '' || instance.selected !== null || site.selected !== null;
  const togglePriority = (priority: Priority) =>
    updateQuery({
      priority: priorities.includes(priority) ? priorities.filter((p) => p !== priority) : [...priorities, priority],
    });
  const clearFilters = () => {
    search.clear();
    updateQuery({kind: null, priority: null, q: null, instance: null, site: null});
  };

  if (data.requirements.length === 0) {
    return (
      <div className={clsx('requirements', styles.page)}>
        <p className={clsx('requirements__empty', styles.empty)}>
          {translate({id: 'designDocs.requirements.empty', message: 'No requirements are recorded in the design docs yet.'})}
        </p>
      </div>
    );
  }
  return (
    <div className={clsx('requirements', styles.page)}>
      <DesignDocsInstanceFilter filter={instance} />
      <RequirementsFilters
        showKinds={hasBothKinds}
        kind={kind}
        priorities={priorities}
        search={search}
        site={site}
        filtered={filtered}
        onKind={(option) => updateQuery({kind: option === 'all' ? null : option})}
        onTogglePriority={togglePriority}
        onClear={clearFilters}
      />
      {sections
        .filter((section) => (kind === 'all' || section.kind === kind) && (hasBothKinds || section.all > 0))
        .map((section) => (
          <RequirementsSection
            key={section.kind}
            kind={section.kind}
            all={section.all}
            shown={section.shown}
            idPrefix={query ?? 'requirements'}
            instance={instance}
            site={site}
          />
        ))}
    </div>
  );
}
