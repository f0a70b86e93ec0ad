import {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/DesignDocsMermaidFallback';

/**
 * Stands in for `@theme/Mermaid` when the site has not added
 * `@docusaurus/theme-mermaid`: the relationship page then shows its table
 * and timeline, and says how to get the diagram. It lives in the theme
 * folder, under its own name, so that `docusaurus write-translations`
 * finds its message. The plugin aliases `@theme/Mermaid` to it for the
 * relationship page only: every doc page's MDX components keep the classic
 * theme's empty Mermaid, so that an ordinary page does not carry it.
 */
export default function MermaidFallback(_props: Props): ReactNode {
  return (
    <p className="design-docs-mermaid-fallback">
      <Translate id="designDocs.graph.mermaidMissing">
        {'Add the @docusaurus/theme-mermaid theme (and markdown.mermaid: true) to see this diagram.'}
      </Translate>
    </p>
  );
}
