import {lazy, type ReactNode} from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDesignDoc} from 'docusaurus-plugin-design-docs/client';

type Props = WrapperProps<typeof ContentType>;

// Every doc page's bundle holds this wrapper; the banner and header (and
// their badge and styles) are a chunk of their own that only design-doc
// pages load. No Suspense boundary: the static render waits for the chunk
// and prints the header as before, and in the browser React keeps the
// server's HTML (or the previous page) until the chunk is there.
const BannerAndHeader = lazy(() => import('./BannerAndHeader'));

/** Adds the banner and header to design-doc pages; other docs are untouched. */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const designDoc = useDesignDoc();
  if (!designDoc) {
    return <Content {...props} />;
  }
  return (
    <>
      <BannerAndHeader designDoc={designDoc} />
      <Content {...props} />
    </>
  );
}
