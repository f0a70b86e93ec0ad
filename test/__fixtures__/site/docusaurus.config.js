// Fixture: a small site with valid design docs of every built-in type, a
// second docs instance, a versioned snapshot, and a site-level swizzle.
const path = require('path');
const remarkDesignDocs = require('../../../remark.js');

module.exports = {
  title: 'Fixture',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  markdown: {mermaid: true},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: require.resolve('./sidebars.js'),
          showLastUpdateTime: true,
          remarkPlugins: [remarkDesignDocs],
          lastVersion: 'current',
        },
        blog: false,
        pages: false,
        theme: {},
      },
    ],
  ],
  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'platform',
        path: 'platform',
        routeBasePath: 'platform',
        sidebarPath: require.resolve('./sidebars.js'),
      },
    ],
    [path.resolve(__dirname, '../../..'), {}],
  ],
};
