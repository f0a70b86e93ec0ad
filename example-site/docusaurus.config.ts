import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'path';

// In a site that installed the package: require('docusaurus-plugin-design-docs/remark').
const remarkDesignDocs = require('../remark.js');

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
  markdown: {mermaid: true, hooks: {onBrokenMarkdownLinks: 'throw'}},
  themes: ['@docusaurus/theme-mermaid'],
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkDesignDocs],
        },
        pages: {remarkPlugins: [remarkDesignDocs]},
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
        {to: '/architecture/adr', label: 'ADRs', position: 'left'},
        {to: '/architecture/decisions', label: 'Decision log', position: 'left'},
        {to: '/architecture/risks', label: 'Risk register', position: 'left'},
        {to: '/architecture/dashboard', label: 'Dashboard', position: 'left'},
      ],
    },
    footer: {style: 'dark', copyright: 'docusaurus-plugin-design-docs example portal'},
  } satisfies Preset.ThemeConfig,
};

export default config;
