import {type ReactNode} from 'react';
import DesignDocsSection, {type Props as SectionProps} from '@theme/DesignDocsSection';

/** A part of the dashboard: DesignDocsSection with the dashboard's classes (`dashboard__section`, `dashboard__empty`). */
export function Section(props: Omit<SectionProps, 'block'>): ReactNode {
  return <DesignDocsSection block="dashboard" {...props} />;
}
