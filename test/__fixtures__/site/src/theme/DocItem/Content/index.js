// A site's own wrapper of DocItem/Content, as `docusaurus swizzle --wrap`
// writes it: it wraps the plugin's wrapper, and both must render.
import React from 'react';
import Content from '@theme-original/DocItem/Content';

export default function ContentWrapper(props) {
  return (
    <>
      <p className="site-swizzle-marker">Site wrapper</p>
      <Content {...props} />
    </>
  );
}
