import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {DocsInstanceFilter} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocsInstanceFilter';
import styles from './styles.module.css';

/** A choice of docs instance, shown only when a register lists more than one. */
export default function DesignDocsInstanceFilter({filter, className}: Props): ReactNode {
  if (filter.instances.length < 2) {
    return null;
  }
  return (
    <label className={clsx('design-docs-instance-filter', styles.filter, className)}>
      <span className={styles.label}>
        <Translate id="designDocs.instanceFilter.label">Docs instance</Translate>
      </span>
      <select
        className={styles.select}
        name="instance"
        value={filter.selected ?? ''}
        onChange={(event) => filter.choose(event.target.value === '' ? null : event.target.value)}>
        <option value="">{translate({id: 'designDocs.instanceFilter.all', message: 'All'})}</option>
        {filter.instances.map((instance) => (
          <option key={instance} value={instance}>
            {instance}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The docs instance a row's doc is in, beside its link, when the register lists several; another site's doc names its site instead (SiteName). */
export function DocsInstanceName({filter, source}: {filter: DocsInstanceFilter; source: {docsInstance?: string; site?: unknown}}): ReactNode {
  if (filter.instances.length < 2 || source.site) {
    return null;
  }
  return <span className={clsx('design-docs-instance', styles.name)}>{source.docsInstance ?? 'default'}</span>;
}
