import {normalizeUrl} from '@docusaurus/utils';
import type {PortalContext} from '../views/portal/context';
import type {PortalNavProps} from '../types';
import {buildTypeIndexProps} from '../views/portal/typeIndex';
import {buildDecisionLogProps} from '../views/portal/decisionLog';
import {buildRiskRegisterProps} from '../views/portal/riskRegister';
import {buildRequirementsProps} from '../views/portal/requirements';
import {buildDashboardProps} from '../views/portal/dashboard';
import {buildGraphProps} from '../views/portal/graph';

/** One generated page: where it lives, what renders it, the data it gets. */
export type PortalRoute = {
  path: string;
  component: string;
  /** File name for createData; the page's only data module. */
  dataFile: string;
  data: unknown;
};

/**
 * Every portal page as plain data, without touching Docusaurus: the pure
 * half of route creation, tested on its own.
 */
export function buildPortalNav(
  types: {id: string; label: string}[],
  {baseUrl, routeBasePath}: {baseUrl: string; routeBasePath: string},
): PortalNavProps {
  const path = (segment: string) => normalizeUrl([baseUrl, routeBasePath, segment]);
  return {
    pages: [
      {id: 'dashboard', path: path('dashboard'), label: null},
      ...types.map((type) => ({id: 'type' as const, path: path(type.id), label: type.label})),
      {id: 'decisions', path: path('decisions'), label: null},
      {id: 'risks', path: path('risks'), label: null},
      {id: 'requirements', path: path('requirements'), label: null},
      {id: 'graph', path: path('graph'), label: null},
    ],
  };
}

export function buildPortalRoutes(context: PortalContext, {baseUrl, routeBasePath}: {baseUrl: string; routeBasePath: string}): PortalRoute[] {
  const path = (...segments: string[]) => normalizeUrl([baseUrl, routeBasePath, ...segments]);
  const typePages = [...context.vocabulary.types.keys()].map((typeId) => ({
    path: path(typeId),
    component: '@theme/DesignDocsIndexPage',
    dataFile: `pages/index-${typeId}.json`,
    data: buildTypeIndexProps(typeId, context),
  }));
  const decisionLog = buildDecisionLogProps(context);
  return [
    ...typePages,
    {path: path('decisions'), component: '@theme/DecisionLogPage', dataFile: 'pages/decisions.json', data: decisionLog},
    {path: path('risks'), component: '@theme/RiskRegisterPage', dataFile: 'pages/risks.json', data: buildRiskRegisterProps(context)},
    {path: path('requirements'), component: '@theme/RequirementsPage', dataFile: 'pages/requirements.json', data: buildRequirementsProps(context)},
    {path: path('dashboard'), component: '@theme/StatusDashboardPage', dataFile: 'pages/dashboard.json', data: buildDashboardProps(context, decisionLog)},
    {path: path('graph'), component: '@theme/RelationshipGraphPage', dataFile: 'pages/graph.json', data: buildGraphProps(context)},
  ];
}
