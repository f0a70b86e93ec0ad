import {type ReactNode} from 'react';
import Link from '@theme-init/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import clsx from 'clsx';
import StatusBadge from '@theme/StatusBadge';
import type {SidebarStatusData} from 'docusaurus-plugin-design-docs/client';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * Adds the doc's status badge after its label. The status arrives in the
 * item's customProps, put there at build time; nothing is fetched.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const designDoc = props.item.customProps?.designDoc as SidebarStatusData | undefined;
  if (!designDoc) {
    return <Link {...props} />;
  }
  const label = (
    <>
      {props.item.label}{' '}
      <StatusBadge badge={designDoc.status} size="small" className="design-doc-sidebar-badge" />
    </>
  );
  // The classic component renders `label` as a child, so a node is safe.
  return (
    <Link
      {...props}
      item={{
        ...props.item,
        className: clsx(props.item.className, 'design-doc-sidebar-item', styles.item),
        label: label as unknown as string,
      }}
    />
  );
}
