import {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/DesignDocsTable';
import styles from './styles.module.css';

/**
 * Classes for the cells of a table of design-doc data. Each is a rule of
 * styles.module.css, which the CSS-module typing (any key, maybe missing)
 * cannot tell; design-docs.d.ts promises strings.
 */
export const tableCells = {
  /** A requirement or risk id: monospace, on one line. */
  id: styles.id!,
  /** A reference or date: on one line, digits aligned. */
  nowrap: styles.nowrap!,
  /** A count: right-aligned, digits aligned. */
  number: styles.number!,
  /** Prose (a requirement, a mitigation): room for a line of words. */
  text: styles.text!,
  /** The doc a row comes from, with its docs instance: room for a reference and title. */
  source: styles.source!,
};

/**
 * Every table of the theme (index pages, registers, dashboard, graph):
 * full width, in a box that scrolls sideways on a narrow screen instead
 * of squeezing the columns.
 */
export default function DesignDocsTable({wrapAnywhere = false, className, children, ...tableProps}: Props): ReactNode {
  return (
    <div className={styles.wrapper}>
      <table {...tableProps} className={clsx(styles.table, wrapAnywhere && styles.wrapAnywhere, className)}>
        {children}
      </table>
    </div>
  );
}
