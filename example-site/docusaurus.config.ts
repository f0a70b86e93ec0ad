import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'path';

// The example portal documents this project with the plugin itself, loaded
// straight from this checkout (the package root), as a site would load it
// from node_modules.
const config: Config = {
  title: 'Design Docs Portal',
  tagline: 'Architecture decisions, design docs and RFCs of docusaurus-plugin-design-docs',
  url: 'https://example.com',
  favicon: 'img/favicon.svg',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [[path.resolve(__dirname, '..'), {onInvalidDesignDoc: 'throw'}]],
  themeConfig: {
    navbar: {
      title: 'Design Docs Portal',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', label: 'Docs', position: 'left'},
      ],
    },
    footer: {style: 'dark', copyright: 'docusaurus-plugin-design-docs example portal'},
  } satisfies Preset.ThemeConfig,
};

export default config;
