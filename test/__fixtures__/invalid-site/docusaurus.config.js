// Fixture: design docs with one problem each. The mode comes from the
// environment so one site serves the warn-mode and throw-mode tests.
const path = require('path');

module.exports = {
  title: 'Invalid fixture',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js')},
        blog: false,
        pages: false,
        theme: {},
      },
    ],
  ],
  plugins: [
    [
      path.resolve(__dirname, '../../..'),
      {onInvalidDesignDoc: process.env.DESIGN_DOCS_ON_INVALID || 'throw'},
    ],
  ],
};
