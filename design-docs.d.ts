/**
 * The `@theme/*` modules this package provides: each component's Props and
 * other exports, so that a site that swizzles or imports them is typed.
 *
 * This is the contract the theme is compiled against: every component under
 * theme/ takes its Props from here (`import type {Props} from '@theme/X'`,
 * as Docusaurus' own themes do), so a prop the component reads and this
 * file lacks fails `npm run typecheck`. test/unit/typeContract.test.ts
 * checks that every module the plugin ships is declared here and that each
 * component takes its Props from its declaration; test/types/themeModules.ts
 * checks the other exports. The data types are the plugin's own
 * (plugin/types/props.ts), through `docusaurus-plugin-design-docs/client`.
 *
 * The package's main declaration (lib/index.d.ts) references this file, so
 * a site has these modules once it imports a type from the package or lists
 * the package in its tsconfig `types`. A direct reference keeps working:
 * `/// <reference types="docusaurus-plugin-design-docs/design-docs.d.ts" />`.
 */
/// <reference types="@docusaurus/module-type-aliases" />

// ---------------------------------------------------------------------------
// The badge, the record page's header and banner, and the pieces the pages
// share.

declare module '@theme/StatusBadge' {
  import type {ReactNode} from 'react';
  import type {StatusBadgeData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    /** A status id or label, as written in front matter (`accepted`). */
    readonly status?: string;
    /** Restricts the lookup to one type's lifecycle. */
    readonly type?: string;
    /** Ready-made badge data; takes precedence over `status`. */
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

declare module '@theme/DesignDocReview' {
  import type {ReactNode} from 'react';
  import type {DocReviewProps, SiteProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly review: DocReviewProps;
    /** The doc's page, when the panel is shown on another page: its links then lead there. Null or absent on the doc's own page. */
    readonly permalink?: string | null;
    /** The other site of a federated portal the doc is on: links to its page are then external. */
    readonly site?: SiteProps;
    readonly className?: string;
  }
  /** A doc's review readiness item by item: checklist, feedback by category, missing sections, findings. The header's panel and `<ReviewReadiness />`. */
  export default function DesignDocReview(props: Props): ReactNode;
}

declare module '@theme/DesignDocReview/Summary' {
  import type {ReactNode} from 'react';
  import type {DocReviewProps, StatusTone} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly review: DocReviewProps;
    readonly className?: string;
  }
  /** The tone of a doc's readiness: success when ready, danger when critical feedback blocks it, warning otherwise. */
  /** The tone of a readiness (a doc's, or a review-queue entry's): ready, blocked by critical feedback, or blocked otherwise. */
  export function readinessTone(readiness: {ready: boolean; blockers: readonly string[]}): StatusTone;
  /** "Checklist 3/5 · 1 critical feedback open · 2 sections missing", or "Ready for approval" first when nothing blocks. */
  export default function DesignDocReviewSummary(props: Props): ReactNode;
}

declare module '@theme/DesignDocReview/labels' {
  import type {ReactNode} from 'react';
  import type {DocReviewProps, ReviewQueueEntry, StatusTone} from 'docusaurus-plugin-design-docs/client';

  export type FeedbackCategory = DocReviewProps['feedback'][number]['category'];
  export type ReadinessBlocker = ReviewQueueEntry['blockers'][number];
  /** The seed's feedback categories, most pressing first. */
  export const FEEDBACK_CATEGORIES: FeedbackCategory[];
  /** 🔴 🟡 🟢 💬: always shown with the category's name. */
  export const FEEDBACK_EMOJI: Record<FeedbackCategory, string>;
  export const FEEDBACK_TONES: Record<FeedbackCategory, StatusTone>;
  export function feedbackCategoryLabel(category: FeedbackCategory): string;
  export function blockerLabel(blocker: ReadinessBlocker): string;
  /** A category's emoji, as decoration (hidden from screen readers): write the category's name beside it. */
  export function FeedbackEmoji(props: {category: FeedbackCategory}): ReactNode;
  /** A short word in a tone's colours (`Ready`, `Open`, `Resolved`). */
  export function ToneTag(props: {tone: StatusTone; className?: string; children: ReactNode}): ReactNode;
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

declare module '@theme/DesignDocLink' {
  import type {ReactNode} from 'react';
  import type {DocLinkProps, SiteProps} from 'docusaurus-plugin-design-docs/client';

