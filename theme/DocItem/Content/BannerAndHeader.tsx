import {type ReactNode} from 'react';
import DesignDocBanner from '@theme/DesignDocBanner';
import DesignDocHeader from '@theme/DesignDocHeader';
import {ComponentStylesheet} from 'docusaurus-plugin-design-docs/client';
import type {Props} from '@theme/DocItem/Content/BannerAndHeader';

/**
 * What a design-doc page shows above its content; loaded by the wrapper
 * only for design docs, and shown once the components' stylesheet is there.
 */
export default function BannerAndHeader({designDoc}: Props): ReactNode {
  return (
    <ComponentStylesheet>
      <DesignDocBanner designDoc={designDoc} />
      <DesignDocHeader designDoc={designDoc} />
    </ComponentStylesheet>
  );
}
