/**
 * Each `@theme/*` module's implementation against its declaration in
 * design-docs.d.ts, checked by `npm run typecheck`: every export the
 * declaration promises exists in the component's file with a type that
 * fits. (The Props are the declaration's own: each component imports them
 * from its module.) test/unit/typeContract.test.ts checks that this list
 * names every module design-docs.d.ts declares.
 */
import type {ComponentType} from 'react';

/** Compiles only when `Actual` can stand where `Declared` is promised. */
type Implements<Declared, Actual extends Declared> = [Declared, Actual];

export type ThemeModules = {
  '@theme/StatusBadge': Implements<typeof import('@theme/StatusBadge'), typeof import('../../theme/StatusBadge/index')>;
  '@theme/DesignDocHeader': Implements<typeof import('@theme/DesignDocHeader'), typeof import('../../theme/DesignDocHeader/index')>;
  '@theme/DesignDocReview': Implements<typeof import('@theme/DesignDocReview'), typeof import('../../theme/DesignDocReview/index')>;
  '@theme/DesignDocReview/Summary': Implements<typeof import('@theme/DesignDocReview/Summary'), typeof import('../../theme/DesignDocReview/Summary')>;
  '@theme/DesignDocReview/labels': Implements<typeof import('@theme/DesignDocReview/labels'), typeof import('../../theme/DesignDocReview/labels')>;
  '@theme/DesignDocBanner': Implements<typeof import('@theme/DesignDocBanner'), typeof import('../../theme/DesignDocBanner/index')>;
  '@theme/DesignDocLink': Implements<typeof import('@theme/DesignDocLink'), typeof import('../../theme/DesignDocLink/index')>;
  '@theme/DesignDocsStatusChips': Implements<typeof import('@theme/DesignDocsStatusChips'), typeof import('../../theme/DesignDocsStatusChips/index')>;
  '@theme/DesignDocsInstanceFilter': Implements<typeof import('@theme/DesignDocsInstanceFilter'), typeof import('../../theme/DesignDocsInstanceFilter/index')>;
  '@theme/DesignDocsSiteFilter': Implements<typeof import('@theme/DesignDocsSiteFilter'), typeof import('../../theme/DesignDocsSiteFilter/index')>;
  '@theme/DesignDocsCountCards': Implements<typeof import('@theme/DesignDocsCountCards'), typeof import('../../theme/DesignDocsCountCards/index')>;
  '@theme/DesignDocsFilterField': Implements<typeof import('@theme/DesignDocsFilterField'), typeof import('../../theme/DesignDocsFilterField/index')>;
  '@theme/DesignDocsSection': Implements<typeof import('@theme/DesignDocsSection'), typeof import('../../theme/DesignDocsSection/index')>;
  '@theme/DesignDocsTable': Implements<typeof import('@theme/DesignDocsTable'), typeof import('../../theme/DesignDocsTable/index')>;
  '@theme/RiskHeatMap': Implements<typeof import('@theme/RiskHeatMap'), typeof import('../../theme/RiskHeatMap/index')>;
  '@theme/AdrIndex': Implements<typeof import('@theme/AdrIndex'), typeof import('../../theme/AdrIndex/index')>;
  '@theme/DecisionLog': Implements<typeof import('@theme/DecisionLog'), typeof import('../../theme/DecisionLog/index')>;
  '@theme/RiskRegister': Implements<typeof import('@theme/RiskRegister'), typeof import('../../theme/RiskRegister/index')>;
  '@theme/RiskMatrix': Implements<typeof import('@theme/RiskMatrix'), typeof import('../../theme/RiskMatrix/index')>;
  '@theme/Requirements': Implements<typeof import('@theme/Requirements'), typeof import('../../theme/Requirements/index')>;
  '@theme/StatusDashboard': Implements<typeof import('@theme/StatusDashboard'), typeof import('../../theme/StatusDashboard/index')>;
  '@theme/ReviewQueue': Implements<typeof import('@theme/ReviewQueue'), typeof import('../../theme/ReviewQueue/index')>;
  '@theme/ReviewReadiness': Implements<typeof import('@theme/ReviewReadiness'), typeof import('../../theme/ReviewReadiness/index')>;
  '@theme/DesignDocsPortalLayout': Implements<typeof import('@theme/DesignDocsPortalLayout'), typeof import('../../theme/DesignDocsPortalLayout/index')>;
  '@theme/DesignDocsPortalLayout/pageLabel': Implements<typeof import('@theme/DesignDocsPortalLayout/pageLabel'), typeof import('../../theme/DesignDocsPortalLayout/pageLabel')>;
  '@theme/DesignDocsPortalHomePage': Implements<typeof import('@theme/DesignDocsPortalHomePage'), typeof import('../../theme/DesignDocsPortalHomePage/index')>;
  '@theme/DesignDocsIndexPage': Implements<typeof import('@theme/DesignDocsIndexPage'), typeof import('../../theme/DesignDocsIndexPage/index')>;
  '@theme/DesignDocsIndexPage/FilterBar': Implements<typeof import('@theme/DesignDocsIndexPage/FilterBar'), typeof import('../../theme/DesignDocsIndexPage/FilterBar/index')>;
  '@theme/DesignDocsIndexPage/DocCells': Implements<typeof import('@theme/DesignDocsIndexPage/DocCells'), typeof import('../../theme/DesignDocsIndexPage/DocCells')>;
  '@theme/DecisionLogPage': Implements<typeof import('@theme/DecisionLogPage'), typeof import('../../theme/DecisionLogPage/index')>;
  '@theme/RiskRegisterPage': Implements<typeof import('@theme/RiskRegisterPage'), typeof import('../../theme/RiskRegisterPage/index')>;
  '@theme/RequirementsPage': Implements<typeof import('@theme/RequirementsPage'), typeof import('../../theme/RequirementsPage/index')>;
  '@theme/StatusDashboardPage': Implements<typeof import('@theme/StatusDashboardPage'), typeof import('../../theme/StatusDashboardPage/index')>;
  '@theme/RelationshipGraphPage': Implements<typeof import('@theme/RelationshipGraphPage'), typeof import('../../theme/RelationshipGraphPage/index')>;
  '@theme/DocItem/Content/BannerAndHeader': Implements<typeof import('@theme/DocItem/Content/BannerAndHeader'), typeof import('../../theme/DocItem/Content/BannerAndHeader')>;
  '@theme/DesignDocsMermaidFallback': Implements<typeof import('@theme/DesignDocsMermaidFallback'), typeof import('../../theme/DesignDocsMermaidFallback/index')>;
};

/** The fallback is what `@theme/Mermaid` is when the site has no mermaid theme, so it must take that module's props. */
export type MermaidStandIn = Implements<ComponentType<import('@theme/Mermaid').Props>, typeof import('@theme/DesignDocsMermaidFallback').default>;
