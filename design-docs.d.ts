/**
 * Module declarations for the theme components this package provides, so a
 * site that swizzles them (or imports them) is typed. Reference it from a
 * site's tsconfig `types` or with a triple-slash directive.
 */
/// <reference types="@docusaurus/module-type-aliases" />

declare module '@theme/StatusBadge' {
  import type {ReactNode} from 'react';
  import type {StatusBadgeData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly status?: string;
    readonly type?: string;
    readonly badge?: StatusBadgeData;
    readonly size?: 'small' | 'medium';
    readonly className?: string;
  }
  export default function StatusBadge(props: Props): ReactNode;
}

declare module '@theme/DesignDocHeader' {
  import type {ReactNode} from 'react';
  import type {DesignDocPageData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly designDoc: DesignDocPageData;
    readonly className?: string;
  }
  export default function DesignDocHeader(props: Props): ReactNode;
}

declare module '@theme/DesignDocBanner' {
  import type {ReactNode} from 'react';
  import type {DesignDocPageData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly designDoc: DesignDocPageData;
    readonly className?: string;
  }
  export default function DesignDocBanner(props: Props): ReactNode;
}

declare module '@generated/docusaurus-plugin-design-docs/default/status-catalog.json' {
  import type {StatusTone} from 'docusaurus-plugin-design-docs/client';

  const catalog: {
    types: {id: string; label: string; statuses: {id: string; label: string; tone: StatusTone}[]}[];
  };
  export default catalog;
}

declare module '@theme/DesignDocsPortalLayout' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly title: string;
    readonly description?: string;
    readonly nav: PortalNavProps;
    readonly children: ReactNode;
  }
  export default function DesignDocsPortalLayout(props: Props): ReactNode;
}

declare module '@theme/DesignDocLink' {
  import type {ReactNode} from 'react';
  import type {DocLinkProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly doc: DocLinkProps;
    readonly showStatus?: boolean;
  }
  export default function DesignDocLink(props: Props): ReactNode;
}
