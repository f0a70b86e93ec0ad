import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'path';

// In a site that installed the package: require('docusaurus-plugin-design-docs/remark').
const remarkDesignDocs = require('../remark.js');

// Docusaurus loads this file once per locale and sets the locale it builds.
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';

// Status and type labels are plugin options, not UI strings of code.json:
// the French build declares the built-in lifecycles again with French labels
// (same ids and order, so tones, aliases and banners stay the built-in ones).
const frenchLabels = {
  types: {
    adr: {
      statuses: [
        {id: 'proposed', label: 'Proposée'},
        {id: 'accepted', label: 'Acceptée'},
        {id: 'rejected', label: 'Rejetée'},
        {id: 'deprecated', label: 'Dépréciée'},
        {id: 'superseded', label: 'Remplacée'},
      ],
    },
    'design-doc': {
      label: 'Document de conception',
      statuses: [
        {id: 'draft', label: 'Brouillon'},
        {id: 'review', label: 'En relecture'},
        {id: 'approved', label: 'Approuvé'},
        {id: 'implemented', label: 'Mis en œuvre'},
        {id: 'obsolete', label: 'Obsolète'},
      ],
    },
    rfc: {
      statuses: [
        {id: 'draft', label: 'Brouillon'},
        {id: 'discussion', label: 'En discussion'},
        {id: 'final-comment', label: 'Derniers commentaires'},
        {id: 'accepted', label: 'Acceptée'},
        {id: 'rejected', label: 'Rejetée'},
        {id: 'postponed', label: 'Reportée'},
        {id: 'withdrawn', label: 'Retirée'},
      ],
    },
  },
};

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
  i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
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
  plugins: [
    [
      path.resolve(__dirname, '..'),
      {
        onInvalidDesignDoc: 'throw',
        // The portal also lists another team's records (Federation guide):
        // its export, as that site's build writes it, is committed beside
        // this config (node scripts/example-peer-export.mjs rebuilds it).
        federation: {
          name: 'portal',
          sources: [
            {
              name: 'acme',
              label: 'Acme Payments',
              export: 'federation/acme-payments.design-docs.json',
              siteUrl: 'https://acme-payments.example.com',
            },
          ],
        },
        ...(locale === 'fr' ? frenchLabels : {}),
      },
    ],
    // A second docs instance: the platform team's decisions (CI, builds,
    // releases, supported versions). The plugin reads every instance.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'platform',
        path: 'platform',
        routeBasePath: 'platform',
        sidebarPath: './sidebarsPlatform.ts',
        remarkPlugins: [remarkDesignDocs],
        // The log as it stands is the version at /platform, and the one the
        // portal indexes (the plugin's `versions: 'latest'`); the 0.1
        // snapshot lives at /platform/0.1 with its own headers and badges.
        lastVersion: 'current',
        versions: {current: {label: 'Current'}, '0.1': {label: '0.1'}},
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Design Docs Portal',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', label: 'Docs', position: 'left'},
        // The portal's front door: every portal page with its counts.
        {to: '/architecture', label: 'Architecture', position: 'left'},
        {to: '/architecture/adr', label: 'ADRs', position: 'left'},
        {to: '/architecture/decisions', label: 'Decision log', position: 'left'},
        {to: '/architecture/risks', label: 'Risk register', position: 'left'},
        {to: '/architecture/dashboard', label: 'Dashboard', position: 'left'},
        {type: 'docSidebar', sidebarId: 'platform', docsPluginId: 'platform', label: 'Platform', position: 'left'},
        {type: 'docsVersionDropdown', docsPluginId: 'platform', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {style: 'dark', copyright: 'docusaurus-plugin-design-docs example portal'},
  } satisfies Preset.ThemeConfig,
};

export default config;
