import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {PortalNavProps} from '../types/props';
import type {PortalRoute} from './buildPortalRoutes';

/**
 * Applies the pure route list: each page gets its own data module, plus
 * the small navigation module every portal page shares. Modules are named
 * by their `@generated/...` alias (`generatedPrefix`), as the docs plugin
 * names its own, rather than by the absolute path createData returns: the
 * route table in every page's main bundle then holds short names that do
 * not depend on the folder the site was built in.
 */
export async function createPortalRoutes(
  routes: PortalRoute[],
  nav: PortalNavProps,
  actions: PluginContentLoadedActions,
  generatedPrefix: string,
): Promise<void> {
  const aliased = async (file: string, data: unknown) => {
    await actions.createData(file, JSON.stringify(data));
    return `${generatedPrefix}/${file}`;
  };
  const navModule = await aliased('pages/nav.json', nav);
  await Promise.all(
    routes.map(async (route) => {
      const dataModule = await aliased(route.dataFile, route.data);
      actions.addRoute({path: route.path, component: route.component, exact: true, modules: {data: dataModule, nav: navModule}});
    }),
  );
}
