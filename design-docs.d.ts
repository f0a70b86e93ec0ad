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

declare module '@generated/docusaurus-plugin-design-docs/status-catalog.json' {
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

declare module '@theme/DesignDocsPortalLayout/pageLabel' {
  import type {PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export function portalPageLabel(page: PortalNavProps['pages'][number]): string;
}

declare module '@theme/DesignDocsPortalHomePage' {
  import type {ReactNode} from 'react';
  import type {PortalHomeProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: PortalHomeProps;
    readonly nav: PortalNavProps;
  }
  export default function DesignDocsPortalHomePage(props: Props): ReactNode;
}

declare module '@theme/DesignDocLink' {
  import type {ReactNode} from 'react';
  import type {DocLinkProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly doc: DocLinkProps;
    readonly showStatus?: boolean;
    /** A heading id on the doc's page; the link goes there. */
    readonly anchor?: string | null;
    /** Class of the link itself, not of the badge after it. */
    readonly className?: string;
  }
  export default function DesignDocLink(props: Props): ReactNode;
}

declare module '@theme/DesignDocsStatusChips' {
  import type {ReactNode} from 'react';
  import type {StatusBadgeData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly statuses: StatusBadgeData[];
    readonly selected: string[];
    readonly counts: ReadonlyMap<string, number>;
    readonly onToggle: (statusId: string) => void;
    /** The group's accessible name. */
    readonly label: string;
    /** Public class of each chip, e.g. `design-docs-index__chip`. */
    readonly chipClassName?: string;
    readonly className?: string;
  }
  export default function DesignDocsStatusChips(props: Props): ReactNode;
}

declare module '@theme/DesignDocsInstanceFilter' {
  import type {ReactNode} from 'react';
  import type {DocsInstanceFilter} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly filter: DocsInstanceFilter;
    readonly className?: string;
  }
  /** The docs instance a row's doc is in, when the register lists several. */
  export function DocsInstanceName(props: {filter: DocsInstanceFilter; source: {docsInstance?: string}}): ReactNode;
  export default function DesignDocsInstanceFilter(props: Props): ReactNode;
}

declare module '@theme/DesignDocsTable' {
  import type {ReactNode, TableHTMLAttributes} from 'react';

  export type Props = TableHTMLAttributes<HTMLTableElement> & {
    /** Long words in cells break anywhere rather than widen the table. */
    readonly wrapAnywhere?: boolean;
    readonly children: ReactNode;
  };
  /** Classes for id, one-line (reference, date) and number cells. */
  export const tableCells: {readonly id: string; readonly nowrap: string; readonly number: string};
  export default function DesignDocsTable(props: Props): ReactNode;
}

declare module '@theme/DesignDocsIndexPage/FilterBar' {
  import type {ReactNode} from 'react';
  import type {DocRow, IndexFilters, QueryChanges} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly rows: DocRow[];
    readonly filters: IndexFilters;
    readonly update: (changes: QueryChanges, options?: {replace?: boolean}) => void;
  }
  export default function IndexFilterBar(props: Props): ReactNode;
}

declare module '@theme/DesignDocsIndexPage' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, TypeIndexProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: TypeIndexProps;
    readonly nav: PortalNavProps;
  }
  export default function DesignDocsIndexPage(props: Props): ReactNode;
}

declare module '@theme/DecisionLogPage' {
  import type {ReactNode} from 'react';
  import type {DecisionLogProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DecisionLogProps;
    readonly nav: PortalNavProps;
  }
  export default function DecisionLogPage(props: Props): ReactNode;
}

declare module '@theme/RiskRegisterPage' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, RiskRegisterProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RiskRegisterProps;
    readonly nav: PortalNavProps;
  }
  export default function RiskRegisterPage(props: Props): ReactNode;
}

declare module '@theme/RiskHeatMap' {
  import type {ReactNode} from 'react';
  import type {RiskEntry, ScaleLevelProps, ScoreBand} from 'docusaurus-plugin-design-docs/client';

  export type HeatMapCell = {likelihood: string; impact: string};
  export function bandOfScore(score: number, bands: ScoreBand[]): ScoreBand | null;
  export interface Props {
    readonly likelihood: ScaleLevelProps[];
    readonly impact: ScaleLevelProps[];
    readonly bands: ScoreBand[];
    readonly risks: RiskEntry[];
    readonly selected: {likelihood: string; impact: string} | null;
    readonly onSelect: (cell: {likelihood: string; impact: string} | null) => void;
  }
  export default function RiskHeatMap(props: Props): ReactNode;
}

declare module '@theme/RequirementsPage' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, RequirementsProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RequirementsProps;
    readonly nav: PortalNavProps;
  }
  export default function RequirementsPage(props: Props): ReactNode;
}

declare module '@theme/StatusDashboardPage' {
  import type {ReactNode} from 'react';
  import type {DashboardProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DashboardProps;
    readonly nav: PortalNavProps;
  }
  export default function StatusDashboardPage(props: Props): ReactNode;
}

declare module '@theme/RelationshipGraphPage' {
  import type {ReactNode} from 'react';
  import type {GraphProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: GraphProps;
    readonly nav: PortalNavProps;
  }
  export default function RelationshipGraphPage(props: Props): ReactNode;
}

declare module '@theme/AdrIndex' {
  import type {ReactNode} from 'react';
  import type {DocRow} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: {rows: DocRow[]};
  }
  export default function AdrIndex(props: Props): ReactNode;
}

declare module '@theme/DecisionLog' {
  import type {ReactNode} from 'react';
  import type {DecisionLogProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DecisionLogProps;
    readonly nav?: PortalNavProps;
  }
  export default function DecisionLog(props: Props): ReactNode;
}

declare module '@theme/RiskRegister' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, RiskRegisterProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RiskRegisterProps;
    readonly nav?: PortalNavProps;
  }
  export default function RiskRegister(props: Props): ReactNode;
}

declare module '@theme/RiskMatrix' {
  import type {ReactNode} from 'react';
  import type {RiskRegisterProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RiskRegisterProps;
  }
  export default function RiskMatrix(props: Props): ReactNode;
}

declare module '@theme/Requirements' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, RequirementsProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RequirementsProps;
    readonly nav?: PortalNavProps;
  }
  export default function Requirements(props: Props): ReactNode;
}

declare module '@theme/StatusDashboard' {
  import type {ReactNode} from 'react';
  import type {DashboardProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DashboardProps;
    readonly nav?: PortalNavProps;
  }
  export default function StatusDashboard(props: Props): ReactNode;
}
