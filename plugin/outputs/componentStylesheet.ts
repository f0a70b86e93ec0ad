import fs from 'fs';
import path from 'path';
import {COMPONENT_STYLES_CHUNK} from './clientDataFiles';

/** The HTML file Docusaurus wrote for a page, with or without a trailing slash. */
function htmlFileOf(outDir: string, baseUrl: string, permalink: string): string | null {
  const relative = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  const candidates = /\.html?$/i.test(relative) ? [relative] : [path.join(relative, 'index.html'), `${relative.replace(/\/$/, '')}.html`];
  return candidates.map((candidate) => path.join(outDir, candidate)).find((file) => fs.existsSync(file)) ?? null;
}

/**
 * Links the plugin's component stylesheet (`assets/css/design-docs.*.css`,
 * see componentStylesChunk) into the static HTML of the pages that show a
 * component: design-doc pages, portal pages and pages with embeds.
 *
 * Docusaurus links only its one site-wide stylesheet into the HTML, and
 * webpack loads a chunk's stylesheet with the chunk, once the main bundle
 * runs. Without this link a record page would show its header unstyled
 * until then, and never styled without JavaScript. The link goes last in
 * the head, where webpack would append it; webpack finds it there by its
 * address and does not load it twice. The pages' bodies are not touched.
 * Returns how many pages were linked.
 */
export function linkComponentStylesheet({outDir, baseUrl, pages}: {outDir: string; baseUrl: string; pages: Iterable<string>}): number {
  const cssDir = path.join(outDir, 'assets/css');
  const stylesheet = fs.existsSync(cssDir) ? fs.readdirSync(cssDir).find((file) => file.startsWith(`${COMPONENT_STYLES_CHUNK}.`) && file.endsWith('.css')) : undefined;
  if (!stylesheet) {
    return 0;
  }
  const href = `${baseUrl}assets/css/${stylesheet}`;
  const tag = `<link rel="stylesheet" href="${href}">`;
  let linked = 0;
  for (const page of new Set(pages)) {
    const file = htmlFileOf(outDir, baseUrl, page);
    if (!file) {
      continue;
    }
    const html = fs.readFileSync(file, 'utf8');
    if (html.includes(`href="${href}"`) || !html.includes('</head>')) {
      continue;
    }
    fs.writeFileSync(file, html.replace('</head>', `${tag}</head>`));
    linked += 1;
  }
  return linked;
}
