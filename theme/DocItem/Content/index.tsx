import {type ReactNode} from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import DesignDocBanner from '@theme/DesignDocBanner';
import DesignDocHeader from '@theme/DesignDocHeader';
import {useDesignDoc} from 'docusaurus-plugin-design-docs/client';

type Props = WrapperProps<typeof ContentType>;

/** Adds the banner and header to design-doc pages; other docs are untouched. */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const designDoc = useDesignDoc();
  if (!designDoc) {
    return <Content {...props} />;
  }
  return (
    <>
      <DesignDocBanner designDoc={designDoc} />
      <DesignDocHeader designDoc={designDoc} />
      <Content {...props} />
    </>
  );
}
