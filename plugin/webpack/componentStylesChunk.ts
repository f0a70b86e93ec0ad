import path from 'path';
import {COMPONENT_STYLES_CHUNK} from '../outputs/clientDataFiles';

type CssModuleLike = {type: string; nameForCondition?: () => string | null};

/**
 * In development (a production client build makes the stylesheet itself,
 * see componentStylesheet.ts):
 * Docusaurus puts every stylesheet of the client bundle into one file that
 * every page loads (`styles`, to keep CSS order stable across chunks). The
 * plugin's components are only on design-doc pages, portal pages and pages
 * that embed them, all loaded in their own chunks; this group (of higher
 * priority than `styles`) moves their CSS modules into a stylesheet of
 * their own, which webpack loads with those chunks. The global stylesheets
 * every page needs (badge tones and pill, the sidebar's badges) are client
 * modules, in the main bundle, and stay in `styles`. A site's own copies of
 * the components live outside the plugin's theme folder and stay there too.
 */
export function componentStylesSplitChunks(themeDir: string) {
  const prefix = `${path.resolve(themeDir)}${path.sep}`;
  return {
    splitChunks: {
      cacheGroups: {
        designDocsComponents: {
          name: COMPONENT_STYLES_CHUNK,
          type: 'css/mini-extract',
          test: (module: CssModuleLike) => {
            const resource = module.nameForCondition?.() ?? '';
            return resource.startsWith(prefix) && resource.endsWith('.module.css');
          },
          chunks: 'async' as const,
          enforce: true,
          priority: 60,
        },
      },
    },
  };
}
