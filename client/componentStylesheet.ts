import {createElement, lazy, type ReactNode} from 'react';
// The URL of `assets/css/design-docs.*.css` in a production build (an asset
// module the plugin's webpack rules write, see
// plugin/webpack/componentStylesheet.ts); null in development and on the
// server, where the components' CSS is bundled as usual.
import href from './componentStylesheet.href';

let loading: Promise<void> | undefined;

function isLinked(url: string): boolean {
  return Array.from(document.querySelectorAll('link[rel="stylesheet"]')).some((link) => link.getAttribute('href') === url);
}

/**
 * Loads the stylesheet of the plugin's components once, unless the page
 * links it already (postBuild links it into the HTML of the pages that
 * show a component). The components' CSS modules call this when their
 * chunk runs, so that a component a site renders on a page of its own gets
 * its styles too; webpack's own stylesheet loader, which every page would
 * carry, is not needed for them.
 */
export function loadComponentStylesheet(): Promise<void> {
  if (!loading) {
    const url = href;
    loading =
      url === null || typeof document === 'undefined' || isLinked(url)
        ? Promise.resolve()
        : new Promise((resolve) => {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = url;
            // A stylesheet that fails to load leaves the page unstyled, not empty.
            link.onload = () => resolve();
            link.onerror = () => resolve();
            document.head.appendChild(link);
          });
  }
  return loading;
}

type Props = {children?: ReactNode};

function Children({children}: Props): ReactNode {
  return children;
}

// Decided once, when the first component chunk runs: on a page whose HTML
// links the stylesheet (and on the server) the children render at once;
// after a client-side navigation from another page they wait for it, as
// React.lazy waits for a chunk, so they never show unstyled. Always the
// same component, so a re-render never remounts the children.
const Gate: (props: Props) => ReactNode =
  href === null || typeof document === 'undefined' || isLinked(href)
    ? Children
    : lazy(() => loadComponentStylesheet().then(() => ({default: Children})));

/**
 * Renders its children once the components' stylesheet is there. The
 * design-doc header, the portal layout and the embeddable components wrap
 * what they render in it.
 */
export function ComponentStylesheet({children}: Props): ReactNode {
  return createElement(Gate, null, children);
}
