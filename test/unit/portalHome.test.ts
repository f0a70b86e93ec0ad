import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import {buildPortalHomeRoute, buildPortalNav, buildPortalRoutes} from '../../plugin/routes/buildPortalRoutes';
import type {PortalHomeProps} from '../../plugin/types/props';
import type {PortalContext} from '../../plugin/views/portal/context';
import {loadedDoc, model, vocabulary} from '../helpers/model';

const options = getDefaultOptions();
const context: PortalContext = {
  model: model(
    loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded by ADR-0002', date: '2026-01-01'}),
    loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted', date: '2026-02-01'}),
    loadedDoc('docs/design/search.md', {
      type: 'design-doc',
      status: 'Review',
      reviewers: ['Grace'],
      decisions: [{title: 'Index engine', chosen: 'Lucene'}],
      requirements: [{id: 'FR-1', text: 'Search', priority: 'Must Have'}],
      risks: [{title: 'Index too large', likelihood: 'Medium', impact: 'High'}],
    }),
  ),
  vocabulary,
  options,
  today: '2026-11-25',
};

function portal(urls: {baseUrl: string; routeBasePath: string}) {
  const routes = buildPortalRoutes(context, urls);
  const nav = buildPortalNav(options.types, urls);
  return {routes, nav, home: buildPortalHomeRoute(routes, nav, urls)};
}

describe('the portal front door', () => {
  it('lives at routeBasePath itself and links every other portal page, in the navigation', () => {
    const {routes, nav, home} = portal({baseUrl: '/', routeBasePath: 'architecture'});
    expect(home?.path).toBe('/architecture');
    expect(home?.component).toBe('@theme/DesignDocsPortalHomePage');
    const linked = (home!.data as PortalHomeProps).pages.map((page) => page.path);
    expect([...linked].sort()).toEqual(routes.map((route) => route.path).sort());
    expect(nav.pages[0]).toEqual({id: 'home', path: '/architecture', label: null});
  });

  it('counts what each page then shows: docs and statuses, decisions, risks, requirements, reviews, relations', () => {
    const {home} = portal({baseUrl: '/', routeBasePath: 'architecture'});
    const summary = new Map((home!.data as PortalHomeProps).pages.map((page) => [page.path.split('/').pop(), page]));
    expect(summary.get('adr')?.count).toBe(2);
    expect(summary.get('adr')?.statuses.filter((s) => s.count > 0).map((s) => `${s.status.id}:${s.count}`)).toEqual(['accepted:1', 'superseded:1']);
    expect(summary.get('design-doc')?.count).toBe(1);
    expect(summary.get('rfc')?.count).toBe(0);
    // The design doc's decision and each ADR's outcome.
    expect(summary.get('decisions')?.count).toBe(3);
    expect(summary.get('risks')?.count).toBe(1);
    expect(summary.get('requirements')?.count).toBe(1);
    expect(summary.get('dashboard')?.count).toBe(1);
    expect(summary.get('graph')?.count).toBe(1);
  });

  it('follows the base URL, and gives way to the site\'s home page when the portal sits at the root', () => {
    expect(portal({baseUrl: '/docs-site/', routeBasePath: 'architecture'}).home?.path).toBe('/docs-site/architecture');
    for (const routeBasePath of ['/', '']) {
      const {nav, home} = portal({baseUrl: '/', routeBasePath});
      expect(home, JSON.stringify(routeBasePath)).toBeNull();
      expect(nav.pages.map((page) => page.id)).not.toContain('home');
    }
  });
});
