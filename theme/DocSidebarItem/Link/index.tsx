import {type ReactNode} from 'react';
import Link from '@theme-init/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import type {SidebarStatusData} from 'docusaurus-plugin-design-docs/client';

type Props = WrapperProps<typeof LinkType>;

/**
 * Adds the doc's status badge after its label. The status arrives in the
 * item's customProps, put there at build time; nothing is fetched.
 *
 * A sidebar of a thousand records repeats this on every page of the site,
 * so the badge is one plain span whose styles hang on its class names (see
 * StatusBadge's stylesheet), not a StatusBadge element: half the markup,
 * and measurably less server rendering (BENCHMARKS.md).
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const designDoc = props.item.customProps?.designDoc as SidebarStatusData | undefined;
  if (!designDoc?.status) {
    return <Link {...props} />;
  }
  const {label, tone} = designDoc.status;
  const labelWithBadge = (
    <>
      {`${props.item.label} `}
      <span className={`design-doc-status-badge design-doc-status-badge--${tone} design-doc-sidebar-badge`}>{label}</span>
    </>
  );
  // The classic component renders `label` as a child, so a node is safe.
  return <Link {...props} item={{...props.item, label: labelWithBadge as unknown as string}} />;
}
