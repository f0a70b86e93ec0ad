import {normalizeUrl} from '@docusaurus/utils';
import type {PortalContext} from '../views/portal/context';
import type {PortalNavProps, PortalPageSummary} from '../types/props';
import {buildTypeIndexProps} from '../views/portal/typeIndex';
import {buildDecisionLogProps} from '../views/portal/decisionLog';
import {buildRiskRegisterProps} from '../views/portal/riskRegister';
import {buildRequirementsProps} from '../views/portal/requirements';
import {buildDashboardProps} from '../views/portal/dashboard';
import {buildGraphProps} from '../views/portal/graph';
import {buildPortalHomeProps} from '../views/portal/home';

/** One generated page: where it lives, what renders it, the data it gets. */
export type PortalRoute = {
  path: string;
  component: string;
  /** File name for createData; the page's only data module. */
  dataFile: string;
  data: unknown;
  /** What the front door says of this page, read off `data`. */
  summary: PortalPageSummary;
};

export type PortalUrls = {baseUrl: string; routeBasePath: string};

/**
 * Whether the portal has a front door of its own: not when `routeBasePath`
 * is the site's root, which is the site's home page, not the plugin's.
 */
export function hasPortalHome({routeBasePath}: PortalUrls): boolean {
  return routeBasePath.replace(/^\/+|\/+$/g, '') !== '';
}

const homePath = (urls: PortalUrls) => normalizeUrl([urls.baseUrl, urls.routeBasePath]);

/**
 * Every portal page as plain data, without touching Docusaurus: the pure
 * half of route creation, tested on its own.
 */
export function buildPortalNav(types: {id: string; label: string}[], urls: PortalUrls): PortalNavProps {
  const path = (segment: string) => normalizeUrl([urls.baseUrl, urls.routeBasePath, segment]);
  return {
    pages: [
      ...(hasPortalHome(urls) ? [{id: 'home' as const, path: homePath(urls), label: null}] : []),
      {id: 'dashboard', path: path('dashboard'), label: null},
      ...types.map((type) => ({id: 'type' as const, path: path(type.id), label: type.label})),
      {id: 'decisions', path: path('decisions'), label: null},
      {id: 'risks', path: path('risks'), label: null},
      {id: 'requirements', path: path('requirements'), label: null},
      {id: 'graph', path: path('graph'), label: null},
    ],
  };
}

const counted = (count: number): PortalPageSummary => ({count, statuses: []});

/** The portal's pages under `routeBasePath`, one segment each; the front door is `buildPortalHomeRoute`. */
export function buildPortalRoutes(context: PortalContext, {baseUrl, routeBasePath}: PortalUrls): PortalRoute[] {
  const path = (...segments: string[]) => normalizeUrl([baseUrl, routeBasePath, ...segments]);
  const typePages = [...context.vocabulary.types.keys()].map((typeId) => {
    const data = buildTypeIndexProps(typeId, context);
    return {
      path: path(typeId),
      component: '@theme/DesignDocsIndexPage',
      dataFile: `pages/index-${typeId}.json`,
      data,
      summary: {count: data.rows.length, statuses: data.statuses},
    };
  });
  const decisionLog = buildDecisionLogProps(context);
  const risks = buildRiskRegisterProps(context);
  const requirements = buildRequirementsProps(context);
  const dashboard = buildDashboardProps(context, decisionLog);
  const graph = buildGraphProps(context);
  return [
    ...typePages,
    {path: path('decisions'), component: '@theme/DecisionLogPage', dataFile: 'pages/decisions.json', data: decisionLog, summary: counted(decisionLog.decisions.length)},
    {path: path('risks'), component: '@theme/RiskRegisterPage', dataFile: 'pages/risks.json', data: risks, summary: counted(risks.risks.length)},
    {path: path('requirements'), component: '@theme/RequirementsPage', dataFile: 'pages/requirements.json', data: requirements, summary: counted(requirements.requirements.length)},
    // The dashboard's figure is its first list: what waits for review.
    {path: path('dashboard'), component: '@theme/StatusDashboardPage', dataFile: 'pages/dashboard.json', data: dashboard, summary: counted(dashboard.reviewQueue.length)},
    {path: path('graph'), component: '@theme/RelationshipGraphPage', dataFile: 'pages/graph.json', data: graph, summary: counted(graph.edges.length)},
  ];
}

/**
 * The front door at `routeBasePath` itself, linking every other page of
 * `nav` with its summary; none when the portal sits at the site's root.
 * Kept apart from `buildPortalRoutes`: it has no segment of its own, so it
 * reserves no type id.
 */
export function buildPortalHomeRoute(routes: PortalRoute[], nav: PortalNavProps, urls: PortalUrls): PortalRoute | null {
  if (!hasPortalHome(urls)) {
    return null;
  }
  const data = buildPortalHomeProps(nav, new Map(routes.map((route) => [route.path, route.summary])));
  return {
    path: homePath(urls),
    component: '@theme/DesignDocsPortalHomePage',
    dataFile: 'pages/home.json',
    data,
    summary: counted(data.pages.length),
  };
}
