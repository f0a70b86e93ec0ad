import {type ReactNode} from 'react';
import clsx from 'clsx';
import type {FilterSelectProps, Props, QueryTextInputProps} from '@theme/DesignDocsFilterField';
import styles from './styles.module.css';

/**
 * One field of a filter row (the index's, the registers', the decision
 * log's): its name above its box, the box (an `<input>` or `<select>`,
 * the children) styled alike everywhere.
 */
export default function DesignDocsFilterField({label, wide = false, className, children}: Props): ReactNode {
  return (
    <label className={clsx(styles.field, wide && styles.wide, className)}>
      <span className={styles.label}>{label}</span>
      {children}
    </label>
  );
}

/** The row of filters above a list: its fields, toggles and counts side by side, wrapping on a narrow screen. */
export function FilterRow({className, children}: {className?: string; children: ReactNode}): ReactNode {
  return <div className={clsx(styles.row, className)}>{children}</div>;
}

/** How many entries the filters leave, read out as it changes; a "Clear filters" button may follow it. */
export function FilterCount({className, children}: {className?: string; children: ReactNode}): ReactNode {
  return (
    <p className={clsx(styles.count, className)} aria-live="polite">
      {children}
    </p>
  );
}

/** A box showing and editing text kept in the URL query (`useQueryText`): each key stays, the URL follows after a pause. */
export function QueryTextInput({queryText, ...inputProps}: QueryTextInputProps): ReactNode {
  return <input {...inputProps} value={queryText.text} onChange={(event) => queryText.setText(event.target.value)} />;
}

/** A field choosing one of a few values or all of them (a reviewer, a site): the empty value stands for all. */
export function FilterSelect({label, name, all, choices, selected, onChoose, className}: FilterSelectProps): ReactNode {
  return (
    <DesignDocsFilterField label={label} className={className}>
      <select name={name} value={selected ?? ''} onChange={(event) => onChoose(event.target.value === '' ? null : event.target.value)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </DesignDocsFilterField>
  );
}
