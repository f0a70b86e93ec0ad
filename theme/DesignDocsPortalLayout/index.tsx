import {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import type {PortalNavProps} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

export type Props = {
  title: string;
  description?: string;
  nav: PortalNavProps;
  children: ReactNode;
};

function pageLabel(page: PortalNavProps['pages'][number]): string {
  switch (page.id) {
    case 'dashboard':
      return translate({id: 'designDocs.portal.nav.dashboard', message: 'Dashboard'});
    case 'decisions':
      return translate({id: 'designDocs.portal.nav.decisions', message: 'Decision log'});
    case 'risks':
      return translate({id: 'designDocs.portal.nav.risks', message: 'Risk register'});
    case 'requirements':
      return translate({id: 'designDocs.portal.nav.requirements', message: 'Requirements'});
    case 'graph':
      return translate({id: 'designDocs.portal.nav.graph', message: 'Relationships'});
    default:
      return page.label ?? page.id;
  }
}

/** The site's own layout, a title, and links between the portal pages. */
export default function DesignDocsPortalLayout({title, description, nav, children}: Props): ReactNode {
  const {pathname} = useLocation();
  return (
    <Layout title={title} description={description}>
      <main className={clsx('container', 'margin-vert--lg', styles.portal)}>
        <nav
          className={styles.nav}
          aria-label={translate({id: 'designDocs.portal.nav.ariaLabel', message: 'Architecture portal'})}>
          <ul className={styles.navList}>
            {nav.pages.map((page) => {
              const current = pathname.replace(/\/$/, '') === page.path.replace(/\/$/, '');
              return (
                <li key={page.path}>
                  <Link
                    to={page.path}
                    className={clsx(styles.navLink, current && styles.navLinkActive)}
                    aria-current={current ? 'page' : undefined}>
                    {pageLabel(page)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <Heading as="h1">{title}</Heading>
        {description && <p className={styles.description}>{description}</p>}
        {children}
      </main>
    </Layout>
  );
}
