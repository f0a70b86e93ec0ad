import type {PluginOptions} from '../types/options';
import type {DesignDocModel} from '../types/model';
import type {PortalNavProps} from '../types/props';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {selectPortalDocs, type PortalContext} from '../views/portal/context';
import {buildPortalHomeRoute, buildPortalNav, buildPortalRoutes, type PortalRoute, type PortalUrls} from './buildPortalRoutes';

/** The portal of one plugin instance: what its pages are built from, and the pages. */
export type Portal = {
  /** The model with the docs the portal lists (`versions`), and the settings every view reads. */
  context: PortalContext;
  /** Every page, the front door (when the portal has one) first. */
  routes: PortalRoute[];
  nav: PortalNavProps;
};

/**
 * The one place the portal is put together from the model, for
 * allContentLoaded (its pages and the remark plugin's embeds), postBuild
 * (feeds and badges list the same docs) and the bench. Pure.
 */
export function assemblePortal(
  params: {
    model: DesignDocModel;
    vocabulary: Vocabulary;
    options: PortalContext['options'] & Pick<PluginOptions, 'versions' | 'types'>;
    /** `YYYY-MM-DD`; passed in, so the same model gives the same portal. */
    today: string;
    /** This site as a federated portal names it. */
    localSite?: PortalContext['localSite'];
  },
  urls: PortalUrls,
): Portal {
  const {model, vocabulary, options, today, localSite} = params;
  // Other sites' records are listed beside this site's own, never given pages here.
  const listed = model.remoteDocs.length > 0 ? [...model.docs, ...model.remoteDocs] : model.docs;
  const context: PortalContext = {model: {...model, docs: selectPortalDocs(listed, options.versions)}, vocabulary, options, today, ...(localSite && {localSite})};
  const routes = buildPortalRoutes(context, urls);
  const nav = buildPortalNav(options.types, urls);
  const home = buildPortalHomeRoute(routes, nav, urls);
  return {context, routes: home ? [home, ...routes] : routes, nav};
}
