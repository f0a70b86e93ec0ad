import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import DesignDocsPortalLayout from '@theme/DesignDocsPortalLayout';
import RiskRegister from '@theme/RiskRegister';
import type {Props} from '@theme/RiskRegisterPage';

/**
 * Every risk of every design doc: a likelihood x impact heat map and a
 * filterable table. The body is `@theme/RiskRegister`.
 */
export default function RiskRegisterPage({data, nav}: Props): ReactNode {
  const title = translate({id: 'designDocs.risks.title', message: 'Risk register'});
  const description = translate({
    id: 'designDocs.risks.description',
    message: 'Every risk recorded in the design docs, scored by likelihood × impact.',
  });

  return (
    <DesignDocsPortalLayout title={title} description={description} nav={nav}>
      <RiskRegister data={data} nav={nav} />
    </DesignDocsPortalLayout>
  );
}
