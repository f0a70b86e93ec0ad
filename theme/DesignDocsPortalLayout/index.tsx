import {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {ComponentStylesheet} from 'docusaurus-plugin-design-docs/client';
import {portalPageLabel} from '@theme/DesignDocsPortalLayout/pageLabel';
import type {Props} from '@theme/DesignDocsPortalLayout';
import styles from './styles.module.css';

/**
 * The site's own layout, a title, and links between the portal pages; the
 * page shows once the components' stylesheet is there.
 */
export default function DesignDocsPortalLayout({title, description, nav, children}: Props): ReactNode {
  const {pathname} = useLocation();
  return (
    <Layout title={title} description={description}>
      <ComponentStylesheet>
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
                      {portalPageLabel(page)}
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
      </ComponentStylesheet>
    </Layout>
  );
}