  export interface RecordLinkProps {
    /** The record's page: a path here, or the absolute URL of its page on `site`. */
    readonly permalink: string;
    /** The other site of a federated portal the record is on: the link is then external, and says so. */
    readonly site?: SiteProps;
    /** A heading id on the record's page. */
    readonly anchor?: string | null;
    readonly className?: string;
    readonly children: ReactNode;
  }
  /**
   * A link to a record's page, here or on its own site: another site's is
   * marked external (icon, new tab, "(on Payments)" for screen readers),
   * and shown as text when its address is not http(s).
   */
  export function RecordLink(props: RecordLinkProps): ReactNode;

  export interface Props {
    readonly doc: DocLinkProps;
    readonly showStatus?: boolean;
    /** A heading id on the doc's page: the link goes to that place (a register row's section). */
    readonly anchor?: string | null;
    /** Class of the link itself (`design-doc-banner__successor`), not of the badge after it. */
    readonly className?: string;
  }
  /** `ADR-0004: Title` linking to the doc (or a place on it), optionally with its status. */
  export default function DesignDocLink(props: Props): ReactNode;
}

declare module '@theme/DesignDocsStatusChips' {
  import type {ReactNode} from 'react';
  import type {StatusBadgeData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    /** The chips, in the order shown. */
    readonly statuses: StatusBadgeData[];
    /** Ids of the pressed chips. */
    readonly selected: string[];
    /** How many entries each chip would show, by status id; a missing id counts 0. */
    readonly counts: ReadonlyMap<string, number>;
    readonly onToggle: (statusId: string) => void;
    /** The group's accessible name, e.g. "Filter by status". */
    readonly label: string;
    /** Public class of each chip (`design-docs-index__chip`), for a site's CSS and the tests. */
    readonly chipClassName?: string;
    readonly className?: string;
  }
  /** Toggle buttons filtering a list by status, each with its badge and count. */
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
  export function DocsInstanceName(props: {filter: DocsInstanceFilter; source: {docsInstance?: string; site?: unknown}}): ReactNode;
  /** A choice of docs instance, shown only when a register lists more than one. */
  export default function DesignDocsInstanceFilter(props: Props): ReactNode;
}

declare module '@theme/DesignDocsSiteFilter' {
  import type {ReactNode} from 'react';
  import type {SiteFilter, SiteProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly filter: SiteFilter;
    readonly className?: string;
  }
  export interface SiteNameProps {
    /** The register's site filter, or just its sites (this site first): needed by a `column` only, for this site's label. */
    readonly filter?: Pick<SiteFilter, 'sites'>;
    /** The row's doc link, or the row: `site` is set on another site's. */
    readonly source: {site?: SiteProps};
    /** A table's site column: every row named, this site's by the register's first site. Otherwise only another site's row, beside its link. */
    readonly column?: boolean;
  }
  /** The site a row's doc is on (`design-docs-site`): beside its link, or as a table's cell. */
  export function SiteName(props: SiteNameProps): ReactNode;
  /** A choice of site (`<select name="site">`), shown only when a register lists more than one site's records. */
  export default function DesignDocsSiteFilter(props: Props): ReactNode;
}

declare module '@theme/DesignDocsCountCards' {
  import type {LiHTMLAttributes, ReactNode} from 'react';
  import type {StatusCount} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    /** The cards (`CountCard`). */
    readonly children: ReactNode;
    readonly className?: string;
  }
  export type CountCardProps = Omit<LiHTMLAttributes<HTMLLIElement>, 'title'> & {
    /** The card's heading: a page's or a type's name. */
    readonly title: ReactNode;
    /** The page the heading links to, when there is one. */
    readonly to?: string;
    /** 2 for cards right under the page's title (the front door), 3 in a section (the dashboard). */
    readonly headingLevel?: 2 | 3;
    /** How much the card holds, under its heading (`5 documents`). */
    readonly count: ReactNode;
    /** Public class of the count's paragraph (`design-docs-home__count`). */
    readonly countClassName?: string;
    /** Each status with its count, shown as badges; none, no list. */
    readonly statuses: StatusCount[];
  };
  /** A card: a name linked to its page, how much it holds, and its count in each status. */
  export function CountCard(props: CountCardProps): ReactNode;
  export interface StatusCountsProps {
    readonly statuses: StatusCount[];
    readonly className?: string;
  }
  /** Each status with its count, as small badges (a card's, a row of the dashboard's sites); nothing for none. */
  export function StatusCounts(props: StatusCountsProps): ReactNode;
  /** The grid of count cards (the front door's pages, the dashboard's types). */
  export default function DesignDocsCountCards(props: Props): ReactNode;
}

declare module '@theme/DesignDocsFilterField' {
  import type {InputHTMLAttributes, ReactNode} from 'react';
  import type {QueryText} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    /** The field's name, shown above its box. */
    readonly label: string;
    /** A search box: grows along the filter row. Other fields keep their box's width. */
    readonly wide?: boolean;
    readonly className?: string;
    /** The box: an `<input>` (`QueryTextInput` for text kept in the URL) or a `<select>`. */
    readonly children: ReactNode;
  }
  export type QueryTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
    /** The text the box shows and edits, from `useQueryText`. */
    readonly queryText: QueryText;
  };
  /** The row of filters above a list: its fields, toggles and counts side by side, wrapping on a narrow screen. */
  export function FilterRow(props: {className?: string; children: ReactNode}): ReactNode;
  /** How many entries the filters leave, read out as it changes (`aria-live`); a "Clear filters" button may follow it. */
  export function FilterCount(props: {className?: string; children: ReactNode}): ReactNode;
  /** A box showing and editing text kept in the URL query (`useQueryText`): each key stays, the URL follows after a pause. */
  export function QueryTextInput(props: QueryTextInputProps): ReactNode;
  export interface FilterSelectProps {
    readonly label: string;
    /** The `<select>`'s name: the URL key it writes (`reviewer`, `site`). */
    readonly name: string;
    /** The first option's text, standing for every value (`Everyone`, `All sites`). */
    readonly all: string;
    readonly choices: readonly {value: string; label: string}[];
    readonly selected: string | null;
    /** Called with the chosen value, or null for all. */
    readonly onChoose: (value: string | null) => void;
    readonly className?: string;
  }
  /** A field choosing one value of a few, or all (the empty first option): the review queue's reviewer, a register's site. */
  export function FilterSelect(props: FilterSelectProps): ReactNode;
  /** One field of a filter row: its name above its box, styled alike on every page. */
  export default function DesignDocsFilterField(props: Props): ReactNode;
}

