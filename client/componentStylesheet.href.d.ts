/** The URL of the components' stylesheet in a production build, null otherwise (see componentStylesheet.ts). */
declare const href: string | null;
export default href;
