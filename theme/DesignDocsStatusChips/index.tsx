import {type ReactNode} from 'react';
import clsx from 'clsx';
import StatusBadge from '@theme/StatusBadge';
import type {Props} from '@theme/DesignDocsStatusChips';
import styles from './styles.module.css';

/** Toggle buttons filtering a list by status, each with its badge and count. */
export default function DesignDocsStatusChips({statuses, selected, counts, onToggle, label, chipClassName, className}: Props): ReactNode {
  return (
    <div className={clsx('design-docs-status-chips', styles.chips, className)} role="group" aria-label={label}>
      {statuses.map((status) => {
        const pressed = selected.includes(status.id);
        return (
          <button
            key={status.id}
            type="button"
            className={clsx(chipClassName, styles.chip, pressed && styles.chipPressed)}
            data-status={status.id}
            aria-pressed={pressed}
            onClick={() => onToggle(status.id)}>
            <StatusBadge badge={status} size="small" className={styles.badge} />
            <span className={styles.chipCount}>{counts.get(status.id) ?? 0}</span>
          </button>
        );
      })}
    </div>
  );
}