declare module '@theme/DesignDocsSection' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The page's public class prefix: the section is `<block>__section`, its empty message `<block>__empty`, its heading's id `<block>-<name>`. */
    readonly block: string;
    /** What the section lists, as its `data-section` (`review-queue`). */
    readonly name: string;
    readonly title: ReactNode;
    /** A sentence under the heading saying what the section lists. */
    readonly intro?: ReactNode;
    /** What the section says when it has nothing to list; given (not false), it stands in place of the children. */
    readonly empty?: ReactNode;
    readonly children: ReactNode;
  }
  /** One part of a portal page (the dashboard's, the relationship graph's): heading, intro, and the list or its empty message. */
  export default function DesignDocsSection(props: Props): ReactNode;
}

declare module '@theme/DesignDocsTable' {
  import type {ReactNode, TableHTMLAttributes} from 'react';

  export type Props = TableHTMLAttributes<HTMLTableElement> & {
    /**
     * Long words in cells break anywhere rather than widen the table: for
     * tables of titles and names in a narrow section (dashboard, graph).
     */
    readonly wrapAnywhere?: boolean;
    readonly children: ReactNode;
  };
  /** Classes for id, one-line (reference, date), number, prose and source-doc cells. */
  export const tableCells: {readonly id: string; readonly nowrap: string; readonly number: string; readonly text: string; readonly source: string};
  /** Every table of the theme: full width, in a box that scrolls sideways on a narrow screen. */
  export default function DesignDocsTable(props: Props): ReactNode;
}

