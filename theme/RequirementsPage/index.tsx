import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import Requirements from '@theme/Requirements';
import type {Props} from '@theme/RequirementsPage';

/**
 * Functional and non-functional requirements of every design doc,
 * filterable by kind, priority and text. The body is `@theme/Requirements`.
 */
// The same thin shell as RiskRegisterPage, on purpose: each portal route is a component of its own (see DecisionLogPage).
export default function RequirementsPage({data, nav}: Props): ReactNode {
  const title = translate({id: 'designDocs.requirements.title', message: 'Requirements'});
  const description = translate({
    id: 'designDocs.requirements.description',
    message: 'Functional and non-functional requirements from every design doc.',
  });

  return (
    <DesignDocsPortalLayout title={title} description={description} nav={nav}>
      <Requirements data={data} nav={nav} />
    </DesignDocsPortalLayout>
  );
}
