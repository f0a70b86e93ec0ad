import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import {portalPageLabel} from '@theme/DesignDocsPortalLayout/pageLabel';
import DesignDocsCountCards, {CountCard} from '@theme/DesignDocsCountCards';
import type {PortalHomeProps} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DesignDocsPortalHomePage';

type HomePage = PortalHomeProps['pages'][number];

/** "12 decisions": what the page holds, in the plural forms of the site's locale. */
function useCountPhrase(): (page: HomePage) => string {
  const {selectMessage} = usePluralForm();
  return (page) => {
    const values = {count: page.count};
    switch (page.id) {
      case 'decisions':
        return selectMessage(page.count, translate({id: 'designDocs.home.count.decisions', message: 'One decision|{count} decisions'}, values));
      case 'risks':
        return selectMessage(page.count, translate({id: 'designDocs.home.count.risks', message: 'One risk|{count} risks'}, values));
      case 'requirements':
        return selectMessage(page.count, translate({id: 'designDocs.home.count.requirements', message: 'One requirement|{count} requirements'}, values));
      case 'dashboard':
        return selectMessage(page.count, translate({id: 'designDocs.home.count.dashboard', message: 'One document waiting for review|{count} documents waiting for review'}, values));
      case 'graph':
        return selectMessage(page.count, translate({id: 'designDocs.home.count.graph', message: 'One relation|{count} relations'}, values));
      default:
        return selectMessage(page.count, translate({id: 'designDocs.home.count.documents', message: 'One document|{count} documents'}, values));
    }
  };
}

/**
 * The portal's front door, at `routeBasePath` itself: a card for every
 * other portal page, with how much it holds and, for a type's index, its
 * statuses.
 */
export default function DesignDocsPortalHomePage({data, nav}: Props): ReactNode {
  const countPhrase = useCountPhrase();
  return (
    <DesignDocsPortalLayout
      title={translate({id: 'designDocs.home.title', message: 'Architecture portal'})}
      description={translate({
        id: 'designDocs.home.description',
        message: 'The design docs, decisions, risks and requirements of this site, and where each one stands.',
      })}
      nav={nav}>
      <DesignDocsCountCards>
        {data.pages.map((page) => (
          <CountCard
            key={page.path}
            className="design-docs-home__page"
            data-page={page.id}
            title={portalPageLabel(page)}
            to={page.path}
            countClassName="design-docs-home__count"
            count={countPhrase(page)}
            statuses={page.statuses}
          />
        ))}
      </DesignDocsCountCards>
    </DesignDocsPortalLayout>
  );
}
