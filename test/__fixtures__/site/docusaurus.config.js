// Fixture: a small site with valid design docs of every built-in type.
const path = require('path');

module.exports = {
  title: 'Fixture',
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
  plugins: [[path.resolve(__dirname, '../../..'), {}]],
};