declare module '@theme/RiskHeatMap' {
  import type {ReactNode} from 'react';
  import type {RiskEntry, ScaleLevelProps, ScoreBand} from 'docusaurus-plugin-design-docs/client';

  export type HeatMapCell = {likelihood: string; impact: string};
  /** The band with the greatest `min` at or below the score, as the register computes it. */
  export function bandOfScore(score: number, bands: ScoreBand[]): ScoreBand | null;
  export interface Props {
    readonly likelihood: ScaleLevelProps[];
    readonly impact: ScaleLevelProps[];
    readonly bands: ScoreBand[];
    readonly risks: RiskEntry[];
    readonly selected: HeatMapCell | null;
    readonly onSelect: (cell: HeatMapCell | null) => void;
    readonly className?: string;
  }
  export default function RiskHeatMap(props: Props): ReactNode;
}

// ---------------------------------------------------------------------------
// The embeddable bodies (`::adr-index`, `::decision-log` ...), which the
// portal pages also render.

declare module '@theme/AdrIndex' {
  import type {ReactNode} from 'react';
  import type {DocRow, SitesProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    /** The rows, and of a federated portal the sites they are on (a site column is then shown). */
    readonly data: {rows: DocRow[]} & SitesProps;
  }
  export default function AdrIndex(props: Props): ReactNode;
}

declare module '@theme/DecisionLog' {
  import type {ReactNode} from 'react';
  import type {DecisionLogProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DecisionLogProps;
    /** Absent when embedded in an MDX page (`::decision-log`). */
    readonly nav?: PortalNavProps;
    /** Prefix of this embed's URL query keys (`decision-log-2.q`), given by the remark plugin; none on the portal page. */
    readonly query?: string;
  }
  export default function DecisionLog(props: Props): ReactNode;
}

declare module '@theme/RiskRegister' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, RiskRegisterProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: RiskRegisterProps;
    /** Absent when embedded in an MDX page (`::risk-register`). */
    readonly nav?: PortalNavProps;
    /** Prefix of this embed's URL query keys (`risk-register-2.min-score`), given by the remark plugin; none on the portal page. */
    readonly query?: string;
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
    /** Absent when embedded in an MDX page (`::requirements`). */
    readonly nav?: PortalNavProps;
    /** Prefix of this embed's URL query keys (`requirements-2.q`), given by the remark plugin; none on the portal page. */
    readonly query?: string;
  }
  export default function Requirements(props: Props): ReactNode;
}

declare module '@theme/StatusDashboard' {
  import type {ReactNode} from 'react';
  import type {DashboardProps, PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: DashboardProps;
    /** Absent when embedded in an MDX page (`::status-dashboard`); the links to other portal pages are then left out. */
    readonly nav?: PortalNavProps;
  }
  export default function StatusDashboard(props: Props): ReactNode;
}

