import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import DecisionLog from '@theme/DecisionLog';
import type {Props} from '@theme/DecisionLogPage';

/**
 * Every decision of every design doc, newest first, filtered by status and
 * text through the URL query. The body is `@theme/DecisionLog`.
 */
// The same thin shell as RiskRegisterPage, RequirementsPage, StatusDashboardPage, RelationshipGraphPage and DesignDocsPortalHomePage, on purpose: each portal route is its own component and swizzle target, with its own translated title.
export default function DecisionLogPage({data, nav}: Props): ReactNode {
  return (
    <DesignDocsPortalLayout
      title={translate({id: 'designDocs.decisions.title', message: 'Decision log'})}
      description={translate({
        id: 'designDocs.decisions.description',
        message: 'Every decision recorded in the design docs, newest first.',
      })}
      nav={nav}>
      <DecisionLog data={data} nav={nav} />
    </DesignDocsPortalLayout>
  );
}
