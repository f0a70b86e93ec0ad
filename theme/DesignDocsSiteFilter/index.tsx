import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {FilterSelect} from '@theme/DesignDocsFilterField';
import {siteLabelOf, siteNameOf} from 'docusaurus-plugin-design-docs/client';
import type {Props, SiteNameProps} from '@theme/DesignDocsSiteFilter';
import styles from './styles.module.css';

/** A choice of site, shown only when a register lists the records of more than one (federation). */
export default function DesignDocsSiteFilter({filter, className}: Props): ReactNode {
  if (filter.sites.length < 2) {
    return null;
  }
  return (
    <FilterSelect
      label={translate({id: 'designDocs.siteFilter.label', message: 'Site'})}
      name="site"
      all={translate({id: 'designDocs.siteFilter.all', message: 'All sites'})}
      choices={filter.sites.map((site) => ({value: site.name, label: site.label}))}
      selected={filter.selected}
      onChoose={filter.choose}
      className={clsx('design-docs-site-filter', className)}
    />
  );
}

/**
 * The site a row's doc is on. Beside a link, only another site's is named
 * (this site's rows are the usual case), and only to the eye: the link
 * itself names the site to a screen reader. As a table's cell (`column`),
 * every row's site is named, this site's too.
 */
export function SiteName({filter, source, column = false}: SiteNameProps): ReactNode {
  if (column) {
    return (
      <span className={clsx('design-docs-site', styles.cell)} data-site={siteNameOf(source, filter?.sites)}>
        {siteLabelOf(source, filter?.sites)}
      </span>
    );
  }
  if (!source.site) {
    return null;
  }
  return (
    <span className={clsx('design-docs-site', styles.name)} data-site={source.site.name} aria-hidden="true">
      {source.site.label}
    </span>
  );
}
