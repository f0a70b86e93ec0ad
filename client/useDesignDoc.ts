import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {DesignDocPageData} from '../plugin/types/props.js';

/**
 * The design-doc data of the doc being rendered, or null for an ordinary
 * doc. Only valid inside a doc page (it reads the docs plugin's context).
 */
export function useDesignDoc(): DesignDocPageData | null {
  const {metadata} = useDoc();
  return (metadata as {designDoc?: DesignDocPageData}).designDoc ?? null;
}
