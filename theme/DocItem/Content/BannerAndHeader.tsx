import {type ReactNode} from 'react';
import DesignDocBanner from '@theme/DesignDocBanner';
import DesignDocHeader from '@theme/DesignDocHeader';
import type {Props} from '@theme/DocItem/Content/BannerAndHeader';

/** What a design-doc page shows above its content; loaded by the wrapper only for design docs. */
export default function BannerAndHeader({designDoc}: Props): ReactNode {
  return (
    <>
      <DesignDocBanner designDoc={designDoc} />
      <DesignDocHeader designDoc={designDoc} />
    </>
  );
}
