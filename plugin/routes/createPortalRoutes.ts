import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {PortalNavProps} from '../types';
import type {PortalRoute} from './buildPortalRoutes';

/**
 * Applies the pure route list: each page gets its own data module, plus
 * the small navigation module every portal page shares.
 */
export async function createPortalRoutes(
  routes: PortalRoute[],
  nav: PortalNavProps,
  actions: PluginContentLoadedActions,
): Promise<void> {
  const navPath = await actions.createData('pages/nav.json', JSON.stringify(nav));
  await Promise.all(
    routes.map(async (route) => {
      const dataPath = await actions.createData(route.dataFile, JSON.stringify(route.data));
      actions.addRoute({path: route.path, component: route.component, exact: true, modules: {data: dataPath, nav: navPath}});
    }),
  );
}