declare module '@theme/ReviewQueue' {
  import type {ReactNode} from 'react';
  import type {DocsInstanceFilter, ReviewQueueEntry, ReviewQueueProps, ReviewerFilter as ReviewerFilterState, SiteFilter} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: ReviewQueueProps;
    /** Prefix of this embed's URL query keys (`review-queue.reviewer`), given by the remark plugin. */
    readonly query?: string;
  }
  /** The choice of reviewer, shown when the queue names more than one. */
  export function ReviewerFilter(props: {filter: ReviewerFilterState; className?: string}): ReactNode;
  /** The queue's table (the dashboard's too): doc, reviewers, days in review, open feedback, checklist, readiness; with `site`, another site's doc names its site. */
  export function ReviewQueueTable(props: {entries: ReviewQueueEntry[]; instance: DocsInstanceFilter; site?: SiteFilter}): ReactNode;
  /** `::review-queue`: docs waiting for review, ready first, with a reviewer filter kept in the URL. */
  export default function ReviewQueue(props: Props): ReactNode;
}

declare module '@theme/ReviewReadiness' {
  import type {ReactNode} from 'react';
  import type {ReviewReadinessProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: ReviewReadinessProps;
  }
  /** `<ReviewReadiness />`: the readiness line and panel of the doc it sits in, or of `doc="DD-0001"`. */
  export default function ReviewReadiness(props: Props): ReactNode;
}

// ---------------------------------------------------------------------------
// The portal pages under `routeBasePath`, and their layout.

declare module '@theme/DesignDocsPortalLayout' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly title: string;
    readonly description?: string;
    readonly nav: PortalNavProps;
    readonly children: ReactNode;
  }
  /** The site's own layout, a title, and links between the portal pages. */
  export default function DesignDocsPortalLayout(props: Props): ReactNode;
}

declare module '@theme/DesignDocsPortalLayout/pageLabel' {
  import type {PortalNavPage} from 'docusaurus-plugin-design-docs/client';

  /** The name of a portal page, for the navigation and the front door. */
  export function portalPageLabel(page: PortalNavPage): string;
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

declare module '@theme/DesignDocsIndexPage' {
  import type {ReactNode} from 'react';
  import type {PortalNavProps, TypeIndexProps} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly data: TypeIndexProps;
    readonly nav: PortalNavProps;
  }
  export default function DesignDocsIndexPage(props: Props): ReactNode;
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

declare module '@theme/DesignDocsIndexPage/DocCells' {
  import type {ReactNode} from 'react';
  import type {DocRow} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly row: DocRow;
  }
  /** The cells a doc's row starts with, on the type index and in `::adr-index`: reference, linked title, status, date. */
  export default function DocCells(props: Props): ReactNode;
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

// ---------------------------------------------------------------------------
// Modules the plugin loads itself. The wrappers of the classic theme's
// `DocItem/Content` and `MDXComponents` are declared by
// @docusaurus/theme-classic, whose Props they keep.

declare module '@theme/DocItem/Content/BannerAndHeader' {
  import type {ReactNode} from 'react';
  import type {DesignDocPageData} from 'docusaurus-plugin-design-docs/client';

  export interface Props {
    readonly designDoc: DesignDocPageData;
  }
  /**
   * What a design-doc page shows above its content, loaded by the plugin's
   * `DocItem/Content` wrapper for design docs only; swizzle DesignDocBanner
   * or DesignDocHeader instead.
   */
  export default function BannerAndHeader(props: Props): ReactNode;
}

declare module '@theme/DesignDocsMermaidFallback' {
  import type {ReactNode} from 'react';

  /** The props of `@theme/Mermaid`: the relationship page's `@theme/Mermaid` is this component when the site has no mermaid theme. */
  export interface Props {
    readonly value: string;
  }
  export default function DesignDocsMermaidFallback(props: Props): ReactNode;
}

/** Written by the plugin for the client helpers (findStatusBadge); not a theme module. */
declare module '@generated/docusaurus-plugin-design-docs/status-catalog.json' {
  import type {StatusCatalog} from 'docusaurus-plugin-design-docs/client';

  const catalog: StatusCatalog;
  export default catalog;
}
