import type {SwizzleConfig, SwizzleComponentConfig} from '@docusaurus/types';

const SAFE: SwizzleComponentConfig['actions'] = {eject: 'safe', wrap: 'safe'};
// Wrapping keeps working across versions; an ejected copy of a page misses
// the page props and features of later versions.
const WRAP_ONLY: SwizzleComponentConfig['actions'] = {eject: 'unsafe', wrap: 'safe'};
// These wrap the classic theme to inject the plugin; swizzle the classic
// component (`@docusaurus/theme-classic`) instead.
const INJECTION: SwizzleComponentConfig['actions'] = {eject: 'forbidden', wrap: 'forbidden'};

const injection = (name: string) => ({actions: INJECTION, description: `The plugin's wrapper of the classic ${name}; swizzle @docusaurus/theme-classic's ${name} instead, it is wrapped in turn.`});

/** Which components `docusaurus swizzle` may copy or wrap without --danger. */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      StatusBadge: {actions: SAFE, description: 'The status badge, in the header, tables and MDX (sidebar badges are drawn by CSS).'},
      DesignDocHeader: {actions: SAFE, description: 'The header above a design doc: status, number, dates, people, relations.'},
      DesignDocBanner: {actions: SAFE, description: 'The banner on superseded, deprecated and rejected docs.'},
      DesignDocReview: {actions: SAFE, description: 'The review readiness panel under a design doc\'s header (and in <ReviewReadiness />): checklist, feedback by category, missing sections, findings.'},
      'DesignDocReview/Summary': {actions: SAFE, description: 'The readiness line: "Checklist 3/5 · 1 critical feedback open · 2 sections missing", or "Ready for approval".'},
      // Functions and two small pieces, not one component: there is nothing to wrap.
      'DesignDocReview/labels': {actions: {eject: 'unsafe', wrap: 'forbidden'}, description: 'The names, emoji and tones of the feedback categories and readiness blockers.'},
      DesignDocLink: {actions: SAFE, description: 'A link to a design doc by reference and title; RecordLink links a record here or, marked external, on its own site.'},
      RiskHeatMap: {actions: SAFE, description: 'The likelihood-by-impact heat map.'},
      DesignDocsInstanceFilter: {actions: SAFE, description: 'The docs-instance choice of the registers, shown when they list several docs instances.'},
      DesignDocsSiteFilter: {actions: SAFE, description: 'The site choice of a federated portal\'s registers, shown when they list several sites\' records; SiteName names a row\'s site.'},
      DesignDocsStatusChips: {actions: SAFE, description: 'The status filter chips of the index pages and the decision log.'},
      DesignDocsCountCards: {actions: SAFE, description: 'The count cards of the portal\'s front door and the dashboard: a name, how much it holds, its statuses.'},
      DesignDocsFilterField: {actions: SAFE, description: 'A labelled field of the filter rows (index, registers, decision log), and the box for text kept in the URL.'},
      DesignDocsSection: {actions: SAFE, description: 'A section of the dashboard and the relationship graph: heading, intro, and its list or what it says when there is none.'},
      DesignDocsTable: {actions: SAFE, description: 'The table every index, register, dashboard and graph table is drawn in.'},
      AdrIndex: {actions: WRAP_ONLY, description: 'The filterable index table (::adr-index and the type pages).'},
      DecisionLog: {actions: WRAP_ONLY, description: 'The decision log table (::decision-log).'},
      RiskRegister: {actions: WRAP_ONLY, description: 'The risk register (::risk-register).'},
      RiskMatrix: {actions: WRAP_ONLY, description: 'The risk matrix (::risk-matrix).'},
      Requirements: {actions: WRAP_ONLY, description: 'The requirements register (::requirements).'},
      StatusDashboard: {actions: WRAP_ONLY, description: 'The status dashboard (::status-dashboard).'},
      ReviewQueue: {actions: WRAP_ONLY, description: 'The review queue (::review-queue and the dashboard\'s), with its reviewer filter.'},
      ReviewReadiness: {actions: WRAP_ONLY, description: 'A doc\'s review readiness in MDX (<ReviewReadiness />, ::review-readiness).'},
      DesignDocsPortalLayout: {actions: WRAP_ONLY, description: 'The layout and navigation of the /architecture pages.'},
      // A function, not a component: there is nothing to wrap.
      'DesignDocsPortalLayout/pageLabel': {actions: {eject: 'unsafe', wrap: 'forbidden'}, description: 'The names of the portal pages, for the navigation and the front door.'},
      DesignDocsPortalHomePage: {actions: WRAP_ONLY, description: 'The portal\'s front door at routeBasePath: every portal page with its counts.'},
      DesignDocsIndexPage: {actions: WRAP_ONLY, description: 'The page of one type index.'},
      'DesignDocsIndexPage/DocCells': {actions: SAFE, description: 'The cells a doc\'s row starts with (reference, title, status, date), on the type index and in ::adr-index.'},
      DecisionLogPage: {actions: WRAP_ONLY, description: 'The decision log page.'},
      RiskRegisterPage: {actions: WRAP_ONLY, description: 'The risk register page.'},
      RequirementsPage: {actions: WRAP_ONLY, description: 'The requirements page.'},
      StatusDashboardPage: {actions: WRAP_ONLY, description: 'The dashboard page.'},
      RelationshipGraphPage: {actions: WRAP_ONLY, description: 'The relationship graph page.'},
      'DocItem/Content': injection('DocItem/Content'),
      'DocItem/Content/BannerAndHeader': {actions: INJECTION, description: 'The part of the DocItem/Content wrapper loaded for design docs only; swizzle DesignDocBanner or DesignDocHeader instead.'},
      MDXComponents: injection('MDXComponents'),
    },
  };
}
