// .tsx, not .ts: the theme compiles to .jsx, which the site's bundler reads as an ES module (a .js file under this CommonJS package would not be).
import {translate} from '@docusaurus/Translate';
import type {PortalNavProps} from 'docusaurus-plugin-design-docs/client';

/** What a reader knows a portal page as: the navigation's links and the front door's cards. */
export function portalPageLabel(page: PortalNavProps['pages'][number]): string {
  switch (page.id) {
    case 'home':
      return translate({id: 'designDocs.portal.nav.home', message: 'Overview'});
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
